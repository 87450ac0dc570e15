// Faults during sync (issue 5), through the real openmayor-cli and the real servers:
//  - the client dies (an injected std::abort, OPENMAYOR_SYNC_FAULT) after persisting its
//    batch, after the server committed it, while staging pulled pages and while applying
//    them: the next sync finishes with nothing lost and nothing applied twice;
//  - the server vanishes after committing a push, before its answer arrives (a TCP proxy
//    cuts the connection): the sync fails with one clear line, the retry is idempotent;
//  - the media store is down: the rows that reference a new file wait, the others go; once
//    the store is back the file is uploaded and the rows follow.
#include "pgcutproxy.h"
#include "syncfixture.h"
#include "testsupport.h"
#include "webdavsupport.h"

#include "storage/database.h"
#include "storage/medialibrary.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUuid>
#include <QtTest>

namespace openmayor::test {

using namespace Qt::StringLiterals;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString unique(const QString& what)
{
    return what + u'-' + QString::number(QRandomGenerator::global()->generate64(), 36);
}

QString text(const Result<QVariant>& value)
{
    return value ? value->toString() : u"<error: "_s + value.error().fullText() + u'>';
}

#define VERIFY_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& _result = (expr);                                                              \
        QVERIFY2(_result.ok(), qPrintable(_result.ok() ? QString() : _result.error().fullText())); \
    } while (false)

// HTTP status of an authenticated HEAD on the test WebDAV server (0 when no answer).
int davHead(const QUrl& url)
{
    const DavAccount account = davAccountFromEnv();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    return waitForReply(network.head(davRequest(url, account.user, account.password))).status;
}

// A port where nothing listens (bound, then released).
int deadPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 9; // discard: nothing listens there either
    const int port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientDiesDuringSync_data();
    void clientDiesDuringSync();
    void serverGoneAfterPushCommit();
    void mediaStoreDownRowsWait();

private:
    SyncWorld& world() { return *m_world; }
    QString firstId(int client, const QString& table);
    QString pendingConflicts(int client);
    qint64 portalVersion(const QString& table, const QString& id);
    qint64 lastAuditId();
    // How often the portal's audit saw `op` on the row after audit entry `sinceId`.
    int auditCount(qint64 sinceId, const QString& table, const QString& id, const QString& op);

    std::unique_ptr<SyncWorld> m_world;
};

void TestSyncFaults::init()
{
    m_world = std::make_unique<SyncWorld>();
    VERIFY_OK(m_world->setUp(u"om_faults"_s, 2));
}

void TestSyncFaults::cleanup()
{
    m_world.reset();
}

QString TestSyncFaults::firstId(int client, const QString& table)
{
    const Result<QVariant> id =
        world()
            .stores.at(size_t(client))
            ->scalar(u"SELECT id FROM \"%1\" ORDER BY id LIMIT 1"_s.arg(table));
    return id ? id->toString() : QString();
}

// "" when the client has no open conflict, else the `conflicts --json` answer.
QString TestSyncFaults::pendingConflicts(int client)
{
    const CliRun run = world().cli.conflicts(world().files.at(client));
    if (!run.exitedWith(0) || !run.json().isArray())
        return u"conflicts --json: "_s + run.describe();
    return run.json().array().isEmpty() ? QString() : QString::fromUtf8(run.out);
}

qint64 TestSyncFaults::portalVersion(const QString& table, const QString& id)
{
    const Result<QVariant> version = world().portal.scalar(
        u"SELECT row_version FROM openmayor.\"%1\" WHERE sync_id = ?::uuid"_s.arg(table), {id});
    return version ? version->toLongLong() : -1;
}

qint64 TestSyncFaults::lastAuditId()
{
    return text(world().portal.scalar(u"SELECT coalesce(max(id), 0) FROM openmayor.sync_audit"_s))
        .toLongLong();
}

int TestSyncFaults::auditCount(qint64 sinceId, const QString& table, const QString& id,
                               const QString& op)
{
    return text(world().portal.scalar(
                    u"SELECT count(*) FROM openmayor.sync_audit WHERE id > ? AND table_name = ? "
                    u"AND sync_id = ?::uuid AND op = ?"_s,
                    {sinceId, table, id, op}))
        .toInt();
}

void TestSyncFaults::clientDiesDuringSync_data()
{
    QTest::addColumn<QString>("fault");
    for (const char* fault :
         {"after-batch-persisted", "after-server-commit", "mid-stage", "mid-apply"})
        QTest::newRow(fault) << QString::fromLatin1(fault);
}

void TestSyncFaults::clientDiesDuringSync()
{
    QFETCH(QString, fault);
    LocalStore& a = *world().stores.at(0);
    const PortalDatabase& portal = world().portal;

    // Client 1 edits: a press title, a new schedule event, a deleted speech.
    const QString press = firstId(0, u"press_release"_s);
    const QString speech = firstId(0, u"speech"_s);
    const QString event = newId();
    const QString pressTitle = unique(u"보도 제목"_s);
    const QString eventTitle = unique(u"새 일정"_s);
    VERIFY_OK(a.exec(u"UPDATE press_release SET title = ? WHERE id = ?"_s, {pressTitle, press}));
    VERIFY_OK(a.exec(u"INSERT INTO schedule_event (id, title, starts_at, ends_at) "
                     u"VALUES (?, ?, '2026-03-02T10:00', '2026-03-02T11:00')"_s,
                     {event, eventTitle}));
    VERIFY_OK(a.exec(u"DELETE FROM speech WHERE id = ?"_s, {speech}));
    // The portal's admin edits another press release and adds an event (the pull side).
    const QString otherPress = text(
        portal.scalar(u"SELECT sync_id::text FROM openmayor.press_release WHERE sync_id <> ?::uuid "
                      u"ORDER BY sync_id DESC LIMIT 1"_s,
                      {press}));
    const QString portalSubtitle = unique(u"포털 부제"_s);
    VERIFY_OK(
        portal.exec(u"UPDATE openmayor.press_release SET subtitle = ? WHERE sync_id = ?::uuid"_s,
                    {portalSubtitle, otherPress}));
    const QString portalEventTitle = unique(u"포털 일정"_s);
    VERIFY_OK(portal.exec(
        u"INSERT INTO openmayor.schedule_event (sync_id, title, starts_at, ends_at, all_day, "
        u"place, category, visibility, status, description, ical_sequence, workflow_state, "
        u"department, created_at) VALUES (gen_random_uuid(), ?, '2026-04-01T09:00', "
        u"'2026-04-01T10:00', 0, '', '', 'public', 'planned', '', 0, 'draft', '', "
        u"'2026-01-01T00:00:00.000Z')"_s,
        {portalEventTitle}));
    const qint64 pressVersion = portalVersion(u"press_release"_s, press);
    QVERIFY(pressVersion > 0);
    const qint64 auditBefore = lastAuditId();

    QProcessEnvironment faultEnv;
    faultEnv.insert(u"OPENMAYOR_SYNC_FAULT"_s, fault);
    const CliRun died = world().sync(0, faultEnv);
    QVERIFY2(died.finished && died.crashed,
             qPrintable(u"with OPENMAYOR_SYNC_FAULT=%1 the sync should abort: %2"_s.arg(
                 fault, died.describe())));

    // What the crash left locally is whole: both pulled rows, or neither.
    const int pulledRowsSeen =
        text(a.scalar(u"SELECT count(*) FROM press_release WHERE subtitle = ?"_s, {portalSubtitle}))
            .toInt() +
        text(a.scalar(u"SELECT count(*) FROM schedule_event WHERE title = ?"_s, {portalEventTitle}))
            .toInt();
    QVERIFY2(
        pulledRowsSeen == 0 || pulledRowsSeen == 2,
        qPrintable(u"half a pull applied after the crash (%1 of 2 rows)"_s.arg(pulledRowsSeen)));

    // The user goes on editing before the next sync.
    const QString speechTitle = unique(u"연설 제목"_s);
    const QString otherSpeech = text(a.scalar(u"SELECT id FROM speech ORDER BY id DESC LIMIT 1"_s));
    VERIFY_OK(a.exec(u"UPDATE speech SET title = ? WHERE id = ?"_s, {speechTitle, otherSpeech}));

    const CliRun retry = world().sync(0);
    QVERIFY2(retry.exitedWith(0), qPrintable(retry.describe()));
    QVERIFY2(pendingConflicts(0).isEmpty(),
             qPrintable(u"the resent batch conflicted with itself: "_s + pendingConflicts(0)));
    const CliRun other = world().sync(1);
    QVERIFY2(other.exitedWith(0), qPrintable(other.describe()));

    // Nothing lost: client 1's edits on the portal and client 2, the portal's on client 1.
    QCOMPARE(text(portal.scalar(
                 u"SELECT title FROM openmayor.press_release WHERE sync_id = ?::uuid"_s, {press})),
             pressTitle);
    QCOMPARE(text(portal.scalar(
                 u"SELECT count(*) FROM openmayor.schedule_event WHERE sync_id = ?::uuid AND "
                 u"title = ?"_s,
                 {event, eventTitle})),
             u"1"_s);
    QCOMPARE(text(portal.scalar(u"SELECT count(*) FROM openmayor.speech WHERE sync_id = ?::uuid"_s,
                                {speech})),
             u"0"_s);
    QCOMPARE(text(portal.scalar(u"SELECT title FROM openmayor.speech WHERE sync_id = ?::uuid"_s,
                                {otherSpeech})),
             speechTitle);
    QCOMPARE(text(a.scalar(u"SELECT subtitle FROM press_release WHERE id = ?"_s, {otherPress})),
             portalSubtitle);
    QCOMPARE(text(a.scalar(u"SELECT count(*) FROM schedule_event WHERE title = ?"_s,
                           {portalEventTitle})),
             u"1"_s);

    // Nothing twice: the press row was edited once, so its version went up once; each batch
    // is in the push log once; no duplicate rows.
    QCOMPARE(portalVersion(u"press_release"_s, press), pressVersion + 1);
    QCOMPARE(text(portal.scalar(
                 u"SELECT count(*) - count(DISTINCT batch_id) FROM openmayor.sync_push_log"_s)),
             u"0"_s);
    QCOMPARE(text(portal.scalar(u"SELECT count(*) FROM openmayor.schedule_event WHERE title = ?"_s,
                                {eventTitle})),
             u"1"_s);
    QCOMPARE(auditCount(auditBefore, u"press_release"_s, press, u"update"_s), 1);
    QCOMPARE(auditCount(auditBefore, u"schedule_event"_s, event, u"insert"_s), 1);
    QCOMPARE(auditCount(auditBefore, u"schedule_event"_s, event, u"update"_s), 0);
    QCOMPARE(auditCount(auditBefore, u"speech"_s, speech, u"delete"_s), 1);
    for (const QString& table : {u"sync_outbox"_s, u"sync_batch"_s})
        QCOMPARE(text(a.scalar(u"SELECT count(*) FROM "_s + table)), u"0"_s);

    const QString differences = world().differences();
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestSyncFaults::serverGoneAfterPushCommit()
{
    LocalStore& a = *world().stores.at(0);
    const PortalDatabase& portal = world().portal;
    PgCutProxy proxy(portal.host(), portal.port());
    const Result<int> proxyPort = proxy.start();
    VERIFY_OK(proxyPort);
    const QString throughProxy = portal.urlThrough(*proxyPort);

    // A healthy sync through the proxy first: the path works and nothing is pending.
    CliRun run = world().cli.sync(world().files.at(0), throughProxy);
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    QVERIFY(proxy.connectionsSeen() > 0);
    const qint64 pushesBefore =
        text(portal.scalar(u"SELECT count(*) FROM openmayor.sync_push_log"_s)).toLongLong();

    const QString press = firstId(0, u"press_release"_s);
    const QString marker = unique(u"cut-marker"_s);
    VERIFY_OK(a.exec(u"UPDATE press_release SET title = ? WHERE id = ?"_s,
                     {QString(u"보도 "_s + marker), press}));
    const qint64 pressVersion = portalVersion(u"press_release"_s, press);
    const qint64 auditBefore = lastAuditId();

    proxy.armCutAfterCommit(marker.toUtf8());
    run = world().cli.sync(world().files.at(0), throughProxy);
    QCOMPARE(proxy.cuts(), 1);
    QVERIFY2(run.exitedWith(2), qPrintable(run.describe()));
    QVERIFY2(run.errLines().size() == 1, qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    // The server did commit it: the proxy cut only after the session was idle again.
    QCOMPARE(text(portal.scalar(
                 u"SELECT title FROM openmayor.press_release WHERE sync_id = ?::uuid"_s, {press})),
             u"보도 "_s + marker);
    QCOMPARE(portalVersion(u"press_release"_s, press), pressVersion + 1);

    run = world().cli.sync(world().files.at(0), throughProxy);
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    QCOMPARE(proxy.cuts(), 1);
    QVERIFY2(pendingConflicts(0).isEmpty(), qPrintable(pendingConflicts(0)));
    QCOMPARE(portalVersion(u"press_release"_s, press), pressVersion + 1);
    QCOMPARE(text(portal.scalar(u"SELECT count(*) FROM openmayor.sync_push_log"_s)),
             QString::number(pushesBefore + 1));
    QCOMPARE(auditCount(auditBefore, u"press_release"_s, press, u"update"_s), 1);
    QCOMPARE(text(a.scalar(u"SELECT count(*) FROM sync_batch"_s)), u"0"_s);
    QCOMPARE(text(a.scalar(u"SELECT count(*) FROM sync_outbox"_s)), u"0"_s);

    run = world().sync(1);
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    const QString differences = world().differences();
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestSyncFaults::mediaStoreDownRowsWait()
{
    const PortalDatabase& portal = world().portal;
    const QString file = world().files.at(0);

    // A new photo in client 1's media library (a PNG nobody has), shown on an activity.
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRandomGenerator::global()->generate()));
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
    QString mediaId;
    {
        Result<Database> db = Database::open(file, Database::Mode::OpenExisting);
        VERIFY_OK(db);
        MediaLibrary library(*db, MediaLibrary::defaultRootFor(file));
        const Result<QString> added = library.add(
            {png, u"new-photo.png"_s, u"image/png"_s, u"새 사진"_s, QString(), u"kogl1"_s});
        VERIFY_OK(added);
        mediaId = *added;
        db->close();
    }
    LocalStore& a = *world().stores.at(0);
    const QString sha = text(a.scalar(u"SELECT sha256 FROM media WHERE id = ?"_s, {mediaId}));
    const QString photo = newId();
    VERIFY_OK(a.exec(u"INSERT INTO activity_photo (id, activity_id, media_id, position, caption) "
                     u"VALUES (?, ?, ?, 99, '새 사진 설명')"_s,
                     {photo, firstId(0, u"activity"_s), mediaId}));
    const QString press = firstId(0, u"press_release"_s);
    const QString pressTitle = unique(u"사진과 무관한 보도"_s);
    VERIFY_OK(a.exec(u"UPDATE press_release SET title = ? WHERE id = ?"_s, {pressTitle, press}));

    const QUrl fileUrl(world().mediaBaseUrl() + sha.left(2) + u'/' + sha);
    QCOMPARE(davHead(fileUrl), 404);

    // The media store is down.
    VERIFY_OK(
        portal.setSetting(u"media_base_url"_s, u"http://127.0.0.1:%1/dav/"_s.arg(deadPort())));
    CliRun run = world().sync(0);
    QVERIFY2(run.exitedWith(3), qPrintable(run.describe()));
    SyncCounts counts = SyncCounts::fromRun(run);
    QVERIFY2(counts.valid && counts.mediaWaiting >= 1, qPrintable(run.describe()));
    QCOMPARE(text(portal.scalar(
                 u"SELECT title FROM openmayor.press_release WHERE sync_id = ?::uuid"_s, {press})),
             pressTitle);
    QCOMPARE(
        text(portal.scalar(
            u"SELECT count(*) FROM openmayor.activity_photo WHERE sync_id = ?::uuid"_s, {photo})),
        u"0"_s);
    QCOMPARE(text(portal.scalar(u"SELECT count(*) FROM openmayor.media WHERE sync_id = ?::uuid"_s,
                                {mediaId})),
             u"0"_s);
    // Still waiting locally, not dropped.
    QCOMPARE(text(a.scalar(u"SELECT count(*) FROM activity_photo WHERE id = ?"_s, {photo})),
             u"1"_s);
    QVERIFY(text(a.scalar(u"SELECT count(*) FROM sync_outbox WHERE row_id IN (?, ?)"_s,
                          {photo, mediaId})) != u"0"_s);

    // Back up: the file goes first, then the rows.
    VERIFY_OK(portal.setSetting(u"media_base_url"_s, world().mediaBaseUrl()));
    run = world().sync(0);
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    counts = SyncCounts::fromRun(run);
    QVERIFY2(counts.valid && counts.mediaUploaded >= 1 && counts.mediaWaiting == 0,
             qPrintable(run.describe()));
    QCOMPARE(davHead(fileUrl), 200);
    QCOMPARE(
        text(portal.scalar(
            u"SELECT media_id FROM openmayor.activity_photo WHERE sync_id = ?::uuid"_s, {photo})),
        mediaId);
    QCOMPARE(text(portal.scalar(u"SELECT sha256 FROM openmayor.media WHERE sync_id = ?::uuid"_s,
                                {mediaId})),
             sha);

    run = world().sync(1);
    QVERIFY2(run.exitedWith(0), qPrintable(run.describe()));
    const QString differences = world().differences();
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

} // namespace openmayor::test

QTEST_GUILESS_MAIN(openmayor::test::TestSyncFaults)
#include "tst_syncfaults.moc"
