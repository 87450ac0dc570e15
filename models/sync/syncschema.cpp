#include "syncschema.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace openmayor {

QString SyncTable::jsonObjectSql(const QString& prefix) const
{
    QStringList parts;
    for (const QString& column : columns)
        parts << QStringLiteral("'%1', %2%1")
                     .arg(column, prefix.isEmpty() ? QString() : prefix + u'.');
    return QStringLiteral("json_object(") + parts.join(QStringLiteral(", ")) + u')';
}

QString SyncTable::columnList(const QString& prefix) const
{
    if (prefix.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList parts;
    for (const QString& column : columns)
        parts << prefix + u'.' + column;
    return parts.join(QStringLiteral(", "));
}

QString SyncTable::portalSelectList() const
{
    QStringList parts;
    for (const QString& column : columns)
        parts << (uuidColumns.contains(column) ? column + QStringLiteral("::text") : column);
    return parts.join(QStringLiteral(", "));
}

Result<SyncSchema> SyncSchema::read(QSqlDatabase& local)
{
    static const QSet<QString> syncColumns = {QStringLiteral("id"), QStringLiteral("row_version"),
                                              QStringLiteral("updated_at"),
                                              QStringLiteral("updated_by")};
    static const QRegularExpression capturedTable(QStringLiteral(
        "INSERT INTO sync_outbox \\(table_name, row_id, op\\) VALUES \\('([a-z_]+)'"));
    QSqlQuery triggers(local);
    if (Status s = execQuery(triggers, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                                      "'trigger' AND sql LIKE '%INSERT INTO "
                                                      "sync_outbox%' ORDER BY rowid"));
        !s)
        return s.error();
    QStringList names;
    while (triggers.next()) {
        const auto match = capturedTable.match(triggers.value(0).toString());
        if (match.hasMatch() && !names.contains(match.captured(1)))
            names << match.captured(1);
    }
    SyncSchema schema;
    for (const QString& name : std::as_const(names)) {
        SyncTable table;
        table.name = name;
        QSqlQuery info(local);
        if (Status s = execQuery(
                info, QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?)"), {name});
            !s)
            return s.error();
        while (info.next()) {
            const QString column = info.value(0).toString();
            if (syncColumns.contains(column))
                continue;
            table.columns << column;
            if (info.value(1).toString() == u"INTEGER")
                table.integerColumns.insert(column);
        }
        schema.m_tables << table;
    }
    return schema;
}

Status SyncSchema::orderLike(const QStringList& portalOrder)
{
    QList<SyncTable> ordered;
    for (const QString& name : portalOrder) {
        if (const SyncTable* table = this->table(name))
            ordered << *table;
    }
    for (const SyncTable& table : std::as_const(m_tables)) {
        if (!portalOrder.contains(table.name))
            return Error(Error::Kind::Incompatible,
                         QCoreApplication::translate("openmayor::SyncSchema",
                                                     "The portal database is older than this "
                                                     "program; run \"openmayor-cli portal "
                                                     "init\" to upgrade it."),
                         QStringLiteral("table %1 missing on the portal").arg(table.name));
    }
    m_tables = ordered;
    return {};
}

const SyncTable* SyncSchema::table(const QString& name) const
{
    for (const SyncTable& table : m_tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

SyncTable* SyncSchema::table(const QString& name)
{
    for (SyncTable& table : m_tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

QStringList SyncSchema::names() const
{
    QStringList list;
    for (const SyncTable& table : m_tables)
        list << table.name;
    return list;
}

} // namespace openmayor
