#include "syncreplica.h"

#include "synclabels.h"

#include "storage/sqlutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace openmayor {

namespace {
QString toJsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The portal writes timestamps as "2026-11-26T13:30:12.223128+00:00"; the store keeps
// "2026-11-26T13:30:12.223Z".
QString utcIso(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return text;
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QVariant bindable(const QJsonValue& value, bool integer)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (integer && number == double(qint64(number)))
            return qint64(number);
        return number;
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return toJsonText(value.toObject());
    }
}
} // namespace

RemoteRow RemoteRow::fromPortalJson(const QJsonObject& row, const SyncTable& table)
{
    RemoteRow remote;
    for (const QString& column : table.columns)
        remote.data.insert(column,
                           row.value(column).isUndefined() ? QJsonValue() : row.value(column));
    remote.version = qint64(row.value(QLatin1String("row_version")).toDouble());
    remote.updatedAt = utcIso(row.value(QLatin1String("updated_at")).toString());
    remote.updatedBy = row.value(QLatin1String("updated_by")).toString();
    return remote;
}

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

MergeResult mergeRows(const QJsonObject& base, const QJsonObject& mine, const QJsonObject& theirs,
                      const QStringList& columns)
{
    MergeResult result;
    for (const QString& column : columns) {
        const QJsonValue m = mine.value(column);
        const QJsonValue t = theirs.value(column);
        const QJsonValue b = base.value(column);
        if (sameValue(m, t) || sameValue(t, b)) {
            result.merged.insert(column, m);
        } else if (sameValue(m, b)) {
            result.merged.insert(column, t);
        } else {
            result.merged.insert(column, m);
            result.conflicts << column;
        }
    }
    return result;
}

SyncReplica::SyncReplica(QSqlDatabase db, const SyncSchema& schema)
    : m_db(std::move(db)), m_schema(schema)
{}

Status SyncReplica::setApplyingRemote(bool on)
{
    return exec(m_db,
                QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'applying_remote'"),
                {on ? QStringLiteral("1") : QStringLiteral("0")});
}

Result<std::optional<QJsonObject>> SyncReplica::readRow(const SyncTable& table, const QString& id)
{
    QSqlQuery query(m_db);
    if (Status s = execQuery(
            query,
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(table.jsonObjectSql(), table.name),
            {id});
        !s)
        return s.error();
    if (!query.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(fromJsonText(query.value(0).toString()));
}

Status SyncReplica::writeSyncColumns(const SyncTable& table, const QString& id, qint64 version,
                                     const QString& updatedAt, const QString& updatedBy)
{
    return exec(m_db,
                QStringLiteral("UPDATE %1 SET row_version = ?, updated_at = ?, updated_by = ? "
                               "WHERE id = ?")
                    .arg(table.name),
                {version, updatedAt, updatedBy, id});
}

Status SyncReplica::writeRow(const SyncTable& table, const QString& id, const QJsonObject& data,
                             qint64 version, const QString& updatedAt, const QString& updatedBy)
{
    QStringList placeholders;
    QStringList updates;
    QVariantList params{id};
    for (const QString& column : table.columns) {
        placeholders << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
        params << bindable(data.value(column), table.integerColumns.contains(column));
    }
    params << version << updatedAt << updatedBy;
    const QString sql =
        QStringLiteral("INSERT INTO %1 (id, %2, row_version, updated_at, updated_by) VALUES "
                       "(?, %3, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET %4, row_version = "
                       "excluded.row_version, updated_at = excluded.updated_at, updated_by = "
                       "excluded.updated_by")
            .arg(table.name, table.columnList(), placeholders.join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
    return exec(m_db, sql, params);
}

Status SyncReplica::deleteRow(const SyncTable& table, const QString& id)
{
    return exec(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name), {id});
}

Result<std::optional<BaseCopy>> SyncReplica::readBase(const QString& table, const QString& id)
{
    QSqlQuery query(m_db);
    if (Status s = execQuery(query,
                             QStringLiteral("SELECT data, row_version FROM sync_base WHERE "
                                            "table_name = ? AND row_id = ?"),
                             {table, id});
        !s)
        return s.error();
    if (query.next())
        return std::optional<BaseCopy>(
            BaseCopy{fromJsonText(query.value(0).toString()), query.value(1).toLongLong()});
    query.finish();
    // No copy kept: a synced row without local changes is its own copy (the capture
    // triggers keep one at its first change, schema 5).
    const SyncTable* synced = m_schema.table(table);
    if (!synced)
        return std::optional<BaseCopy>();
    auto dirty = isDirty(table, id);
    if (!dirty)
        return dirty.error();
    if (*dirty)
        return std::optional<BaseCopy>();
    if (Status s = execQuery(query,
                             QStringLiteral("SELECT %1, row_version FROM %2 WHERE id = ? AND "
                                            "row_version > 0")
                                 .arg(synced->jsonObjectSql(QString()), table),
                             {id});
        !s)
        return s.error();
    if (!query.next())
        return std::optional<BaseCopy>();
    return std::optional<BaseCopy>(
        BaseCopy{fromJsonText(query.value(0).toString()), query.value(1).toLongLong()});
}

Status SyncReplica::writeBase(const QString& table, const QString& id, const QJsonObject& data,
                              qint64 version)
{
    return exec(m_db,
                QStringLiteral("INSERT OR REPLACE INTO sync_base (table_name, row_id, "
                               "row_version, data) VALUES (?, ?, ?, ?)"),
                {table, id, version, toJsonText(data)});
}

Status SyncReplica::deleteBase(const QString& table, const QString& id)
{
    return exec(m_db, QStringLiteral("DELETE FROM sync_base WHERE table_name = ? AND row_id = ?"),
                {table, id});
}

Result<bool> SyncReplica::isDirty(const QString& table, const QString& id)
{
    Result<qint64> count = queryInt(m_db,
                                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_outbox "
                                                   "WHERE table_name = ? AND row_id = ?)"),
                                    {table, id});
    if (!count)
        return count.error();
    return *count != 0;
}

Status SyncReplica::dropOutbox(const QString& table, const QString& id, qint64 maxSeq)
{
    if (maxSeq < 0)
        return exec(m_db,
                    QStringLiteral("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ?"),
                    {table, id});
    return exec(m_db,
                QStringLiteral("DELETE FROM sync_outbox WHERE table_name = ? AND row_id = ? "
                               "AND seq <= ?"),
                {table, id, maxSeq});
}

Result<std::optional<SyncConflict>> SyncReplica::conflictFor(const QString& table,
                                                             const QString& id)
{
    QSqlQuery query(m_db);
    if (Status s = execQuery(query,
                             QStringLiteral("SELECT id, kind, base, mine, theirs, fields, message, "
                                            "detected_at FROM sync_conflict WHERE table_name = ? "
                                            "AND row_id = ?"),
                             {table, id});
        !s)
        return s.error();
    if (!query.next())
        return std::optional<SyncConflict>();
    SyncConflict conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.kind =
        conflictKindFromKey(query.value(1).toString()).value_or(SyncConflict::Kind::FieldsDiffer);
    conflict.tableName = table;
    conflict.rowId = id;
    conflict.base = fromJsonText(query.value(2).toString());
    conflict.mine = fromJsonText(query.value(3).toString());
    conflict.theirs = fromJsonText(query.value(4).toString());
    for (const QJsonValue& field :
         QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
        conflict.fields << field.toString();
    conflict.message = query.value(6).toString();
    conflict.detectedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return std::optional<SyncConflict>(conflict);
}

Status SyncReplica::saveConflict(const SyncConflict& conflict, qint64 theirsVersion)
{
    return exec(
        m_db,
        QStringLiteral("INSERT INTO sync_conflict (kind, table_name, row_id, base, mine, theirs, "
                       "theirs_version, fields, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (table_name, row_id) DO UPDATE SET kind = excluded.kind, "
                       "base = excluded.base, mine = excluded.mine, theirs = excluded.theirs, "
                       "theirs_version = excluded.theirs_version, fields = excluded.fields, "
                       "message = excluded.message"),
        {conflictKindKey(conflict.kind), conflict.tableName, conflict.rowId,
         toJsonText(conflict.base), toJsonText(conflict.mine), toJsonText(conflict.theirs),
         theirsVersion,
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(conflict.fields))
                               .toJson(QJsonDocument::Compact)),
         conflict.message});
}

Status SyncReplica::dropConflict(const QString& table, const QString& id)
{
    return exec(m_db,
                QStringLiteral("DELETE FROM sync_conflict WHERE table_name = ? AND row_id = ?"),
                {table, id});
}

Result<bool> SyncReplica::applyToDirtyRow(const SyncTable& table, const QString& id,
                                          const std::optional<RemoteRow>& theirs,
                                          qint64 theirsVersion)
{
    auto local = readRow(table, id);
    if (!local)
        return local.error();
    auto base = readBase(table.name, id);
    if (!base)
        return base.error();
    auto existing = conflictFor(table.name, id);
    if (!existing)
        return existing.error();
    // Nothing new: the portal still has the version this row was last synced at.
    if (*base && (*base)->version == theirsVersion && (theirs.has_value() || !*local))
        return false;

    // What the conflict shows as "base": the last synced copy before the conflict began.
    const QJsonObject shownBase =
        *existing ? (*existing)->base : (*base ? (*base)->data : QJsonObject());
    SyncConflict conflict;
    conflict.tableName = table.name;
    conflict.rowId = id;
    conflict.base = shownBase;

    if (!theirs) {     // deleted there
        if (!*local) { // deleted on both sides: the same change
            if (Status s = dropOutbox(table.name, id); !s)
                return s.error();
            if (Status s = deleteBase(table.name, id); !s)
                return s.error();
            if (Status s = dropConflict(table.name, id); !s)
                return s.error();
            return true;
        }
        conflict.kind = SyncConflict::Kind::DeletedThere;
        conflict.mine = **local;
        if (Status s = saveConflict(conflict, theirsVersion); !s)
            return s.error();
        return true;
    }

    if (!*local) { // deleted here, changed there; "take mine" deletes the new version
        conflict.kind = SyncConflict::Kind::DeletedHere;
        conflict.theirs = theirs->data;
        if (Status s = writeBase(table.name, id, theirs->data, theirs->version); !s)
            return s.error();
        if (Status s = saveConflict(conflict, theirsVersion); !s)
            return s.error();
        return true;
    }

    // Changed on both sides: merge against the last synced copy (for an open conflict that
    // is the portal's earlier version, so its fields stay in conflict while they differ).
    const QJsonObject mergeBase = *base ? (*base)->data : QJsonObject();
    MergeResult merge = mergeRows(mergeBase, **local, theirs->data, table.columns);
    if (*existing && (*existing)->kind == SyncConflict::Kind::FieldsDiffer) {
        for (const QString& field : std::as_const((*existing)->fields)) {
            if (!merge.conflicts.contains(field) &&
                !sameValue(merge.merged.value(field), theirs->data.value(field)))
                merge.conflicts << field;
        }
    }
    if (Status s = writeRow(table, id, merge.merged, theirs->version, theirs->updatedAt,
                            theirs->updatedBy);
        !s)
        return s.error();
    if (Status s = writeBase(table.name, id, theirs->data, theirs->version); !s)
        return s.error();
    if (merge.conflicts.isEmpty()) {
        if (*existing && (*existing)->kind != SyncConflict::Kind::Rejected) {
            if (Status s = dropConflict(table.name, id); !s)
                return s.error();
        }
        bool same = true;
        for (const QString& column : table.columns)
            same = same && sameValue(merge.merged.value(column), theirs->data.value(column));
        if (same) { // both sides agree now: nothing left to send
            if (Status s = dropOutbox(table.name, id); !s)
                return s.error();
            if (Status s = dropConflict(table.name, id); !s)
                return s.error();
        }
        return true;
    }
    conflict.kind = SyncConflict::Kind::FieldsDiffer;
    conflict.mine = **local;
    conflict.theirs = theirs->data;
    conflict.fields = merge.conflicts;
    if (Status s = saveConflict(conflict, theirsVersion); !s)
        return s.error();
    return true;
}

} // namespace openmayor
