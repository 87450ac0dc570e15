// The portal's side of the sync against the real PostgreSQL (DESIGN.md §4): roles and
// row-level security (a refused write comes back as a rejection, the local edit kept),
// hostile and large values, the public views, the schema installer and its upgrades, the
// push function's per-op answers, and a password never in a URL or an error.
#include "storage/database.h"
#include "sync/portalconnection.h"
#include "sync/portalschema.h"
#include "sync/syncconflicts.h"
#include "syncenginecase.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

namespace openmayor {

using namespace Qt::StringLiterals;

class TestSyncPortal : public SyncEngineCase
{
    Q_OBJECT

private slots:
    void communicationsCannotChangeAPledge();
    void secretariatChangesTheScheduleOnly();
    void hostileAndLargeValuesRoundTrip();
    void publicViewsShowPublishedItemsOnly();
    void portalInitIsIdempotentAndUpgradesNothingTwice();
    void pushAnswersEachOpOfABatchWithRefusedOps();
    void portalAtSchemaVersionOneIsUpgradedByInit();
    void passwordInTheUrlIsRefused();
};

void TestSyncPortal::communicationsCannotChangeAPledge()
{
    const Database a = openStore(u"a"_s, true);
    SYNC_OK(syncStore(a));
    createLoginRole(u"om_comms_tester"_s, u"openmayor_comms"_s);
    const Database c = openStore(u"c"_s, false);
    SYNC_OK(syncStore(c, u"om_comms_tester"_s, u"pw-om_comms_tester"_s));
    // Internal schedule entries stay with the roles that keep the schedule.
    QVERIFY(
        scalar(a, u"SELECT count(*) FROM schedule_event WHERE visibility = 'internal'"_s).toInt() >
        0);
    QCOMPARE(
        scalar(c, u"SELECT count(*) FROM schedule_event WHERE visibility = 'internal'"_s).toInt(),
        0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM press_release"_s).toInt(),
             scalar(a, u"SELECT count(*) FROM press_release"_s).toInt());

    sql(c, u"UPDATE pledge SET title = '홍보팀이 고친 공약' WHERE code = '7-1-3'"_s);
    sql(c,
        u"UPDATE press_release SET subtitle = '홍보팀 부제' WHERE id = (SELECT min(id) FROM press_release)"_s);
    const SyncReport report = SYNC_OK(syncStore(c, u"om_comms_tester"_s, u"pw-om_comms_tester"_s));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.rejected, 1);
    QVERIFY(report.needsAttention());
    // The refused edit is kept here and shown; the portal's pledge is untouched.
    QCOMPARE(scalar(c, kPledge.arg(u"title"_s)).toString(), u"홍보팀이 고친 공약"_s);
    const SyncConflict rejection = SyncConflicts(c).list()->first();
    QCOMPARE(rejection.kind, SyncConflict::Kind::Rejected);
    QCOMPARE(rejection.tableName, u"pledge"_s);
    QVERIFY(!rejection.message.isEmpty());
    QCOMPARE(rowsOf(portalSql(), u"SELECT title FROM openmayor.pledge WHERE code = '7-1-3'"_s),
             QStringList{u"title='365일 열린시장실 운영'"_s});
    // A second sync refuses it again, still without losing it.
    QCOMPARE(SYNC_OK(syncStore(c, u"om_comms_tester"_s, u"pw-om_comms_tester"_s)).rejected, 1);
    QCOMPARE(scalar(c, kPledge.arg(u"title"_s)).toString(), u"홍보팀이 고친 공약"_s);
    // Taking the portal's copy undoes the local edit.
    QVERIFY(SyncConflicts(c).resolve(rejection.id, TakeSide::Theirs).ok());
    QCOMPARE(scalar(c, kPledge.arg(u"title"_s)).toString(), u"365일 열린시장실 운영"_s);
    const SyncReport clean = SYNC_OK(syncStore(c, u"om_comms_tester"_s, u"pw-om_comms_tester"_s));
    QCOMPARE(clean.rejected + clean.conflicts + clean.pushed, 0);
}

void TestSyncPortal::secretariatChangesTheScheduleOnly()
{
    const Database a = openStore(u"a"_s, true);
    SYNC_OK(syncStore(a));
    createLoginRole(u"om_secretary_tester"_s, u"openmayor_secretariat"_s);
    const Database s = openStore(u"s"_s, false);
    SYNC_OK(syncStore(s, u"om_secretary_tester"_s, u"pw-om_secretary_tester"_s));
    QCOMPARE(scalar(s, u"SELECT count(*) FROM schedule_event"_s).toInt(),
             scalar(a, u"SELECT count(*) FROM schedule_event"_s).toInt());
    sql(s,
        u"UPDATE schedule_event SET place = '시장실' WHERE id = (SELECT min(id) FROM schedule_event)"_s);
    sql(s,
        u"UPDATE speech SET title = '비서실이 고친 연설' WHERE id = (SELECT min(id) FROM speech)"_s);
    const SyncReport report =
        SYNC_OK(syncStore(s, u"om_secretary_tester"_s, u"pw-om_secretary_tester"_s));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(SyncConflicts(s).list()->first().tableName, u"speech"_s);
    SYNC_OK(syncStore(a));
    QCOMPARE(
        scalar(
            a,
            u"SELECT place FROM schedule_event WHERE id = (SELECT min(id) FROM schedule_event)"_s)
            .toString(),
        u"시장실"_s);
    // Row-level security: revisions of a schedule event go through, of a speech they do not.
    const QString eventId = scalar(s, u"SELECT min(id) FROM schedule_event"_s).toString();
    const QString speechId = scalar(s, u"SELECT min(id) FROM speech"_s).toString();
    sql(s,
        u"INSERT INTO content_revision (id, item_table, item_id, revision_no, data) VALUES (?, "
        "'schedule_event', ?, 1, '{}')"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces), eventId});
    sql(s,
        u"INSERT INTO content_revision (id, item_table, item_id, revision_no, data) VALUES (?, "
        "'speech', ?, 1, '{}')"_s,
        {QUuid::createUuid().toString(QUuid::WithoutBraces), speechId});
    const SyncReport revisions =
        SYNC_OK(syncStore(s, u"om_secretary_tester"_s, u"pw-om_secretary_tester"_s));
    QCOMPARE(revisions.pushed, 1);
    QCOMPARE(revisions.rejected, 2); // the speech edit and the speech's revision
}

void TestSyncPortal::hostileAndLargeValuesRoundTrip()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    QString body;
    while (body.size() < 1024 * 1024)
        body += u"<p>나주시 \"열린시장실\" 'quoted' \\ back\\slash $$ dollar $1 %s</p>\n"_s;
    QString binaryLooking;
    for (char16_t c = 1; c < 0x20; ++c)
        binaryLooking += QChar(c);
    binaryLooking += u"\x7f\uFFFD\U0001F600 \\x00 \\\\0 E'\\n'"_s;
    const QStringList values = {u"'; DROP TABLE openmayor.pledge; --"_s,
                                u"\"; DELETE FROM sync_outbox; --"_s, binaryLooking, body};
    const QString id = scalar(a, u"SELECT min(id) FROM press_release"_s).toString();
    sql(a,
        u"UPDATE press_release SET title = ?, subtitle = ?, officer = ?, body_html = ? WHERE id = ?"_s,
        {values[0], values[1], values[2], values[3], id});
    QCOMPARE(SYNC_OK(syncStore(a)).pushed, 1);
    QCOMPARE(SYNC_OK(syncStore(b)).pulled, 1);
    QCOMPARE(scalar(b, u"SELECT title FROM press_release WHERE id = ?"_s, {id}).toString(),
             values[0]);
    QCOMPARE(scalar(b, u"SELECT subtitle FROM press_release WHERE id = ?"_s, {id}).toString(),
             values[1]);
    QCOMPARE(scalar(b, u"SELECT officer FROM press_release WHERE id = ?"_s, {id}).toString(),
             values[2]);
    QCOMPARE(scalar(b, u"SELECT body_html FROM press_release WHERE id = ?"_s, {id}).toString(),
             values[3]);
    QCOMPARE(rowsOf(portalSql(), u"SELECT count(*) AS n FROM openmayor.pledge"_s),
             QStringList{u"n=1"_s});
    expectSameContent(a, b);
    expectPortalMatches(b);
}

void TestSyncPortal::publicViewsShowPublishedItemsOnly()
{
    const Database a = openStore(u"a"_s, true);
    SYNC_OK(syncStore(a));
    createLoginRole(u"om_web_tester"_s, u"openmayor_web"_s);
    QSqlDatabase web = QSqlDatabase::cloneDatabase(portalSql(), u"tst_sync_web"_s);
    web.setUserName(u"om_web_tester"_s);
    web.setPassword(u"pw-om_web_tester"_s);
    QVERIFY2(web.open(), qPrintable(web.lastError().text()));
    {
        const int published =
            scalar(a, u"SELECT count(*) FROM press_release WHERE workflow_state = 'published' AND "
                      "coalesce(embargo_until, '') = ''"_s)
                .toInt();
        QVERIFY(published > 0);
        QVERIFY(published < scalar(a, u"SELECT count(*) FROM press_release"_s).toInt());
        QCOMPARE(rowsOf(web, u"SELECT count(*) AS n FROM openmayor_public.press_releases"_s),
                 QStringList{u"n=%1"_s.arg(published)});
        const int publicEvents =
            scalar(a, u"SELECT count(*) FROM schedule_event WHERE visibility = 'public'"_s).toInt();
        QCOMPARE(rowsOf(web, u"SELECT count(*) AS n FROM openmayor_public.schedule"_s),
                 QStringList{u"n=%1"_s.arg(publicEvents)});
        // The website role cannot read the synced tables themselves.
        QSqlQuery direct(web);
        QVERIFY(!direct.exec(u"SELECT count(*) FROM openmayor.press_release"_s));
        QVERIFY(direct.lastError().text().contains(u"permission denied"_s));
    }
    web.close();
    web = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"tst_sync_web"_s);
}

void TestSyncPortal::portalInitIsIdempotentAndUpgradesNothingTwice()
{
    auto portal = PortalConnection::open(m_endpoint);
    QVERIFY(portal.ok());
    auto again = PortalSchema::install(**portal);
    QVERIFY(again.ok());
    QCOMPARE(*again, PortalSchema::latestVersion());
    QCOMPARE(rowsOf(portalSql(), u"SELECT count(*) AS n FROM openmayor.schema_version"_s),
             QStringList{u"n=%1"_s.arg(PortalSchema::latestVersion())});
    QVERIFY(PortalSchema::check(**portal).ok());
}

namespace {
// The answers of openmayor.push as "status/reason" per op, in order.
QStringList pushAnswers(QSqlDatabase portal, const QString& batch, const QJsonArray& ops)
{
    QSqlQuery query(portal);
    query.prepare(u"SELECT openmayor.push(?::uuid, 'tester', ?::jsonb)::text"_s);
    query.addBindValue(batch);
    query.addBindValue(QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !query.next())
        return {u"<error %1>"_s.arg(query.lastError().text())};
    QStringList answers;
    for (const QJsonValue& answer : QJsonDocument::fromJson(query.value(0).toByteArray()).array())
        answers << answer[u"status"_s].toString() + u'/' + answer[u"reason"_s].toString();
    return answers;
}

QJsonObject insertOp(const QString& table, const QString& id, const QJsonObject& fields)
{
    return {{u"table"_s, table},
            {u"id"_s, id},
            {u"op"_s, u"insert"_s},
            {u"base_version"_s, 0},
            {u"fields"_s, fields}};
}
} // namespace

// The push function tries a batch in one go and falls back to one subtransaction per op
// when an op fails: a duplicate, an invalid value, an unknown column and a refused grant
// each reject their own op only, in the middle of runs of good inserts of the same table.
void TestSyncPortal::pushAnswersEachOpOfABatchWithRefusedOps()
{
    const QString term = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList areas;
    for (int i = 0; i < 6; ++i)
        areas << QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto area = [&](int i, const QString& code) {
        return insertOp(u"pledge_area"_s, areas.at(i),
                        {{u"term_id"_s, term}, {u"code"_s, code}, {u"title"_s, u"분야"_s}});
    };
    QJsonObject unknownColumn = area(4, u"D"_s);
    unknownColumn[u"fields"_s] = QJsonObject{
        {u"term_id"_s, term}, {u"code"_s, u"D"_s}, {u"title"_s, u"분야"_s}, {u"nope"_s, 1}};
    const QJsonArray ops{insertOp(u"term"_s, term,
                                  {{u"name"_s, u"민선8기"_s},
                                   {u"start_date"_s, u"2022-07-01"_s},
                                   {u"end_date"_s, u"2026-06-30"_s}}),
                         area(0, u"A"_s),
                         area(1, u"A"_s) /* duplicate (term_id, code) */,
                         area(2, u"B"_s),
                         insertOp(u"pledge_area"_s, areas.at(3), {{u"term_id"_s, u"not-a-uuid"_s}}),
                         unknownColumn,
                         area(5, u"C"_s)};
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList expected{u"applied/"_s, u"applied/"_s,         u"rejected/duplicate"_s,
                               u"applied/"_s, u"rejected/invalid"_s, u"rejected/invalid"_s,
                               u"applied/"_s};
    QCOMPARE(pushAnswers(portalSql(), batch, ops), expected);
    QCOMPARE(rowsOf(portalSql(), u"SELECT code FROM openmayor.pledge_area ORDER BY code"_s),
             (QStringList{u"code='A'"_s, u"code='B'"_s, u"code='C'"_s}));
    // Resent: the same answers, nothing applied twice.
    QCOMPARE(pushAnswers(portalSql(), batch, ops), expected);
    QCOMPARE(rowsOf(portalSql(), u"SELECT count(*) AS n FROM openmayor.sync_audit"_s),
             QStringList{u"n=4"_s});

    // A role without the grant: its pledge areas are refused, its pages go through.
    auto page = [](const QString& slug) {
        return insertOp(u"page"_s, QUuid::createUuid().toString(QUuid::WithoutBraces),
                        {{u"slug"_s, slug}, {u"title"_s, u"쪽"_s}});
    };
    const QJsonArray mixed{
        insertOp(u"pledge_area"_s, QUuid::createUuid().toString(QUuid::WithoutBraces),
                 {{u"term_id"_s, term}, {u"code"_s, u"E"_s}, {u"title"_s, u"분야"_s}}),
        page(u"one"_s), page(u"two"_s)};
    psql(u"SET ROLE openmayor_comms"_s);
    const QStringList refused =
        pushAnswers(portalSql(), QUuid::createUuid().toString(QUuid::WithoutBraces), mixed);
    psql(u"RESET ROLE"_s);
    QCOMPARE(refused, (QStringList{u"rejected/permission"_s, u"applied/"_s, u"applied/"_s}));
    QCOMPARE(rowsOf(portalSql(), u"SELECT count(*) AS n FROM openmayor.page"_s),
             QStringList{u"n=2"_s});
}

// A portal at schema version 1 refuses to sync until `portal init` upgrades it; then the
// first push of a whole store goes through the new push function.
void TestSyncPortal::portalAtSchemaVersionOneIsUpgradedByInit()
{
    psql(u"DROP SCHEMA openmayor, openmayor_public CASCADE"_s);
    auto portal = PortalConnection::open(m_endpoint);
    QVERIFY(portal.ok());
    QFile first(u":/portal/postgresql/0001_portal.sql"_s);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QVERIFY((*portal)->begin().ok());
    QVERIFY((*portal)->exec(QString::fromUtf8(first.readAll())).ok());
    QVERIFY((*portal)->exec(u"INSERT INTO openmayor.schema_version (version) VALUES (1)"_s).ok());
    QVERIFY((*portal)->commit().ok());
    QCOMPARE(*PortalSchema::installedVersion(**portal), 1);
    QVERIFY(PortalSchema::latestVersion() > 1);
    const Status old = PortalSchema::check(**portal);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, Error::Kind::Incompatible);

    const Database a = openStore(u"a"_s, true);
    QVERIFY(!syncStore(a).ok());
    QCOMPARE(rowsOf(portalSql(), u"SELECT count(*) AS n FROM openmayor.pledge"_s),
             QStringList{u"n=0"_s});

    auto upgraded = PortalSchema::install(**portal);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().fullText()));
    QCOMPARE(*upgraded, PortalSchema::latestVersion());
    QVERIFY(PortalSchema::check(**portal).ok());
    const SyncReport report = SYNC_OK(syncStore(a));
    QVERIFY(report.pushed > 100);
    QCOMPARE(report.rejected + report.conflicts, 0);
    expectPortalMatches(a);
}

void TestSyncPortal::passwordInTheUrlIsRefused()
{
    auto parsed = PortalEndpoint::parse(u"postgresql://kim:s3cret-pw@localhost/portal"_s);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Usage);
    const Database a = openStore(u"a"_s, false);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPENMAYOR_PORTAL_PASSWORD"_s, u"wrong-pass-1234"_s);
    cli.setProcessEnvironment(env);
    cli.start(test::binaryDir() + u"/app/openmayor-cli"_s,
              {u"--db"_s, a.path(), u"sync"_s, u"--portal"_s, m_endpoint.displayUrl()});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(!err.contains(u"wrong-pass-1234"_s));
    cli.start(test::binaryDir() + u"/app/openmayor-cli"_s,
              {u"--db"_s, a.path(), u"sync"_s, u"--portal"_s,
               u"postgresql://kim:s3cret-pw@localhost/portal"_s});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(!QString::fromUtf8(cli.readAllStandardError()).contains(u"s3cret-pw"_s));
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::TestSyncPortal)
#include "tst_syncportal.moc"
