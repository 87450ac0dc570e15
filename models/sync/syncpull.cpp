// Pull (DESIGN.md §4): never misses a committed row. In one REPEATABLE READ READ ONLY
// transaction on the portal, H = pg_snapshot_xmin(pg_current_snapshot()): every transaction
// below H has finished, so paging by (sync_xid, sync_id) > cursor AND sync_xid < H sees all
// of them, and whatever commits later carries an xid >= H for the next pull. Pages are
// staged in this connection's temporary tables, then applied in one local transaction
// together with the new cursors: a pull is applied wholly or not at all. The pages (of the
// tables, then of the tombstones) are read by a SyncPageReader in the same snapshot while
// the page before is staged.
#include "storage/searchindex.h"
#include "storage/sqlutil.h"
#include "syncpagereader.h"
#include "syncreplica.h"
#include "syncrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace openmayor {

namespace {
// A pull of at least this many rows leaves them to the search index's catch-up.
constexpr qint64 kDeferIndexingRows = 2000;
const QString kTombstones = QStringLiteral("*tombstone");

QString stageOf(const SyncTable& table)
{
    return QStringLiteral("temp.sync_stage_") + table.name;
}

// Rows with local changes or an open conflict go through the three-way merge one by one.
QString dirtyCondition(const QString& table, const QString& idColumn)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM main.sync_outbox o WHERE o.table_name = '%1' "
                          "AND o.row_id = %2) OR EXISTS (SELECT 1 FROM main.sync_conflict c "
                          "WHERE c.table_name = '%1' AND c.row_id = %2))")
        .arg(table, idColumn);
}

// Rows of other synced tables that refer to a row of `parent` by a foreign key.
struct ChildReference
{
    QString table;
    QString column;
};

QList<ChildReference> childrenOf(QSqlDatabase& db, const SyncSchema& schema, const QString& parent)
{
    QList<ChildReference> children;
    for (const SyncTable& table : schema.tables()) {
        QSqlQuery query(db);
        if (!execQuery(query,
                       QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) "
                                      "WHERE \"table\" = ?"),
                       {table.name, parent}))
            continue;
        while (query.next())
            children.append({table.name, query.value(0).toString()});
    }
    return children;
}

// A row deleted on the portal that still has children with local changes (a photo added
// here to an activity deleted there) is not deleted silently: it becomes a conflict.
QString dirtyChildCondition(const QList<ChildReference>& children, const QString& idColumn)
{
    QStringList parts;
    for (const ChildReference& child : children)
        parts << QStringLiteral("EXISTS (SELECT 1 FROM main.%1 k JOIN main.sync_outbox ko ON "
                                "ko.table_name = '%1' AND ko.row_id = k.id WHERE k.%2 = %3)")
                     .arg(child.table, child.column, idColumn);
    return parts.isEmpty() ? QStringLiteral("0") : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

// This connection's scratch space, enlarged for the pull and put back afterwards. With
// SQLite's default 2 MB page cache and temporary tables in a file, a pull of 100k rows
// spent most of its time writing pages out and reading them back (perf: 40% in the
// kernel's pread/pwrite). The staged pages live in memory now (the temporary tables are
// dropped with the setting afterwards), and the store's cache takes what the apply
// touches: up to 512 MB, because a first pull of 100k events writes 230 MB of pages in one
// transaction, and with 128 MB SQLite spilled pages to the WAL mid-transaction and wrote the
// index pages again and again (bench: apply 7.3 s, 4.7-5.0 s without the spill). Pages are
// only taken as they are used, so a small pull costs nothing more, and the cache shrinks
// back to its size when the pull ends.
class PullScratch
{
public:
    explicit PullScratch(QSqlDatabase db) : m_db(std::move(db))
    {
        if (Result<qint64> size = queryInt(m_db, QStringLiteral("PRAGMA main.cache_size")))
            m_cacheSize = *size;
        if (Result<qint64> store = queryInt(m_db, QStringLiteral("PRAGMA temp_store")))
            m_tempStore = *store;
        (void)exec(m_db, QStringLiteral("PRAGMA main.cache_size = %1").arg(kCacheKiB));
        (void)exec(m_db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~PullScratch()
    {
        (void)exec(m_db, QStringLiteral("PRAGMA main.cache_size = %1").arg(m_cacheSize));
        (void)exec(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
    }
    PullScratch(const PullScratch&) = delete;
    PullScratch& operator=(const PullScratch&) = delete;

private:
    static constexpr int kCacheKiB = -524288; // negative: in KiB, i.e. 512 MB
    QSqlDatabase m_db;
    qint64 m_cacheSize = -2000;
    qint64 m_tempStore = 0;
};

Status beginStaging(QSqlDatabase& db)
{
    return exec(db, QStringLiteral("BEGIN"));
}
} // namespace

Status SyncRun::pull()
{
    QSqlDatabase db = store.connection();
    const PullScratch scratch(db);
    for (const SyncTable& table : schema.tables()) {
        if (Status s = exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_stage_%1 AS "
                                               "SELECT * FROM main.%1 WHERE 0")
                                    .arg(table.name));
            !s)
            return s;
        if (Status s = exec(db, QStringLiteral("DELETE FROM ") + stageOf(table)); !s)
            return s;
    }
    if (Status s = exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_stage_tombstone "
                                           "(table_name TEXT, row_id TEXT, row_version INTEGER)"));
        !s)
        return s;
    if (Status s = exec(db, QStringLiteral("DELETE FROM temp.sync_stage_tombstone")); !s)
        return s;

    QHash<QString, SyncCursor> cursors;
    {
        QSqlQuery query(db);
        if (Status s =
                execQuery(query, QStringLiteral("SELECT table_name, xid, row_id FROM sync_cursor"));
            !s)
            return s;
        while (query.next())
            cursors.insert(query.value(0).toString(),
                           SyncCursor{query.value(1).toString(), query.value(2).toString()});
    }

    if (Status s = portal->begin(true); !s)
        return s;
    auto fail = [this](const Error& error) {
        portal->rollback();
        return error;
    };
    Result<QVariant> horizon =
        portal->scalar(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!horizon)
        return fail(horizon.error());
    const QString h = horizon->toString();

    Result<QVariant> snapshot = portal->scalar(QStringLiteral("SELECT pg_export_snapshot()"));
    if (!snapshot)
        return fail(snapshot.error());

    qint64 staged = 0;
    emitProgress(SyncProgress::Phase::Pulling, 0, 0);
    {
        // every source's columns start with its id; a page's rows are staged as they come
        QList<SyncPageReader::Source> sources;
        QHash<QString, QString> inserts;
        for (const SyncTable& table : schema.tables()) {
            sources << SyncPageReader::Source{
                table.name, table.name,
                QStringLiteral("sync_id::text, %1, row_version, to_char(updated_at AT TIME ZONE "
                               "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), updated_by")
                    .arg(table.portalSelectList())};
            QStringList placeholders(table.columns.size() + 4, QStringLiteral("?"));
            inserts.insert(table.name, QStringLiteral("INSERT INTO %1 (id, %2, row_version, "
                                                      "updated_at, updated_by) VALUES (%3)")
                                           .arg(stageOf(table), table.columnList(),
                                                placeholders.join(QStringLiteral(", "))));
        }
        sources << SyncPageReader::Source{kTombstones, QStringLiteral("sync_tombstone"),
                                          QStringLiteral("sync_id::text, table_name, row_version")};
        inserts.insert(kTombstones, QStringLiteral("INSERT INTO temp.sync_stage_tombstone "
                                                   "(row_id, table_name, row_version) VALUES "
                                                   "(?, ?, ?)"));

        SyncPageReader reader(endpoint, snapshot->toString(), h, sources, cursors);
        for (;;) {
            if (cancelled())
                return fail(Error(
                    Error::Kind::Generic,
                    QCoreApplication::translate("openmayor::SyncEngine", "Sync was cancelled.")));
            const SyncPageReader::Page page = reader.next();
            if (page.error)
                return fail(*page.error);
            if (page.key.isEmpty())
                break;
            if (page.rows.isEmpty())
                continue;
            if (Status s = beginStaging(db); !s)
                return fail(s.error());
            QSqlQuery stage(db);
            if (Status s = prepare(stage, inserts.value(page.key)); !s) {
                (void)exec(db, QStringLiteral("ROLLBACK"));
                return fail(s.error());
            }
            for (const QVariantList& row : page.rows) {
                for (int i = 0; i < row.size(); ++i)
                    stage.bindValue(i, row.at(i));
                if (!stage.exec()) {
                    const Error error = sqlError(stage);
                    (void)exec(db, QStringLiteral("ROLLBACK"));
                    return fail(error);
                }
            }
            if (Status s = exec(db, QStringLiteral("COMMIT")); !s)
                return fail(s.error());
            cursors.insert(page.key, page.last);
            staged += page.rows.size();
            emitProgress(SyncProgress::Phase::Pulling, staged, 0);
            syncFaultPoint("mid-stage");
        }
    }
    if (Status s = portal->commit(); !s)
        return s;
    return applyStaged(staged, cursors.keys(), [&cursors](const QString& key) {
        const SyncCursor c = cursors.value(key);
        return std::pair<QString, QString>(c.xid, c.id);
    });
}

Status
SyncRun::applyStaged(qint64 stagedRows, const QStringList& cursorKeys,
                     const std::function<std::pair<QString, QString>(const QString&)>& cursorOf)
{
    qint64 pulled = 0;
    emitProgress(SyncProgress::Phase::Applying, 0, schema.tables().size());
    const Status applied = store.transaction([&](QSqlDatabase& db) -> Status {
        SyncReplica replica(db, schema);
        pulled = 0;
        if (Status s = replica.setApplyingRemote(true); !s)
            return s;
        if (Status s = exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s;
        // the search documents and their tokenising were half the cost of a large pull: later
        if (stagedRows >= kDeferIndexingRows)
            if (Status s = SearchIndex::deferDocuments(db); !s)
                return s;
        qint64 tablesDone = 0;
        for (const SyncTable& table : schema.tables()) {
            // Rows changed here too: one by one through the merge.
            QSqlQuery dirty(db);
            if (Status s = execQuery(
                    dirty, QStringLiteral("SELECT %1, row_version, updated_at, "
                                          "updated_by, id FROM %2 s WHERE %3")
                               .arg(table.jsonObjectSql(QStringLiteral("s")), stageOf(table),
                                    dirtyCondition(table.name, QStringLiteral("s.id"))));
                !s)
                return s;
            QList<std::pair<QString, RemoteRow>> dirtyRows;
            while (dirty.next()) {
                RemoteRow remote;
                remote.data = QJsonDocument::fromJson(dirty.value(0).toString().toUtf8()).object();
                remote.version = dirty.value(1).toLongLong();
                remote.updatedAt = dirty.value(2).toString();
                remote.updatedBy = dirty.value(3).toString();
                dirtyRows.append({dirty.value(4).toString(), remote});
            }
            dirty.finish();
            for (const auto& [id, remote] : std::as_const(dirtyRows)) {
                auto changed = replica.applyToDirtyRow(table, id, remote, remote.version);
                if (!changed)
                    return changed.error();
                pulled += *changed ? 1 : 0;
            }
            // The rest: set-based. A first pull into an empty table (the common large case)
            // needs neither the version check nor the update; a table without local changes
            // or base copies needs no check of them per row.
            QSqlQuery local(db);
            if (Status s = execQuery(
                    local, QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.%1), EXISTS (SELECT 1 "
                                          "FROM main.sync_outbox WHERE table_name = '%1' UNION ALL "
                                          "SELECT 1 FROM main.sync_conflict WHERE table_name = "
                                          "'%1'), EXISTS (SELECT 1 FROM main.sync_base WHERE "
                                          "table_name = '%1')")
                               .arg(table.name));
                !s)
                return s;
            if (!local.next())
                return sqlError(local);
            const bool hasRows = local.value(0).toBool();
            const bool hasChanges = local.value(1).toBool();
            const bool hasBase = local.value(2).toBool();
            local.finish();
            const QString clean =
                hasChanges
                    ? QStringLiteral("NOT ") + dirtyCondition(table.name, QStringLiteral("s.id"))
                    : QStringLiteral("1");
            QString upsert = QStringLiteral("INSERT INTO main.%1 (id, %2, row_version, updated_at, "
                                            "updated_by) SELECT s.id, %3, s.row_version, "
                                            "s.updated_at, s.updated_by FROM %4 s WHERE %5")
                                 .arg(table.name, table.columnList(),
                                      table.columnList(QStringLiteral("s")), stageOf(table), clean);
            if (hasRows) {
                QStringList updates;
                for (const QString& column : table.columns)
                    updates << QStringLiteral("%1 = excluded.%1").arg(column);
                upsert += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM main.%1 x WHERE x.id = "
                                         "s.id AND x.row_version >= s.row_version) ON CONFLICT "
                                         "(id) DO UPDATE SET %2, row_version = "
                                         "excluded.row_version, updated_at = excluded.updated_at, "
                                         "updated_by = excluded.updated_by")
                              .arg(table.name, updates.join(QStringLiteral(", ")));
            }
            QSqlQuery insert(db);
            if (Status s = execQuery(insert, upsert); !s)
                return s;
            pulled += insert.numRowsAffected();
            // a row without local changes is its own base copy (schema 5): drop older copies
            if (hasBase)
                if (Status s = exec(db, QStringLiteral("DELETE FROM main.sync_base WHERE "
                                                       "table_name = '%1' AND row_id IN (SELECT "
                                                       "s.id FROM %2 s WHERE %3)")
                                            .arg(table.name, stageOf(table), clean));
                    !s)
                    return s;
            emitProgress(SyncProgress::Phase::Applying, ++tablesDone, schema.tables().size());
            syncFaultPoint("mid-apply");
        }
        // Deletions, children before parents.
        const QList<SyncTable>& tables = schema.tables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            const SyncTable& table = *it;
            const QList<ChildReference> children = childrenOf(db, schema, table.name);
            const QString held =
                QStringLiteral("(%1 OR %2)")
                    .arg(dirtyCondition(table.name, QStringLiteral("t.row_id")),
                         dirtyChildCondition(children, QStringLiteral("t.row_id")));
            QSqlQuery dirty(db);
            if (Status s = execQuery(dirty,
                                     QStringLiteral("SELECT t.row_id, t.row_version FROM "
                                                    "temp.sync_stage_tombstone t WHERE "
                                                    "t.table_name = ? AND %1")
                                         .arg(held),
                                     {table.name});
                !s)
                return s;
            QList<std::pair<QString, qint64>> dirtyRows;
            while (dirty.next())
                dirtyRows.append({dirty.value(0).toString(), dirty.value(1).toLongLong()});
            dirty.finish();
            for (const auto& [id, version] : std::as_const(dirtyRows)) {
                auto changed = replica.applyToDirtyRow(table, id, std::nullopt, version);
                if (!changed)
                    return changed.error();
                pulled += *changed ? 1 : 0;
            }
            const QString clean = QStringLiteral("SELECT t.row_id FROM temp.sync_stage_tombstone t "
                                                 "WHERE t.table_name = '%1' AND NOT %2")
                                      .arg(table.name, held);
            QSqlQuery remove(db);
            if (Status s = execQuery(
                    remove,
                    QStringLiteral("DELETE FROM main.%1 WHERE id IN (%2)").arg(table.name, clean));
                !s)
                return s;
            pulled += remove.numRowsAffected();
            if (Status s = exec(db, QStringLiteral("DELETE FROM main.sync_base WHERE table_name = "
                                                   "'%1' AND row_id IN (%2)")
                                        .arg(table.name, clean));
                !s)
                return s;
        }
        // Rows pulled whose parent is deleted here and not yet on the portal: the portal
        // deletes them with that parent when the delete arrives there; here they go now.
        QSqlQuery orphans(db);
        if (Status s = execQuery(orphans, QStringLiteral("SELECT \"table\", rowid FROM "
                                                         "pragma_foreign_key_check"));
            !s)
            return s;
        QList<std::pair<QString, qint64>> orphanRows;
        while (orphans.next())
            orphanRows.append({orphans.value(0).toString(), orphans.value(1).toLongLong()});
        orphans.finish();
        for (const auto& [tableName, rowid] : std::as_const(orphanRows)) {
            if (!schema.table(tableName))
                continue;
            if (Status s = exec(db,
                                QStringLiteral("DELETE FROM main.sync_base WHERE table_name = "
                                               "'%1' AND row_id = (SELECT id FROM main.%1 "
                                               "WHERE rowid = ?)")
                                    .arg(tableName),
                                {rowid});
                !s)
                return s;
            if (Status s =
                    exec(db, QStringLiteral("DELETE FROM main.%1 WHERE rowid = ?").arg(tableName),
                         {rowid});
                !s)
                return s;
        }
        for (const QString& key : cursorKeys) {
            const auto [xid, id] = cursorOf(key);
            if (Status s = exec(db,
                                QStringLiteral("INSERT OR REPLACE INTO sync_cursor (table_name, "
                                               "xid, row_id) VALUES (?, ?, ?)"),
                                {key, xid, id});
                !s)
                return s;
        }
        if (Status s = SearchIndex::resumeDocuments(db); !s)
            return s;
        if (Status s = SearchIndex::resumeDocuments(db); !s)
            return s;
        return replica.setApplyingRemote(false);
    });
    if (applied)
        report.pulled += pulled;
    return applied;
}

} // namespace openmayor
