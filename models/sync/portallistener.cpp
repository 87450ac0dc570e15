#include "portallistener.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace openmayor {

QString PortalListener::channel()
{
    return QStringLiteral("openmayor_sync");
}

PortalListener::PortalListener(PortalEndpoint endpoint, int retrySeconds, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)),
      m_connectionName(QStringLiteral("openmayor-listen-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_checkTimer(new QTimer(this))
{
    m_checkTimer->setInterval(retrySeconds * 1000);
    connect(m_checkTimer, &QTimer::timeout, this, &PortalListener::checkConnection);
}

PortalListener::~PortalListener()
{
    disconnectFromPortal();
}

void PortalListener::start()
{
    connectAndListen();
    m_checkTimer->start();
}

void PortalListener::stop()
{
    m_checkTimer->stop();
    disconnectFromPortal();
}

bool PortalListener::connectAndListen()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_endpoint.host);
    db.setPort(m_endpoint.port);
    db.setDatabaseName(m_endpoint.database);
    db.setUserName(m_endpoint.user);
    db.setPassword(m_endpoint.password);
    QString options =
        QStringLiteral("connect_timeout=5;application_name=OpenMayor Studio listener");
    if (!m_endpoint.sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + m_endpoint.sslMode;
    db.setConnectOptions(options);
    if (!db.open() || !db.driver()->subscribeToNotification(channel())) {
        db.close();
        return false;
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name == channel())
                    emit portalChanged(payload.toString());
            });
    m_listening = true;
    emit listeningChanged(true);
    return true;
}

void PortalListener::checkConnection()
{
    if (m_listening) {
        // A dropped connection is only noticed when used: ask the server something trivial.
        QSqlQuery ping(QSqlDatabase::database(m_connectionName, false));
        if (ping.exec(QStringLiteral("SELECT 1")))
            return;
        disconnectFromPortal();
        emit listeningChanged(false);
    }
    // Changes made while we were not listening are fetched by the sync that follows.
    if (connectAndListen())
        emit portalChanged(QString());
}

void PortalListener::disconnectFromPortal()
{
    m_listening = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.driver()->disconnect(this);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace openmayor
