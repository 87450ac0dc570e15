#include "syncengine.h"

#include "portalschema.h"
#include "storage/searchindex.h"
#include "storage/sqlutil.h"
#include "syncrun.h"

#include "common/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace openmayor {

namespace {
Status setState(QSqlDatabase& db, const QString& key, const QString& value)
{
    return exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                {key, value});
}
} // namespace

void syncFaultPoint(const char* name)
{
    static const QByteArray fault = qgetenv("OPENMAYOR_SYNC_FAULT");
    if (!fault.isEmpty() && fault == name) {
        std::fprintf(stderr, "openmayor: injected fault at %s\n", name);
        std::fflush(stderr);
        std::abort();
    }
}

void SyncRun::emitProgress(SyncProgress::Phase phase, qint64 done, qint64 total) const
{
    if (progress)
        progress(SyncProgress{phase, done, total});
}

Status SyncRun::connect()
{
    emitProgress(SyncProgress::Phase::Connecting, 0, 0);
    auto opened = PortalConnection::open(endpoint);
    if (!opened)
        return opened.error();
    portal = std::move(*opened);
    if (Status s = PortalSchema::check(*portal); !s)
        return s;

    QStringList order;
    QHash<QString, QSet<QString>> portalColumns;
    QHash<QString, QSet<QString>> uuidColumns;
    {
        QSqlQuery query(portal->db());
        if (!query.exec(QStringLiteral(
                "SELECT s.table_name, c.column_name, c.data_type FROM openmayor.sync_table s JOIN "
                "information_schema.columns c ON c.table_schema = 'openmayor' AND c.table_name = "
                "s.table_name ORDER BY s.position")))
            return PortalConnection::portalError(
                query.lastError(),
                QCoreApplication::translate("openmayor::SyncEngine",
                                            "Reading the portal's schema failed."));
        while (query.next()) {
            const QString table = query.value(0).toString();
            if (!order.contains(table))
                order << table;
            portalColumns[table].insert(query.value(1).toString());
            if (query.value(2).toString() == u"uuid")
                uuidColumns[table].insert(query.value(1).toString());
        }
    }
    QSqlDatabase db = store.connection();
    Result<SyncSchema> local = SyncSchema::read(db);
    if (!local)
        return local.error();
    schema = std::move(*local);
    if (Status s = schema.orderLike(order); !s)
        return s;
    for (const QString& name : order) {
        if (SyncTable* table = schema.table(name))
            table->uuidColumns = uuidColumns.value(name);
    }
    for (const SyncTable& table : schema.tables()) {
        for (const QString& column : table.columns) {
            if (!portalColumns.value(table.name).contains(column))
                return Error(
                    Error::Kind::Incompatible,
                    QCoreApplication::translate(
                        "openmayor::SyncEngine",
                        "The portal database is older than this program; run "
                        "\"openmayor-cli portal init\" to upgrade it."),
                    QStringLiteral("column %1.%2 missing on the portal").arg(table.name, column));
        }
    }

    // Another portal than last time: its versions and cursors mean nothing here, so every
    // local row is offered to it as new and everything is pulled from the start.
    Result<QVariant> portalId = portal->scalar(
        QStringLiteral("SELECT value FROM openmayor.portal_setting WHERE key = 'portal_id'"));
    if (!portalId)
        return portalId.error();
    return store.transaction([&](QSqlDatabase& tx) -> Status {
        QSqlQuery query(tx);
        if (Status s = execQuery(query, QStringLiteral("SELECT value FROM sync_state WHERE key = "
                                                       "'portal_id'"));
            !s)
            return s;
        const QString known = query.next() ? query.value(0).toString() : QString();
        query.finish();
        if (known == portalId->toString())
            return {};
        if (!known.isEmpty()) {
            for (const char* sql : {"DELETE FROM sync_cursor", "DELETE FROM sync_base",
                                    "DELETE FROM sync_batch", "DELETE FROM sync_conflict"}) {
                if (Status s = exec(tx, QString::fromLatin1(sql)); !s)
                    return s;
            }
            if (Status s = exec(tx, QStringLiteral("UPDATE sync_state SET value = '1' WHERE key "
                                                   "= 'applying_remote'"));
                !s)
                return s;
            for (const SyncTable& table : schema.tables()) {
                if (Status s =
                        exec(tx, QStringLiteral("UPDATE %1 SET row_version = 0").arg(table.name));
                    !s)
                    return s;
                if (Status s = exec(tx, QStringLiteral("INSERT INTO sync_outbox (table_name, "
                                                       "row_id, op) SELECT '%1', id, 'insert' "
                                                       "FROM %1")
                                            .arg(table.name));
                    !s)
                    return s;
            }
            if (Status s = exec(tx, QStringLiteral("UPDATE sync_state SET value = '0' WHERE key "
                                                   "= 'applying_remote'"));
                !s)
                return s;
        }
        return setState(tx, QStringLiteral("portal_id"), portalId->toString());
    });
}

Status SyncRun::finish()
{
    QSqlDatabase db = store.connection();
    if (Status s = setState(db, QStringLiteral("last_sync"), Clock::nowIso()); !s)
        return s;
    if (Status s = setState(db, QStringLiteral("portal"), endpoint.displayUrl()); !s)
        return s;
    Result<qint64> conflicts =
        queryInt(db, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE kind <> 'rejected'"));
    if (!conflicts)
        return conflicts.error();
    Result<qint64> rejected =
        queryInt(db, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE kind = 'rejected'"));
    if (!rejected)
        return rejected.error();
    Result<qint64> searchWaiting = SearchIndex::waitingCount(db);
    if (!searchWaiting)
        return searchWaiting.error();
    report.conflicts = *conflicts;
    report.rejected = *rejected;
    report.searchWaiting = *searchWaiting;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    emitProgress(SyncProgress::Phase::Finished, 1, 1);
    return {};
}

struct SyncEngine::Private
{
    Database store;
    PortalEndpoint endpoint;
    QString userName;
    std::function<void(const SyncProgress&)> progress;
    const std::atomic_bool* cancel = nullptr;
    MediaStore* mediaStore = nullptr;
    CredentialStore* credentials = nullptr;
};

SyncEngine::SyncEngine(Database store, PortalEndpoint portal, QString userName)
    : d(new Private{
          std::move(store), std::move(portal), std::move(userName), {}, nullptr, nullptr, nullptr})
{}

SyncEngine::~SyncEngine()
{
    delete d;
}

void SyncEngine::setProgressCallback(std::function<void(const SyncProgress&)> callback)
{
    d->progress = std::move(callback);
}

void SyncEngine::setCancelFlag(const std::atomic_bool* cancel)
{
    d->cancel = cancel;
}

void SyncEngine::setMediaStore(MediaStore* store)
{
    d->mediaStore = store;
}

void SyncEngine::setCredentialStore(CredentialStore* credentials)
{
    d->credentials = credentials;
}

Result<SyncReport> SyncEngine::sync()
{
    SyncRun run(d->store);
    run.endpoint = d->endpoint;
    run.userName = d->userName;
    run.progress = d->progress;
    run.cancel = d->cancel;
    run.mediaStore = d->mediaStore;
    run.credentials = d->credentials;
    for (Status (SyncRun::*step)() :
         {&SyncRun::connect, &SyncRun::resendPendingBatch, &SyncRun::uploadMedia, &SyncRun::pushAll,
          &SyncRun::pull, &SyncRun::finish}) {
        if (Status s = (run.*step)(); !s)
            return s.error();
    }
    return run.report;
}

} // namespace openmayor
