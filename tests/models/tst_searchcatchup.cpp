// The deferred search index (migrations 0004 and 0006, SearchIndex, SearchCatchUp): rows
// written while indexing (or the documents themselves) are deferred are found at once by
// the scan, the catch-up takes them into the trigram index in steps, and afterwards every
// search gives what a store indexed row by row gives, with FTS5's own consistency check
// passing and every document equal to its item's view.
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/searchcatchup.h"
#include "storage/searchindex.h"
#include "storage/searchrepository.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

// Queries of every kind: trigram words, one- and two-character words, both, FTS syntax.
const QStringList probes = {u"나주배"_s,     u"공약"_s,        u"청년 일자리"_s, u"빛가람"_s,
                            u"열린시장실"_s, u"가"_s,          u"\"AND\""_s,     u"물안개 영산강"_s,
                            u"새봄맞이"_s,   u"봄맞이 행사"_s, u"삭제될"_s,      u"축제"_s};

// The edits both stores get: one with indexing deferred, one indexed row by row.
const QStringList edits = {
    u"INSERT INTO press_release (id, title, body_html, distributed_at) VALUES "
    "('00000000-0000-4000-8000-000000000001', '새봄맞이 행사 안내', '<p>가 나 다 봄맞이</p>', "
    "'2031-03-01T09:00')"_s,
    u"INSERT INTO press_release (id, title, body_html, distributed_at) VALUES "
    "('00000000-0000-4000-8000-000000000002', '삭제될 보도자료', '<p>곧 지웁니다</p>', "
    "'2031-03-02T09:00')"_s,
    u"DELETE FROM press_release WHERE id = '00000000-0000-4000-8000-000000000002'"_s,
    u"UPDATE press_release SET title = title || ' 축제' WHERE id = (SELECT id FROM "
    "press_release ORDER BY distributed_at, title LIMIT 1)"_s,
    u"UPDATE activity_photo SET caption = '물안개 낀 영산강' WHERE id = (SELECT id FROM "
    "activity_photo ORDER BY caption, alt_text, position LIMIT 1)"_s,
    u"DELETE FROM schedule_event WHERE id = (SELECT id FROM schedule_event ORDER BY starts_at, title LIMIT 1)"_s,
};

QStringList hitKeys(const Database& database, const QString& text)
{
    auto hits = SearchRepository(database).search(text, 100);
    if (!hits) {
        qWarning("search failed: %s", qPrintable(hits.error().fullText()));
        return {u"<failed>"_s};
    }
    QStringList keys;
    for (const SearchHit& hit : std::as_const(*hits))
        keys << hit.section + u'/' + hit.title; // the two stores' ids differ
    return keys;
}

// search_document's rows that differ from what the items' views give now, both ways.
qint64 documentsUnlikeViews(QSqlDatabase& db)
{
    const QString views = u"SELECT * FROM search_source_page UNION ALL SELECT * FROM "
                          "search_source_speech UNION ALL SELECT * FROM "
                          "search_source_schedule_event UNION ALL SELECT * FROM "
                          "search_source_activity UNION ALL SELECT * FROM "
                          "search_source_press_release UNION ALL SELECT * FROM "
                          "search_source_sns_link UNION ALL SELECT * FROM search_source_pledge"_s;
    const QString documents = u"SELECT item_table, item_id, section, title, detail, body_html, "
                              "sort_date FROM search_document"_s;
    return queryInt(db, u"SELECT (SELECT count(*) FROM (%1 EXCEPT SELECT * FROM (%2))) + (SELECT "
                        "count(*) FROM (SELECT * FROM (%2) EXCEPT %1))"_s.arg(documents, views))
        .value();
}

} // namespace

class TestSearchCatchUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deferredRowsAreFoundAndCaughtUp_data();
    void deferredRowsAreFoundAndCaughtUp();
    void writesWhileRowsWaitAlsoWait();
    void catchUpRunsInTheBackground();
    void emptyStoreHasNothingWaiting();

private:
    Database demoStore(const QString& name);
    static Status applyEdits(QSqlDatabase& db);

    QTemporaryDir m_dir;
};

void TestSearchCatchUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Database TestSearchCatchUp::demoStore(const QString& name)
{
    auto database = Database::open(m_dir.filePath(name), Database::Mode::CreateIfMissing);
    if (!database)
        qFatal("open failed: %s", qPrintable(database.error().fullText()));
    const Status s = DemoData::populate(*database, m_dir.filePath(name + u".media"_s));
    if (!s)
        qFatal("demo failed: %s", qPrintable(s.error().fullText()));
    return *database;
}

Status TestSearchCatchUp::applyEdits(QSqlDatabase& db)
{
    for (const QString& sql : edits)
        if (Status s = exec(db, sql); !s)
            return s;
    return {};
}

void TestSearchCatchUp::deferredRowsAreFoundAndCaughtUp_data()
{
    QTest::addColumn<bool>("documents");
    QTest::newRow("tokenising deferred") << false;
    QTest::newRow("documents deferred") << true;
}

void TestSearchCatchUp::deferredRowsAreFoundAndCaughtUp()
{
    QFETCH(bool, documents);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const Database deferred = demoStore(tag + u"-deferred.db"_s);
    const Database direct = demoStore(tag + u"-direct.db"_s);
    QSqlDatabase db = deferred.connection();
    QCOMPARE(SearchIndex::waitingCount(db).value(), qint64(0));
    QCOMPARE(SearchIndex::unindexedFrom(db).value(), qint64(0));
    QCOMPARE(documentsUnlikeViews(db), qint64(0));

    // a bulk write: indexing deferred from inside its transaction; this includes
    // re-indexing every pledge, so that rows below the mark are replaced too
    QVERIFY(deferred.transaction([documents](QSqlDatabase& tx) -> Status {
        if (Status s = documents ? SearchIndex::deferDocuments(tx) : SearchIndex::deferIndexing(tx);
            !s)
            return s;
        if (Status s = exec(tx, u"UPDATE pledge SET title = title"_s); !s)
            return s;
        if (Status s = applyEdits(tx); !s)
            return s;
        return documents ? SearchIndex::resumeDocuments(tx) : Status();
    }));
    QVERIFY(direct.transaction([](QSqlDatabase& tx) -> Status {
        if (Status s = exec(tx, u"UPDATE pledge SET title = title"_s); !s)
            return s;
        return applyEdits(tx);
    }));
    const qint64 waiting = SearchIndex::waitingCount(db).value();
    QVERIFY2(waiting >= 4, qPrintable(QString::number(waiting)));
    QVERIFY(SearchIndex::unindexedFrom(db).value() > 0);
    // with documents deferred, the written items (the photo's activity among them, the
    // deleted release not) wait without a document, and nothing else does
    const qint64 pending = queryInt(db, u"SELECT count(*) FROM search_pending"_s).value();
    QCOMPARE(SearchIndex::documentsPending(db).value(), documents);
    if (documents) {
        QCOMPARE(pending,
                 queryInt(db, u"SELECT count(*) FROM search_pending_document"_s).value() + 1);
        QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_pending p JOIN search_document d ON "
                              "d.item_table = p.item_table AND d.item_id = p.item_id"_s)
                     .value(),
                 qint64(0));
        QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_pending WHERE item_table = "
                              "'activity'"_s)
                     .value(),
                 qint64(1));
        QCOMPARE(queryInt(db, u"SELECT documents_wait FROM search_index_state"_s).value(),
                 qint64(0));
    } else {
        QCOMPARE(pending, qint64(0));
    }

    // waiting rows are found already, exactly as in the store indexed row by row
    QVERIFY(!hitKeys(deferred, u"새봄맞이"_s).isEmpty());
    QVERIFY(!hitKeys(deferred, u"물안개 영산강"_s).isEmpty());
    QVERIFY(hitKeys(deferred, u"삭제될"_s).isEmpty());
    for (const QString& probe : probes)
        QCOMPARE(hitKeys(deferred, probe), hitKeys(direct, probe));

    // the catch-up goes in steps, each leaving fewer rows waiting
    qint64 left = waiting;
    int steps = 0;
    while (left > 0) {
        auto step = SearchIndex::catchUp(deferred, 1);
        QVERIFY2(step, qPrintable(step ? QString() : step.error().fullText()));
        QVERIFY2(*step < left, qPrintable(u"%1 -> %2"_s.arg(left).arg(*step)));
        left = *step;
        ++steps;
    }
    QVERIFY(steps >= 3);
    QCOMPARE(SearchIndex::unindexedFrom(db).value(), qint64(0));
    QVERIFY(exec(db, u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_fts"_s).value(),
             queryInt(db, u"SELECT count(*) FROM search_document"_s).value());
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_pending"_s).value(), qint64(0));
    QCOMPARE(documentsUnlikeViews(db), qint64(0));
    for (const QString& probe : probes)
        QCOMPARE(hitKeys(deferred, probe), hitKeys(direct, probe));

    // with nothing waiting, writes are indexed at once again
    QVERIFY(exec(db, u"UPDATE press_release SET title = '다시 색인된 제목' WHERE id = "
                     "'00000000-0000-4000-8000-000000000001'"_s));
    QCOMPARE(SearchIndex::waitingCount(db).value(), qint64(0));
    QCOMPARE(
        queryInt(db, u"SELECT count(*) FROM search_fts WHERE search_fts MATCH '색인된'"_s).value(),
        qint64(1));
}

void TestSearchCatchUp::writesWhileRowsWaitAlsoWait()
{
    const Database store = demoStore(u"busy.db"_s);
    QSqlDatabase db = store.connection();
    QVERIFY(store.transaction([](QSqlDatabase& tx) -> Status {
        if (Status s = SearchIndex::deferIndexing(tx); !s)
            return s;
        return exec(tx, u"UPDATE schedule_event SET title = title"_s);
    }));
    const qint64 waiting = SearchIndex::waitingCount(db).value();
    QVERIFY(waiting > 0);
    // an ordinary write after the bulk one, e.g. the user's, before the catch-up ran
    QVERIFY(exec(db, edits.first()));
    QCOMPARE(SearchIndex::waitingCount(db).value(), waiting + 1);
    QVERIFY(!hitKeys(store, u"새봄맞이"_s).isEmpty());
    // a waiting row deleted before the catch-up leaves the index untouched
    QVERIFY(
        exec(db, u"DELETE FROM press_release WHERE id = '00000000-0000-4000-8000-000000000001'"_s));
    QVERIFY(hitKeys(store, u"새봄맞이"_s).isEmpty());
    while (SearchIndex::catchUp(store, SearchIndex::stepRows).value() > 0) {
    }
    QVERIFY(exec(db, u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));
    QVERIFY(hitKeys(store, u"새봄맞이"_s).isEmpty());
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_fts"_s).value(),
             queryInt(db, u"SELECT count(*) FROM search_document"_s).value());
}

void TestSearchCatchUp::catchUpRunsInTheBackground()
{
    const Database store = demoStore(u"background.db"_s);
    QSqlDatabase db = store.connection();
    QVERIFY(store.transaction([](QSqlDatabase& tx) -> Status {
        if (Status s = SearchIndex::deferIndexing(tx); !s)
            return s;
        if (Status s = exec(tx, u"UPDATE schedule_event SET title = title"_s); !s)
            return s;
        return exec(tx, u"UPDATE press_release SET title = title"_s);
    }));
    const qint64 waiting = SearchIndex::waitingCount(db).value();
    QVERIFY(waiting > 0);

    SearchCatchUp catchUp;
    QSignalSpy running(&catchUp, &SearchCatchUp::runningChanged);
    QSignalSpy progress(&catchUp, &SearchCatchUp::progress);
    QSignalSpy failed(&catchUp, &SearchCatchUp::failed);
    catchUp.setDatabase(store);
    QVERIFY(catchUp.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!catchUp.isRunning(), 60000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), waiting);
    QCOMPARE(progress.last().at(1).toLongLong(), waiting);
    QCOMPARE(SearchIndex::waitingCount(db).value(), qint64(0));
    QCOMPARE(SearchIndex::unindexedFrom(db).value(), qint64(0));
    QVERIFY(exec(db, u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));

    // nothing waits: starting again does nothing visible
    catchUp.start();
    QTRY_VERIFY_WITH_TIMEOUT(!catchUp.isRunning(), 60000);
    QCOMPARE(failed.count(), 0);
}

void TestSearchCatchUp::emptyStoreHasNothingWaiting()
{
    auto database = Database::open(m_dir.filePath(u"empty.db"_s), Database::Mode::CreateIfMissing);
    QVERIFY(database);
    QSqlDatabase db = database->connection();
    QCOMPARE(SearchIndex::unindexedFrom(db).value(), qint64(0));
    QCOMPARE(SearchIndex::catchUp(*database, 10).value(), qint64(0));
    // deferring on an empty store, then writing: the first row waits
    QVERIFY(database->transaction([](QSqlDatabase& tx) -> Status {
        if (Status s = SearchIndex::deferIndexing(tx); !s)
            return s;
        return exec(tx, edits.first());
    }));
    QCOMPARE(SearchIndex::waitingCount(db).value(), qint64(1));
    QCOMPARE(SearchIndex::catchUp(*database, 10).value(), qint64(0));
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_fts WHERE search_fts MATCH '새봄맞이'"_s)
                 .value(),
             qint64(1));
}

QTEST_GUILESS_MAIN(TestSearchCatchUp)
#include "tst_searchcatchup.moc"
