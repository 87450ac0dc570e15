// Integration test of the servers the sync code relies on (DESIGN.md §4): the portal's
// PostgreSQL through Qt's QPSQL driver, and the WebDAV media store. It runs against the
// throwaway servers that tests/support/test-servers.sh starts; a missing server or
// environment variable is a failure, never a skip (STYLE.md 13).
#include "testsupport.h"
#include "webdavsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtTest>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {

const auto kConnection = u"tst_portaldatabase"_s;
const auto kWrongConnection = u"tst_portaldatabase_wrong_password"_s;

// Connection settings from OPENMAYOR_TEST_PG_URL (postgresql://user@host:port/db).
void configureFromUrl(QSqlDatabase& db, const QUrl& url, const QString& password)
{
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setPassword(password);
    db.setConnectOptions(u"connect_timeout=10"_s);
}

} // namespace

class TestPortalDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void serverVersion();
    void wrongPasswordIsRefused();
    void koreanTextAndQuotesRoundTrip();
    void transactionIdsIncrease();
    void snapshotXminHidesRunningTransactions();
    void webDavPutHeadAndAuth();

private:
    static QSqlDatabase db() { return QSqlDatabase::database(kConnection); }
    static qulonglong currentXactIdInOwnTransaction(QSqlDatabase& database, QString* error);

    QUrl m_url;
};

void TestPortalDatabase::initTestCase()
{
    m_url = QUrl(test::requiredEnv("OPENMAYOR_TEST_PG_URL"), QUrl::StrictMode);
    const QString password = test::requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
    QVERIFY2(m_url.isValid(), qPrintable(m_url.errorString()));
    QVERIFY2(m_url.scheme() == u"postgresql" || m_url.scheme() == u"postgres",
             qPrintable(m_url.scheme()));
    QVERIFY(!m_url.host().isEmpty());
    QVERIFY(m_url.path().size() > 1);

    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
             "Qt's QPSQL driver is missing (Debian package libqt6sql6-psql)");
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QPSQL"_s, kConnection);
    configureFromUrl(database, m_url, password);
    QVERIFY2(database.open(), qPrintable(database.lastError().text()));
    QVERIFY(database.driver()->hasFeature(QSqlDriver::Transactions));
    QVERIFY(database.driver()->hasFeature(QSqlDriver::PreparedQueries));
}

void TestPortalDatabase::cleanupTestCase()
{
    {
        QSqlDatabase database = db();
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
}

void TestPortalDatabase::serverVersion()
{
    QSqlQuery query(db());
    QVERIFY2(query.exec(u"SHOW server_version_num"_s), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(version >= 130000, qPrintable(u"server_version_num %1 < 130000"_s.arg(version)));

    QVERIFY2(query.exec(u"SHOW server_encoding"_s), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"UTF8"_s);
}

void TestPortalDatabase::wrongPasswordIsRefused()
{
    {
        QSqlDatabase wrong = QSqlDatabase::addDatabase(u"QPSQL"_s, kWrongConnection);
        configureFromUrl(wrong, m_url, u"not-the-password"_s);
        QVERIFY(!wrong.open());
        QVERIFY2(wrong.lastError().text().contains(u"password"_s),
                 qPrintable(wrong.lastError().text()));
    }
    QSqlDatabase::removeDatabase(kWrongConnection);
}

void TestPortalDatabase::koreanTextAndQuotesRoundTrip()
{
    const QString korean = u"365일 열린시장실 운영"_s;
    const QString hostile = u"'; DROP TABLE x; --"_s;

    QSqlQuery query(db());
    QVERIFY2(query.exec(u"CREATE TEMP TABLE x (id int)"_s), qPrintable(query.lastError().text()));
    QVERIFY2(
        query.exec(u"CREATE TEMP TABLE roundtrip (id serial PRIMARY KEY, body text NOT NULL)"_s),
        qPrintable(query.lastError().text()));

    QVERIFY(query.prepare(u"INSERT INTO roundtrip (body) VALUES (?)"_s));
    for (const QString& value : {korean, hostile}) {
        query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QVERIFY2(
        query.exec(u"SELECT body, length(body), octet_length(body) FROM roundtrip ORDER BY id"_s),
        qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), korean);
    QCOMPARE(query.value(1).toInt(), int(korean.size())); // characters, not bytes
    QCOMPARE(query.value(2).toInt(), int(korean.toUtf8().size()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), hostile);
    QVERIFY(!query.next());

    // The bound value was data, not SQL: table x is still there. Then look it up by value.
    QVERIFY2(query.exec(u"SELECT count(*) FROM x"_s), qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(u"SELECT id FROM roundtrip WHERE body = ?"_s));
    query.addBindValue(korean);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);

    QVERIFY2(query.exec(u"DROP TABLE roundtrip, x"_s), qPrintable(query.lastError().text()));
}

// Runs one transaction that takes an xid (pg_current_xact_id assigns one) and commits it.
qulonglong TestPortalDatabase::currentXactIdInOwnTransaction(QSqlDatabase& database, QString* error)
{
    if (!database.transaction()) {
        *error = database.lastError().text();
        return 0;
    }
    QSqlQuery query(database);
    if (!query.exec(
            u"SELECT pg_current_xact_id()::text, pg_typeof(pg_current_xact_id())::text"_s) ||
        !query.next()) {
        *error = query.lastError().text();
        database.rollback();
        return 0;
    }
    bool ok = false;
    const qulonglong xid = query.value(0).toString().toULongLong(&ok);
    const QString type = query.value(1).toString();
    query.finish();
    if (!database.commit()) {
        *error = database.lastError().text();
        return 0;
    }
    if (!ok || type != u"xid8") {
        *error =
            u"unexpected pg_current_xact_id() %1 of type %2"_s.arg(query.value(0).toString(), type);
        return 0;
    }
    return xid;
}

void TestPortalDatabase::transactionIdsIncrease()
{
    QSqlDatabase database = db();
    QString error;
    const qulonglong first = currentXactIdInOwnTransaction(database, &error);
    QVERIFY2(first > 0, qPrintable(error));
    const qulonglong second = currentXactIdInOwnTransaction(database, &error);
    QVERIFY2(second > 0, qPrintable(error));
    QVERIFY2(second > first, qPrintable(u"%1 then %2"_s.arg(first).arg(second)));
}

// The pull's horizon (DESIGN.md §4): a transaction still running when the snapshot is taken
// has an xid >= pg_snapshot_xmin, so `sync_xid < H` never passes over a row it will commit.
void TestPortalDatabase::snapshotXminHidesRunningTransactions()
{
    const QString writerName = u"tst_portaldatabase_writer"_s;
    {
        QSqlDatabase writer = QSqlDatabase::cloneDatabase(kConnection, writerName);
        QVERIFY2(writer.open(), qPrintable(writer.lastError().text()));
        QVERIFY(writer.transaction());
        QSqlQuery writerQuery(writer);
        QVERIFY2(writerQuery.exec(u"SELECT pg_current_xact_id()::text"_s),
                 qPrintable(writerQuery.lastError().text()));
        QVERIFY(writerQuery.next());
        const QString running = writerQuery.value(0).toString();
        writerQuery.finish();

        QSqlQuery query(db());
        QVERIFY2(query.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(
            query.prepare(u"SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text, "
                          u"pg_visible_in_snapshot(?::xid8, s) FROM pg_current_snapshot() AS s"_s));
        query.addBindValue(running);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        const qulonglong xmin = query.value(0).toString().toULongLong();
        const qulonglong xmax = query.value(1).toString().toULongLong();
        const bool visible = query.value(2).toBool();
        query.finish();
        QVERIFY2(query.exec(u"COMMIT"_s), qPrintable(query.lastError().text()));

        QVERIFY(xmin > 0);
        QVERIFY(xmin <= xmax);
        QVERIFY2(xmin <= running.toULongLong(),
                 qPrintable(u"xmin %1 passed running xid %2"_s.arg(xmin).arg(running)));
        QVERIFY(!visible);

        QVERIFY2(writer.commit(), qPrintable(writer.lastError().text()));
        QVERIFY(query.prepare(u"SELECT pg_visible_in_snapshot(?::xid8, pg_current_snapshot())"_s));
        query.addBindValue(running);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toBool(), "a committed transaction is visible to a new snapshot");
        writer.close();
    }
    QSqlDatabase::removeDatabase(writerName);
}

void TestPortalDatabase::webDavPutHeadAndAuth()
{
    const test::DavAccount dav = test::davAccountFromEnv();
    const QUrl& base = dav.baseUrl;
    QVERIFY2(base.isValid() && base.path().endsWith(u'/'), qPrintable(base.toString()));

    const QUrl url = base.resolved(
        QUrl(u"selftest/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".txt"_s));
    const QByteArray content = u"OpenMayor Studio WebDAV self-test: 365일 열린시장실\n"_s.toUtf8();

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const auto request = [&url](const QString& login, const QString& secret) {
        QNetworkRequest r = test::davRequest(url, login, secret);
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"text/plain; charset=utf-8"_s);
        return r;
    };
    const QNetworkRequest good = request(dav.user, dav.password);
    const QNetworkRequest bad = request(dav.user, dav.password + u"-wrong"_s);

    test::HttpResult result = test::waitForReply(nam.head(good));
    QVERIFY2(result.status == 404, qPrintable(test::describe(result)));

    result = test::waitForReply(nam.put(good, content));
    QVERIFY2(result.status == 201, qPrintable(test::describe(result))); // created, with its folder
    result = test::waitForReply(nam.put(good, content));
    QVERIFY2(result.status == 204, qPrintable(test::describe(result))); // overwritten

    result = test::waitForReply(nam.head(good));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.header("Content-Length"), QByteArray::number(content.size()));

    result = test::waitForReply(nam.get(good));
    QVERIFY2(result.status == 200, qPrintable(test::describe(result)));
    QCOMPARE(result.body, content);

    result = test::waitForReply(nam.put(bad, content));
    QVERIFY2(result.status == 401, qPrintable(test::describe(result)));
    QCOMPARE(result.error, QNetworkReply::AuthenticationRequiredError);
    result = test::waitForReply(nam.head(bad));
    QVERIFY2(result.status == 401, qPrintable(test::describe(result)));

    result = test::waitForReply(nam.deleteResource(good));
    QVERIFY2(result.status == 204, qPrintable(test::describe(result)));
    result = test::waitForReply(nam.head(good));
    QVERIFY2(result.status == 404, qPrintable(test::describe(result)));
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::TestPortalDatabase)
#include "tst_portaldatabase.moc"
