#include "searchindex.h"

#include "sqlutil.h"

namespace openmayor {

Status SearchIndex::deferIndexing(QSqlDatabase& db)
{
    // AUTOINCREMENT: every row written later gets an id above the sequence's mark
    return exec(db, QStringLiteral("UPDATE search_index_state SET unindexed_from = "
                                   "coalesce(unindexed_from, (SELECT coalesce(max(seq), 0) + 1 "
                                   "FROM sqlite_sequence WHERE name = 'search_document'))"));
}

Result<qint64> SearchIndex::unindexedFrom(QSqlDatabase& db)
{
    return queryInt(db, QStringLiteral("SELECT coalesce(unindexed_from, 0) FROM "
                                       "search_index_state"));
}

Result<qint64> SearchIndex::waitingCount(QSqlDatabase& db)
{
    return queryInt(db, QStringLiteral("SELECT count(*) FROM search_document WHERE doc_id >= "
                                       "(SELECT unindexed_from FROM search_index_state)"));
}

Result<qint64> SearchIndex::catchUp(const Database& database, int maxRows)
{
    qint64 waiting = 0;
    const Status done = database.transaction([&](QSqlDatabase& db) -> Status {
        auto from = unindexedFrom(db);
        if (!from)
            return from.error();
        if (*from == 0)
            return {};
        auto last = queryInt(db,
                             QStringLiteral("SELECT coalesce(max(doc_id), 0) FROM (SELECT doc_id "
                                            "FROM search_document WHERE doc_id >= ? ORDER BY "
                                            "doc_id LIMIT ?)"),
                             {*from, maxRows});
        if (!last)
            return last.error();
        if (*last > 0) {
            if (Status s = exec(db,
                                QStringLiteral("INSERT INTO search_fts (rowid, title, detail, "
                                               "body_html) SELECT doc_id, title, detail, "
                                               "body_html FROM search_document WHERE doc_id "
                                               "BETWEEN ? AND ?"),
                                {*from, *last});
                !s)
                return s;
        }
        // the mark moves past what is indexed now; cleared when nothing is left
        if (Status s = exec(db,
                            QStringLiteral("UPDATE search_index_state SET unindexed_from = CASE "
                                           "WHEN EXISTS (SELECT 1 FROM search_document WHERE "
                                           "doc_id > ?) THEN ? END"),
                            {qMax(*last, *from - 1), *last + 1});
            !s)
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
