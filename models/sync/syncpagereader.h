#pragma once

#include "common/result.h"
#include "portalendpoint.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace openmayor {

// Where a table's pull goes on from: the last (sync_xid, sync_id) pulled.
struct SyncCursor
{
    QString xid = QStringLiteral("0");
    QString id = QStringLiteral("00000000-0000-0000-0000-000000000000");
};

// The pull's reading half (DESIGN.md §4): reads the pages of every source (the synced
// tables, then the tombstones), in order, on a portal connection of its own in the pull's
// snapshot (exported by the pull's connection), while the pull stages the page before.
// The portal's time to produce a page (about half of the staging's) is no longer waited
// for: `psql | sqlite3` overlaps the two the same way. The connection lives and dies in the
// reader's thread (STYLE.md 8).
class SyncPageReader
{
public:
    static constexpr int pageRows = 5000;

    // What to read: `SELECT <columns> FROM openmayor.<table>`, paged by its (sync_xid,
    // sync_id). The columns start with `sync_id::text`.
    struct Source
    {
        QString key; // its cursor's name
        QString table;
        QString columns;
    };

    struct Page
    {
        QString key;                // the source's; empty: no more pages
        QList<QVariantList> rows;   // the source's columns
        SyncCursor last;            // the cursor after these rows
        std::optional<Error> error; // reading failed; nothing follows
    };

    // Starts reading `sources` after their cursors, below `horizon`, in `snapshot`.
    SyncPageReader(PortalEndpoint endpoint, QString snapshot, QString horizon,
                   QList<Source> sources, QHash<QString, SyncCursor> cursors);
    // Stops the reading (an abandoned pull) and waits for the thread.
    ~SyncPageReader();

    SyncPageReader(const SyncPageReader&) = delete;
    SyncPageReader& operator=(const SyncPageReader&) = delete;

    // The next page, waiting for it if need be.
    Page next();

private:
    void run();
    bool push(Page page); // false: stopped

    const PortalEndpoint m_endpoint;
    const QString m_snapshot;
    const QString m_horizon;
    const QList<Source> m_sources;
    const QHash<QString, SyncCursor> m_cursors;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Page> m_pages; // at most two pages wait: memory stays bounded
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace openmayor
