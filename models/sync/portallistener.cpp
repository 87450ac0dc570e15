#include "portallistener.h"

#include "portalconnection.h"

#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

namespace openmayor {

QString PortalListener::channel()
{
    return QStringLiteral("openmayor_sync");
}

PortalListener::PortalListener(PortalEndpoint endpoint, int retrySeconds, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_checkTimer(new QTimer(this))
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
    auto connection = PortalConnection::open(m_endpoint);
    if (!connection)
        return false; // tried again at the next check
    QSqlDriver* driver = (*connection)->db().driver();
    if (!driver->subscribeToNotification(channel()))
        return false;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name == channel())
                    emit portalChanged(payload.toString());
            });
    m_connection = std::move(*connection);
    m_listening = true;
    emit listeningChanged(true);
    return true;
}

void PortalListener::checkConnection()
{
    if (m_listening) {
        // A dropped connection is only noticed when used: ask the server something trivial.
        if (m_connection->scalar(QStringLiteral("SELECT 1")))
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
    if (m_connection)
        m_connection->db().driver()->disconnect(this);
    m_connection.reset();
}

} // namespace openmayor
