// A large pull leaves the trigram index for later (SearchIndex): the real openmayor-cli
// pulls a few thousand portal rows into an empty store, reports them as waiting for the
// index, finds them by search at once, and `index` brings the index up to date; a small
// pull afterwards is indexed at once.
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {
constexpr int kEvents = 3000; // above the pull's threshold for deferring (2,000 rows)

QStringList titlesOf(const test::CliRun& run)
{
    QStringList titles;
    for (const QJsonValue& hit : run.json().array())
        titles << hit.toObject().value(u"title").toString();
    return titles;
}
} // namespace

class TestSyncBulkPull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largePullIsSearchableBeforeAndAfterTheCatchUp();

private:
    test::Cli m_cli;
    QTemporaryDir m_dir;
};

void TestSyncBulkPull::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSyncBulkPull::largePullIsSearchableBeforeAndAfterTheCatchUp()
{
    test::PortalDatabase portal;
    const Status created = portal.create(u"bulkpull"_s);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QString file = m_dir.filePath(u"store.sqlite"_s);
    QVERIFY2(m_cli.initStore(file, false).exitedWith(0), "init");
    const test::CliRun init = m_cli.portalInit(file, portal.url());
    QVERIFY2(init.exitedWith(0), qPrintable(init.describe()));

    // the portal's web admin loads a year of events with SQL
    auto loaded = portal.exec(
        u"INSERT INTO openmayor.schedule_event (sync_id, title, starts_at, ends_at, place) "
        "SELECT gen_random_uuid(), CASE WHEN i = 1234 THEN '무지개다리 안전 점검' ELSE "
        "'정례 일정 ' || i END, to_char(timestamp '2025-01-01' + i * interval '1 hour', "
        "'YYYY-MM-DD\"T\"HH24:MI'), to_char(timestamp '2025-01-01' + i * interval '1 hour' + "
        "interval '30 minutes', 'YYYY-MM-DD\"T\"HH24:MI'), '시청 ' || (i % 7) || '층' "
        "FROM generate_series(1, %1) AS i"_s.arg(kEvents));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    QVERIFY(test::waitForPullWatermark(portal.connection()));

    const test::CliRun pulled = m_cli.sync(file, portal.url());
    QVERIFY2(pulled.exitedWith(0), qPrintable(pulled.describe()));
    const QJsonObject report = pulled.json().object();
    QCOMPARE(report.value(u"pulled").toInteger(), kEvents);
    QCOMPARE(report.value(u"search_waiting").toInteger(), kEvents);

    // found before the index has them (the scan of waiting rows), long and short words
    const test::CliRun before =
        m_cli.run({u"--db"_s, file, u"search"_s, u"무지개다리"_s, u"--json"_s});
    QVERIFY2(before.exitedWith(0), qPrintable(before.describe()));
    QCOMPARE(titlesOf(before), QStringList{u"무지개다리 안전 점검"_s});
    const test::CliRun shortWord =
        m_cli.run({u"--db"_s, file, u"search"_s, u"무지"_s, u"--json"_s});
    QCOMPARE(titlesOf(shortWord), QStringList{u"무지개다리 안전 점검"_s});

    const test::CliRun index = m_cli.run({u"--db"_s, file, u"index"_s, u"--json"_s});
    QVERIFY2(index.exitedWith(0), qPrintable(index.describe()));
    QCOMPARE(index.json().object().value(u"indexed").toInteger(), kEvents);

    test::LocalStore store(file);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM search_fts WHERE search_fts MATCH '무지개다리'"_s)
                 .value()
                 .toInt(),
             1);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM search_fts"_s).value().toInt(), kEvents);
    QVERIFY(store.exec(u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));
    const test::CliRun after =
        m_cli.run({u"--db"_s, file, u"search"_s, u"무지개다리"_s, u"--json"_s});
    QCOMPARE(titlesOf(after), QStringList{u"무지개다리 안전 점검"_s});

    // a small pull is indexed as it is applied
    QVERIFY(portal.exec(u"UPDATE openmayor.schedule_event SET title = '무지개다리 보수 완료' "
                        "WHERE title = '무지개다리 안전 점검'"_s));
    QVERIFY(test::waitForPullWatermark(portal.connection()));
    const test::CliRun small = m_cli.sync(file, portal.url());
    QVERIFY2(small.exitedWith(0), qPrintable(small.describe()));
    QCOMPARE(small.json().object().value(u"pulled").toInteger(), 1);
    QCOMPARE(small.json().object().value(u"search_waiting").toInteger(), 0);
    QCOMPARE(
        store.scalar(u"SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"보수 완료\"'"_s)
            .value()
            .toInt(),
        1);
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::TestSyncBulkPull)
#include "tst_syncbulkpull.moc"
