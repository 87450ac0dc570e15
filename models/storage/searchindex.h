#pragma once

#include "common/result.h"
#include "database.h"

#include <QSqlDatabase>

#include <functional>

namespace openmayor {

// The catch-up of the full-text index (migrations 0004 and 0006). Normally every write keeps
// search_document in step with the content; its rows from search_index_state.unindexed_from
// up are not in the trigram index (search_fts) yet. A bulk write may also leave the documents
// themselves: their items wait in search_pending. SearchRepository scans both directly, so a
// search misses nothing while they wait.
class SearchIndex
{
public:
    // For a bulk write, inside the writer's transaction: the rows it writes from now on are
    // left for catchUp() instead of being tokenised one by one.
    static Status deferIndexing(QSqlDatabase& db);

    // For a larger bulk write, inside the writer's transaction: deferIndexing(), and the
    // items it writes from now on wait for catchUp() to build their documents too. The
    // writer calls resumeDocuments() before it commits.
    static Status deferDocuments(QSqlDatabase& db);
    static Status resumeDocuments(QSqlDatabase& db);

    // Whether items wait for their documents (a search must scan their views).
    static Result<bool> documentsPending(QSqlDatabase& db);

    // Items waiting for the index: documents not in it yet and items without a document.
    static Result<qint64> waitingCount(QSqlDatabase& db);

    // The first row that is not in the index, or 0 when every row is.
    static Result<qint64> unindexedFrom(QSqlDatabase& db);

    // Builds the documents of up to `maxRows` pending items and adds up to `maxRows` waiting
    // documents to the index, in one transaction of this thread's connection; returns how
    // many items still wait.
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
