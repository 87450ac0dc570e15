#include "contentrepository.h"

#include "sqlutil.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace openmayor {

namespace {
QString whereClause(const ContentListing& listing)
{
    return listing.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + listing.where;
}
} // namespace

ContentRepository::ContentRepository(Database database) : m_database(std::move(database)) {}

Result<int> ContentRepository::count(const ContentListing& listing) const
{
    QSqlDatabase db = m_database.connection();
    auto n = queryInt(db, QStringLiteral("SELECT count(*) FROM ") + listing.table +
                              whereClause(listing));
    if (!n)
        return n.error();
    return int(*n);
}

Result<QList<QVariantList>> ContentRepository::fetch(const ContentListing& listing, int offset,
                                                     int limit) const
{
    QStringList columns{QStringLiteral("id")};
    for (const ContentColumn& column : listing.columns)
        columns << column.sql;
    const QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                        QStringLiteral(" FROM ") + listing.table + whereClause(listing) +
                        QStringLiteral(" ORDER BY ") + listing.orderBy +
                        QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query, {limit, offset}); !s)
        return s.error();
    QList<QVariantList> rows;
    const int n = int(columns.size());
    while (query.next()) {
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

Result<QString> ContentRepository::preview(const ContentListing& listing, const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT ") + listing.previewSql +
                                      QStringLiteral(" FROM ") + listing.table +
                                      QStringLiteral(" WHERE id = ?"));
        !s)
        return s.error();
    if (Status s = exec(query, {id}); !s)
        return s.error();
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace openmayor
