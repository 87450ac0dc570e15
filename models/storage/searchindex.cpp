#include "searchindex.h"

#include "sqlutil.h"

#include <QRegularExpression>

namespace openmayor {

namespace {
// Builds the documents of up to `maxRows` items of search_pending from their views
// (search_source_<table>), table by table in item order. The documents take new ids, so
// they wait for the index like any row above the mark.
Status buildPendingDocuments(QSqlDatabase& db, int maxRows)
{
    static const QRegularExpression itemTable(QStringLiteral("^[a-z_]+$"));
    QStringList tables;
    {
        QSqlQuery query(db);
        if (Status s = execQuery(query, QStringLiteral("SELECT DISTINCT item_table FROM "
                                                       "search_pending ORDER BY item_table"));
            !s)
            return s;
        while (query.next())
            tables << query.value(0).toString();
    }
    qint64 budget = maxRows;
    for (const QString& table : std::as_const(tables)) {
        if (budget <= 0)
            break;
        if (!itemTable.match(table).hasMatch()) { // no view writes such a name: nothing to build
            if (Status s = exec(
                    db, QStringLiteral("DELETE FROM search_pending WHERE item_table = ?"), {table});
                !s)
                return s;
            continue;
        }
        QSqlQuery last(db);
        if (Status s = execQuery(last,
                                 QStringLiteral("SELECT max(item_id), count(*) FROM (SELECT "
                                                "item_id FROM search_pending WHERE item_table = "
                                                "? ORDER BY item_id LIMIT ?)"),
                                 {table, budget});
            !s)
            return s;
        if (!last.next() || last.value(0).isNull())
            continue;
        const QVariantList range{table, last.value(0)};
        budget -= last.value(1).toLongLong();
        last.finish();
        const QString items = QStringLiteral("SELECT item_id FROM search_pending WHERE "
                                             "item_table = ? AND item_id <= ?");
        // an item has no document while it waits; the delete only guards the unique key
        if (Status s = exec(db,
                            QStringLiteral("DELETE FROM search_document WHERE item_table = ? AND "
                                           "item_id IN (%1)")
                                .arg(items),
                            QVariantList{table} + range);
            !s)
            return s;
        if (Status s = exec(db,
                            QStringLiteral("INSERT INTO search_document (item_table, item_id, "
                                           "section, title, detail, body_html, sort_date) "
                                           "SELECT * FROM search_source_%1 WHERE item_id IN (%2)")
                                .arg(table, items),
                            range);
            !s)
            return s;
        // items deleted meanwhile have no view row: they are done too
        if (Status s = exec(db,
                            QStringLiteral("DELETE FROM search_pending WHERE item_table = ? AND "
                                           "item_id <= ?"),
                            range);
            !s)
            return s;
    }
    return {};
}

// Adds up to `maxRows` documents from the mark `from` up to the index and moves the mark.
Status indexWaitingDocuments(QSqlDatabase& db, qint64 from, int maxRows)
{
    auto last = queryInt(db,
                         QStringLiteral("SELECT coalesce(max(doc_id), 0) FROM (SELECT doc_id "
                                        "FROM search_document WHERE doc_id >= ? ORDER BY "
                                        "doc_id LIMIT ?)"),
                         {from, maxRows});
    if (!last)
        return last.error();
    if (*last > 0) {
        if (Status s = exec(db,
                            QStringLiteral("INSERT INTO search_fts (rowid, title, detail, "
                                           "body_html) SELECT doc_id, title, detail, body_html "
                                           "FROM search_document WHERE doc_id BETWEEN ? AND ?"),
                            {from, *last});
            !s)
            return s;
    }
    // the mark moves past what is indexed now; cleared when nothing is left
    return exec(db,
                QStringLiteral("UPDATE search_index_state SET unindexed_from = CASE WHEN EXISTS "
                               "(SELECT 1 FROM search_document WHERE doc_id > ?) THEN ? END"),
                {qMax(*last, from - 1), *last + 1});
}
} // namespace

Status SearchIndex::deferIndexing(QSqlDatabase& db)
{
    // AUTOINCREMENT: every row written later gets an id above the sequence's mark
    return exec(db, QStringLiteral("UPDATE search_index_state SET unindexed_from = "
                                   "coalesce(unindexed_from, (SELECT coalesce(max(seq), 0) + 1 "
                                   "FROM sqlite_sequence WHERE name = 'search_document'))"));
}

Status SearchIndex::deferDocuments(QSqlDatabase& db)
{
    if (Status s = deferIndexing(db); !s)
        return s;
    return exec(db, QStringLiteral("UPDATE search_index_state SET documents_wait = 1"));
}

Status SearchIndex::resumeDocuments(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("UPDATE search_index_state SET documents_wait = 0"));
}

Result<bool> SearchIndex::documentsPending(QSqlDatabase& db)
{
    Result<qint64> any =
        queryInt(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"));
    if (!any)
        return any.error();
    return *any != 0;
}

Result<qint64> SearchIndex::unindexedFrom(QSqlDatabase& db)
{
    return queryInt(db, QStringLiteral("SELECT coalesce(unindexed_from, 0) FROM "
                                       "search_index_state"));
}

Result<qint64> SearchIndex::waitingCount(QSqlDatabase& db)
{
    return queryInt(db, QStringLiteral("SELECT (SELECT count(*) FROM search_pending) + (SELECT "
                                       "count(*) FROM search_document WHERE doc_id >= (SELECT "
                                       "unindexed_from FROM search_index_state))"));
}

Result<qint64> SearchIndex::catchUp(const Database& database, int maxRows)
{
    qint64 waiting = 0;
    const Status done = database.transaction([&](QSqlDatabase& db) -> Status {
        if (Status s = buildPendingDocuments(db, maxRows); !s)
            return s;
        auto from = unindexedFrom(db);
        if (!from)
            return from.error();
        if (Status s = *from > 0 ? indexWaitingDocuments(db, *from, maxRows) : Status(); !s)
            return s;
        auto left = waitingCount(db);
        if (!left)
            return left.error();
        waiting = *left;
        return {};
    });
    if (!done)
        return done.error();
    return waiting;
}

Status SearchIndex::catchUpAll(const Database& database,
                               const std::function<bool(qint64, qint64)>& afterStep)
{
    QSqlDatabase db = database.connection();
    Result<qint64> waiting = waitingCount(db);
    if (!waiting)
        return waiting.error();
    const qint64 total = *waiting;
    qint64 left = total;
    while (left > 0) {
        Result<qint64> step = catchUp(database, stepRows);
        if (!step)
            return step.error();
        left = *step;
        // rows written meanwhile wait too: `done` never goes below zero
        if (!afterStep(qMax<qint64>(0, total - left), qMax(total, total - left)))
            break;
    }
    return {};
}

} // namespace openmayor
