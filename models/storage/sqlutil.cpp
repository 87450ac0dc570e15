#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace openmayor {

namespace {
// SQLite reports extended result codes (275 = SQLITE_CONSTRAINT_CHECK, …); the low byte is
// the primary code.
int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error::Kind kindOf(const QSqlError& error)
{
    // SQLITE_FULL (13) and SQLITE_IOERR (10) are about the disk, not the data.
    const int code = primaryCode(error);
    if (code == 13 || code == 10)
        return Error::Kind::Io;
    if (code == 19)
        return Error::Kind::Invalid;
    return Error::Kind::Database;
}

Error fromSqlError(const QSqlError& error, const QString& sql)
{
    const int code = primaryCode(error);
    QString message;
    if (code == 13)
        message = QCoreApplication::translate("openmayor::Database",
                                              "The disk is full; the change was not saved.");
    else if (code == 10)
        message = QCoreApplication::translate("openmayor::Database",
                                              "The database file could not be read or written.");
    else if (code == 5 || code == 6)
        message = QCoreApplication::translate(
            "openmayor::Database", "The database is busy in another program; try again.");
    else if (code == 19)
        message = QCoreApplication::translate(
            "openmayor::Database", "The change breaks a rule of the data and was not saved.");
    else
        message =
            QCoreApplication::translate("openmayor::Database", "A database operation failed.");
    QString detail = error.text();
    if (!sql.isEmpty())
        detail += QStringLiteral(" [") + sql.simplified().left(160) + u']';
    return Error(kindOf(error), message, detail);
}
} // namespace

Error sqlError(const QSqlQuery& query)
{
    return fromSqlError(query.lastError(), query.lastQuery());
}

Error sqlError(const QSqlDatabase& db)
{
    return fromSqlError(db.lastError(), {});
}

Status prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return sqlError(query);
    return {};
}

Status execQuery(QSqlQuery& query, const QString& sql, const QVariantList& params)
{
    if (Status s = prepare(query, sql); !s)
        return s;
    return exec(query, params);
}

Status exec(QSqlQuery& query, const QVariantList& params)
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant& value = params.at(i);
        // A QString that is merely empty must be stored as '' (NOT NULL columns); SQL NULL
        // is asked for with a null QVariant, e.g. QVariant(QMetaType(QMetaType::QString)).
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return sqlError(query);
    return {};
}

Status exec(QSqlDatabase& db, const QString& sql, const QVariantList& params)
{
    QSqlQuery query(db);
    if (params.isEmpty()) {
        if (!query.exec(sql))
            return sqlError(query);
        return {};
    }
    if (Status s = prepare(query, sql); !s)
        return s;
    return exec(query, params);
}

Result<qint64> queryInt(QSqlDatabase& db, const QString& sql, const QVariantList& params)
{
    QSqlQuery query(db);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query, params); !s)
        return s.error();
    if (!query.next())
        return Error(
            Error::Kind::Database,
            QCoreApplication::translate("openmayor::Database", "A database query returned no row."),
            sql);
    return query.value(0).toLongLong();
}

} // namespace openmayor
