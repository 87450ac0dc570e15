#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

namespace openmayor {

// How one content section is listed: which table, which columns, in which order.
// The SQL fragments live here, in models/, so views never write SQL (DESIGN.md §3).
struct ContentColumn
{
    enum class Format
    {
        Text,
        Date,
        DateTime,
        Workflow,
        Visibility,
        EventStatus,
        Platform
    };

    QString sql;        // a column or expression of the section's table
    const char* header; // English source text, translated in context "ContentListing"
    Format format = Format::Text;
};

struct ContentListing
{
    ContentType type = ContentType::Page;
    QString table;
    QList<ContentColumn> columns;
    QString where;      // optional fixed filter, e.g. one page slug; constants only
    QString orderBy;    // must be backed by an index: listings page through large tables
    QString previewSql; // HTML or text shown beside the list for the selected row

    // The listing of a section; `pageSlug` picks one singleton page.
    static ContentListing forType(ContentType type, const QString& pageSlug = {});
    QString headerText(int column) const;
};

} // namespace openmayor
