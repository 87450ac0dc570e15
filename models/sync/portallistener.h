#pragma once

#include "portalendpoint.h"

#include <QObject>
#include <QString>

class QTimer;

namespace openmayor {

// Listens for the portal's change hints (NOTIFY on channel "openmayor_sync", payload the
// table name) on a PostgreSQL connection of its own. Lives in a thread of its own (moved
// there by SyncController); start() and stop() are called in that thread. When the server
// goes away it reconnects quietly, checking every `retrySeconds`.
class PortalListener : public QObject
{
    Q_OBJECT
public:
    static QString channel();

    explicit PortalListener(PortalEndpoint endpoint, int retrySeconds = 30,
                            QObject* parent = nullptr);
    ~PortalListener() override;

    void start();
    void stop();
    bool isListening() const { return m_listening; }

signals:
    // Something changed on the portal (the table named, when the payload names one).
    void portalChanged(const QString& tableName);
    // Listening began (true) or the connection was lost (false).
    void listeningChanged(bool listening);

private:
    bool connectAndListen();
    void checkConnection();
    void disconnectFromPortal();

    PortalEndpoint m_endpoint;
    QString m_connectionName;
    QTimer* m_checkTimer;
    bool m_listening = false;
};

} // namespace openmayor
