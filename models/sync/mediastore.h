#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

namespace openmayor {

// The portal's media store over HTTP(S) WebDAV (DESIGN.md §4): files are content-addressed
// by sha256 at `<base>/<sha[0..1]>/<sha>`; HEAD tells whether a file is there already,
// MKCOL makes the folder, PUT sends the bytes (Basic auth; TLS in production). Synchronous,
// usable from any thread (it runs its own QNetworkAccessManager and event loop per call).
// Transient failures (connection refused, timeouts, 5xx) are retried with exponential
// backoff; 401/403 and other 4xx fail at once with a clear message, and so does a server
// name that does not resolve. The password is sent preemptively as Basic auth and never
// appears in a message. User info in `baseUrl` is dropped: the credentials are the arguments.
// One object serves one thread at a time; several threads each use their own.
class MediaStore
{
public:
    struct Options
    {
        int maxAttempts = 4;        // per request
        int initialBackoffMs = 250; // doubled after each failed attempt
        int timeoutMs = 30000;      // per request, while no bytes move
    };

    MediaStore(QUrl baseUrl, QString user, QString password);
    MediaStore(QUrl baseUrl, QString user, QString password, Options options);

    QUrl baseUrl() const { return m_base; }
    // The URL of a file with this sha256 (what the portal's pages link to).
    QUrl urlFor(const QString& sha256) const;

    // True when the store has the file already (HEAD 200), false on 404.
    Result<bool> contains(const QString& sha256);
    // Uploads the local file unless the store has it already (a copy of another size is
    // replaced); checks the bytes' sha256 against `sha256` first (a changed file is refused,
    // never uploaded under the old name). Returns true when bytes were sent, false when the
    // store had them. A changed or malformed input is Error::Kind::Invalid / Usage; the
    // network and the store fail as Io.
    Result<bool> upload(const QString& sha256, const QString& localPath, const QString& mimeType);

    // HTTP requests this object has sent so far, every retry counted (for tests and logs).
    int requestsSent() const { return m_requestsSent; }

private:
    QUrl m_base;
    QString m_user;
    QString m_password;
    Options m_options;
    int m_requestsSent = 0;
};

} // namespace openmayor
