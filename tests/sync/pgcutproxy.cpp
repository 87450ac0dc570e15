#include "pgcutproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

#include <atomic>

namespace openmayor::test {

using namespace Qt::StringLiterals;

// Owns the listening socket and every forwarded pair; all of it in the proxy's thread.
class PgCutProxyWorker : public QObject
{
public:
    PgCutProxyWorker(QString host, int port) : m_host(std::move(host)), m_port(port) {}

    int listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, &PgCutProxyWorker::acceptAll);
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : -1;
    }
    void arm(const QByteArray& marker) { m_marker = marker; }
    void shutdown()
    {
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        delete m_server;
        m_server = nullptr;
    }

    std::atomic_int connectionsSeen{0};
    std::atomic_int cuts{0};

private:
    struct Pair
    {
        QTcpSocket* client = nullptr;
        QTcpSocket* server = nullptr;
        QByteArray toServer;     // held until the server socket is connected
        QByteArray clientTail;   // the end of the last chunk, for markers across chunks
        bool watching = false;   // the marker was seen: parse the server's messages
        QByteArray serverBuffer; // server bytes not yet forwarded while watching
    };

    void acceptAll()
    {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            ++connectionsSeen;
            auto* pair = new Pair;
            pair->client = client;
            pair->server = new QTcpSocket(this);
            m_sockets << client << pair->server;
            QObject::connect(client, &QTcpSocket::readyRead, this,
                             [this, pair] { fromClient(*pair); });
            QObject::connect(pair->server, &QTcpSocket::connected, this, [pair] {
                pair->server->write(pair->toServer);
                pair->toServer.clear();
            });
            QObject::connect(pair->server, &QTcpSocket::readyRead, this,
                             [this, pair] { fromServer(*pair); });
            // Either side closing closes the other; the pair goes with the client socket.
            QObject::connect(client, &QTcpSocket::disconnected, pair->server,
                             &QTcpSocket::disconnectFromHost);
            QObject::connect(pair->server, &QTcpSocket::disconnected, client,
                             &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QObject::destroyed, this, [pair] {
                pair->server->disconnect();
                pair->server->abort();
                pair->server->deleteLater();
                delete pair;
            });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            pair->server->connectToHost(m_host, quint16(m_port));
        }
    }

    void fromClient(Pair& pair)
    {
        const QByteArray data = pair.client->readAll();
        if (!m_marker.isEmpty() && !pair.watching) {
            const QByteArray window = pair.clientTail + data;
            if (window.contains(m_marker)) {
                pair.watching = true;
                m_marker.clear(); // one shot
            }
            pair.clientTail = window.right(qMax<qsizetype>(0, m_marker.size() - 1));
        }
        if (pair.server->state() == QAbstractSocket::ConnectedState)
            pair.server->write(data);
        else
            pair.toServer += data;
    }

    // While watching, holds the server's messages (type byte, int32 length) until a
    // ReadyForQuery: inside a transaction ('T', 'E') they are delivered, so the client goes
    // on to its COMMIT; once idle ('I') nothing of that answer is delivered and both sides
    // are cut. (Delivering all but the ReadyForQuery is not enough: libpq then reports the
    // statement as done.)
    void fromServer(Pair& pair)
    {
        const QByteArray data = pair.server->readAll();
        if (!pair.watching) {
            pair.client->write(data);
            return;
        }
        pair.serverBuffer += data;
        qsizetype parsed = 0;
        while (pair.serverBuffer.size() - parsed >= 5) {
            const qint32 length =
                qFromBigEndian<qint32>(pair.serverBuffer.constData() + parsed + 1);
            if (pair.serverBuffer.size() - parsed < 1 + length)
                return;
            const char type = pair.serverBuffer.at(parsed);
            const char status = length == 5 ? pair.serverBuffer.at(parsed + 5) : '\0';
            parsed += 1 + length;
            if (type != 'Z')
                continue;
            if (status == 'I') {
                pair.watching = false;
                pair.serverBuffer.clear();
                ++cuts;
                pair.client->abort();
                pair.server->abort();
                return;
            }
            pair.client->write(pair.serverBuffer.left(parsed));
            pair.serverBuffer.remove(0, parsed);
            parsed = 0;
        }
    }

    QString m_host;
    int m_port;
    QTcpServer* m_server = nullptr;
    QByteArray m_marker;
    QList<QPointer<QTcpSocket>> m_sockets;
};

PgCutProxy::PgCutProxy(QString upstreamHost, int upstreamPort)
    : m_host(std::move(upstreamHost)), m_port(upstreamPort)
{}

PgCutProxy::~PgCutProxy()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
}

Result<int> PgCutProxy::start()
{
    m_thread = std::make_unique<QThread>();
    m_worker = new PgCutProxyWorker(m_host, m_port);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    int port = -1;
    QMetaObject::invokeMethod(
        m_worker, [this, &port] { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    if (port <= 0)
        return Error(Error::Kind::Io, u"the proxy could not listen on 127.0.0.1"_s);
    return port;
}

void PgCutProxy::armCutAfterCommit(const QByteArray& marker)
{
    QMetaObject::invokeMethod(
        m_worker, [this, marker] { m_worker->arm(marker); }, Qt::BlockingQueuedConnection);
}

void PgCutProxy::disarm()
{
    armCutAfterCommit({});
}

int PgCutProxy::connectionsSeen() const
{
    return m_worker ? m_worker->connectionsSeen.load() : 0;
}

int PgCutProxy::cuts() const
{
    return m_worker ? m_worker->cuts.load() : 0;
}

} // namespace openmayor::test
