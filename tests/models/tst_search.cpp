// Full-text search across all content: the FTS5 trigram index of migration 0002, the
// instr() path for words of one or two characters, quoting of FTS syntax, the index
// following edits, and the upgrade of a schema-1 database.
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/searchindex.h"
#include "storage/searchrepository.h"
#include "storage/sqlscript.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsWordInPressReleaseBodies();
    void findsTwoCharacterWordAcrossSections();
    void findsSingleCharacter();
    void everyWordMustMatch();
    void ftsSyntaxIsSearchedAsText_data();
    void ftsSyntaxIsSearchedAsText();
    void ignoresMatchesInsideMarkup();
    void snippetHighlightsTheMatch();
    void followsInsertUpdateDelete();
    void followsPartsOfAnItem();
    void indexIsNotCapturedForSync();
    void ranksTitleMatchesFirst();
    void groupsBySection();
    void rejectsBadLimit();
    void upgradedSchemaOneDatabaseIsSearchable();
    void followsAChangeOfAnyColumnItShows();

private:
    QList<SearchHit> search(const QString& text, int limit = 100);
    static QStringList sectionsOf(const QList<SearchHit>& hits);
    QString insertRelease(const QString& title, const QString& body);

    QTemporaryDir m_dir;
    std::optional<Database> m_database;
};

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = Database::open(m_dir.filePath(u"demo.db"_s), Database::Mode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    m_database = *database;
    const Status s = DemoData::populate(*m_database, m_dir.filePath(u"media"_s));
    QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
}

QList<SearchHit> TestSearch::search(const QString& text, int limit)
{
    auto hits = SearchRepository(*m_database).search(text, limit);
    if (!hits) {
        qWarning("search failed: %s", qPrintable(hits.error().fullText()));
        return {};
    }
    return *hits;
}

QStringList TestSearch::sectionsOf(const QList<SearchHit>& hits)
{
    QStringList sections;
    for (const SearchHit& hit : hits)
        if (!sections.contains(hit.section))
            sections << hit.section;
    return sections;
}

QString TestSearch::insertRelease(const QString& title, const QString& body)
{
    const QString id =
        u"00000000-0000-4000-8000-%1"_s.arg(qHash(title) % 1000000000000ull, 12, 10, QChar(u'0'));
    QSqlDatabase db = m_database->connection();
    const Status s = exec(db,
                          u"INSERT INTO press_release (id, title, body_html, distributed_at) "
                          "VALUES (?, ?, ?, '2030-01-01T09:00')"_s,
                          {id, title, body});
    if (!s)
        qWarning("insert failed: %s", qPrintable(s.error().fullText()));
    return id;
}

void TestSearch::findsWordInPressReleaseBodies()
{
    const QList<SearchHit> hits = search(u"열린시장실"_s);
    int pressHits = 0;
    for (const SearchHit& hit : hits) {
        if (hit.type != ContentType::PressRelease)
            continue;
        ++pressHits;
        QCOMPARE(hit.section, u"press"_s);
        QVERIFY2(hit.snippet.contains(u"열린시장실"_s), qPrintable(hit.snippet));
    }
    // every one of the twelve demo releases says so in its body
    QCOMPARE(pressHits, 12);
    // the greeting page says "365일 열린시장실" too
    QVERIFY(sectionsOf(hits).contains(u"greeting"_s));
}

void TestSearch::findsTwoCharacterWordAcrossSections()
{
    const QList<SearchHit> hits = search(u"공약"_s);
    const QStringList sections = sectionsOf(hits);
    QVERIFY2(sections.contains(u"pledges"_s), qPrintable(sections.join(u',')));
    QVERIFY2(sections.contains(u"press"_s), qPrintable(sections.join(u',')));
    QVERIFY2(sections.contains(u"schedule"_s), qPrintable(sections.join(u','))); // 공약이행평가단
    for (const SearchHit& hit : hits)
        QVERIFY2(hit.title.contains(u"공약"_s) || hit.snippet.contains(u"공약"_s),
                 qPrintable(hit.title + u" / "_s + hit.snippet));
    // the same rows a plain scan finds (no hit lost, none invented)
    QSqlDatabase db = m_database->connection();
    auto expected =
        queryInt(db, u"SELECT (SELECT count(*) FROM pledge WHERE instr(title, '공약') "
                     "OR instr(policy_goal, '공약') OR instr(plan_html, '공약')) + "
                     "(SELECT count(*) FROM press_release WHERE instr(title, '공약') "
                     "OR instr(subtitle, '공약') OR instr(body_html, '공약')) + "
                     "(SELECT count(*) FROM schedule_event WHERE instr(title, '공약'))"_s);
    QVERIFY(expected);
    int inThoseSections = 0;
    for (const SearchHit& hit : hits)
        if (hit.type == ContentType::Pledge || hit.type == ContentType::PressRelease ||
            hit.type == ContentType::ScheduleEvent)
            ++inThoseSections;
    QVERIFY(inThoseSections >= *expected);
}

void TestSearch::findsSingleCharacter()
{
    const QList<SearchHit> hits = search(u"배"_s);
    QVERIFY(!hits.isEmpty());
    for (const SearchHit& hit : hits)
        QVERIFY2(hit.title.contains(u'배') || hit.snippet.contains(u'배'),
                 qPrintable(hit.title + u" / "_s + hit.snippet));
    QVERIFY(search(u"똠"_s).isEmpty());
}

void TestSearch::everyWordMustMatch()
{
    // the release that has both in its title, and the pledge whose plan has both
    const QList<SearchHit> both = search(u"열린시장실 반응형"_s);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.first().type, ContentType::PressRelease); // title matches rank first
    QCOMPARE(both.last().type, ContentType::Pledge);
    QVERIFY(search(u"반응형"_s).size() == 2);
    // a short and a long word together, in either order
    QCOMPARE(search(u"누리집 공약"_s).size(), search(u"공약 누리집"_s).size());
    for (const SearchHit& hit : search(u"공약 누리집"_s))
        QVERIFY(hit.type == ContentType::PressRelease || hit.type == ContentType::Page ||
                hit.type == ContentType::Pledge);
    QVERIFY(search(u"열린시장실 존재하지않는낱말"_s).isEmpty());
    QVERIFY(search(u"공약 똠"_s).isEmpty());
    QVERIFY(search(u"   "_s).isEmpty());
}

void TestSearch::ftsSyntaxIsSearchedAsText_data()
{
    QTest::addColumn<QString>("query");
    for (const char* q : {"\"", "\"열린시장실", "열린*", "-공약", "공약 OR 시장", "AND",
                          "NEAR(a b)", "(열린", "열린)", "title:공약", "^공약", "a\"b\"c", "*", "'",
                          "';--", "{title} : x", "\"\"\"\"", "열린 AND NOT 시장"})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TestSearch::ftsSyntaxIsSearchedAsText()
{
    QFETCH(QString, query);
    auto hits = SearchRepository(*m_database).search(query, 20);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().fullText()));
    // every word is looked for as text: a hit contains each of them literally
    for (const SearchHit& hit : *hits) {
        for (const QString& word : SearchRepository::words(query)) {
            const bool inTitle = hit.title.contains(word, Qt::CaseInsensitive);
            const bool inSnippet = hit.snippet.contains(word, Qt::CaseInsensitive);
            QSqlDatabase db = m_database->connection();
            auto inDocument = queryInt(db,
                                       u"SELECT count(*) FROM search_document WHERE item_id = ? "
                                       "AND instr(lower(title || detail || body_html), lower(?))"_s,
                                       {hit.id, word});
            QVERIFY(inDocument);
            QVERIFY2(inTitle || inSnippet || *inDocument == 1,
                     qPrintable(word + u" not in "_s + hit.title));
        }
    }
}

void TestSearch::ignoresMatchesInsideMarkup()
{
    const QString id =
        insertRelease(u"마크업 시험"_s, u"<p style=\"color:#123456\">본문 <strong>강조</strong> "
                                        "R&amp;D 예산</p>"_s);
    bool found = false;
    for (const SearchHit& hit : search(u"strong"_s))
        found = found || hit.id == id;
    QVERIFY2(!found, "a tag name is not text");
    for (const SearchHit& hit : search(u"color:#123456"_s))
        QVERIFY2(hit.id != id, "an attribute is not text");
    // entities are decoded: R&D is found as written
    QList<SearchHit> hits = search(u"R&D"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, id);
    QVERIFY(hits.first().snippet.contains(u"R&D 예산"_s));
    hits = search(u"강조"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().snippet, u"본문 강조 R&D 예산"_s);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, u"DELETE FROM press_release WHERE id = ?"_s, {id}));
}

void TestSearch::snippetHighlightsTheMatch()
{
    const QList<SearchHit> hits = search(u"반응형 누리집"_s);
    QCOMPARE(hits.size(), 2); // the release's title and the pledge's plan
    const SearchHit& hit = hits.first();
    QCOMPARE(hit.type, ContentType::PressRelease);
    QVERIFY(!hit.titleMatches.isEmpty());
    for (const TextRange& r : hit.titleMatches) {
        const QString matched = hit.title.mid(r.start, r.length);
        QVERIFY2(matched == u"반응형"_s || matched == u"누리집"_s, qPrintable(matched));
    }
    for (const TextRange& r : hit.snippetMatches) {
        const QString matched = hit.snippet.mid(r.start, r.length);
        QVERIFY2(matched == u"반응형"_s || matched == u"누리집"_s, qPrintable(matched));
    }
    // a long body is cut around the first match, marked with an ellipsis
    QString body = u"<p>"_s;
    for (int i = 0; i < 40; ++i)
        body += u"앞부분 문장입니다. "_s;
    body += u"여기에 찾는말이 있습니다.</p>"_s;
    const QString id = insertRelease(u"긴 본문"_s, body);
    const QList<SearchHit> longHits = search(u"찾는말"_s);
    QCOMPARE(longHits.size(), 1);
    QCOMPARE(longHits.first().id, id);
    QVERIFY(longHits.first().snippet.startsWith(u"…"_s));
    QCOMPARE(longHits.first().snippetMatches.size(), 1);
    const TextRange r = longHits.first().snippetMatches.first();
    QCOMPARE(longHits.first().snippet.mid(r.start, r.length), u"찾는말"_s);
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, u"DELETE FROM press_release WHERE id = ?"_s, {id}));
}

void TestSearch::followsInsertUpdateDelete()
{
    QVERIFY(search(u"가나다라마"_s).isEmpty());
    QVERIFY(search(u"뷁"_s).isEmpty());
    const QString id = insertRelease(u"새 보도자료 가나다라마"_s, u"<p>본문 뷁</p>"_s);
    QCOMPARE(search(u"가나다라마"_s).size(), 1);
    QCOMPARE(search(u"뷁"_s).size(), 1);
    QCOMPARE(search(u"뷁"_s).first().id, id);

    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db,
                 u"UPDATE press_release SET title = '바뀐 제목 하하하하', body_html = '' "
                 "WHERE id = ?"_s,
                 {id}));
    QVERIFY(search(u"가나다라마"_s).isEmpty());
    QVERIFY(search(u"뷁"_s).isEmpty());
    QCOMPARE(search(u"하하하하"_s).size(), 1);

    QVERIFY(exec(db, u"DELETE FROM press_release WHERE id = ?"_s, {id}));
    QVERIFY(search(u"하하하하"_s).isEmpty());
    // the index and its table agree (FTS5's own consistency check)
    QVERIFY(exec(db, u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));
    QCOMPARE(
        queryInt(db, u"SELECT count(*) FROM search_document WHERE item_id = ?"_s, {id}).value(),
        qint64(0));
}

void TestSearch::followsPartsOfAnItem()
{
    QSqlDatabase db = m_database->connection();
    // a photo caption makes its activity findable; deleting the photo undoes that
    auto activity = queryInt(db, u"SELECT count(*) FROM activity"_s);
    QVERIFY(activity && *activity > 0);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT p.id, p.activity_id FROM activity_photo p LIMIT 1"_s));
    QVERIFY(query.next());
    const QString photoId = query.value(0).toString();
    const QString activityId = query.value(1).toString();
    query.finish();
    QVERIFY(exec(db, u"UPDATE activity_photo SET caption = '물안개 낀 영산강' WHERE id = ?"_s,
                 {photoId}));
    QList<SearchHit> hits = search(u"물안개"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, activityId);
    QCOMPARE(hits.first().section, u"activities"_s);
    QVERIFY(exec(db, u"DELETE FROM activity_photo WHERE id = ?"_s, {photoId}));
    QVERIFY(search(u"물안개"_s).isEmpty());

    // a pledge's progress record is part of the pledge
    QVERIFY(query.exec(u"SELECT id FROM pledge LIMIT 1"_s));
    QVERIFY(query.next());
    const QString pledgeId = query.value(0).toString();
    query.finish();
    QVERIFY(exec(db,
                 u"INSERT INTO pledge_progress (id, pledge_id, position, date_from, text) "
                 "VALUES ('11111111-1111-4111-8111-111111111111', ?, 99, '2024-06', "
                 "'주민설명회 개최')"_s,
                 {pledgeId}));
    hits = search(u"주민설명회"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, pledgeId);
    QCOMPARE(hits.first().type, ContentType::Pledge);
    QVERIFY(exec(db, u"DELETE FROM pledge_progress WHERE id = "
                     "'11111111-1111-4111-8111-111111111111'"_s));
    QVERIFY(search(u"주민설명회"_s).isEmpty());
}

void TestSearch::indexIsNotCapturedForSync()
{
    QSqlDatabase db = m_database->connection();
    QVERIFY(exec(db, u"DELETE FROM sync_outbox"_s));
    const QString id = insertRelease(u"동기화 확인용"_s, u"<p>내용</p>"_s);
    QVERIFY(exec(db, u"DELETE FROM press_release WHERE id = ?"_s, {id}));
    QSqlQuery query(db);
    QVERIFY(query.exec(u"SELECT DISTINCT table_name FROM sync_outbox"_s));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QCOMPARE(tables, QStringList{u"press_release"_s});
}

void TestSearch::ranksTitleMatchesFirst()
{
    // "나주배" is the title of one release and appears in the body of others
    const QList<SearchHit> hits = search(u"나주배"_s);
    QVERIFY(hits.size() >= 2);
    QVERIFY2(hits.first().title.contains(u"나주배"_s), qPrintable(hits.first().title));
    // short words: a title match comes before body-only matches
    const QList<SearchHit> shortHits = search(u"청년"_s);
    QVERIFY(!shortHits.isEmpty());
    bool seenBodyOnly = false;
    for (const SearchHit& hit : shortHits) {
        const bool inTitle = hit.title.contains(u"청년"_s);
        QVERIFY2(!(inTitle && seenBodyOnly), "title matches come first");
        seenBodyOnly = seenBodyOnly || !inTitle;
    }
}

void TestSearch::groupsBySection()
{
    const QList<SearchHit> hits = search(u"공약"_s);
    const QList<SearchSectionHits> groups = SearchRepository::groupBySection(hits);
    QCOMPARE(groups.size(), sectionsOf(hits).size());
    QCOMPARE(groups.first().section, hits.first().section);
    int total = 0;
    for (const SearchSectionHits& group : groups) {
        total += int(group.hits.size());
        for (const SearchHit& hit : group.hits)
            QCOMPARE(hit.section, group.section);
    }
    QCOMPARE(total, hits.size());
}

void TestSearch::rejectsBadLimit()
{
    auto hits = SearchRepository(*m_database).search(u"공약"_s, 0);
    QVERIFY(!hits);
    QVERIFY(!hits.error().message.isEmpty());
    QCOMPARE(search(u"공약"_s, 2).size(), 2);
}

void TestSearch::upgradedSchemaOneDatabaseIsSearchable()
{
    QFile script(test::dataPath(u"migrations/v1-demo-content.sql"_s));
    QVERIFY2(script.open(QIODevice::ReadOnly), qPrintable(script.fileName()));
    const QString file = m_dir.filePath(u"v1.db"_s);
    qint64 outboxBefore = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1-fixture"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        for (const QString& statement : splitSqlScript(QString::fromUtf8(script.readAll())))
            QVERIFY2(exec(raw, statement), qPrintable(statement.left(200)));
        QCOMPARE(queryInt(raw, u"PRAGMA user_version"_s).value(), qint64(1));
        outboxBefore = queryInt(raw, u"SELECT count(*) FROM sync_outbox"_s).value();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v1-fixture"_s);

    auto upgraded = Database::open(file, Database::Mode::OpenExisting);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().fullText()));
    QCOMPARE(upgraded->schemaVersion(), Database::latestSchemaVersion());
    SearchRepository repository(*upgraded);
    auto press = repository.search(u"열린시장실"_s, 100);
    QVERIFY(press);
    QVERIFY(std::any_of(press->cbegin(), press->cend(), [](const SearchHit& hit) {
        return hit.type == ContentType::PressRelease;
    }));
    auto pledges = repository.search(u"공약"_s, 100);
    QVERIFY(pledges);
    QVERIFY(std::any_of(pledges->cbegin(), pledges->cend(),
                        [](const SearchHit& hit) { return hit.type == ContentType::Pledge; }));
    // every item of the old file is in the index, and nothing was queued for sync
    QSqlDatabase db = upgraded->connection();
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM search_document"_s).value(),
             queryInt(db,
                      u"SELECT (SELECT count(*) FROM page) + (SELECT count(*) FROM speech) + "
                      "(SELECT count(*) FROM schedule_event) + (SELECT count(*) FROM activity) "
                      "+ (SELECT count(*) FROM press_release) + (SELECT count(*) FROM sns_link) "
                      "+ (SELECT count(*) FROM pledge)"_s)
                 .value());
    QCOMPARE(queryInt(db, u"SELECT count(*) FROM sync_outbox"_s).value(), outboxBefore);
    // the upgrade left the trigram index to the catch-up (schema 4); the scan found the
    // rows above, and after the catch-up the index finds the same
    QCOMPARE(SearchIndex::waitingCount(db).value(),
             queryInt(db, u"SELECT count(*) FROM search_document"_s).value());
    while (SearchIndex::catchUp(*upgraded, SearchIndex::stepRows).value() > 0) {
    }
    QCOMPARE(SearchIndex::waitingCount(db).value(), qint64(0));
    QVERIFY(exec(db, u"INSERT INTO search_fts (search_fts) VALUES ('integrity-check')"_s));
    auto pressIndexed = repository.search(u"열린시장실"_s, 100);
    QVERIFY(pressIndexed);
    QCOMPARE(pressIndexed->size(), press->size());
    upgraded->close();
}

// The update triggers watch only the columns an item shows (AFTER UPDATE OF, schema 4):
// a media file attached to a press release is renamed too.
// a change of any column of any indexed table leaves search_document equal to what the
// views make of the content, so no shown column is missing from a trigger's list.
void TestSearch::followsAChangeOfAnyColumnItShows()
{
    auto database =
        Database::open(m_dir.filePath(u"columns.db"_s), Database::Mode::CreateIfMissing);
    QVERIFY(database);
    QVERIFY(DemoData::populate(*database, m_dir.filePath(u"columns-media"_s)));
    QSqlDatabase db = database->connection();
    const QStringList views = {u"page"_s,     u"speech"_s,        u"schedule_event"_s,
                               u"activity"_s, u"press_release"_s, u"sns_link"_s,
                               u"pledge"_s};
    QStringList sources;
    for (const QString& view : views)
        sources << u"SELECT * FROM search_source_"_s + view;
    const QString expected = u"SELECT * FROM (%1)"_s.arg(sources.join(u" UNION ALL "_s));
    const QString actual = u"SELECT item_table, item_id, section, title, detail, body_html, "
                           "sort_date FROM search_document"_s;
    const QString differences =
        u"SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))"_s
            .arg(actual, expected);
    QCOMPARE(queryInt(db, differences).value(), qint64(0));
    // the first media file (the one changed below) attached to a release
    QVERIFY(exec(db, u"INSERT INTO press_attachment (id, press_release_id, media_id, caption) "
                     "SELECT '00000000-0000-4000-8000-0000000000a1', (SELECT id FROM "
                     "press_release ORDER BY rowid LIMIT 1), (SELECT id FROM media ORDER BY "
                     "rowid LIMIT 1), '첨부 사진'"_s));
    QCOMPARE(queryInt(db, differences).value(), qint64(0));

    // media: a file's name shows in the press releases it is attached to (schema 6)
    const QStringList tables =
        views + QStringList{u"activity_photo"_s, u"press_attachment"_s, u"pledge_task"_s,
                            u"pledge_progress"_s, u"media"_s};
    int changed = 0;
    for (const QString& table : tables) {
        QSqlQuery columns(db);
        QVERIFY(columns.exec(u"SELECT name, type FROM pragma_table_info('%1')"_s.arg(table)));
        QStringList textColumns;
        while (columns.next())
            if (columns.value(1).toString() == u"TEXT"_s)
                textColumns << columns.value(0).toString();
        columns.finish();
        for (const QString& column : std::as_const(textColumns)) {
            // a value the column's checks and keys may refuse: then it cannot change
            const Status s = exec(db, u"UPDATE %1 SET %2 = %2 || ' 변경' WHERE rowid = (SELECT "
                                      "min(rowid) FROM %1)"_s.arg(table, column));
            if (!s)
                continue;
            ++changed;
            QVERIFY2(
                queryInt(db, differences).value() == 0,
                qPrintable(u"%1.%2 changed, its search row did not follow"_s.arg(table, column)));
        }
    }
    QVERIFY2(changed >= 40, qPrintable(QString::number(changed)));
    database->close();
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
