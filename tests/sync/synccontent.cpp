// Canonical content of a local store and of the portal (syncfixture.h): plain QtSql, the
// local schema as the reference of columns and types, nothing from the sync engine.
#include "syncfixture.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace openmayor::test {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> kSyncColumns{u"id"_s, u"row_version"_s, u"updated_at"_s, u"updated_by"_s};

QString quoted(const QString& identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QString columnList(const QList<ColumnInfo>& columns)
{
    QStringList names;
    for (const ColumnInfo& column : columns)
        names << quoted(column.name);
    return names.join(u", "_s);
}

// Reads "key, row_version, data columns..." rows into `content`.
Status readRows(QSqlQuery& query, const QString& sql, const QList<ColumnInfo>& columns,
                TableContent* content)
{
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error(Error::Kind::Database, sql, query.lastError().text());
    for (const ColumnInfo& column : columns)
        content->columns << column.name;
    while (query.next()) {
        const QString key = query.value(0).toString();
        QStringList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values << canonicalValue(query.value(i + 2), columns.at(i).numeric);
        if (content->rows.contains(key))
            return Error(Error::Kind::Invalid, u"duplicate row key %1 in %2"_s.arg(key, sql));
        content->rows.insert(key, values);
        content->versions.insert(key, query.value(1).toLongLong());
    }
    return {};
}

void addField(QCryptographicHash& hash, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
    hash.addData(bytes);
}

} // namespace

QString canonicalValue(const QVariant& value, bool numeric)
{
    if (value.isNull())
        return u"null"_s;
    if (numeric) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            return u"n:"_s + QString::number(number, 'g', 15);
    }
    return u"s:"_s + value.toString();
}

QByteArray TableContent::dataHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, columns.join(u','));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        addField(hash, it.key());
        for (const QString& value : it.value())
            addField(hash, value);
    }
    return hash.result().toHex();
}

QByteArray TableContent::versionHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        addField(hash, it.key() + u'=' + QString::number(it.value()));
    return hash.result().toHex();
}

QString TableContent::value(const QString& rowId, const QString& column) const
{
    const auto row = rows.constFind(rowId);
    const int index = columns.indexOf(column);
    if (row == rows.cend() || index < 0)
        return {};
    return row->at(index);
}

Result<QStringList> syncedTables(const LocalStore& store)
{
    return store.column(u"SELECT substr(name, 9, length(name) - 15) FROM sqlite_master "
                        u"WHERE type = 'trigger' AND name LIKE 'capture\\_%\\_insert' ESCAPE '\\' "
                        u"ORDER BY rowid"_s);
}

Result<QList<ColumnInfo>> dataColumns(const LocalStore& store, const QString& table)
{
    QSqlQuery query(store.connection());
    if (!query.exec(u"SELECT name, upper(type) FROM pragma_table_info('%1') ORDER BY cid"_s.arg(
            QString(table).replace(u'\'', u"''"_s))))
        return Error(Error::Kind::Database, u"columns of "_s + table, query.lastError().text());
    QList<ColumnInfo> columns;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (kSyncColumns.contains(name))
            continue;
        const QString type = query.value(1).toString();
        columns.append({name, type.contains(u"INT"_s) || type.contains(u"REAL"_s)});
    }
    if (columns.isEmpty())
        return Error(Error::Kind::NotFound, u"no data columns in "_s + table);
    return columns;
}

Result<StoreContent> localContent(const LocalStore& store)
{
    const Result<QStringList> tables = syncedTables(store);
    if (!tables)
        return tables.error();
    if (tables->isEmpty())
        return Error(Error::Kind::NotFound, u"no synced tables in "_s + store.file());
    StoreContent content;
    QSqlQuery query(store.connection());
    for (const QString& table : *tables) {
        const Result<QList<ColumnInfo>> columns = dataColumns(store, table);
        if (!columns)
            return columns.error();
        const QString sql =
            u"SELECT id, row_version, %1 FROM %2"_s.arg(columnList(*columns), quoted(table));
        if (Status read = readRows(query, sql, *columns, &content[table]); !read)
            return read.error();
    }
    return content;
}

Result<StoreContent> portalContent(const PortalDatabase& portal, const LocalStore& reference)
{
    const Result<QStringList> tables = syncedTables(reference);
    if (!tables)
        return tables.error();
    StoreContent content;
    QSqlQuery query(portal.connection());
    for (const QString& table : *tables) {
        const Result<QList<ColumnInfo>> columns = dataColumns(reference, table);
        if (!columns)
            return columns.error();
        const QString sql = u"SELECT sync_id::text, row_version, %1 FROM openmayor.%2"_s.arg(
            columnList(*columns), quoted(table));
        if (Status read = readRows(query, sql, *columns, &content[table]); !read)
            return read.error();
    }
    return content;
}

QString compareContent(const StoreContent& a, const QString& aName, const StoreContent& b,
                       const QString& bName, bool compareVersions)
{
    constexpr int maxReported = 8;
    QStringList differences;
    const auto report = [&differences](const QString& line) {
        if (differences.size() < maxReported)
            differences << line;
        else if (differences.size() == maxReported)
            differences << u"…"_s;
    };
    QSet<QString> tables;
    for (const QString& table : a.keys() + b.keys())
        tables.insert(table);
    QStringList sortedTables(tables.cbegin(), tables.cend());
    sortedTables.sort();
    for (const QString& table : sortedTables) {
        if (!a.contains(table) || !b.contains(table)) {
            report(u"table %1 only in %2"_s.arg(table, a.contains(table) ? aName : bName));
            continue;
        }
        const TableContent& left = a[table];
        const TableContent& right = b[table];
        const bool dataEqual = left.dataHash() == right.dataHash();
        const bool versionsEqual = !compareVersions || left.versionHash() == right.versionHash();
        if (dataEqual && versionsEqual)
            continue;
        if (left.columns != right.columns) {
            report(u"%1: columns differ"_s.arg(table));
            continue;
        }
        QSet<QString> keys;
        for (const QString& key : left.rows.keys() + right.rows.keys())
            keys.insert(key);
        QStringList sortedKeys(keys.cbegin(), keys.cend());
        sortedKeys.sort();
        for (const QString& key : sortedKeys) {
            if (!left.rows.contains(key) || !right.rows.contains(key)) {
                report(u"%1 %2: only in %3"_s.arg(table, key,
                                                  left.rows.contains(key) ? aName : bName));
                continue;
            }
            const QStringList& l = left.rows[key];
            const QStringList& r = right.rows[key];
            for (int i = 0; i < l.size(); ++i)
                if (l.at(i) != r.at(i))
                    report(u"%1 %2 %3: %4 has %5, %6 has %7"_s.arg(table, key, left.columns.at(i),
                                                                   aName, l.at(i).left(80), bName,
                                                                   r.at(i).left(80)));
            if (compareVersions && left.versions[key] != right.versions[key])
                report(u"%1 %2 row_version: %3 has %4, %5 has %6"_s.arg(table, key, aName)
                           .arg(left.versions[key])
                           .arg(bName)
                           .arg(right.versions[key]));
        }
    }
    return differences.join(u"\n"_s);
}

} // namespace openmayor::test
