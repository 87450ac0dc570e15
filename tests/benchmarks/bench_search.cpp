// Search benchmarks (STYLE.md 14): per-query latency of SearchRepository::search over the
// large benchmark store (20k press releases among 100k schedule events, 5k activities,
// 2k speeches and 500 pledges), next to a LIKE scan of the same search text for the same
// query. Figures are printed, never asserted. Not registered with CTest.
//
// The large store is taken from OPENMAYOR_BENCH_LARGE_DB when it names an existing file
// (run-benchmarks.sh caches one); otherwise it is generated first (takes a while).
#include "datagenerator.h"

#include "storage/searchrepository.h"
#include "storage/sqlutil.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace openmayor {

class BenchSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void like_scan_data();
    void like_scan();
    void cleanupTestCase();

private:
    void queries();

    QTemporaryDir m_dir;
    std::optional<Database> m_large;
};

void BenchSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString path = qEnvironmentVariable("OPENMAYOR_BENCH_LARGE_DB");
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        path = m_dir.filePath(QStringLiteral("large.sqlite"));
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY(db);
        auto report = DataGenerator::generate(*db, DataGenerator::Size::Large);
        QVERIFY2(report, qUtf8Printable(report ? QString() : report.error().fullText()));
        db->close();
    }
    auto db = Database::open(path, Database::Mode::OpenExisting);
    QVERIFY2(db, qUtf8Printable(db ? QString() : db.error().fullText()));
    m_large = *db;
    QSqlDatabase connection = m_large->connection();
    auto releases = queryInt(connection, QStringLiteral("SELECT count(*) FROM press_release"));
    auto documents = queryInt(connection, QStringLiteral("SELECT count(*) FROM search_document"));
    QVERIFY(releases && documents);
    qInfo("large store: %s, %lld press releases, %lld searchable items", qUtf8Printable(path),
          *releases, *documents);
}

// The queries both benchmarks run: every path of the search and its worst cases.
void BenchSearch::queries()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("3+ chars, common") << QStringLiteral("행정복지센터");
    QTest::newRow("3+ chars, rare") << QStringLiteral("재생에너지 스마트팜");
    QTest::newRow("3+ chars, title word") << QStringLiteral("나주시");
    QTest::newRow("2 chars") << QStringLiteral("공약");
    QTest::newRow("2 chars, rare") << QStringLiteral("똠방");
    QTest::newRow("1 char") << QStringLiteral("배");
    QTest::newRow("multi-word, mixed") << QStringLiteral("청년 창업 지원");
    QTest::newRow("no hit, 3+ chars") << QStringLiteral("존재하지않는낱말");
    QTest::newRow("no hit, 1 char") << QStringLiteral("뷁");
}

void BenchSearch::search_data()
{
    queries();
}

// What the GUI and `openmayor-cli search` do: at most 200 hits (the panel's limit),
// checked against the text and with snippets.
void BenchSearch::search()
{
    QFETCH(QString, query);
    const SearchRepository repository(*m_large);
    qsizetype hits = 0;
    QBENCHMARK
    {
        auto result = repository.search(query, 200);
        QVERIFY2(result, qUtf8Printable(result ? QString() : result.error().fullText()));
        hits = result->size();
    }
    qInfo("search \"%s\": %lld hits", qUtf8Printable(query), qint64(hits));
}

void BenchSearch::like_scan_data()
{
    queries();
}

// The baseline without an index: every word as LIKE '%word%' over the same search text,
// newest first, the first 200 rows.
void BenchSearch::like_scan()
{
    QFETCH(QString, query);
    QStringList conditions;
    QVariantList params;
    for (const QString& word : SearchRepository::words(query)) {
        conditions << QStringLiteral("(title LIKE ? OR detail LIKE ? OR body_html LIKE ?)");
        const QString pattern = u'%' + word + u'%';
        params << pattern << pattern << pattern;
    }
    const QString sql = QStringLiteral("SELECT item_table, item_id, title FROM search_document "
                                       "WHERE ") +
                        conditions.join(QStringLiteral(" AND ")) +
                        QStringLiteral(" ORDER BY sort_date DESC LIMIT 200");
    QSqlDatabase db = m_large->connection();
    qsizetype rows = 0;
    QBENCHMARK
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QVERIFY(prepare(q, sql));
        QVERIFY(exec(q, params));
        rows = 0;
        while (q.next())
            ++rows;
    }
    qInfo("like \"%s\": %lld rows", qUtf8Printable(query), qint64(rows));
}

void BenchSearch::cleanupTestCase()
{
    if (m_large)
        m_large->close();
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::BenchSearch)
#include "bench_search.moc"
