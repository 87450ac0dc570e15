#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace openmayor::test {

// The throwaway WebDAV server of tests/support/test-servers.sh.
struct DavAccount
{
    QUrl baseUrl; // ends with '/'
    QString user;
    QString password;
};

// From OPENMAYOR_TEST_DAV_URL, _USER and _PASSWORD; fails loudly when one is missing.
DavAccount davAccountFromEnv();

constexpr int kReplyTimeoutMs = 15000;

// A request with preemptive Basic auth and a transfer timeout of kReplyTimeoutMs.
QNetworkRequest davRequest(const QUrl& url, const QString& user, const QString& password);

struct HttpResult
{
    bool timedOut = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

// Waits for the reply with a local event loop (giving up after kReplyTimeoutMs), takes it
// over and deletes it.
HttpResult waitForReply(QNetworkReply* reply);
// "HTTP 404, <error string>" or "no reply within … ms", for failure messages.
QString describe(const HttpResult& result);

} // namespace openmayor::test
