// Two-way sync against the real PostgreSQL the test command starts (DESIGN.md §4): two
// local stores and one portal converge, merge field by field, conflict and resolve, delete,
// take the portal's own SQL edits, never skip a late writer, and apply a resent batch once.
// The portal's side (roles, values, views, schema versions) is in tst_syncportal.
#include "storage/database.h"
#include "sync/syncconflicts.h"
#include "syncenginecase.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

namespace openmayor {

using namespace Qt::StringLiterals;

class TestSync : public SyncEngineCase
{
    Q_OBJECT

private slots:
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
};

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

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::TestSync)
#include "tst_sync.moc"
