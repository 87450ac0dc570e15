#pragma once

#include "common/result.h"
#include "database.h"

#include <QSqlDatabase>

#include <functional>

namespace openmayor {

// The catch-up of the full-text index (migration 0004). Every write keeps search_document
// in step with the content; its rows from search_index_state.unindexed_from up are not in
// the trigram index (search_fts) yet. SearchRepository scans those rows directly, so a
// search misses nothing while they wait.
class SearchIndex
{
public:
    // For a bulk write, inside the writer's transaction: the rows it writes from now on are
    // left for catchUp() instead of being tokenised one by one.
    static Status deferIndexing(QSqlDatabase& db);

    // Rows waiting for the index.
    static Result<qint64> waitingCount(QSqlDatabase& db);

    // The first row that is not in the index, or 0 when every row is.
    static Result<qint64> unindexedFrom(QSqlDatabase& db);

    // Adds up to `maxRows` waiting rows to the index in one transaction of this thread's
    // connection; returns how many still wait.
    static Result<qint64> catchUp(const Database& database, int maxRows);

    // catchUp() step after step until no row waits, or until `afterStep(done, total)` says
    // stop (false); `total` is what waited at the start. The CLI's `index` and the GUI's
    // SearchCatchUp both go through here.
    static Status catchUpAll(const Database& database,
                             const std::function<bool(qint64 done, qint64 total)>& afterStep);

    // Rows per catchUp() call that keep a transaction short (about a second).
    static constexpr int stepRows = 2000;
};

} // namespace openmayor
