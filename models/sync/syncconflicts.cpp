// The reading half of SyncConflicts: the conflict list and the local sync status.
// resolve() and resolveFields() live in syncresolve.cpp.
#include "syncconflicts.h"

#include "storage/sqlutil.h"
#include "synclabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace openmayor {

namespace {

const QString selectConflicts = QStringLiteral(
    "SELECT id, kind, table_name, row_id, base, mine, theirs, fields, message, detected_at "
    "FROM sync_conflict");

QJsonObject jsonObject(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime utcTime(const QString& iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(iso, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Result<SyncConflict> conflictFrom(const QSqlQuery& query)
{
    SyncConflict conflict;
    conflict.id = query.value(0).toLongLong();
    const auto kind = conflictKindFromKey(query.value(1).toString());
    if (!kind)
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("openmayor::SyncConflicts",
                                                 "Conflict %1 has an unknown kind.")
                         .arg(conflict.id),
                     query.value(1).toString());
    conflict.kind = *kind;
    conflict.tableName = query.value(2).toString();
    conflict.rowId = query.value(3).toString();
    conflict.base = jsonObject(query.value(4));
    conflict.mine = jsonObject(query.value(5));
    conflict.theirs = jsonObject(query.value(6));
    const QJsonArray fields = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array();
    for (const QJsonValue& field : fields)
        conflict.fields << field.toString();
    conflict.message = query.value(8).toString();
    conflict.detectedAt = utcTime(query.value(9).toString());
    conflict.label = syncRowLabel(conflict.tableName, conflict.rowId,
                                  conflict.mine.isEmpty() ? conflict.theirs : conflict.mine);
    return conflict;
}

} // namespace

SyncConflicts::SyncConflicts(Database store, ChangeNotifier* notifier)
    : m_store(std::move(store)), m_notifier(notifier)
{}

Result<QList<SyncConflict>> SyncConflicts::list() const
{
    QSqlDatabase db = m_store.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, selectConflicts + QStringLiteral(" ORDER BY detected_at, id"));
        !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    QList<SyncConflict> conflicts;
    while (query.next()) {
        auto conflict = conflictFrom(query);
        if (!conflict)
            return conflict.error();
        conflicts << std::move(*conflict);
    }
    return conflicts;
}

Result<SyncConflict> SyncConflicts::find(qint64 id) const
{
    QSqlDatabase db = m_store.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, selectConflicts + QStringLiteral(" WHERE id = ?")); !s)
        return s.error();
    if (Status s = exec(query, {id}); !s)
        return s.error();
    if (!query.next())
        return Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("openmayor::SyncConflicts", "There is no open conflict %1.")
                .arg(id));
    return conflictFrom(query);
}

Result<SyncStatus> SyncConflicts::status() const
{
    QSqlDatabase db = m_store.connection();
    SyncStatus status;
    QSqlQuery state(db);
    if (Status s = prepare(state, QStringLiteral("SELECT key, value FROM sync_state "
                                                 "WHERE key IN ('last_sync', 'portal')"));
        !s)
        return s.error();
    if (Status s = exec(state); !s)
        return s.error();
    while (state.next()) {
        if (state.value(0).toString() == u"last_sync")
            status.lastSync = utcTime(state.value(1).toString());
        else
            status.portal = state.value(1).toString();
    }
    auto pending = queryInt(db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT "
                                               "table_name, row_id FROM sync_outbox)"));
    if (!pending)
        return pending.error();
    status.pendingChanges = *pending;
    QSqlQuery kinds(db);
    if (Status s = prepare(kinds, QStringLiteral("SELECT kind = 'rejected', count(*) "
                                                 "FROM sync_conflict GROUP BY 1"));
        !s)
        return s.error();
    if (Status s = exec(kinds); !s)
        return s.error();
    while (kinds.next())
        (kinds.value(0).toBool() ? status.rejected : status.conflicts) =
            kinds.value(1).toLongLong();
    return status;
}

} // namespace openmayor
