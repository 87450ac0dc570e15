// A large pull leaves the trigram index for later (SearchIndex): the real openmayor-cli
// pulls a few thousand portal rows into an empty store, reports them as waiting for the
// index, finds them by search at once, and `index` brings the index up to date; a small
// pull afterwards is indexed at once. The pull keeps no base copies: the first local edit
// does (schema 5). And pages follow the numeric order of transaction
// ids, also where the ids' text would sort otherwise ("100" before "99"). A pull cancelled
// while its page reader is ahead applies nothing, and the next one pulls everything.
#include "storage/database.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "testsupport.h"

#include <atomic>

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
    void pagesFollowTheNumericOrderOfTransactionIds();
    void cancelledPullAppliesNothingAndTheNextResumes();

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
    {
        // the documents themselves wait (schema 6): none is written, every event is recorded
        test::LocalStore waiting(file);
        QCOMPARE(waiting
                     .scalar(u"SELECT count(*) FROM search_pending WHERE item_table = "
                             "'schedule_event'"_s)
                     .value()
                     .toInt(),
                 kEvents);
        QCOMPARE(waiting.scalar(u"SELECT count(*) FROM search_document"_s).value().toInt(), 0);
        QCOMPARE(waiting.scalar(u"SELECT documents_wait FROM search_index_state"_s).value().toInt(),
                 0);
    }

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
    QCOMPARE(store.scalar(u"SELECT count(*) FROM search_pending"_s).value().toInt(), 0);
    QCOMPARE(store
                 .scalar(u"SELECT count(*) FROM search_document d JOIN "
                         "search_source_schedule_event v USING (item_table, item_id, section, "
                         "title, detail, body_html, sort_date)"_s)
                 .value()
                 .toInt(),
             kEvents);
    QVERIFY(store.exec(u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));
    const test::CliRun after =
        m_cli.run({u"--db"_s, file, u"search"_s, u"무지개다리"_s, u"--json"_s});
    QCOMPARE(titlesOf(after), QStringList{u"무지개다리 안전 점검"_s});

    // no base copies for rows without local changes; the first local change keeps one
    QCOMPARE(store.scalar(u"SELECT count(*) FROM sync_base"_s).value().toInt(), 0);
    QVERIFY(store.exec(u"UPDATE schedule_event SET place = '읍사무소' WHERE title = "
                       "'정례 일정 7'"_s));
    QVERIFY(store.exec(u"UPDATE schedule_event SET place = '면사무소' WHERE title = "
                       "'정례 일정 7'"_s));
    QCOMPARE(store
                 .column(u"SELECT json_extract(data, '$.place') || '@' || (row_version > 0) "
                         "FROM sync_base"_s)
                 .value(),
             QStringList{u"시청 0층@1"_s});

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

void TestSyncBulkPull::pagesFollowTheNumericOrderOfTransactionIds()
{
    constexpr int kPage = 5000;       // the pull's page size
    constexpr int kLater = kPage + 1; // a full page of the longer ids, and one more
    test::PortalDatabase portal;
    const Status created = portal.create(u"xidorder"_s);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QString file = m_dir.filePath(u"xidorder.sqlite"_s);
    QVERIFY2(m_cli.initStore(file, false).exitedWith(0), "init");
    QVERIFY2(m_cli.portalInit(file, portal.url()).exitedWith(0), "portal init");

    // rows written by transactions 99 and 100 (the ids set by hand, the stamp trigger off):
    // "100" sorts before "99" as text, so ordering by text would fill the first page with
    // transaction 100 and leave the cursor past transaction 99
    const QStringList setup = {
        u"INSERT INTO openmayor.sns_link (sync_id, platform, url, label) SELECT "
        "gen_random_uuid(), 'blog', 'https://blog.naju.go.kr/' || i, '링크 ' || i "
        "FROM generate_series(1, %1) AS i"_s.arg(kLater + 1),
        u"ALTER TABLE openmayor.sns_link DISABLE TRIGGER stamp"_s,
        u"UPDATE openmayor.sns_link SET sync_xid = '100'::xid8"_s,
        u"UPDATE openmayor.sns_link SET sync_xid = '99'::xid8, label = '먼저 쓴 링크' WHERE "
        "sync_id = (SELECT sync_id FROM openmayor.sns_link ORDER BY sync_id DESC LIMIT 1)"_s,
        u"ALTER TABLE openmayor.sns_link ENABLE TRIGGER stamp"_s,
    };
    for (const QString& sql : setup) {
        auto done = portal.exec(sql);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().fullText()));
    }
    QVERIFY(test::waitForPullWatermark(portal.connection()));
    const test::CliRun first = m_cli.sync(file, portal.url());
    QVERIFY2(first.exitedWith(0), qPrintable(first.describe()));
    QCOMPARE(first.json().object().value(u"pulled").toInteger(), kLater + 1);
    test::LocalStore store(file);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM sns_link WHERE label = '먼저 쓴 링크'"_s)
                 .value()
                 .toInt(),
             1);

    // the same for deletions: their tombstones page by the same order
    auto deleted = portal.exec(u"DELETE FROM openmayor.sns_link"_s);
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().fullText()));
    QVERIFY(portal.exec(u"UPDATE openmayor.sync_tombstone SET sync_xid = '200'::xid8"_s));
    QVERIFY(portal.exec(u"UPDATE openmayor.sync_tombstone SET sync_xid = '199'::xid8 WHERE "
                        "sync_id = (SELECT sync_id FROM openmayor.sync_tombstone ORDER BY "
                        "sync_id DESC LIMIT 1)"_s));
    QVERIFY(test::waitForPullWatermark(portal.connection()));
    const test::CliRun second = m_cli.sync(file, portal.url());
    QVERIFY2(second.exitedWith(0), qPrintable(second.describe()));
    QCOMPARE(second.json().object().value(u"pulled").toInteger(), kLater + 1);
    QCOMPARE(store.scalar(u"SELECT count(*) FROM sns_link"_s).value().toInt(), 0);
}

void TestSyncBulkPull::cancelledPullAppliesNothingAndTheNextResumes()
{
    constexpr int kRows = 6 * 5000; // more pages than the reader keeps ready (two)
    test::PortalDatabase portal;
    const Status created = portal.create(u"cancelpull"_s);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QString file = m_dir.filePath(u"cancel.sqlite"_s);
    QVERIFY2(m_cli.initStore(file, false).exitedWith(0), "init");
    QVERIFY2(m_cli.portalInit(file, portal.url()).exitedWith(0), "portal init");
    auto loaded = portal.exec(u"INSERT INTO openmayor.sns_link (sync_id, platform, url, label) "
                              "SELECT gen_random_uuid(), 'blog', 'https://blog.naju.go.kr/' || i, "
                              "'링크 ' || i FROM generate_series(1, %1) AS i"_s.arg(kRows));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    QVERIFY(test::waitForPullWatermark(portal.connection()));

    auto store = Database::open(file, Database::Mode::OpenExisting);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().fullText()));
    auto endpoint = PortalEndpoint::parse(portal.url());
    QVERIFY(endpoint);
    endpoint->password = test::requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
    {
        // cancelled after the first staged page: the reader is blocked on its full queue
        std::atomic_bool cancel = false;
        qint64 stagedWhenCancelled = 0;
        SyncEngine engine(*store, *endpoint, u"tester"_s);
        engine.setCancelFlag(&cancel);
        engine.setProgressCallback([&](const SyncProgress& progress) {
            if (progress.phase == SyncProgress::Phase::Pulling && progress.done > 0 && !cancel) {
                stagedWhenCancelled = progress.done;
                cancel = true;
            }
        });
        const Result<SyncReport> cancelled = engine.sync();
        QVERIFY(!cancelled);
        QCOMPARE(stagedWhenCancelled, qint64(5000));
    }
    test::LocalStore local(file);
    QCOMPARE(local.scalar(u"SELECT count(*) FROM sns_link"_s).value().toInt(), 0);
    QCOMPARE(local.scalar(u"SELECT count(*) FROM sync_cursor"_s).value().toInt(), 0);

    SyncEngine engine(*store, *endpoint, u"tester"_s);
    const Result<SyncReport> resumed = engine.sync();
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().fullText()));
    QCOMPARE(resumed->pulled, qint64(kRows));
    QCOMPARE(local.scalar(u"SELECT count(DISTINCT id) FROM sns_link"_s).value().toInt(), kRows);
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::TestSyncBulkPull)
#include "tst_syncbulkpull.moc"
