#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "storage/database.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace openmayor {

// A content item as the portal shows it: the header lines and the stored body. The
// responsive preview renders it; the pre-publish check reads its body and attachments.
struct PortalItem
{
    QString section; // the portal menu entry, for the breadcrumb
    QString title;
    QString subtitle;
    QStringList meta; // short lines under the title ("배포일시 …", "담당부서 …")
    QString bodyHtml; // stored HTML plus its photos as <figure>s; sanitized again on render
    QStringList attachmentNames;
};

// Loads a press release, page, speech, field activity, schedule event or SNS link (pledge
// cards are built in views/ from the pledge card HTML). Column names: resources/migrations.
Result<PortalItem> loadPortalItem(const Database& database, ContentType type, const QString& id);

// The picture of a media library entry ("media:<id>" in stored HTML), or a null image.
QImage loadMediaImage(const Database& database, const QString& mediaId);

} // namespace openmayor
