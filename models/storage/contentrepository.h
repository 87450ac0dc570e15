#pragma once

#include "common/result.h"
#include "contentlisting.h"
#include "database.h"

#include <QVariantList>

namespace openmayor {

// Reads content sections page by page, so that lists over 100k rows open at once.
class ContentRepository
{
public:
    explicit ContentRepository(Database database);

    Result<int> count(const ContentListing& listing) const;
    // Rows [offset, offset + limit) in the listing's order; each row is the id followed
    // by the listing's columns.
    Result<QList<QVariantList>> fetch(const ContentListing& listing, int offset, int limit) const;
    Result<QString> preview(const ContentListing& listing, const QString& id) const;

private:
    Database m_database;
};

} // namespace openmayor
