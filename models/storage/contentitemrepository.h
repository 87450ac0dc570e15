#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/content.h"

#include <QJsonObject>
#include <QList>

namespace openmayor {

class ChangeNotifier;

// One stored revision of a content item: a full snapshot of its fields.
struct ContentRevision
{
    QString id;
    int number = 0;    // 1, 2, ... per item
    QString createdAt; // UTC ISO 8601
    QString createdBy;
    QJsonObject data; // toJson(item) at the time
};

// What editors need to show a media library file (thumbnails, images in rich text).
struct MediaFileInfo
{
    QString id;
    QString fileName;
    QString sha256;
    QString altText;
};

// Loads and saves the editable content items (press releases with attachments, speeches,
// field activities with their photo gallery, pages, SNS links) and their revision history.
// Every save validates the item, writes it and its parts in one transaction, stores a new
// revision, and announces ChangeNotifier::contentChanged(type, {id}) after the commit.
// Saves never change the workflow state: ContentWorkflow does that.
class ContentItemRepository
{
public:
    ContentItemRepository(Database database, ChangeNotifier* notifier);

    Result<ContentItem> load(ContentType type, const QString& id) const;
    // The id of the singleton page with `slug` (greeting, profile, vision); NotFound if absent.
    Result<QString> pageIdBySlug(const QString& slug) const;

    // Inserts (empty id: a new id is assigned) or updates the item; ids of new attachments
    // and photos are assigned too, and written back into `item` with updated_at/by.
    // The body HTML is stored sanitized (HtmlSanitizer::sanitize) and written back too.
    // A refused item (validation or database) changes nothing.
    Status save(ContentItem& item, const QString& who);
    // Deletes the item and its parts; its revisions and workflow history stay.
    Status remove(ContentType type, const QString& id);

    // Newest first.
    Result<QList<ContentRevision>> revisions(ContentType type, const QString& id) const;
    // The item as it was in revision `revisionId`, keeping the current item's identity and
    // workflow state: what "restore" saves as a new revision.
    Result<ContentItem> itemAtRevision(ContentType type, const QString& id,
                                       const QString& revisionId) const;

    Result<MediaFileInfo> mediaFile(const QString& mediaId) const;

    const Database& database() const { return m_database; }
    ChangeNotifier* notifier() const { return m_notifier; }

private:
    Database m_database;
    ChangeNotifier* m_notifier;
};

// Row-level reads and writes of each type, inside a transaction the caller holds
// (contentitemrows.cpp). `now` stamps updated_at.
namespace contentrows {
Result<ContentItem> load(QSqlDatabase& db, ContentType type, const QString& id);
Status write(QSqlDatabase& db, ContentItem& item, const QString& who, const QString& now);
} // namespace contentrows

} // namespace openmayor
