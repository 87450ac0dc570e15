#pragma once

#include "mediastore.h"
#include "portalconnection.h"
#include "syncengine.h"
#include "syncschema.h"

#include <QJsonArray>
#include <QSet>

#include <memory>
#include <optional>

namespace openmayor {

class CredentialStore;

// One sync of one store (the engine's private half): the connections, the schema, the
// counts. Split by phase: syncpush.cpp (media, batches, acknowledgements), syncpull.cpp
// (staging and applying), syncengine.cpp (the order of things).
struct SyncRun
{
    explicit SyncRun(Database database) : store(std::move(database)) {}

    Database store;
    PortalEndpoint endpoint;
    QString userName;
    std::function<void(const SyncProgress&)> progress;
    const std::atomic_bool* cancel = nullptr;
    MediaStore* mediaStore = nullptr;
    CredentialStore* credentials = nullptr;

    std::unique_ptr<PortalConnection> portal;
    std::unique_ptr<MediaStore> ownMediaStore;
    SyncSchema schema;
    SyncReport report;

    // Media rows whose files could not be uploaded, and the rows that reference them: they
    // wait for the next sync.
    QSet<QString> waitingMedia;
    std::optional<Error> lastMediaError;
    // Rows already sent in this run (a rejected row is not sent twice in one run).
    QSet<QString> sentThisRun;

    void emitProgress(SyncProgress::Phase phase, qint64 done, qint64 total) const;
    bool cancelled() const { return cancel && cancel->load(); }

    Status connect();
    Status resendPendingBatch();
    Status uploadMedia();
    Status pushAll();
    Status pull();
    Status applyStaged(qint64 stagedRows, const QStringList& cursorKeys,
                       const std::function<std::pair<QString, QString>(const QString&)>& cursorOf);
    Status finish();

    // One batch of rows to send: compose and persist, send, acknowledge.
    struct PushCandidate
    {
        QString table;
        QString id;
        int position = 0;    // of the table, parents first
        qint64 firstSeq = 0; // when it was first changed
    };
    Status pushBatch(const QList<PushCandidate>& chunk);
    Status sendBatch(const QString& batchId, qint64 maxSeq, const QJsonArray& ops);
    Status acknowledge(const QString& batchId, qint64 maxSeq, const QJsonArray& ops,
                       const QJsonArray& results);
};

// The test hook of the fault-injection tests: OPENMAYOR_SYNC_FAULT=name aborts the process
// at that point (after-batch-persisted, after-server-commit, mid-apply, mid-stage).
void syncFaultPoint(const char* name);

} // namespace openmayor
