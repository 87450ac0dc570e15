#include "syncfixtures.h"

#include "common/ids.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace openmayor::test {

namespace {
QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

Result<qint64> insertConflict(const Database& store, const ConflictRow& row)
{
    QSqlDatabase db = store.connection();
    const QString fields = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(row.fields)).toJson(QJsonDocument::Compact));
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO sync_conflict (kind, table_name, row_id, base, "
                                       "mine, theirs, fields, message, detected_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {row.kind, row.tableName, row.rowId, json(row.base), json(row.mine),
                         json(row.theirs), fields, row.message, row.detectedAt});
        !s)
        return s.error();
    return queryInt(db, QStringLiteral("SELECT last_insert_rowid()"));
}

Result<QString> insertSpeech(const Database& store, const QString& title, const QString& place)
{
    QSqlDatabase db = store.connection();
    const QString id = newId();
    if (Status s = exec(db,
                        QStringLiteral("INSERT INTO speech (id, title, place, delivered_on) "
                                       "VALUES (?, ?, ?, '2026-11-20')"),
                        {id, title, place});
        !s)
        return s.error();
    return id;
}

Status setSyncState(const Database& store, const QString& key, const QString& value)
{
    QSqlDatabase db = store.connection();
    return exec(db, QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"),
                {key, value});
}

} // namespace openmayor::test
