#include "webdavsupport.h"

#include "testsupport.h"

#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace openmayor::test {

using namespace Qt::StringLiterals;

DavAccount davAccountFromEnv()
{
    DavAccount account;
    account.baseUrl = QUrl(requiredEnv("OPENMAYOR_TEST_DAV_URL"), QUrl::StrictMode);
    account.user = requiredEnv("OPENMAYOR_TEST_DAV_USER");
    account.password = requiredEnv("OPENMAYOR_TEST_DAV_PASSWORD");
    return account;
}

QNetworkRequest davRequest(const QUrl& url, const QString& user, const QString& password)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + QString(user + u':' + password).toUtf8().toBase64());
    request.setTransferTimeout(kReplyTimeoutMs);
    return request;
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResult waitForReply(QNetworkReply* rawReply)
{
    const std::unique_ptr<QNetworkReply> reply(rawReply);
    HttpResult result;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(kReplyTimeoutMs);
        loop.exec();
        if (!reply->isFinished()) {
            result.timedOut = true;
            reply->abort();
            return result;
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    return result;
}

QString describe(const HttpResult& result)
{
    if (result.timedOut)
        return u"no reply within %1 ms"_s.arg(kReplyTimeoutMs);
    return u"HTTP %1, %2"_s.arg(result.status).arg(result.errorString);
}

} // namespace openmayor::test
