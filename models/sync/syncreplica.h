#pragma once

#include "common/result.h"
#include "syncconflicts.h"
#include "syncschema.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace openmayor {

// A row as the portal has it: data columns plus the sync columns it stamped.
struct RemoteRow
{
    QJsonObject data;
    qint64 version = 0;
    QString updatedAt; // UTC ISO 8601 with milliseconds, like the local store's
    QString updatedBy;

    // From a row the portal returned as JSON (to_jsonb of the portal table).
    static RemoteRow fromPortalJson(const QJsonObject& row, const SyncTable& table);
};

struct BaseCopy
{
    QJsonObject data;
    qint64 version = 0;
};

// Field-by-field three-way merge (DESIGN.md §4): a field changed on one side only takes that
// side's value; the same change on both sides is no conflict; different changes to one
// field are a conflict and keep `mine`. An empty base means "new on both sides".
struct MergeResult
{
    QJsonObject merged;
    QStringList conflicts;
};
MergeResult mergeRows(const QJsonObject& base, const QJsonObject& mine, const QJsonObject& theirs,
                      const QStringList& columns);
// Values compare as JSON, numbers as numbers (3 == 3.0).
bool sameValue(const QJsonValue& a, const QJsonValue& b);

// The local side of sync: reads and writes rows, base copies, outbox entries and conflicts
// of one store, on the connection given (always inside the caller's transaction). Writes of
// pulled or acknowledged rows are made with applying_remote set, so the capture triggers do
// not record them as local edits.
class SyncReplica
{
public:
    SyncReplica(QSqlDatabase db, const SyncSchema& schema);

    Status setApplyingRemote(bool on);

    Result<std::optional<QJsonObject>> readRow(const SyncTable& table, const QString& id);
    // Only the sync columns of a row whose data is as the portal has it (an acknowledged
    // push): the search index's triggers, which watch the data columns, stay quiet.
    Status writeSyncColumns(const SyncTable& table, const QString& id, qint64 version,
                            const QString& updatedAt, const QString& updatedBy);
    Status writeRow(const SyncTable& table, const QString& id, const QJsonObject& data,
                    qint64 version, const QString& updatedAt, const QString& updatedBy);
    Status deleteRow(const SyncTable& table, const QString& id);

    Result<std::optional<BaseCopy>> readBase(const QString& table, const QString& id);
    Status writeBase(const QString& table, const QString& id, const QJsonObject& data,
                     qint64 version);
    Status deleteBase(const QString& table, const QString& id);

    // Whether the row has local changes not yet acknowledged (any outbox entry).
    Result<bool> isDirty(const QString& table, const QString& id);
    // Forgets the row's outbox entries up to `maxSeq` (all when negative).
    Status dropOutbox(const QString& table, const QString& id, qint64 maxSeq = -1);

    Result<std::optional<SyncConflict>> conflictFor(const QString& table, const QString& id);
    Status saveConflict(const SyncConflict& conflict, qint64 theirsVersion);
    Status dropConflict(const QString& table, const QString& id);

    // A change from the portal (`theirs` empty = deleted there) for a row that has local
    // changes or an open conflict: merges it in, or records a conflict. Returns true when the
    // local row or its state changed.
    Result<bool> applyToDirtyRow(const SyncTable& table, const QString& id,
                                 const std::optional<RemoteRow>& theirs, qint64 theirsVersion);

    QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
    const SyncSchema& m_schema;
};

} // namespace openmayor
