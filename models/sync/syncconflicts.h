#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace openmayor {

class ChangeNotifier;

// A change that sync could not apply on its own, kept until someone decides (DESIGN.md §4:
// nothing is overwritten silently).
struct SyncConflict
{
    enum class Kind
    {
        FieldsDiffer, // both sides changed the same field(s) to different values
        DeletedThere, // changed here, deleted on the portal
        DeletedHere,  // deleted here, changed on the portal
        Rejected      // the portal refused this change (role, rule); the edit is kept here
    };
    qint64 id = 0;
    Kind kind = Kind::FieldsDiffer;
    QString tableName; // local table, e.g. "pledge"
    QString rowId;
    QJsonObject base;     // the row as last synced (empty for a row new on both sides)
    QJsonObject mine;     // the local row (empty when deleted here)
    QJsonObject theirs;   // the portal's row (empty when deleted there)
    QStringList fields;   // the fields in conflict (FieldsDiffer), else empty
    QString message;      // Rejected: the portal's reason, translated where we know it
    QDateTime detectedAt; // UTC
    // A short human label of the row ("공약 1-1-1 …", the title or name field).
    QString label;
};

enum class TakeSide
{
    Mine,
    Theirs
};

// Local sync status for the status bar and `conflicts`.
struct SyncStatus
{
    QDateTime lastSync;        // UTC; invalid when never synced
    QString portal;            // display URL of the last portal synced with
    qint64 pendingChanges = 0; // rows with unsent local changes
    qint64 conflicts = 0;
    qint64 rejected = 0;
};

// The conflict table of a local store.
class SyncConflicts
{
public:
    explicit SyncConflicts(Database store, ChangeNotifier* notifier = nullptr);

    Result<QList<SyncConflict>> list() const;
    Result<SyncConflict> find(qint64 id) const;
    Result<SyncStatus> status() const;

    // Resolves a conflict wholly: Mine keeps the local row and makes it win at the next
    // push; Theirs replaces the local row with the portal's (or deletes it) and drops the
    // local change. The notifier announces the changed rows.
    Status resolve(qint64 id, TakeSide side);
    // Field by field (FieldsDiffer only): every conflicting field must be given.
    Status resolveFields(qint64 id, const QMap<QString, TakeSide>& choice);

private:
    Database m_store;
    ChangeNotifier* m_notifier;
};

} // namespace openmayor
