// The reading half of the conflict table (SyncConflicts::list/find/status) and the sync
// labels, on a temporary store with rows written straight into sync_conflict and the outbox.
#include "syncfixtures.h"
#include "testsupport.h"

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "sync/syncconflicts.h"
#include "sync/synclabels.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestSyncConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStore();
    void listsEveryKind();
    void labelsFallBack();
    void findsOneOrSaysNotFound();
    void statusCountsOutboxAndConflicts();
    void progressTexts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_store;
};

void TestSyncConflicts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store =
        Database::open(m_dir->filePath(u"store.sqlite"_s), Database::Mode::CreateIfMissing);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().fullText()));
    m_store = *store;
}

void TestSyncConflicts::cleanup()
{
    if (m_store)
        m_store->close();
    m_store.reset();
    m_dir.reset();
}

void TestSyncConflicts::emptyStore()
{
    const SyncConflicts conflicts(*m_store);
    auto list = conflicts.list();
    QVERIFY(list);
    QVERIFY(list->isEmpty());
    auto status = conflicts.status();
    QVERIFY(status);
    QVERIFY(!status->lastSync.isValid());
    QVERIFY(status->portal.isEmpty());
    QCOMPARE(status->pendingChanges, 0);
    QCOMPARE(status->conflicts, 0);
    QCOMPARE(status->rejected, 0);
}

void TestSyncConflicts::listsEveryKind()
{
    test::ConflictRow fields;
    fields.rowId = u"11111111-1111-1111-1111-111111111111"_s;
    fields.base = {{u"title"_s, u"시정 연설"_s}, {u"place"_s, u"시청"_s}};
    fields.mine = {{u"title"_s, u"시정 연설 (수정)"_s}, {u"place"_s, u"시청"_s}};
    fields.theirs = {{u"title"_s, u"2027 시정 연설"_s}, {u"place"_s, u"의회"_s}};
    fields.fields = {u"title"_s};
    fields.detectedAt = u"2026-11-26T05:02:00.000Z"_s;
    auto fieldsId = test::insertConflict(*m_store, fields);
    QVERIFY(fieldsId);

    test::ConflictRow rejected;
    rejected.kind = u"rejected"_s;
    rejected.tableName = u"pledge"_s;
    rejected.rowId = u"22222222-2222-2222-2222-222222222222"_s;
    rejected.mine = {{u"code"_s, u"7-1-3"_s}, {u"title"_s, u"365일 열린시장실 운영"_s}};
    rejected.theirs = {{u"code"_s, u"7-1-3"_s}, {u"title"_s, u"열린시장실"_s}};
    rejected.message = u"권한이 없습니다"_s;
    rejected.detectedAt = u"2026-11-26T05:03:00.000Z"_s;
    QVERIFY(test::insertConflict(*m_store, rejected));

    test::ConflictRow deletedHere;
    deletedHere.kind = u"deleted_here"_s;
    deletedHere.tableName = u"schedule_event"_s;
    deletedHere.rowId = u"33333333-3333-3333-3333-333333333333"_s;
    deletedHere.theirs = {{u"title"_s, u"현장 방문"_s}};
    deletedHere.detectedAt = u"2026-11-26T05:04:00.000Z"_s;
    QVERIFY(test::insertConflict(*m_store, deletedHere));

    auto list = SyncConflicts(*m_store).list();
    QVERIFY2(list, qPrintable(list ? QString() : list.error().fullText()));
    QCOMPARE(list->size(), 3);
    const SyncConflict& first = list->at(0);
    QCOMPARE(first.id, *fieldsId);
    QCOMPARE(first.kind, SyncConflict::Kind::FieldsDiffer);
    QCOMPARE(first.tableName, u"speech"_s);
    QCOMPARE(first.rowId, fields.rowId);
    QCOMPARE(first.base, fields.base);
    QCOMPARE(first.mine, fields.mine);
    QCOMPARE(first.theirs, fields.theirs);
    QCOMPARE(first.fields, QStringList{u"title"_s});
    QCOMPARE(first.detectedAt, QDateTime(QDate(2026, 11, 26), QTime(5, 2), Qt::UTC));
    QCOMPARE(first.detectedAt.timeSpec(), Qt::UTC);
    QCOMPARE(first.label, u"Speech 시정 연설 (수정)"_s); // mine first

    QCOMPARE(list->at(1).kind, SyncConflict::Kind::Rejected);
    QCOMPARE(list->at(1).message, u"권한이 없습니다"_s);
    QCOMPARE(list->at(1).label, u"Pledge 7-1-3 365일 열린시장실 운영"_s); // code + title
    QCOMPARE(list->at(2).kind, SyncConflict::Kind::DeletedHere);
    QVERIFY(list->at(2).mine.isEmpty());
    QCOMPARE(list->at(2).label, u"Schedule 현장 방문"_s); // theirs when deleted here
}

void TestSyncConflicts::labelsFallBack()
{
    const QString id = u"44444444-4444-4444-4444-444444444444"_s;
    QCOMPARE(syncRowLabel(u"sns_link"_s, id, {{u"label"_s, u"유튜브"_s}}), u"SNS link 유튜브"_s);
    QCOMPARE(syncRowLabel(u"page"_s, id, {{u"slug"_s, u"greeting"_s}}), u"Page greeting"_s);
    QCOMPARE(syncRowLabel(u"indicator_value"_s, id, {{u"year"_s, 2024}}),
             u"Indicator value "_s + id);
    // a code alone is not a name
    QCOMPARE(syncRowLabel(u"pledge_area"_s, id, {{u"code"_s, u"7"_s}}), u"Pledge area "_s + id);
    QCOMPARE(syncTableLabel(u"no_such_table"_s), u"no_such_table"_s);
    QCOMPARE(conflictKindFromKey(u"deleted_there"_s), SyncConflict::Kind::DeletedThere);
    QVERIFY(!conflictKindFromKey(u"other"_s));
}

void TestSyncConflicts::findsOneOrSaysNotFound()
{
    test::ConflictRow row;
    row.kind = u"deleted_there"_s;
    row.rowId = u"55555555-5555-5555-5555-555555555555"_s;
    row.mine = {{u"title"_s, u"신년사"_s}};
    auto id = test::insertConflict(*m_store, row);
    QVERIFY(id);
    const SyncConflicts conflicts(*m_store);
    auto found = conflicts.find(*id);
    QVERIFY(found);
    QCOMPARE(found->kind, SyncConflict::Kind::DeletedThere);
    QCOMPARE(found->label, u"Speech 신년사"_s);
    auto missing = conflicts.find(*id + 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(QString::number(*id + 1)));
}

void TestSyncConflicts::statusCountsOutboxAndConflicts()
{
    auto first = test::insertSpeech(*m_store, u"신년사"_s, u"시청"_s);
    QVERIFY(first);
    QVERIFY(test::insertSpeech(*m_store, u"개회사"_s, u"의회"_s));
    QSqlDatabase db = m_store->connection();
    // a second edit of the same row is still one pending change
    QVERIFY(exec(db, u"UPDATE speech SET place = '광장' WHERE id = ?"_s, {*first}));
    QCOMPARE(*queryInt(db, u"SELECT count(*) FROM sync_outbox"_s), 3);

    for (const char* kind : {"fields", "deleted_there", "rejected"}) {
        test::ConflictRow row;
        row.kind = QString::fromLatin1(kind);
        row.rowId = QString::fromLatin1(kind);
        QVERIFY(test::insertConflict(*m_store, row));
    }
    QVERIFY(test::setSyncState(*m_store, u"last_sync"_s, u"2026-11-26T05:02:00Z"_s));
    QVERIFY(test::setSyncState(*m_store, u"portal"_s, u"postgresql://policy@portal:5432/naju"_s));

    auto status = SyncConflicts(*m_store).status();
    QVERIFY2(status, qPrintable(status ? QString() : status.error().fullText()));
    QCOMPARE(status->pendingChanges, 2);
    QCOMPARE(status->conflicts, 2);
    QCOMPARE(status->rejected, 1);
    QCOMPARE(status->lastSync, QDateTime(QDate(2026, 11, 26), QTime(5, 2), Qt::UTC));
    QCOMPARE(status->portal, u"postgresql://policy@portal:5432/naju"_s);
}

void TestSyncConflicts::progressTexts()
{
    QCOMPARE(syncProgressText({SyncProgress::Phase::Pushing, 120, 500}),
             u"Sending changes 120/500"_s);
    QCOMPARE(syncProgressText({SyncProgress::Phase::Pulling, 30, 0}), u"Receiving changes 30"_s);
    QCOMPARE(syncProgressText({SyncProgress::Phase::UploadingMedia, 0, 0}), u"Uploading files"_s);
    // every phase has words of its own
    QStringList texts;
    for (const auto phase : {SyncProgress::Phase::Connecting, SyncProgress::Phase::UploadingMedia,
                             SyncProgress::Phase::Pushing, SyncProgress::Phase::Pulling,
                             SyncProgress::Phase::Applying, SyncProgress::Phase::Finished})
        texts << syncProgressText({phase, 0, 0});
    QCOMPARE(QSet<QString>(texts.begin(), texts.end()).size(), 6);
}

QTEST_GUILESS_MAIN(TestSyncConflicts)
#include "tst_syncconflicts.moc"
