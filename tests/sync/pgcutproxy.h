#pragma once

// A TCP proxy in front of PostgreSQL, running in its own thread, that plays "the server
// stopped during a push": armed with a marker, it lets the client's message that carries the
// marker through and holds the server's answers until the server reports the session idle
// again (ReadyForQuery 'I': the statement, or the transaction around it, has committed or was
// rolled back). That last answer is never delivered: the connection is cut on both sides, so
// the client sees the server vanish after it committed. Answers inside a transaction are
// delivered (the client must get to its COMMIT). Unarmed, it forwards everything.
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QThread;

namespace openmayor::test {

class PgCutProxyWorker;

class PgCutProxy
{
public:
    PgCutProxy(QString upstreamHost, int upstreamPort);
    ~PgCutProxy();
    PgCutProxy(const PgCutProxy&) = delete;
    PgCutProxy& operator=(const PgCutProxy&) = delete;

    // Starts listening on 127.0.0.1; returns the port.
    Result<int> start();
    // One shot: the first connection whose client sends `marker` is cut as described above.
    void armCutAfterCommit(const QByteArray& marker);
    void disarm();

    int connectionsSeen() const;
    int cuts() const;

private:
    QString m_host;
    int m_port;
    std::unique_ptr<QThread> m_thread;
    PgCutProxyWorker* m_worker = nullptr; // lives in m_thread
};

} // namespace openmayor::test
