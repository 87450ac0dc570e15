// The sync tests' own fixture, checked without the sync engine: the canonical form tells
// NULL from '' and 1 from "1" but not 1 from 1.0, content comparison names the differing
// rows and fields, the write log finds a lost write, a fresh portal database is dropped
// afterwards, and the cutting proxy cuts only after the server committed.
#include "pgcutproxy.h"
#include "syncedits.h"
#include "syncfixture.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace openmayor::test {

using namespace Qt::StringLiterals;

class TestSyncFixture : public QObject
{
    Q_OBJECT

private slots:
    void canonicalValues();
    void writeLogFindsLostWrites();
    void portalDatabaseIsDroppedAfterwards();
    void proxyCutsAfterCommit_data();
    void proxyCutsAfterCommit();
};

void TestSyncFixture::canonicalValues()
{
    QCOMPARE(canonicalValue(QVariant(qlonglong(1)), true), canonicalValue(QVariant(1.0), true));
    QCOMPARE(canonicalValue(QVariant(0.1 + 0.2), true), u"n:0.3"_s);
    QCOMPARE(canonicalValue(QVariant(1234.567), true), u"n:1234.567"_s);
    QVERIFY(canonicalValue(QVariant(1), true) != canonicalValue(QVariant(u"1"_s), false));
    QVERIFY(canonicalValue(QVariant(QMetaType::fromType<QString>()), false) !=
            canonicalValue(QVariant(u""_s), false));
    QCOMPARE(canonicalValue(QVariant(QMetaType::fromType<double>()), true), u"null"_s);
}

void TestSyncFixture::writeLogFindsLostWrites()
{
    QTemporaryDir dir;
    Cli cli;
    const QString file = dir.filePath(u"store.sqlite"_s);
    const CliRun init = cli.initStore(file, true);
    QVERIFY2(init.exitedWith(0), qPrintable(init.describe()));
    LocalStore store(file);
    const Result<StoreContent> before = localContent(store);
    QVERIFY2(before, qPrintable(before ? QString() : before.error().fullText()));
    QVERIFY(before->contains(u"pledge"_s) && before->contains(u"schedule_event"_s));
    QVERIFY(!before->contains(u"sync_outbox"_s));
    QCOMPARE(compareContent(*before, u"a"_s, *before, u"b"_s), QString());

    QRandomGenerator random(20261126);
    WriteLog log;
    EditMaker edits(&random, &log);
    for (int i = 0; i < 40; ++i) {
        const Result<bool> edited = edits.localEdit(store, u"c1"_s);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().fullText()));
    }
    QVERIFY(log.lastSeq() > 30);
    const Result<StoreContent> after = localContent(store);
    QVERIFY(after);
    const QString differences = compareContent(*before, u"before"_s, *after, u"after"_s);
    QVERIFY(differences.contains(u"c1-e"_s));
    // The capture triggers saw every write (the engine depends on it).
    QVERIFY(store.scalar(u"SELECT count(*) FROM sync_outbox"_s)->toInt() >= log.lastSeq());

    QCOMPARE(log.violations(*after, *before), QStringList());
    // Against the untouched content every write is lost; a conflict excuses its row only
    // for values someone wrote.
    const QStringList lost = log.violations(*before, *before);
    QVERIFY(!lost.isEmpty());
    const Write& first = log.writes().first();
    QVERIFY(lost.join(u'\n').contains(first.rowId));

    // A row version that differs is reported too.
    StoreContent bumped = *after;
    TableContent& pledges = bumped[u"pledge"_s];
    pledges.versions[pledges.versions.firstKey()] += 1;
    QVERIFY(compareContent(*after, u"x"_s, bumped, u"y"_s).contains(u"row_version"_s));
    QCOMPARE(compareContent(*after, u"x"_s, bumped, u"y"_s, false), QString());
}

void TestSyncFixture::portalDatabaseIsDroppedAfterwards()
{
    QString name;
    {
        PortalDatabase portal;
        const Status created = portal.create(u"om_fixture"_s);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        name = portal.name();
        QVERIFY(portal.exec(u"CREATE TABLE t (x text)"_s));
        QCOMPARE(portal.exec(u"INSERT INTO t VALUES (?), (?)"_s, {u"a"_s, u"b"_s}).value(), 2);
    }
    PortalDatabase other;
    QVERIFY(other.create(u"om_fixture"_s));
    QVERIFY(other.name() != name);
    const Result<QVariant> left =
        other.scalar(u"SELECT count(*) FROM pg_database WHERE datname = ?"_s, {name});
    QVERIFY(left);
    QCOMPARE(left->toInt(), 0);
}

void TestSyncFixture::proxyCutsAfterCommit_data()
{
    QTest::addColumn<bool>("inTransaction");
    QTest::newRow("autocommit") << false;
    QTest::newRow("explicit transaction") << true;
}

void TestSyncFixture::proxyCutsAfterCommit()
{
    QFETCH(bool, inTransaction);
    PortalDatabase portal;
    QVERIFY(portal.create(u"om_fixture"_s));
    QVERIFY(portal.exec(u"CREATE TABLE t (x text)"_s));
    PgCutProxy proxy(portal.host(), portal.port());
    const Result<int> port = proxy.start();
    QVERIFY(port);

    const QString name = u"through-proxy"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(portal.host());
        db.setPort(*port);
        db.setUserName(u"postgres"_s);
        db.setPassword(requiredEnv("OPENMAYOR_TEST_PG_PASSWORD"));
        db.setDatabaseName(portal.name());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"INSERT INTO t VALUES ('before')"_s),
                 qPrintable(query.lastError().text()));

        proxy.armCutAfterCommit("MARK-42");
        if (inTransaction)
            QVERIFY(db.transaction());
        QVERIFY(query.prepare(u"INSERT INTO t VALUES (?)"_s));
        query.addBindValue(u"MARK-42"_s);
        const bool inserted = query.exec();
        if (inTransaction) {
            QVERIFY2(inserted, qPrintable(query.lastError().text()));
            QCOMPARE(proxy.cuts(), 0);
            QVERIFY2(!db.commit(), "the client must not hear that its COMMIT worked");
        } else {
            QVERIFY2(!inserted, "the client must not hear that its INSERT worked");
        }
        QCOMPARE(proxy.cuts(), 1);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // ...but the server committed it.
    QCOMPARE(portal.scalar(u"SELECT string_agg(x, ',' ORDER BY x) FROM t"_s)->toString(),
             u"MARK-42,before"_s);
}

} // namespace openmayor::test

QTEST_GUILESS_MAIN(openmayor::test::TestSyncFixture)
#include "tst_syncfixture.moc"
