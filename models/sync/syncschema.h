#pragma once

#include "common/result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace openmayor {

// A synced table as sync sees it: its data columns (every column but the key and the
// sync columns id, row_version, updated_at, updated_by), which of them hold integers.
struct SyncTable
{
    QString name;
    QStringList columns;
    QSet<QString> integerColumns;
    // Columns the portal keeps as uuid (references to other rows): read back as text.
    QSet<QString> uuidColumns;

    // SQL: `json_object('a', a, 'b', b, …)` over this table's data columns (with `prefix.`).
    QString jsonObjectSql(const QString& prefix = {}) const;
    // "a, b, c" with `prefix.` on each.
    QString columnList(const QString& prefix = {}) const;
    // The portal's select list of the data columns, uuid columns as text.
    QString portalSelectList() const;
};

// The synced tables of a local store: those whose writes the capture triggers record
// (DESIGN.md §4). Read from the store itself, so a later migration's new columns follow.
class SyncSchema
{
public:
    static Result<SyncSchema> read(QSqlDatabase& local);

    // Puts the tables in the portal's order (parents first); tables the portal does not
    // know are an error (this program is newer than the portal's schema).
    Status orderLike(const QStringList& portalOrder);

    const QList<SyncTable>& tables() const { return m_tables; }
    const SyncTable* table(const QString& name) const;
    SyncTable* table(const QString& name);
    QStringList names() const;

private:
    QList<SyncTable> m_tables;
};

} // namespace openmayor
