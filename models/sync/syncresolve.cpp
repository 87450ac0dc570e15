// Resolving what sync could not decide (DESIGN.md §4): the user's choice, applied locally;
// the next sync sends whatever the choice left different from the portal.
#include "common/changenotifier.h"
#include "common/clock.h"
#include "storage/sqlutil.h"
#include "syncconflicts.h"
#include "syncreplica.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace openmayor {

namespace {
struct OpenConflict
{
    SyncConflict conflict;
    qint64 theirsVersion = 0;
};

Result<OpenConflict> loadConflict(QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    if (Status s = execQuery(query,
                             QStringLiteral("SELECT table_name, row_id, theirs_version FROM "
                                            "sync_conflict WHERE id = ?"),
                             {id});
        !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::SyncConflicts",
                                                 "There is no open conflict with this number."),
                     QString::number(id));
    const QString table = query.value(0).toString();
    const QString rowId = query.value(1).toString();
    const qint64 theirsVersion = query.value(2).toLongLong();
    query.finish();
    Result<SyncSchema> schema = SyncSchema::read(db);
    if (!schema)
        return schema.error();
    SyncReplica replica(db, *schema);
    auto conflict = replica.conflictFor(table, rowId);
    if (!conflict)
        return conflict.error();
    return OpenConflict{**conflict, theirsVersion};
}

// Applies the choice for one conflict inside the caller's transaction.
Status applyChoice(QSqlDatabase& db, const OpenConflict& open,
                   const std::function<QJsonObject(const QJsonObject& local)>& fieldChoice,
                   TakeSide side)
{
    Result<SyncSchema> schema = SyncSchema::read(db);
    if (!schema)
        return schema.error();
    const SyncConflict& c = open.conflict;
    const SyncTable* table = schema->table(c.tableName);
    if (!table)
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::SyncConflicts",
                                                 "The conflict names an unknown table."),
                     c.tableName);
    SyncReplica replica(db, *schema);
    if (Status s = replica.setApplyingRemote(true); !s)
        return s;
    auto local = replica.readRow(*table, c.rowId);
    if (!local)
        return local.error();
    auto base = replica.readBase(c.tableName, c.rowId);
    if (!base)
        return base.error();
    const QString now = Clock::nowIso();

    auto takePortalRow = [&](const QJsonObject& data, qint64 version) -> Status {
        if (Status s = replica.writeRow(*table, c.rowId, data, version, now, QString()); !s)
            return s;
        if (Status s = replica.writeBase(c.tableName, c.rowId, data, version); !s)
            return s;
        return replica.dropOutbox(c.tableName, c.rowId);
    };
    auto dropLocalRow = [&]() -> Status {
        if (Status s = replica.deleteRow(*table, c.rowId); !s)
            return s;
        if (Status s = replica.deleteBase(c.tableName, c.rowId); !s)
            return s;
        return replica.dropOutbox(c.tableName, c.rowId);
    };

    Status done;
    switch (c.kind) {
    case SyncConflict::Kind::FieldsDiffer:
        if (fieldChoice && *local) {
            const QJsonObject chosen = fieldChoice(**local);
            done = replica.writeRow(*table, c.rowId, chosen, open.theirsVersion, now, QString());
            bool same = true;
            for (const QString& column : table->columns)
                same = same && sameValue(chosen.value(column), c.theirs.value(column));
            if (done && same)
                done = replica.dropOutbox(c.tableName, c.rowId);
        } else if (side == TakeSide::Theirs) {
            done = takePortalRow(c.theirs, open.theirsVersion);
        }
        break;
    case SyncConflict::Kind::DeletedThere:
        // Mine: offer the row to the portal again as new; Theirs: delete it here too.
        if (side == TakeSide::Mine) {
            done = replica.deleteBase(c.tableName, c.rowId);
            if (done)
                done = exec(db,
                            QStringLiteral("INSERT INTO sync_outbox (table_name, row_id, op) "
                                           "VALUES (?, ?, 'insert')"),
                            {c.tableName, c.rowId});
        } else {
            done = dropLocalRow();
        }
        break;
    case SyncConflict::Kind::DeletedHere:
        // Mine: the delete goes out against the portal's newest version (the base already);
        // Theirs: the portal's row comes back.
        if (side == TakeSide::Theirs)
            done = takePortalRow(c.theirs, open.theirsVersion);
        break;
    case SyncConflict::Kind::Rejected:
        // Mine: keep the edit and send it again next time; Theirs: back to the portal's copy.
        if (side == TakeSide::Theirs)
            done = *base ? takePortalRow((*base)->data, (*base)->version) : dropLocalRow();
        break;
    }
    if (!done)
        return done;
    if (Status s = replica.dropConflict(c.tableName, c.rowId); !s)
        return s;
    return replica.setApplyingRemote(false);
}
} // namespace

Status SyncConflicts::resolve(qint64 id, TakeSide side)
{
    const Status resolved = m_store.transaction([&](QSqlDatabase& db) -> Status {
        Result<OpenConflict> open = loadConflict(db, id);
        if (!open)
            return open.error();
        return applyChoice(db, *open, {}, side);
    });
    if (resolved && m_notifier)
        emit m_notifier->storeReset();
    return resolved;
}

Status SyncConflicts::resolveFields(qint64 id, const QMap<QString, TakeSide>& choice)
{
    const Status resolved = m_store.transaction([&](QSqlDatabase& db) -> Status {
        Result<OpenConflict> open = loadConflict(db, id);
        if (!open)
            return open.error();
        const SyncConflict& c = open->conflict;
        if (c.kind != SyncConflict::Kind::FieldsDiffer)
            return Error(Error::Kind::Usage,
                         QCoreApplication::translate(
                             "openmayor::SyncConflicts",
                             "Only a conflict of fields can be resolved field by field."));
        for (const QString& field : c.fields) {
            if (!choice.contains(field))
                return Error(
                    Error::Kind::Usage,
                    QCoreApplication::translate("openmayor::SyncConflicts",
                                                "Choose a side for every conflicting field."),
                    field);
        }
        auto chosen = [&](const QJsonObject& local) {
            QJsonObject row = local;
            for (const QString& field : c.fields) {
                if (choice.value(field) == TakeSide::Theirs)
                    row.insert(field, c.theirs.value(field));
            }
            return row;
        };
        return applyChoice(db, *open, chosen, TakeSide::Mine);
    });
    if (resolved && m_notifier)
        emit m_notifier->storeReset();
    return resolved;
}

} // namespace openmayor
