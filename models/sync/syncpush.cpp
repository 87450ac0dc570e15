// Push (DESIGN.md §4): local changes, captured in sync_outbox by triggers, go to the portal
// in batches that are persisted before they are sent and resent unchanged until the answer
// has been applied here; the portal's push function applies each batch once.
#include "storage/sqlutil.h"
#include "syncreplica.h"
#include "syncrun.h"

#include "common/ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace openmayor {

using PushCandidate = SyncRun::PushCandidate;

namespace {
constexpr int kBatchRows = 500;
constexpr int kSendAttempts = 3;

QString rowKey(const QString& table, const QString& id)
{
    return table + u'/' + id;
}

QString rejectionMessage(const QJsonObject& result)
{
    const QString reason = result.value(QLatin1String("reason")).toString();
    if (reason == u"permission")
        return QCoreApplication::translate("openmayor::SyncEngine",
                                           "Your role on the portal may not make this change.");
    if (reason == u"duplicate")
        return QCoreApplication::translate(
            "openmayor::SyncEngine",
            "The portal already has an entry with the same code, number or "
            "identifier.");
    return QCoreApplication::translate("openmayor::SyncEngine",
                                       "The portal refused the values of this change.");
}

// Media a row refers to, for the rows that must wait for their files.
QString referencedMedia(const QString& table, const QJsonObject& row)
{
    if (table == u"activity_photo" || table == u"press_attachment")
        return row.value(QLatin1String("media_id")).toString();
    if (table == u"page")
        return row.value(QLatin1String("photo_media_id")).toString();
    return {};
}
} // namespace

Status SyncRun::resendPendingBatch()
{
    QString batchId;
    qint64 maxSeq = 0;
    QJsonArray ops;
    {
        QSqlDatabase db = store.connection();
        QSqlQuery query(db);
        if (Status s = execQuery(query, QStringLiteral("SELECT batch_id, max_seq, payload FROM "
                                                       "sync_batch ORDER BY created_at LIMIT 1"));
            !s)
            return s;
        if (!query.next())
            return {};
        batchId = query.value(0).toString();
        maxSeq = query.value(1).toLongLong();
        ops = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array();
    }
    for (const QJsonValue& op : std::as_const(ops))
        sentThisRun.insert(
            rowKey(op[QLatin1String("table")].toString(), op[QLatin1String("id")].toString()));
    return sendBatch(batchId, maxSeq, ops);
}

Status SyncRun::pushAll()
{
    // The rows to send, read once: parents before children (a child never reaches the portal
    // before its parent), then in the order they were changed.
    QList<PushCandidate> candidates;
    {
        QSqlDatabase db = store.connection();
        QSqlQuery query(db);
        if (Status s = execQuery(
                query, QStringLiteral("SELECT o.table_name, o.row_id, min(o.seq) FROM "
                                      "sync_outbox o WHERE NOT EXISTS (SELECT 1 FROM "
                                      "sync_conflict c WHERE c.table_name = o.table_name AND "
                                      "c.row_id = o.row_id AND c.kind <> 'rejected') GROUP "
                                      "BY o.table_name, o.row_id"));
            !s)
            return s;
        const QStringList order = schema.names();
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString id = query.value(1).toString();
            if (order.contains(table) && !sentThisRun.contains(rowKey(table, id)))
                candidates.append(
                    {table, id, int(order.indexOf(table)), query.value(2).toLongLong()});
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const PushCandidate& a, const PushCandidate& b) {
                             return a.position != b.position ? a.position < b.position
                                                             : a.firstSeq < b.firstSeq;
                         });
    }
    emitProgress(SyncProgress::Phase::Pushing, 0, candidates.size());
    for (qsizetype next = 0; next < candidates.size(); next += kBatchRows) {
        if (cancelled())
            return Error(Error::Kind::Generic, QCoreApplication::translate("openmayor::SyncEngine",
                                                                           "Sync was cancelled."));
        const QList<PushCandidate> chunk = candidates.mid(next, kBatchRows);
        if (Status s = pushBatch(chunk); !s)
            return s;
        emitProgress(SyncProgress::Phase::Pushing, std::min(next + kBatchRows, candidates.size()),
                     candidates.size());
    }
    return {};
}

Status SyncRun::pushBatch(const QList<PushCandidate>& chunk)
{
    QString batchId;
    qint64 maxSeq = 0;
    QJsonArray ops;
    const Status composed = store.transaction([&](QSqlDatabase& db) -> Status {
        SyncReplica replica(db, schema);
        Result<qint64> max =
            queryInt(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_outbox"));
        if (!max)
            return max.error();
        maxSeq = *max;
        QList<QJsonObject> batch;
        for (const PushCandidate& candidate : chunk) {
            const QString& tableName = candidate.table;
            const QString& id = candidate.id;
            const SyncTable* table = schema.table(tableName);
            if (!table)
                continue;
            auto local = replica.readRow(*table, id);
            if (!local)
                return local.error();
            auto base = replica.readBase(tableName, id);
            if (!base)
                return base.error();
            if (*local && (waitingMedia.contains(referencedMedia(tableName, **local)) ||
                           (tableName == u"media" && waitingMedia.contains(id))))
                continue; // its file is not on the media store yet
            QJsonObject op{{QStringLiteral("table"), tableName}, {QStringLiteral("id"), id}};
            if (!*local && !*base) { // created and deleted here between two syncs
                if (Status s = replica.dropOutbox(tableName, id, maxSeq); !s)
                    return s;
                continue;
            }
            if (!*local) {
                op.insert(QStringLiteral("op"), QStringLiteral("delete"));
                op.insert(QStringLiteral("base_version"), (*base)->version);
            } else if (!*base) {
                op.insert(QStringLiteral("op"), QStringLiteral("insert"));
                op.insert(QStringLiteral("base_version"), 0);
                op.insert(QStringLiteral("fields"), **local);
            } else {
                QJsonObject fields;
                QJsonObject old;
                for (const QString& column : table->columns) {
                    const QJsonValue now = (*local)->value(column);
                    const QJsonValue was = (*base)->data.value(column);
                    if (!sameValue(now, was)) {
                        fields.insert(column, now);
                        old.insert(column, was);
                    }
                }
                if (fields.isEmpty()) { // changed and changed back
                    if (Status s = replica.dropOutbox(tableName, id, maxSeq); !s)
                        return s;
                    continue;
                }
                op.insert(QStringLiteral("op"), QStringLiteral("update"));
                op.insert(QStringLiteral("base_version"), (*base)->version);
                op.insert(QStringLiteral("fields"), fields);
                op.insert(QStringLiteral("base"), old);
            }
            batch << op;
            sentThisRun.insert(rowKey(tableName, id));
        }
        if (batch.isEmpty())
            return {};
        // One lock order for every client (parents first, then by id): concurrent batches
        // never deadlock on the portal.
        const QStringList order = schema.names();
        std::sort(batch.begin(), batch.end(), [&order](const QJsonObject& a, const QJsonObject& b) {
            const auto ta = order.indexOf(a.value(QLatin1String("table")).toString());
            const auto tb = order.indexOf(b.value(QLatin1String("table")).toString());
            if (ta != tb)
                return ta < tb;
            return a.value(QLatin1String("id")).toString() <
                   b.value(QLatin1String("id")).toString();
        });
        for (const QJsonObject& op : std::as_const(batch))
            ops.append(op);
        batchId = newId();
        return exec(db,
                    QStringLiteral("INSERT INTO sync_batch (batch_id, max_seq, payload) VALUES "
                                   "(?, ?, ?)"),
                    {batchId, maxSeq,
                     QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))});
    });
    if (!composed)
        return composed;
    if (ops.isEmpty())
        return {};
    syncFaultPoint("after-batch-persisted");
    return sendBatch(batchId, maxSeq, ops);
}

Status SyncRun::sendBatch(const QString& batchId, qint64 maxSeq, const QJsonArray& ops)
{
    const QString payload = QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact));
    QJsonArray results;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery query(portal->db());
        query.setForwardOnly(true);
        if (query.prepare(QStringLiteral("SELECT openmayor.push(?::uuid, ?, ?::jsonb)::text"))) {
            query.addBindValue(batchId);
            query.addBindValue(userName);
            query.addBindValue(payload);
            if (query.exec() && query.next()) {
                results = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
                break;
            }
        }
        const QSqlError error = query.lastError();
        // A deadlock or serialization failure rolled the batch back: it is safe to resend.
        const QString state = error.nativeErrorCode();
        if (attempt < kSendAttempts && (state == u"40P01" || state == u"40001")) {
            QThread::msleep(100 * attempt);
            continue;
        }
        return PortalConnection::portalError(
            error, QCoreApplication::translate(
                       "openmayor::SyncEngine",
                       "Sending changes to the portal failed; they stay queued and are sent "
                       "again at the next sync."));
    }
    if (results.size() != ops.size())
        return Error(Error::Kind::Database,
                     QCoreApplication::translate(
                         "openmayor::SyncEngine",
                         "The portal answered a push with the wrong number of results."),
                     QStringLiteral("%1 ops, %2 results").arg(ops.size()).arg(results.size()));
    syncFaultPoint("after-server-commit");
    return acknowledge(batchId, maxSeq, ops, results);
}

Status SyncRun::acknowledge(const QString& batchId, qint64 maxSeq, const QJsonArray& ops,
                            const QJsonArray& results)
{
    qint64 pushed = 0;
    const Status applied = store.transaction([&](QSqlDatabase& db) -> Status {
        SyncReplica replica(db, schema);
        if (Status s = replica.setApplyingRemote(true); !s)
            return s;
        pushed = 0;
        for (qsizetype i = 0; i < ops.size(); ++i) {
            const QJsonObject op = ops.at(i).toObject();
            const QJsonObject result = results.at(i).toObject();
            const QString tableName = op.value(QLatin1String("table")).toString();
            const QString id = op.value(QLatin1String("id")).toString();
            const SyncTable* table = schema.table(tableName);
            if (!table)
                continue;
            const QString status = result.value(QLatin1String("status")).toString();
            const QJsonValue row = result.value(QLatin1String("row"));
            const qint64 version = qint64(result.value(QLatin1String("row_version")).toDouble());
            if (status == u"applied" || status == u"merged") {
                auto base = replica.readBase(tableName, id);
                if (!base)
                    return base.error();
                if (row.isObject()) {
                    const RemoteRow remote = RemoteRow::fromPortalJson(row.toObject(), *table);
                    auto local = replica.readRow(*table, id);
                    if (!local)
                        return local.error();
                    if (*local) {
                        // Fields edited here since the batch was made keep the newer value.
                        const QJsonObject sent = op.value(QLatin1String("fields")).toObject();
                        QJsonObject data = remote.data;
                        bool unchanged = true; // the local data is what the portal has now
                        for (const QString& column : table->columns) {
                            const QJsonValue sentValue =
                                sent.contains(column)
                                    ? sent.value(column)
                                    : (*base ? (*base)->data.value(column) : QJsonValue());
                            if (!sameValue((*local)->value(column), sentValue))
                                data.insert(column, (*local)->value(column));
                            unchanged =
                                unchanged && sameValue((*local)->value(column), data.value(column));
                        }
                        const Status written =
                            unchanged ? replica.writeSyncColumns(*table, id, remote.version,
                                                                 remote.updatedAt, remote.updatedBy)
                                      : replica.writeRow(*table, id, data, remote.version,
                                                         remote.updatedAt, remote.updatedBy);
                        if (!written)
                            return written;
                    }
                    if (Status s = replica.dropOutbox(tableName, id, maxSeq); !s)
                        return s;
                    // edited again during the push: the portal's row is its base now; else
                    // the row is its own (schema 5)
                    auto dirty = replica.isDirty(tableName, id);
                    if (!dirty)
                        return dirty.error();
                    const Status based =
                        *dirty ? replica.writeBase(tableName, id, remote.data, remote.version)
                               : replica.deleteBase(tableName, id);
                    if (!based)
                        return based;
                } else {
                    if (Status s = replica.deleteBase(tableName, id); !s)
                        return s;
                    if (Status s = replica.dropOutbox(tableName, id, maxSeq); !s)
                        return s;
                }
                if (Status s = replica.dropConflict(tableName, id); !s)
                    return s;
                ++pushed;
            } else if (status == u"conflict") {
                std::optional<RemoteRow> theirs;
                if (row.isObject())
                    theirs = RemoteRow::fromPortalJson(row.toObject(), *table);
                if (auto r = replica.applyToDirtyRow(*table, id, theirs, version); !r)
                    return r.error();
            } else { // rejected: the edit stays here, the user decides
                auto local = replica.readRow(*table, id);
                if (!local)
                    return local.error();
                auto base = replica.readBase(tableName, id);
                if (!base)
                    return base.error();
                SyncConflict rejection;
                rejection.kind = SyncConflict::Kind::Rejected;
                rejection.tableName = tableName;
                rejection.rowId = id;
                rejection.base = *base ? (*base)->data : QJsonObject();
                rejection.theirs = rejection.base;
                rejection.mine = local->value_or(QJsonObject());
                rejection.message = rejectionMessage(result);
                if (Status s = replica.saveConflict(rejection, *base ? (*base)->version : 0); !s)
                    return s;
            }
        }
        if (Status s = replica.setApplyingRemote(false); !s)
            return s;
        return exec(db, QStringLiteral("DELETE FROM sync_batch WHERE batch_id = ?"), {batchId});
    });
    if (applied)
        report.pushed += pushed;
    return applied;
}

} // namespace openmayor
