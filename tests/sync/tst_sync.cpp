// Two-way sync against the real PostgreSQL the test command starts (DESIGN.md §4): two
// local stores and one portal. Every test gets a new portal database; a missing server is a
// failure, never a skip. Contents are compared with plain SQL on both sides (not with the
// engine's own row reader), so a bug in the engine's reading cannot hide itself.
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "sync/portalconnection.h"
#include "sync/portalschema.h"
#include "sync/syncconflicts.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {

// Numbers as numbers whatever the driver hands over (QPSQL gives int8 as text).
QString canonical(const QVariant& value, QMetaType type)
{
    if (value.isNull())
        return u"<null>"_s;
    if (value.typeId() == QMetaType::QUuid)
        return u"'"_s + value.toUuid().toString(QUuid::WithoutBraces) + u"'"_s;
    static const QList<int> numeric = {QMetaType::Double,    QMetaType::Float, QMetaType::LongLong,
                                       QMetaType::ULongLong, QMetaType::Int,   QMetaType::UInt};
    if (numeric.contains(type.id()) || numeric.contains(value.typeId()))
        return QString::number(value.toDouble(), 'g', 15);
    return u"'"_s + value.toString() + u"'"_s;
}

// Rows of a table as canonical text lines, ordered by id, data columns only.
QStringList rowsOf(QSqlDatabase db, const QString& select)
{
    QSqlQuery query(db);
    if (!query.exec(select))
        return {u"<error %1>"_s.arg(query.lastError().text())};
    QStringList rows;
    while (query.next()) {
        QStringList values;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            values << record.fieldName(i) + u'=' +
                          canonical(query.value(i), record.field(i).metaType());
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void demoConvergesOnAnEmptyStore();
    void differentFieldsOfOneRowMerge();
    void sameFieldConflictTakeMine();
    void sameFieldConflictTakeTheirs();
    void sameFieldConflictFieldByField();
    void updateAgainstDeleteIsAConflict();
    void deleteAgainstUpdateIsAConflict();
    void deletePropagates();
    void portalSqlEditsArrive();
    void missedRowRaceDoesNotSkipTheEarlierWriter();
    void resentBatchIsAppliedOnce();
    void communicationsCannotChangeAPledge();
    void secretariatChangesTheScheduleOnly();
    void hostileAndLargeValuesRoundTrip();
    void publicViewsShowPublishedItemsOnly();
    void portalInitIsIdempotentAndUpgradesNothingTwice();
    void pushAnswersEachOpOfABatchWithRefusedOps();
    void portalAtSchemaVersionOneIsUpgradedByInit();
    void passwordInTheUrlIsRefused();

private:
    Database openStore(const QString& name, bool demo);
    Result<SyncReport> syncStore(const Database& store, const QString& user = {},
                                 const QString& password = {}, bool waitForWatermark = true);
    void expectSameContent(const Database& a, const Database& b);
    void expectPortalMatches(const Database& store);
    QSqlDatabase portalSql();
    void psql(const QString& sql);
    void createLoginRole(const QString& role, const QString& group);
    qint64 conflictCount(const Database& store);

    QString m_password;
    std::unique_ptr<test::PortalDatabase> m_portal;
    PortalEndpoint m_endpoint;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSync::initTestCase()
{
    m_password = test::requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
}

void TestSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_portal = std::make_unique<test::PortalDatabase>();
    const Status created = m_portal->create(u"sync"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
    auto endpoint = PortalEndpoint::parse(m_portal->url());
    QVERIFY(endpoint.ok());
    m_endpoint = *endpoint;
    m_endpoint.password = m_password;
    auto portal = PortalConnection::open(m_endpoint);
    QVERIFY(portal.ok());
    auto version = PortalSchema::install(**portal);
    QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().fullText()));
    QCOMPARE(*version, PortalSchema::latestVersion());
}

void TestSync::cleanup()
{
    m_portal.reset(); // drops the database
    m_dir.reset();
}

Database TestSync::openStore(const QString& name, bool demo)
{
    const QString path = m_dir->filePath(name + u".sqlite"_s);
    auto store = Database::open(path, Database::Mode::CreateIfMissing);
    if (!store)
        qFatal("cannot create store: %s", qPrintable(store.error().fullText()));
    if (demo) {
        const Status filled = DemoData::populate(*store, MediaLibrary::defaultRootFor(path));
        if (!filled)
            qFatal("demo: %s", qPrintable(filled.error().fullText()));
    }
    return *store;
}

Result<SyncReport> TestSync::syncStore(const Database& store, const QString& user,
                                       const QString& password, bool waitForWatermark)
{
    if (waitForWatermark && !test::waitForPullWatermark(portalSql()))
        qWarning("a transaction on the server still holds the pull watermark back");
    PortalEndpoint endpoint = m_endpoint;
    if (!user.isEmpty()) {
        endpoint.user = user;
        endpoint.password = password;
    }
    SyncEngine engine(store, endpoint, u"tester"_s);
    return engine.sync();
}

QSqlDatabase TestSync::portalSql()
{
    return m_portal->connection();
}

void TestSync::psql(const QString& sql)
{
    QSqlQuery query(portalSql());
    if (!query.exec(sql))
        QFAIL(qPrintable(u"SQL failed: "_s + query.lastError().text() + u" in "_s + sql));
}

void TestSync::createLoginRole(const QString& role, const QString& group)
{
    psql(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
         "CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'; END IF; END $$"_s.arg(role));
    psql(u"GRANT %1 TO %2"_s.arg(group, role));
}

qint64 TestSync::conflictCount(const Database& store)
{
    auto list = SyncConflicts(store).list();
    return list ? list->size() : -1;
}

void TestSync::expectSameContent(const Database& a, const Database& b)
{
    const auto contentA = test::localContent(test::LocalStore(a.path()));
    const auto contentB = test::localContent(test::LocalStore(b.path()));
    QVERIFY(contentA.ok() && contentB.ok());
    QVERIFY(contentA->size() >= 24);
    const QString differences = test::compareContent(*contentA, u"a"_s, *contentB, u"b"_s);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestSync::expectPortalMatches(const Database& store)
{
    const test::LocalStore local(store.path());
    const auto mine = test::localContent(local);
    const auto portal = test::portalContent(*m_portal, local);
    QVERIFY(mine.ok() && portal.ok());
    const QString differences = test::compareContent(*mine, u"store"_s, *portal, u"portal"_s);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestSync::demoConvergesOnAnEmptyStore()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    auto first = syncStore(a);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
    QVERIFY(first->pushed > 100);
    QCOMPARE(first->pulled, 0);
    auto second = syncStore(b);
    QVERIFY(second.ok());
    QCOMPARE(second->pulled, first->pushed);
    QCOMPARE(second->pushed, 0);
    expectSameContent(a, b);
    expectPortalMatches(a);
    // Nothing left to do on either side.
    for (const Database& store : {a, b}) {
        auto again = syncStore(store);
        QVERIFY(again.ok());
        QCOMPARE(again->pulled + again->pushed + again->conflicts + again->rejected, 0);
    }
}

namespace {
void sql(const Database& store, const QString& statement, const QVariantList& params = {})
{
    QSqlQuery query(store.connection());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant& value : params)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + u" in "_s + statement));
}

QVariant scalar(const Database& store, const QString& statement, const QVariantList& params = {})
{
    QSqlQuery query(store.connection());
    query.prepare(statement);
    for (const QVariant& value : params)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return u"<none: %1>"_s.arg(query.lastError().text());
    return query.value(0);
}

#define SYNC_OK(expr)                                                                              \
    [&] {                                                                                          \
        auto r = (expr);                                                                           \
        if (!r)                                                                                    \
            qFatal("sync failed: %s", qPrintable(r.error().fullText()));                           \
        return *r;                                                                                 \
    }()

const QString kPledge = u"SELECT %1 FROM pledge WHERE code = '7-1-3'"_s;
} // namespace

void TestSync::differentFieldsOfOneRowMerge()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    sql(a, u"UPDATE pledge SET title = 'A의 제목' WHERE code = '7-1-3'"_s);
    sql(b, u"UPDATE pledge SET policy_goal = 'B의 목표' WHERE code = '7-1-3'"_s);
    QCOMPARE(SYNC_OK(syncStore(a)).pushed, 1);
    const SyncReport bReport = SYNC_OK(syncStore(b));
    QCOMPARE(bReport.conflicts, 0);
    QCOMPARE(bReport.pushed, 1);
    SYNC_OK(syncStore(a));
    for (const Database& store : {a, b}) {
        QCOMPARE(scalar(store, kPledge.arg(u"title"_s)).toString(), u"A의 제목"_s);
        QCOMPARE(scalar(store, kPledge.arg(u"policy_goal"_s)).toString(), u"B의 목표"_s);
        QCOMPARE(conflictCount(store), 0);
    }
    expectSameContent(a, b);
    expectPortalMatches(a);
}

void TestSync::sameFieldConflictTakeMine()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    sql(a,
        u"UPDATE pledge SET title = 'A안', policy_goal = 'A만 바꾼 목표' WHERE code = '7-1-3'"_s);
    sql(b, u"UPDATE pledge SET title = 'B안' WHERE code = '7-1-3'"_s);
    SYNC_OK(syncStore(a));
    const SyncReport report = SYNC_OK(syncStore(b));
    QCOMPARE(report.conflicts, 1);
    // B keeps its title until someone decides, and already has A's untouched change.
    QCOMPARE(scalar(b, kPledge.arg(u"title"_s)).toString(), u"B안"_s);
    QCOMPARE(scalar(b, kPledge.arg(u"policy_goal"_s)).toString(), u"A만 바꾼 목표"_s);
    auto conflicts = SyncConflicts(b).list();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts->size(), 1);
    const SyncConflict conflict = conflicts->first();
    QCOMPARE(conflict.kind, SyncConflict::Kind::FieldsDiffer);
    QCOMPARE(conflict.tableName, u"pledge"_s);
    QCOMPARE(conflict.fields, QStringList{u"title"_s});
    QCOMPARE(conflict.mine.value(u"title"_s).toString(), u"B안"_s);
    QCOMPARE(conflict.theirs.value(u"title"_s).toString(), u"A안"_s);
    QCOMPARE(conflict.base.value(u"title"_s).toString(), u"365일 열린시장실 운영"_s);
    // Syncing again changes nothing while the conflict is open: nothing is overwritten.
    QCOMPARE(SYNC_OK(syncStore(b)).conflicts, 1);
    QCOMPARE(scalar(b, kPledge.arg(u"title"_s)).toString(), u"B안"_s);

    QVERIFY(SyncConflicts(b).resolve(conflict.id, TakeSide::Mine).ok());
    QCOMPARE(conflictCount(b), 0);
    QCOMPARE(SYNC_OK(syncStore(b)).pushed, 1);
    SYNC_OK(syncStore(a));
    for (const Database& store : {a, b})
        QCOMPARE(scalar(store, kPledge.arg(u"title"_s)).toString(), u"B안"_s);
    expectSameContent(a, b);
    expectPortalMatches(b);
}

void TestSync::sameFieldConflictTakeTheirs()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    sql(a,
        u"UPDATE press_release SET title = 'A 보도' WHERE id = (SELECT min(id) FROM press_release)"_s);
    sql(b,
        u"UPDATE press_release SET title = 'B 보도' WHERE id = (SELECT min(id) FROM press_release)"_s);
    SYNC_OK(syncStore(a));
    QCOMPARE(SYNC_OK(syncStore(b)).conflicts, 1);
    const qint64 id = SyncConflicts(b).list()->first().id;
    QVERIFY(SyncConflicts(b).resolve(id, TakeSide::Theirs).ok());
    QCOMPARE(
        scalar(b,
               u"SELECT title FROM press_release WHERE id = (SELECT min(id) FROM press_release)"_s)
            .toString(),
        u"A 보도"_s);
    // Taking theirs leaves nothing to send.
    QCOMPARE(scalar(b, u"SELECT count(*) FROM sync_outbox"_s).toInt(), 0);
    const SyncReport after = SYNC_OK(syncStore(b));
    QCOMPARE(after.pushed, 0);
    QCOMPARE(after.conflicts, 0);
    expectSameContent(a, b);
    expectPortalMatches(a);
}

void TestSync::sameFieldConflictFieldByField()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    const QString event = u"(SELECT min(id) FROM schedule_event)"_s;
    sql(a,
        u"UPDATE schedule_event SET title = 'A 일정', place = 'A 장소' WHERE id = %1"_s.arg(event));
    sql(b,
        u"UPDATE schedule_event SET title = 'B 일정', place = 'B 장소' WHERE id = %1"_s.arg(event));
    SYNC_OK(syncStore(a));
    QCOMPARE(SYNC_OK(syncStore(b)).conflicts, 1);
    const SyncConflict conflict = SyncConflicts(b).list()->first();
    QCOMPARE(QSet<QString>(conflict.fields.begin(), conflict.fields.end()),
             (QSet<QString>{u"title"_s, u"place"_s}));
    // Every field needs a choice.
    QVERIFY(!SyncConflicts(b).resolveFields(conflict.id, {{u"title"_s, TakeSide::Mine}}).ok());
    QVERIFY(SyncConflicts(b)
                .resolveFields(conflict.id,
                               {{u"title"_s, TakeSide::Mine}, {u"place"_s, TakeSide::Theirs}})
                .ok());
    QCOMPARE(SYNC_OK(syncStore(b)).pushed, 1);
    SYNC_OK(syncStore(a));
    for (const Database& store : {a, b}) {
        QCOMPARE(scalar(store, u"SELECT title FROM schedule_event WHERE id = %1"_s.arg(event))
                     .toString(),
                 u"B 일정"_s);
        QCOMPARE(scalar(store, u"SELECT place FROM schedule_event WHERE id = %1"_s.arg(event))
                     .toString(),
                 u"A 장소"_s);
    }
    expectSameContent(a, b);
}

void TestSync::updateAgainstDeleteIsAConflict()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    const QString id = scalar(a, u"SELECT min(id) FROM schedule_event"_s).toString();
    sql(a, u"DELETE FROM schedule_event WHERE id = ?"_s, {id});
    sql(b, u"UPDATE schedule_event SET title = '고친 일정' WHERE id = ?"_s, {id});
    SYNC_OK(syncStore(a));
    // B changed a row the portal deleted: a conflict, and B's row is still there.
    QCOMPARE(SYNC_OK(syncStore(b)).conflicts, 1);
    SyncConflict conflict = SyncConflicts(b).list()->first();
    QCOMPARE(conflict.kind, SyncConflict::Kind::DeletedThere);
    QCOMPARE(scalar(b, u"SELECT title FROM schedule_event WHERE id = ?"_s, {id}).toString(),
             u"고친 일정"_s);
    // Mine: the row comes back on the portal and reaches A again.
    QVERIFY(SyncConflicts(b).resolve(conflict.id, TakeSide::Mine).ok());
    QCOMPARE(SYNC_OK(syncStore(b)).pushed, 1);
    QCOMPARE(SYNC_OK(syncStore(a)).pulled, 1);
    QCOMPARE(scalar(a, u"SELECT title FROM schedule_event WHERE id = ?"_s, {id}).toString(),
             u"고친 일정"_s);
    expectSameContent(a, b);

    // Again, and this time Theirs: the row goes on B too.
    sql(a, u"DELETE FROM schedule_event WHERE id = ?"_s, {id});
    sql(b, u"UPDATE schedule_event SET place = '다른 곳' WHERE id = ?"_s, {id});
    SYNC_OK(syncStore(a));
    QCOMPARE(SYNC_OK(syncStore(b)).conflicts, 1);
    conflict = SyncConflicts(b).list()->first();
    QVERIFY(SyncConflicts(b).resolve(conflict.id, TakeSide::Theirs).ok());
    QCOMPARE(scalar(b, u"SELECT count(*) FROM schedule_event WHERE id = ?"_s, {id}).toInt(), 0);
    const SyncReport after = SYNC_OK(syncStore(b));
    QCOMPARE(after.conflicts + after.pushed, 0);
    expectSameContent(a, b);
    expectPortalMatches(a);
}

void TestSync::deleteAgainstUpdateIsAConflict()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    const QString id = scalar(a, u"SELECT min(id) FROM speech"_s).toString();
    sql(a, u"UPDATE speech SET place = '바뀐 장소' WHERE id = ?"_s, {id});
    sql(b, u"DELETE FROM speech WHERE id = ?"_s, {id});
    SYNC_OK(syncStore(a));
    QCOMPARE(SYNC_OK(syncStore(b)).conflicts, 1);
    const SyncConflict conflict = SyncConflicts(b).list()->first();
    QCOMPARE(conflict.kind, SyncConflict::Kind::DeletedHere);
    QCOMPARE(conflict.theirs.value(u"place"_s).toString(), u"바뀐 장소"_s);
    // The portal still has the row: B's delete was not applied over A's change.
    QCOMPARE(
        rowsOf(portalSql(), u"SELECT place FROM openmayor.speech WHERE sync_id = '%1'"_s.arg(id)),
        QStringList{u"place='바뀐 장소'"_s});
    QVERIFY(SyncConflicts(b).resolve(conflict.id, TakeSide::Mine).ok());
    QCOMPARE(SYNC_OK(syncStore(b)).pushed, 1);
    QCOMPARE(SYNC_OK(syncStore(a)).pulled, 1);
    QCOMPARE(scalar(a, u"SELECT count(*) FROM speech WHERE id = ?"_s, {id}).toInt(), 0);
    expectSameContent(a, b);
}

void TestSync::deletePropagates()
{
    const Database a = openStore(u"a"_s, true);
    const Database b = openStore(u"b"_s, false);
    SYNC_OK(syncStore(a));
    SYNC_OK(syncStore(b));
    const QString id = scalar(a, u"SELECT min(id) FROM press_release"_s).toString();
    const int attachments =
        scalar(a, u"SELECT count(*) FROM press_attachment WHERE press_release_id = ?"_s, {id})
            .toInt();
    sql(a, u"DELETE FROM press_release WHERE id = ?"_s, {id}); // cascades to its attachments
    QCOMPARE(SYNC_OK(syncStore(a)).pushed, 1 + attachments);
    QCOMPARE(
        rowsOf(portalSql(),
               u"SELECT row_version FROM openmayor.sync_tombstone WHERE sync_id = '%1'"_s.arg(id))
            .size(),
        1);
    QCOMPARE(SYNC_OK(syncStore(b)).pulled, 1 + attachments);
    QCOMPARE(scalar(b, u"SELECT count(*) FROM press_release WHERE id = ?"_s, {id}).toInt(), 0);
    QCOMPARE(scalar(b, u"SELECT count(*) FROM sync_outbox"_s).toInt(), 0);
    expectSameContent(a, b);
    expectPortalMatches(b);
}

void TestSync::portalSqlEditsArrive()
{
    const Database a = openStore(u"a"_s, true);
    SYNC_OK(syncStore(a));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The portal's web admin writes with plain SQL, knowing nothing of sync.
    psql(u"UPDATE openmayor.pledge SET title = '웹 관리자가 고침' WHERE code = '7-1-3'"_s);
    psql(u"INSERT INTO openmayor.sns_link (sync_id, platform, url, label) VALUES ('%1', "
         "'youtube', 'https://youtube.com/@naju', '나주시 유튜브')"_s.arg(id));
    psql(u"DELETE FROM openmayor.speech WHERE sync_id = (SELECT sync_id FROM openmayor.speech "
         "ORDER BY sync_id LIMIT 1)"_s);
    const SyncReport report = SYNC_OK(syncStore(a));
    QCOMPARE(report.pulled, 3);
    QCOMPARE(scalar(a, kPledge.arg(u"title"_s)).toString(), u"웹 관리자가 고침"_s);
    QCOMPARE(scalar(a, u"SELECT label FROM sns_link WHERE id = ?"_s, {id}).toString(),
             u"나주시 유튜브"_s);
    // Pulled rows are not local edits: nothing goes back.
    QCOMPARE(scalar(a, u"SELECT count(*) FROM sync_outbox"_s).toInt(), 0);
    expectPortalMatches(a);
    // The audit keeps who and what.
    QCOMPARE(rowsOf(portalSql(), u"SELECT op, old_row->>'title' AS old FROM openmayor.sync_audit "
                                 "WHERE table_name = 'pledge' AND op = 'update'"_s),
             QStringList{u"op='update'|old='365일 열린시장실 운영'"_s});
}

void TestSync::missedRowRaceDoesNotSkipTheEarlierWriter()
{
    const Database a = openStore(u"a"_s, false);
    SYNC_OK(syncStore(a));
    QSqlDatabase slow = QSqlDatabase::cloneDatabase(portalSql(), u"tst_sync_slow"_s);
    QVERIFY(slow.open());
    {
        const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // The slow writer takes its xid first and does not commit yet...
        QSqlQuery slowQuery(slow);
        QVERIFY(slowQuery.exec(u"BEGIN"_s));
        QVERIFY(slowQuery.exec(
            u"INSERT INTO openmayor.sns_link (sync_id, platform, url, label) "
            "VALUES ('%1', 'blog', 'https://blog.naju.go.kr', '느린 쓰기')"_s.arg(first)));
        // ...while a later writer (higher xid) commits.
        psql(u"INSERT INTO openmayor.sns_link (sync_id, platform, url, label) VALUES ('%1', "
             "'facebook', 'https://facebook.com/naju', '빠른 쓰기')"_s.arg(second));
        QVERIFY(rowsOf(slow, u"SELECT pg_current_xact_id() < (SELECT sync_xid FROM "
                             "openmayor.sns_link WHERE sync_id = '%1') AS lower"_s.arg(second)) ==
                QStringList{u"lower='true'"_s});
        // A sequence or timestamp cursor would now pass the slow row.
        SYNC_OK(syncStore(a, {}, {}, false));
        QCOMPARE(scalar(a, u"SELECT count(*) FROM sns_link WHERE id = ?"_s, {first}).toInt(), 0);
        QVERIFY(slowQuery.exec(u"COMMIT"_s));
        SYNC_OK(syncStore(a));
        QCOMPARE(scalar(a, u"SELECT label FROM sns_link WHERE id = ?"_s, {first}).toString(),
                 u"느린 쓰기"_s);
        QCOMPARE(scalar(a, u"SELECT label FROM sns_link WHERE id = ?"_s, {second}).toString(),
                 u"빠른 쓰기"_s);
    }
    slow.close();
    slow = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"tst_sync_slow"_s);
    expectPortalMatches(a);
}

void TestSync::resentBatchIsAppliedOnce()
{
    const Database a = openStore(u"a"_s, true);
    SYNC_OK(syncStore(a));
    const QString id = scalar(a, u"SELECT id FROM pledge WHERE code = '7-1-3'"_s).toString();
    const qint64 version = scalar(a, kPledge.arg(u"row_version"_s)).toLongLong();
    const QString call =
        u"SELECT openmayor.push('6f1c2d3e-0000-4000-8000-000000000001', 'tester', '[{\"table\": "
        "\"pledge\", \"id\": \"%1\", \"op\": \"update\", \"base_version\": %2, \"fields\": "
        "{\"title\": \"한 번만\"}, \"base\": {\"title\": \"365일 열린시장실 운영\"}}]')::text AS r"_s
            .arg(id)
            .arg(version);
    const QStringList first = rowsOf(portalSql(), call);
    const QStringList second = rowsOf(portalSql(), call);
    QCOMPARE(second, first);
    QVERIFY(first.first().contains(u"applied"_s));
    QCOMPARE(
        rowsOf(portalSql(), u"SELECT row_version FROM openmayor.pledge WHERE code = '7-1-3'"_s),
        QStringList{u"row_version=%1"_s.arg(version + 1)});
    QCOMPARE(rowsOf(portalSql(), u"SELECT count(*) AS n FROM openmayor.sync_audit WHERE "
                                 "table_name = 'pledge' AND op = 'update'"_s),
             QStringList{u"n=1"_s});
}

void TestSync::communicationsCannotChangeAPledge()
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

void TestSync::secretariatChangesTheScheduleOnly()
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

void TestSync::hostileAndLargeValuesRoundTrip()
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

void TestSync::publicViewsShowPublishedItemsOnly()
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

void TestSync::portalInitIsIdempotentAndUpgradesNothingTwice()
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
void TestSync::pushAnswersEachOpOfABatchWithRefusedOps()
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
void TestSync::portalAtSchemaVersionOneIsUpgradedByInit()
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

void TestSync::passwordInTheUrlIsRefused()
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

QTEST_GUILESS_MAIN(openmayor::TestSync)
#include "tst_sync.moc"
