#pragma once

#include "common/result.h"
#include "portalendpoint.h"
#include "storage/database.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace openmayor {

class CredentialStore;
class MediaStore;

// Progress of one sync, reported from the worker thread that runs it.
struct SyncProgress
{
    enum class Phase
    {
        Connecting,
        UploadingMedia,
        Pushing,
        Pulling,
        Applying,
        Finished
    };
    Phase phase = Phase::Connecting;
    qint64 done = 0;  // rows or files handled in this phase
    qint64 total = 0; // 0 when not known yet
};

// What one sync did (`sync --json`: pulled, pushed, conflicts, rejected).
struct SyncReport
{
    qint64 pulled = 0;        // rows (and deletions) applied from the portal
    qint64 pushed = 0;        // local changes the portal accepted
    qint64 conflicts = 0;     // open conflicts after this sync
    qint64 rejected = 0;      // local changes the portal refused (role), kept locally
    qint64 mediaUploaded = 0; // files sent to the media store
    qint64 mediaWaiting = 0;  // files not sent (store down); their rows wait too
    QString mediaProblem;     // why they wait (the media store's error), for the user
    qint64 searchWaiting = 0; // items a large pull left for the search index's catch-up
    QDateTime finishedAt;     // UTC

    bool needsAttention() const { return conflicts > 0 || rejected > 0 || mediaWaiting > 0; }
};

// Two-way sync of one local store with the portal's PostgreSQL (DESIGN.md §4).
// Synchronous: it runs in whatever thread calls sync(), with its own connections to both
// databases (the GUI runs it in a worker, the CLI in its main thread). One sync at a time
// per store; a second concurrent sync of the same store waits for the first's SQLite lock.
class SyncEngine
{
public:
    SyncEngine(Database store, PortalEndpoint portal, QString userName);
    ~SyncEngine();

    SyncEngine(const SyncEngine&) = delete;
    SyncEngine& operator=(const SyncEngine&) = delete;

    // Called from the syncing thread; keep it cheap (queue to the GUI).
    void setProgressCallback(std::function<void(const SyncProgress&)> callback);
    // Checked between pages and batches; a cancelled sync keeps what it finished.
    void setCancelFlag(const std::atomic_bool* cancel);
    // The media store to upload files to before the rows that reference them; without one,
    // the portal's settings table names it (portal_setting 'media_base_url').
    void setMediaStore(MediaStore* store);
    // Where the media store's password is looked up when the engine makes the store itself
    // ($OPENMAYOR_MEDIA_PASSWORD first, then this store's "media:<base url>" entry).
    void setCredentialStore(CredentialStore* credentials);

    // Uploads media, pushes local changes, then pulls the portal's. Errors (server down,
    // wrong password, schema missing) leave both sides consistent: a persisted batch is
    // resent unchanged next time, staged pulled rows are applied or not at all.
    Result<SyncReport> sync();

private:
    struct Private;
    Private* d;
};

} // namespace openmayor
