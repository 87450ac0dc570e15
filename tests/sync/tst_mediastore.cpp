// Integration test of the portal media store client (DESIGN.md §4, media) against the real
// nginx WebDAV server that tests/support/test-servers.sh starts; a missing server or
// environment variable is a failure, never a skip (STYLE.md 13). Retries on server errors
// are checked against a scripted local HTTP server, since nginx never answers 5xx on cue.
#include "sync/mediastore.h"
#include "testsupport.h"
#include "webdavsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <QHash>

#include <memory>
#include <optional>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {

QString sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Bytes no earlier run has uploaded, so each case starts from a file the store lacks.
QByteArray uniqueBytes(const char* label)
{
    return QByteArray(label) + ' ' + QUuid::createUuid().toByteArray() + '\n';
}

// Few attempts and tiny pauses: the retry cases stay quick.
MediaStore::Options fastOptions(int maxAttempts)
{
    MediaStore::Options options;
    options.maxAttempts = maxAttempts;
    options.initialBackoffMs = 1;
    options.timeoutMs = 5000;
    return options;
}

// A port on 127.0.0.1 that nothing listens on (taken, then released).
quint16 deadPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Answers each request with the next status of its script (the last one repeats; 0 stays
// silent, leaving the connection open) and counts the requests. It runs in the test's thread: the
// store's own event loop serves it.
class ScriptedHttpServer : public QObject
{
public:
    explicit ScriptedHttpServer(QList<int> statuses) : m_statuses(std::move(statuses))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/dav/"_s.arg(m_server.serverPort())); }
    int requestCount() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, this,
                             [this, socket] { answer(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket* socket)
    {
        QByteArray& request = m_pending[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        m_pending.remove(socket);
        const int status = m_statuses.at(std::min<qsizetype>(m_requests, m_statuses.size() - 1));
        ++m_requests;
        if (status == 0)
            return;
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Scripted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QHash<QTcpSocket*, QByteArray> m_pending;
    int m_requests = 0;
};

} // namespace

class TestMediaStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void uploadsNewFileAndReadsItBack();
    void secondUploadSendsNothing();
    void secondFileInExistingFolder();
    void truncatedCopyIsReplaced();
    void changedFileIsRefused();
    void malformedChecksumAndAddressAreRefused();
    void wrongPasswordFailsAtOnce();
    void deadServerFailsAfterMaxAttempts();
    void serverErrorsAreRetried();
    void clientErrorsFailAtOnce();
    void silentServerTimesOut();
    void unknownHostIsNotRetried();
    void uploadsFiveMegabytes();
    void baseUrlWithoutTrailingSlash();
    void uploadsFromWorkerThread();

private:
    QString writeFile(const QByteArray& bytes);
    MediaStore store(MediaStore::Options options = fastOptions(3)) const;
    test::HttpResult get(const QUrl& url);
    static void verifyNoPassword(const Error& error, const QString& password);

    test::DavAccount m_dav;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
};

void TestMediaStore::initTestCase()
{
    m_dav = test::davAccountFromEnv();
    QVERIFY2(m_dav.baseUrl.isValid() && m_dav.baseUrl.path().endsWith(u'/'),
             qPrintable(m_dav.baseUrl.toString()));
    QVERIFY(m_dir.isValid());
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

QString TestMediaStore::writeFile(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

MediaStore TestMediaStore::store(MediaStore::Options options) const
{
    return MediaStore(m_dav.baseUrl, m_dav.user, m_dav.password, options);
}

test::HttpResult TestMediaStore::get(const QUrl& url)
{
    return test::waitForReply(m_nam.get(test::davRequest(url, m_dav.user, m_dav.password)));
}

void TestMediaStore::verifyNoPassword(const Error& error, const QString& password)
{
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.fullText().contains(password), qPrintable(error.fullText()));
}

void TestMediaStore::uploadsNewFileAndReadsItBack()
{
    const QByteArray bytes = uniqueBytes("new file, 365일 열린시장실");
    const QString sha = sha256Of(bytes);
    MediaStore media = store();

    const QUrl url = media.urlFor(sha);
    QCOMPARE(url, m_dav.baseUrl.resolved(QUrl(sha.left(2) + u'/' + sha)));

    Result<bool> contains = media.contains(sha);
    QVERIFY2(contains.ok(), contains.ok() ? "" : qPrintable(contains.error().fullText()));
    QVERIFY(!*contains);

    const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"text/plain"_s);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
    QVERIFY(*uploaded);

    const test::HttpResult result = get(url);
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body, bytes);

    contains = media.contains(sha);
    QVERIFY2(contains.ok(), contains.ok() ? "" : qPrintable(contains.error().fullText()));
    QVERIFY(*contains);
}

void TestMediaStore::secondUploadSendsNothing()
{
    const QByteArray bytes = uniqueBytes("uploaded twice");
    const QString sha = sha256Of(bytes);
    const QString path = writeFile(bytes);
    MediaStore media = store();

    Result<bool> uploaded = media.upload(sha, path, u"text/plain"_s);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
    QVERIFY(*uploaded);

    // A marker of the same size in place of the file: a second PUT would overwrite it, a
    // skip leaves it.
    const QByteArray marker = QByteArray(bytes.size(), 'm');
    const test::HttpResult marked = test::waitForReply(
        m_nam.put(test::davRequest(media.urlFor(sha), m_dav.user, m_dav.password), marker));
    QVERIFY2(marked.status == 204, qPrintable(test::describe(marked)));

    const int sentBefore = media.requestsSent();
    uploaded = media.upload(sha, path, u"text/plain"_s);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
    QVERIFY(!*uploaded);
    QCOMPARE(media.requestsSent() - sentBefore, 1); // the HEAD, nothing else

    const test::HttpResult result = get(media.urlFor(sha));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body, marker);
}

// The folder `<sha[0..1]>/` exists already: MKCOL answers 405 and the upload goes on.
void TestMediaStore::secondFileInExistingFolder()
{
    const QByteArray first = uniqueBytes("first in its folder");
    const QString firstSha = sha256Of(first);
    QByteArray second;
    for (int i = 0; !second.startsWith("second") || sha256Of(second).left(2) != firstSha.left(2);
         ++i)
        second = "second in the folder " + QByteArray::number(i) + ' ' + first;
    const QString secondSha = sha256Of(second);
    MediaStore media = store();

    for (const auto& [sha, bytes] : {std::pair(firstSha, first), std::pair(secondSha, second)}) {
        const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"text/plain"_s);
        QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
        QVERIFY(*uploaded);
    }
    for (const auto& [sha, bytes] : {std::pair(firstSha, first), std::pair(secondSha, second)}) {
        const test::HttpResult result = get(media.urlFor(sha));
        QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
        QCOMPARE(result.body, bytes);
    }
}

void TestMediaStore::truncatedCopyIsReplaced()
{
    const QByteArray bytes = uniqueBytes("a copy cut short on the server");
    const QString sha = sha256Of(bytes);
    MediaStore media = store();
    const test::HttpResult cut = test::waitForReply(
        m_nam.put(test::davRequest(media.urlFor(sha), m_dav.user, m_dav.password), bytes.left(10)));
    QVERIFY2(cut.status == 201, qPrintable(test::describe(cut)));

    const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"text/plain"_s);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
    QVERIFY(*uploaded);
    const test::HttpResult result = get(media.urlFor(sha));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body, bytes);
}

void TestMediaStore::changedFileIsRefused()
{
    const QByteArray recorded = uniqueBytes("bytes the library recorded");
    const QByteArray changed = uniqueBytes("bytes the file has now");
    const QString recordedSha = sha256Of(recorded);
    const QString path = writeFile(changed);
    MediaStore media = store();

    const Result<bool> uploaded = media.upload(recordedSha, path, u"text/plain"_s);
    QVERIFY(!uploaded.ok());
    QCOMPARE(uploaded.error().kind, Error::Kind::Invalid);
    QVERIFY2(uploaded.error().message.contains(QDir::toNativeSeparators(path)),
             qPrintable(uploaded.error().message));
    QVERIFY2(uploaded.error().detail.contains(sha256Of(changed)),
             qPrintable(uploaded.error().detail));
    QCOMPARE(media.requestsSent(), 0);

    for (const QString& sha : {recordedSha, sha256Of(changed)}) {
        const test::HttpResult result = get(media.urlFor(sha));
        QVERIFY2(result.status == 404, qPrintable(test::describe(result)));
    }

    const Result<bool> missing =
        media.upload(recordedSha, m_dir.filePath(u"no-such-file"_s), u"text/plain"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::Io);
    QCOMPARE(media.requestsSent(), 0);
}

void TestMediaStore::malformedChecksumAndAddressAreRefused()
{
    const QByteArray bytes = uniqueBytes("malformed");
    const QString path = writeFile(bytes);
    MediaStore media = store();
    for (const QString& sha :
         {u"abc"_s, sha256Of(bytes).toUpper(), QString(u"../"_s + sha256Of(bytes))}) {
        const Result<bool> uploaded = media.upload(sha, path, u"text/plain"_s);
        QVERIFY(!uploaded.ok());
        QCOMPARE(uploaded.error().kind, Error::Kind::Usage);
        const Result<bool> contains = media.contains(sha);
        QVERIFY(!contains.ok());
        QCOMPARE(contains.error().kind, Error::Kind::Usage);
    }
    QCOMPARE(media.requestsSent(), 0);

    MediaStore ftp(QUrl(u"ftp://127.0.0.1/dav/"_s), m_dav.user, m_dav.password);
    const Result<bool> contains = ftp.contains(sha256Of(bytes));
    QVERIFY(!contains.ok());
    QCOMPARE(contains.error().kind, Error::Kind::Usage);
    QCOMPARE(ftp.requestsSent(), 0);
}

void TestMediaStore::wrongPasswordFailsAtOnce()
{
    const QByteArray bytes = uniqueBytes("wrong password");
    const QString sha = sha256Of(bytes);
    const QString wrongPassword = m_dav.password + u"-wrong"_s;
    MediaStore media(m_dav.baseUrl, m_dav.user, wrongPassword, fastOptions(4));

    const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"text/plain"_s);
    QVERIFY(!uploaded.ok());
    QCOMPARE(uploaded.error().kind, Error::Kind::Io);
    QCOMPARE(uploaded.error().message, u"The media store refused the user name or password."_s);
    QVERIFY2(uploaded.error().detail.contains(u"401"_s), qPrintable(uploaded.error().detail));
    verifyNoPassword(uploaded.error(), wrongPassword);
    QCOMPARE(media.requestsSent(), 1);

    const Result<bool> contains = media.contains(sha);
    QVERIFY(!contains.ok());
    QCOMPARE(contains.error().message, uploaded.error().message);
    QCOMPARE(media.requestsSent(), 2);

    const test::HttpResult result = get(media.urlFor(sha));
    QVERIFY2(result.status == 404, qPrintable(test::describe(result)));

    // A password in the address is dropped, not sent and not shown.
    QUrl withUserInfo = m_dav.baseUrl;
    withUserInfo.setUserName(m_dav.user);
    withUserInfo.setPassword(wrongPassword);
    MediaStore fromUrl(withUserInfo, m_dav.user, m_dav.password);
    QVERIFY(!fromUrl.baseUrl().toString().contains(wrongPassword));
    const Result<bool> viaUrl = fromUrl.contains(sha);
    QVERIFY2(viaUrl.ok(), viaUrl.ok() ? "" : qPrintable(viaUrl.error().fullText()));
    QVERIFY(!*viaUrl);
}

void TestMediaStore::deadServerFailsAfterMaxAttempts()
{
    const quint16 port = deadPort();
    QVERIFY(port != 0);
    const QUrl base(u"http://127.0.0.1:%1/dav/"_s.arg(port));
    MediaStore media(base, m_dav.user, m_dav.password, fastOptions(3));
    const QByteArray bytes = uniqueBytes("dead server");
    const QString sha = sha256Of(bytes);

    const Result<bool> contains = media.contains(sha);
    QVERIFY(!contains.ok());
    QCOMPARE(contains.error().kind, Error::Kind::Io);
    QCOMPARE(contains.error().message,
             u"Cannot reach the media store at %1."_s.arg(base.toDisplayString()));
    QVERIFY2(contains.error().detail.contains(u"attempts: 3"_s),
             qPrintable(contains.error().detail));
    verifyNoPassword(contains.error(), m_dav.password);
    QCOMPARE(media.requestsSent(), 3);

    const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"text/plain"_s);
    QVERIFY(!uploaded.ok());
    QCOMPARE(uploaded.error().message, contains.error().message);
    QCOMPARE(media.requestsSent(), 6); // three HEADs; nothing after the failed one
}

void TestMediaStore::serverErrorsAreRetried()
{
    const QString sha = sha256Of("retried");
    {
        ScriptedHttpServer server({503, 429, 408, 404});
        QVERIFY(server.listen());
        MediaStore media(server.baseUrl(), m_dav.user, m_dav.password, fastOptions(4));
        const Result<bool> contains = media.contains(sha);
        QVERIFY2(contains.ok(), contains.ok() ? "" : qPrintable(contains.error().fullText()));
        QVERIFY(!*contains);
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(media.requestsSent(), 4);
    }
    {
        ScriptedHttpServer server({500});
        QVERIFY(server.listen());
        MediaStore media(server.baseUrl(), m_dav.user, m_dav.password, fastOptions(2));
        const Result<bool> contains = media.contains(sha);
        QVERIFY(!contains.ok());
        QCOMPARE(contains.error().kind, Error::Kind::Io);
        QVERIFY2(contains.error().detail.contains(u"HTTP 500"_s),
                 qPrintable(contains.error().detail));
        QCOMPARE(server.requestCount(), 2);
    }
}

void TestMediaStore::clientErrorsFailAtOnce()
{
    const QString sha = sha256Of("client errors");
    for (const int status : {400, 403, 401, 409}) {
        ScriptedHttpServer server({status});
        QVERIFY(server.listen());
        MediaStore media(server.baseUrl(), m_dav.user, m_dav.password, fastOptions(4));
        const Result<bool> contains = media.contains(sha);
        QVERIFY2(!contains.ok(), qPrintable(QString::number(status)));
        QCOMPARE(contains.error().kind, Error::Kind::Io);
        QVERIFY2(contains.error().detail.contains(QString::number(status)),
                 qPrintable(contains.error().detail));
        QCOMPARE(server.requestCount(), 1);
    }
}

void TestMediaStore::silentServerTimesOut()
{
    ScriptedHttpServer server({0});
    QVERIFY(server.listen());
    MediaStore::Options options = fastOptions(2);
    options.timeoutMs = 200;
    MediaStore media(server.baseUrl(), m_dav.user, m_dav.password, options);
    const Result<bool> contains = media.contains(sha256Of("silent server"));
    QVERIFY(!contains.ok());
    QCOMPARE(contains.error().kind, Error::Kind::Io);
    QCOMPARE(contains.error().message,
             u"Cannot reach the media store at %1."_s.arg(server.baseUrl().toDisplayString()));
    QVERIFY2(contains.error().detail.contains(u"no answer within 200 ms"_s),
             qPrintable(contains.error().detail));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(media.requestsSent(), 2);
}

void TestMediaStore::unknownHostIsNotRetried()
{
    // .invalid never resolves (RFC 2606).
    MediaStore media(QUrl(u"http://openmayor-media.invalid/dav/"_s), m_dav.user, m_dav.password,
                     fastOptions(4));
    const Result<bool> contains = media.contains(sha256Of("unknown host"));
    QVERIFY(!contains.ok());
    QCOMPARE(contains.error().kind, Error::Kind::Io);
    QCOMPARE(contains.error().message,
             u"The media store's server openmayor-media.invalid was not found; check the "
             u"address."_s);
    QCOMPARE(media.requestsSent(), 1);
}

void TestMediaStore::uploadsFiveMegabytes()
{
    QByteArray bytes(5 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(20261126);
    random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    bytes += uniqueBytes("five megabytes");
    const QString sha = sha256Of(bytes);
    MediaStore media = store();

    const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"image/jpeg"_s);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
    QVERIFY(*uploaded);

    const test::HttpResult result = get(media.urlFor(sha));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body.size(), bytes.size());
    QCOMPARE(sha256Of(result.body), sha);
}

void TestMediaStore::baseUrlWithoutTrailingSlash()
{
    QUrl base = m_dav.baseUrl;
    base.setPath(base.path().chopped(1));
    QVERIFY(!base.path().endsWith(u'/'));
    MediaStore media(base, m_dav.user, m_dav.password, fastOptions(3));
    const QByteArray bytes = uniqueBytes("base without slash");
    const QString sha = sha256Of(bytes);

    QCOMPARE(media.urlFor(sha), store().urlFor(sha));
    const Result<bool> uploaded = media.upload(sha, writeFile(bytes), u"text/plain"_s);
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().fullText()));
    QVERIFY(*uploaded);

    const test::HttpResult result = get(m_dav.baseUrl.resolved(QUrl(sha.left(2) + u'/' + sha)));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body, bytes);
}

void TestMediaStore::uploadsFromWorkerThread()
{
    const QByteArray bytes = uniqueBytes("from a worker thread");
    const QString sha = sha256Of(bytes);
    const QString path = writeFile(bytes);
    MediaStore media = store();

    // QThread::create runs the function without starting the thread's event loop.
    int loopLevelInWorker = -1;
    bool ranElsewhere = false;
    std::optional<Result<bool>> uploaded;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        loopLevelInWorker = QThread::currentThread()->loopLevel();
        ranElsewhere = QThread::currentThread() != QCoreApplication::instance()->thread();
        uploaded = media.upload(sha, path, u"text/plain"_s);
    }));
    worker->start();
    QVERIFY(worker->wait());

    QVERIFY(ranElsewhere);
    QCOMPARE(loopLevelInWorker, 0);
    QVERIFY(uploaded.has_value());
    QVERIFY2(uploaded->ok(), uploaded->ok() ? "" : qPrintable(uploaded->error().fullText()));
    QVERIFY(**uploaded);

    const test::HttpResult result = get(media.urlFor(sha));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body, bytes);
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::TestMediaStore)
#include "tst_mediastore.moc"
