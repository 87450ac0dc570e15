#include "mediastore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <utility>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxBackoffMs = 60000;

bool isSha256(const QString& text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

enum class Verb
{
    Head,
    Mkcol,
    Put
};

QString verbName(Verb verb)
{
    switch (verb) {
    case Verb::Head:
        return u"HEAD"_s;
    case Verb::Mkcol:
        return u"MKCOL"_s;
    case Verb::Put:
        return u"PUT"_s;
    }
    return {};
}

// How one HTTP exchange ended.
struct Answer
{
    int status = 0; // 0 when no HTTP answer came (the network failed)
    QString reason;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 contentLength = -1; // -1 when the answer does not say
};

// What an answer means before the caller looks at its status.
enum class Failure
{
    None,         // an HTTP answer the caller judges (2xx, 404, 405, 409, ...)
    Transient,    // worth another attempt after a pause
    Credentials,  // 401
    Forbidden,    // 403
    HostNotFound, // the name does not resolve: retrying will not help
    Connection    // TLS or protocol failure: retrying will not help
};

Failure classify(const Answer& answer)
{
    if (answer.status == 401)
        return Failure::Credentials;
    if (answer.status == 403)
        return Failure::Forbidden;
    if (answer.status == 408 || answer.status == 429 || answer.status >= 500)
        return Failure::Transient;
    if (answer.status != 0)
        return Failure::None;
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return Failure::Transient;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return Failure::HostNotFound;
    default:
        return Failure::Connection;
    }
}

QString describe(Verb verb, const QUrl& url, const Answer& answer)
{
    const QString what = answer.status != 0 ? u"HTTP %1 %2"_s.arg(answer.status).arg(answer.reason)
                                            : answer.errorString;
    return u"%1 %2: %3"_s.arg(verbName(verb), url.toDisplayString(), what);
}

Error unexpectedAnswer(Verb verb, const QUrl& url, const Answer& answer)
{
    return Error(Error::Kind::Io,
                 QCoreApplication::translate("openmayor::MediaStore",
                                             "The media store gave an unexpected answer."),
                 describe(verb, url, answer));
}

struct LocalFile
{
    QString sha256;
    qint64 size = 0;
};

Result<LocalFile> readLocalFile(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error(
            Error::Kind::Io,
            QCoreApplication::translate("openmayor::MediaStore", "Cannot read the file %1.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString());
    return LocalFile{QString::fromLatin1(hash.result().toHex()), file.size()};
}

Status checkRequest(const QUrl& base, const QString& sha256)
{
    const bool web = base.scheme() == u"http" || base.scheme() == u"https";
    if (!base.isValid() || !web || base.host().isEmpty())
        return Error(Error::Kind::Usage,
                     QCoreApplication::translate(
                         "openmayor::MediaStore",
                         "The media store address %1 is not an http or https address.")
                         .arg(base.toDisplayString()),
                     base.errorString());
    if (!isSha256(sha256))
        return Error(Error::Kind::Usage, QCoreApplication::translate("openmayor::MediaStore",
                                                                     "%1 is not a sha256 checksum.")
                                             .arg(sha256));
    return {};
}

// The folder a file goes in, with the trailing slash MKCOL wants.
QUrl folderOf(const QUrl& fileUrl)
{
    QUrl folder = fileUrl;
    const QString path = fileUrl.path();
    folder.setPath(path.left(path.lastIndexOf(u'/') + 1));
    return folder;
}

// One public call's network access: its own QNetworkAccessManager (so any thread can make
// calls, even one without a running event loop), the credentials, and the retries.
class Session
{
public:
    Session(const QUrl& base, const QString& user, const QString& password,
            const MediaStore::Options& options, int* requestsSent)
        : m_base(base),
          m_authorization("Basic " + QString(user + u':' + password).toUtf8().toBase64()),
          m_options(options), m_requestsSent(requestsSent)
    {}

    // Sends the request (PUT: the file at `bodyPath`), retrying transient failures with
    // exponential backoff. Returns every answer that is not a failure by itself.
    Result<Answer> send(Verb verb, const QUrl& url, const QString& bodyPath = {},
                        const QString& mimeType = {})
    {
        int backoffMs = std::max(0, m_options.initialBackoffMs);
        const int maxAttempts = std::max(1, m_options.maxAttempts);
        for (int attempt = 1;; ++attempt) {
            Result<Answer> answer = sendOnce(verb, url, bodyPath, mimeType);
            if (!answer)
                return answer.error();
            const Failure failure = classify(*answer);
            if (failure == Failure::None)
                return answer;
            if (failure != Failure::Transient || attempt >= maxAttempts)
                return failed(failure, verb, url, *answer, attempt);
            QThread::msleep(static_cast<unsigned long>(backoffMs));
            backoffMs = std::min(backoffMs * 2, kMaxBackoffMs);
        }
    }

private:
    Result<Answer> sendOnce(Verb verb, const QUrl& url, const QString& bodyPath,
                            const QString& mimeType)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", m_authorization);
        request.setTransferTimeout(m_options.timeoutMs);
        // Credentials go to this server only, never along a redirect to another one.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);

        QFile body(bodyPath);
        std::unique_ptr<QNetworkReply> reply;
        switch (verb) {
        case Verb::Head:
            reply.reset(m_nam.head(request));
            break;
        case Verb::Mkcol:
            reply.reset(m_nam.sendCustomRequest(request, "MKCOL"));
            break;
        case Verb::Put:
            // Streamed from the file, never read into memory whole.
            if (!body.open(QIODevice::ReadOnly))
                return Error(
                    Error::Kind::Io,
                    QCoreApplication::translate("openmayor::MediaStore", "Cannot read the file %1.")
                        .arg(QDir::toNativeSeparators(bodyPath)),
                    body.errorString());
            request.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            reply.reset(m_nam.put(request, &body));
            break;
        }
        ++*m_requestsSent;

        // The transfer timeout ends every reply, so this loop always returns.
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        answer.error = reply->error();
        if (const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            length.isValid())
            answer.contentLength = length.toLongLong();
        // Only the transfer timeout cancels a reply here; Qt 6.4 calls it "canceled".
        answer.errorString = answer.error == QNetworkReply::OperationCanceledError
                                 ? u"no answer within %1 ms"_s.arg(m_options.timeoutMs)
                                 : reply->errorString();
        return answer;
    }

    Error failed(Failure failure, Verb verb, const QUrl& url, const Answer& answer,
                 int attempts) const
    {
        const QString address = m_base.toDisplayString();
        const QString detail = describe(verb, url, answer) + u"; attempts: %1"_s.arg(attempts);
        switch (failure) {
        case Failure::Credentials:
            return Error(
                Error::Kind::Io,
                QCoreApplication::translate("openmayor::MediaStore",
                                            "The media store refused the user name or password."),
                detail);
        case Failure::Forbidden:
            return Error(Error::Kind::Io,
                         QCoreApplication::translate(
                             "openmayor::MediaStore",
                             "The media store does not let this user store files there."),
                         detail);
        case Failure::HostNotFound:
            return Error(Error::Kind::Io,
                         QCoreApplication::translate(
                             "openmayor::MediaStore",
                             "The media store's server %1 was not found; check the address.")
                             .arg(m_base.host()),
                         detail);
        case Failure::Transient:
            if (answer.status != 0)
                return Error(Error::Kind::Io,
                             QCoreApplication::translate(
                                 "openmayor::MediaStore",
                                 "The media store at %1 is not working at the moment; try "
                                 "again later.")
                                 .arg(address),
                             detail);
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("openmayor::MediaStore",
                                                     "Cannot reach the media store at %1.")
                             .arg(address),
                         detail);
        case Failure::Connection:
        case Failure::None:
            break;
        }
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("openmayor::MediaStore",
                                                 "Cannot connect to the media store at %1.")
                         .arg(address),
                     detail);
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_authorization;
    MediaStore::Options m_options;
    int* m_requestsSent;
};

// 201: made now; 405: it exists already (WebDAV refuses MKCOL on an existing resource).
Status makeFolder(Session& session, const QUrl& folder, const QUrl& base)
{
    const Result<Answer> mkcol = session.send(Verb::Mkcol, folder);
    if (!mkcol)
        return mkcol.error();
    if (mkcol->status == 409)
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("openmayor::MediaStore",
                                                 "The media store's folder %1 does not exist.")
                         .arg(base.toDisplayString()),
                     describe(Verb::Mkcol, folder, *mkcol));
    if (mkcol->status != 201 && mkcol->status != 405)
        return unexpectedAnswer(Verb::Mkcol, folder, *mkcol);
    return {};
}

} // namespace

MediaStore::MediaStore(QUrl baseUrl, QString user, QString password)
    : MediaStore(std::move(baseUrl), std::move(user), std::move(password), Options())
{}

MediaStore::MediaStore(QUrl baseUrl, QString user, QString password, Options options)
    : m_base(std::move(baseUrl)), m_user(std::move(user)), m_password(std::move(password)),
      m_options(options)
{
    m_base.setUserInfo({});
}

QUrl MediaStore::urlFor(const QString& sha256) const
{
    QUrl url = m_base;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + sha256.left(2) + u'/' + sha256);
    return url;
}

Result<bool> MediaStore::contains(const QString& sha256)
{
    if (Status ok = checkRequest(m_base, sha256); !ok)
        return ok.error();
    const QUrl url = urlFor(sha256);
    Session session(m_base, m_user, m_password, m_options, &m_requestsSent);
    const Result<Answer> head = session.send(Verb::Head, url);
    if (!head)
        return head.error();
    if (head->status == 200)
        return true;
    if (head->status == 404)
        return false;
    return unexpectedAnswer(Verb::Head, url, *head);
}

Result<bool> MediaStore::upload(const QString& sha256, const QString& localPath,
                                const QString& mimeType)
{
    if (Status ok = checkRequest(m_base, sha256); !ok)
        return ok.error();
    const Result<LocalFile> local = readLocalFile(localPath);
    if (!local)
        return local.error();
    if (local->sha256 != sha256)
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "openmayor::MediaStore",
                         "The file %1 has changed since it was added to the media library; it "
                         "was not uploaded.")
                         .arg(QDir::toNativeSeparators(localPath)),
                     u"sha256 expected %1, found %2"_s.arg(sha256, local->sha256));

    const QUrl url = urlFor(sha256);
    Session session(m_base, m_user, m_password, m_options, &m_requestsSent);
    const Result<Answer> head = session.send(Verb::Head, url);
    if (!head)
        return head.error();
    if (head->status == 200) {
        // A copy of another size (cut short somewhere) is no copy: it is sent again.
        if (head->contentLength < 0 || head->contentLength == local->size)
            return false;
    } else if (head->status == 404) {
        if (Status folder = makeFolder(session, folderOf(url), m_base); !folder)
            return folder.error();
    } else {
        return unexpectedAnswer(Verb::Head, url, *head);
    }

    const QString type = mimeType.isEmpty() ? u"application/octet-stream"_s : mimeType;
    const Result<Answer> put = session.send(Verb::Put, url, localPath, type);
    if (!put)
        return put.error();
    if (put->status != 200 && put->status != 201 && put->status != 204)
        return unexpectedAnswer(Verb::Put, url, *put);
    return true;
}

} // namespace openmayor
