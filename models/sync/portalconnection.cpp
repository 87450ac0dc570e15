#include "portalconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace openmayor {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("openmayor-portal-%1").arg(++counter);
}
} // namespace

PortalConnection::PortalConnection(const QString& name) : m_name(name) {}

PortalConnection::~PortalConnection()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Error PortalConnection::portalError(const QSqlError& error, const QString& what)
{
    QString detail = error.text();
    detail.replace(u'\n', u' ');
    return Error(Error::Kind::Database, what, detail.simplified());
}

Result<std::unique_ptr<PortalConnection>> PortalConnection::open(const PortalEndpoint& endpoint)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error(Error::Kind::Database, QCoreApplication::translate(
                                                "openmayor::PortalConnection",
                                                "The PostgreSQL driver (QPSQL) is not installed."));
    std::unique_ptr<PortalConnection> connection(new PortalConnection(nextConnectionName()));
    connection->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_name);
    QSqlDatabase& db = connection->m_db;
    db.setHostName(endpoint.host);
    db.setPort(endpoint.port);
    db.setDatabaseName(endpoint.database);
    db.setUserName(endpoint.user);
    db.setPassword(endpoint.password);
    QStringList options = {QStringLiteral("connect_timeout=10"),
                           QStringLiteral("application_name=OpenMayorStudio")};
    if (!endpoint.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + endpoint.sslMode;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        const QString text = error.text();
        QString message;
        if (text.contains(QLatin1String("password authentication failed")) ||
            text.contains(QLatin1String("no password supplied")))
            message = QCoreApplication::translate("openmayor::PortalConnection",
                                                  "The portal refused the user name or password.");
        else if (text.contains(QLatin1String("does not exist")))
            message = QCoreApplication::translate("openmayor::PortalConnection",
                                                  "The portal database or user does not exist.");
        else
            message = QCoreApplication::translate("openmayor::PortalConnection",
                                                  "Cannot connect to the portal database.");
        return portalError(error, message);
    }
    // Server notices (e.g. "already a member of role") are not errors: keep stderr clean.
    if (Status s = connection->exec(QStringLiteral("SET client_min_messages = warning")); !s)
        return s.error();
    if (Status s = connection->exec(QStringLiteral("SET client_encoding = 'UTF8'")); !s) {
        return s.error();
    }
    return connection;
}

Status PortalConnection::run(QSqlQuery& query, const QString& sql, const QVariantList& params)
{
    // Scripts without parameters go unprepared: libpq runs several statements in one call.
    const bool ran = params.isEmpty() ? query.exec(sql) : [&] {
        if (!query.prepare(sql))
            return false;
        for (const QVariant& value : params)
            query.addBindValue(value);
        return query.exec();
    }();
    if (!ran)
        return portalError(query.lastError(),
                           QCoreApplication::translate("openmayor::PortalConnection",
                                                       "A portal database operation failed."));
    return {};
}

Status PortalConnection::exec(const QString& sql, const QVariantList& params)
{
    QSqlQuery query(m_db);
    return run(query, sql, params);
}

Result<QVariant> PortalConnection::scalar(const QString& sql, const QVariantList& params)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Status s = run(query, sql, params); !s)
        return s.error();
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Status PortalConnection::begin(bool repeatableReadOnly)
{
    return exec(repeatableReadOnly
                    ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    : QStringLiteral("BEGIN"));
}

Status PortalConnection::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void PortalConnection::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

} // namespace openmayor
