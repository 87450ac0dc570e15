// The pledge interchange of DESIGN.md §5a: JSON export/import (lossless, deterministic,
// strict), the CSV file set (UTF-8 with BOM, CP949, CRLF), import planning and the
// all-or-nothing apply, and the CLI's import/export commands.
#include "testsupport.h"

#include "common/changenotifier.h"
#include "domain/fulfilment.h"
#include "io/pledgecsv.h"
#include "io/pledgeimport.h"
#include "io/pledgeinterchange.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace openmayor;
using namespace openmayor::interchange;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The error of a result for a failure message (QVERIFY2 evaluates its message eagerly).
template <typename R> QString describe(const R& result)
{
    return result.ok() ? QString() : result.error().fullText();
}

// A fingerprint of every row of every table of the store (what "nothing changed" means).
QByteArray contentHash(const Database& database)
{
    QSqlDatabase db = database.connection();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
               "ORDER BY name"_s);
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(table)))
            continue; // virtual tables of the full-text index without their module
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

struct Store
{
    QTemporaryDir dir;
    std::optional<Database> database;

    explicit Store(bool demo = false)
    {
        auto db = Database::open(dir.filePath(u"store.sqlite"_s), Database::Mode::CreateIfMissing);
        if (!db)
            qFatal("cannot create the store: %s", qPrintable(describe(db)));
        database = *db;
        if (demo) {
            Status s = DemoData::populate(*database, dir.filePath(u"media"_s));
            if (!s)
                qFatal("demo data: %s", qPrintable(describe(s)));
        }
    }
    ~Store() { database->close(); }

    PledgeBook book() const
    {
        auto book = readBook(PledgeRepository(*database, nullptr));
        if (!book)
            qFatal("readBook: %s", qPrintable(describe(book)));
        return *book;
    }
    QByteArray exported() const { return exportJson(book()); }
};

QString interchangeData(const QString& relative)
{
    return test::dataPath(u"interchange/"_s + relative);
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void seedRoundTrip();
    void allKindsGolden();
    void planAndUpdate();
    void jsonFaults_data();
    void jsonFaults();
    void jsonSmallFaults_data();
    void jsonSmallFaults();
    void failedApplyChangesNothing();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvFixtures();
    void cp949Unencodable();
    void csvFaults_data();
    void csvFaults();
    void cli();
};

void TestInterchange::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 40.0 << u"40"_s;
    QTest::newRow("half") << 87.5 << u"87.5"_s;
    QTest::newRow("tenth") << 0.1 << u"0.1"_s;
    QTest::newRow("negative zero") << -0.0 << u"0"_s;
    QTest::newRow("large") << 1e20 << u"100000000000000000000"_s;
    QTest::newRow("fraction") << 1234.5678 << u"1234.5678"_s;
    QTest::newRow("negative") << -2.25 << u"-2.25"_s;
}

void TestInterchange::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatNumber(value), text);
    QCOMPARE(text.toDouble(), value);
}

void TestInterchange::seedRoundTrip()
{
    Store demo(true);
    const QByteArray first = demo.exported();
    // The committed golden file (reviewed against seed/READING.md).
    QCOMPARE(QString::fromUtf8(first),
             QString::fromUtf8(readAll(interchangeData(u"seed/expected/pledges.json"_s))));
    QVERIFY(!first.startsWith("\xEF\xBB\xBF"));
    QVERIFY(first.endsWith("}\n"));

    Store fresh;
    auto book = parseJson(first);
    QVERIFY2(book, qPrintable(describe(book)));
    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::pledgesChanged);
    auto plan = applyImport(*book, *fresh.database, &notifier);
    QVERIFY2(plan, qPrintable(describe(plan)));
    QCOMPARE(plan->count(PledgeChange::Kind::New), 1);
    QVERIFY(plan->newTerm);
    QCOMPARE(plan->newAreas, QStringList{u"7"_s});
    QCOMPARE(plan->newGoals, QStringList{u"7-1"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(fresh.exported(), first); // byte-identical

    // The seed card's figures survive the trip.
    auto pledge = PledgeRepository(*fresh.database, nullptr).loadByCode(u"7-1-3"_s);
    QVERIFY(pledge);
    QCOMPARE(fulfilment::pledgeRate(*pledge).value_or(-1), 87.5);

    // Importing the same file again changes nothing at all.
    const QByteArray before = contentHash(*fresh.database);
    plan = applyImport(*book, *fresh.database, nullptr);
    QVERIFY(plan);
    QCOMPARE(plan->count(PledgeChange::Kind::Unchanged), 1);
    QVERIFY(!plan->changesAnything());
    QCOMPARE(contentHash(*fresh.database), before);
}

void TestInterchange::allKindsGolden()
{
    auto book = parseJson(readAll(interchangeData(u"all-kinds/input/pledges.json"_s)));
    QVERIFY2(book, qPrintable(describe(book)));
    QCOMPARE(book->pledges.size(), 3);
    const Pledge& road = book->pledges.first();
    QCOMPARE(road.indicators.at(0).kind, IndicatorKind::Reduction);
    QCOMPARE(road.indicators.at(0).baseline.value_or(-1), 40.0);
    QCOMPARE(road.progress.at(0).dateFrom, u"2023-02-01"_s);
    QCOMPARE(road.progress.at(0).dateTo, u"2023-03"_s);
    QVERIFY(road.bodyNational && road.bodyCity && road.bodyPrivate && !road.bodyProvince);
    const Pledge& minimal = book->pledges.at(2); // defaults of every optional key
    QCOMPARE(minimal.timing, Timing::WithinTerm);
    QVERIFY(minimal.isNew);
    QCOMPARE(minimal.budgetKind, BudgetKind::Budget);
    QVERIFY(!minimal.basisDate.isValid());

    Store store;
    auto plan = applyImport(*book, *store.database, nullptr);
    QVERIFY2(plan, qPrintable(describe(plan)));
    QCOMPARE(plan->count(PledgeChange::Kind::New), 3);
    const QByteArray exported = store.exported();
    QCOMPARE(QString::fromUtf8(exported),
             QString::fromUtf8(readAll(interchangeData(u"all-kinds/expected/pledges.json"_s))));
    // The canonical form reads back into the same text.
    auto again = parseJson(exported);
    QVERIFY(again);
    QCOMPARE(exportJson(*again), exported);
}

void TestInterchange::planAndUpdate()
{
    Store store(true);
    const PledgeRepository repository(*store.database, nullptr);
    const QString seedId = repository.loadByCode(u"7-1-3"_s)->id;
    PledgeBook book = store.book();
    const QString seedTaskId = book.pledges.first().tasks.first().id;

    Pledge& seed = book.pledges.first();
    seed.status = PledgeStatus::Lagging;
    seed.tasks.append({{}, u"새 과제"_s, u"2024-Q1"_s, u"2024-Q2"_s, {}});
    Pledge extra;
    extra.code = u"7-1-4"_s;
    extra.title = u"새 공약"_s;
    book.pledges.append(extra);
    book.areas.append({{}, u"8"_s, u"새 분야"_s});
    book.goals.append({{}, {}, u"8-1"_s, u"새 목표"_s});
    Pledge other;
    other.code = u"8-1-1"_s;
    other.title = u"다른 분야의 공약"_s;
    book.pledges.append(other);

    const QByteArray before = contentHash(*store.database);
    auto plan = planImport(book, repository);
    QVERIFY2(plan, qPrintable(describe(plan)));
    QCOMPARE(contentHash(*store.database), before); // planning writes nothing
    QCOMPARE(plan->pledges.size(), 3);
    QCOMPARE(plan->pledges.at(0).kind, PledgeChange::Kind::Updated);
    QCOMPARE(plan->pledges.at(0).existingId, seedId);
    QCOMPARE(plan->pledges.at(0).changedParts, (QStringList{u"status"_s, u"tasks"_s}));
    QCOMPARE(plan->pledges.at(1).kind, PledgeChange::Kind::New);
    QCOMPARE(plan->newAreas, QStringList{u"8"_s});
    QCOMPARE(plan->newGoals, QStringList{u"8-1"_s});
    QVERIFY(!plan->newTerm);

    auto applied = applyImport(book, *store.database, nullptr);
    QVERIFY2(applied, qPrintable(describe(applied)));
    QCOMPARE(applied->count(PledgeChange::Kind::New), 2);
    QCOMPARE(applied->count(PledgeChange::Kind::Updated), 1);
    auto updated = repository.loadByCode(u"7-1-3"_s);
    QCOMPARE(updated->id, seedId); // same pledge, so sync sees an update
    QCOMPARE(updated->status, PledgeStatus::Lagging);
    QCOMPARE(updated->tasks.size(), 3);
    QCOMPARE(updated->tasks.first().id, seedTaskId); // parts kept by position
    auto goals = repository.goals();
    QCOMPARE(goals->size(), 2);

    // A file with only the new pledge deletes nothing.
    PledgeBook small;
    small.pledges.append(extra);
    small.pledges.first().title = u"고친 제목"_s;
    applied = applyImport(small, *store.database, nullptr);
    QVERIFY2(applied, qPrintable(describe(applied)));
    QCOMPARE(applied->pledges.first().changedParts, QStringList{u"title"_s});
    QCOMPARE(repository.summaries()->size(), 3);

    // A pledge whose goal is nowhere is refused, naming it.
    PledgeBook orphan;
    Pledge lost;
    lost.code = u"9-9-1"_s;
    lost.title = u"길 잃은 공약"_s;
    orphan.pledges.append(lost);
    auto refused = planImport(orphan, repository);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"pledges[0].code"), qPrintable(describe(refused)));
}

void TestInterchange::jsonFaults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("unterminated string")
        << u"broken-unterminated-string.json"_s << QStringList{u"line 5, column 32"_s};
    QTest::newRow("unknown key") << u"unknown-key.json"_s
                                 << QStringList{u"pledges[1].indicators[0].colour"_s, u"colour"_s};
    QTest::newRow("bad status") << u"bad-status.json"_s
                                << QStringList{u"pledges[1].status"_s, u"finished"_s};
    QTest::newRow("bad date") << u"bad-date.json"_s
                              << QStringList{u"pledges[0].progress[1].date"_s, u"2022-13"_s};
    QTest::newRow("wrong format tag")
        << u"wrong-format-tag.json"_s << QStringList{u"format"_s, u"openmayor-pledges"_s};
}

void TestInterchange::jsonFaults()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    Store store(true);
    const QByteArray before = contentHash(*store.database);

    auto book = parseJson(readAll(interchangeData(u"faults/"_s + file)));
    QVERIFY(!book);
    for (const QString& part : std::as_const(expected))
        QVERIFY2(book.error().message.contains(part), qPrintable(describe(book)));
    QVERIFY(!book.error().message.contains(u'\n'));
    QCOMPARE(contentHash(*store.database), before);
}

void TestInterchange::jsonSmallFaults_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format": "openmayor-pledges", "version": 1, )";
    QTest::newRow("newer version") << QByteArray(R"({"format": "openmayor-pledges", "version": 2})")
                                   << u"version: version 2"_s;
    QTest::newRow("syntax line")
        << QByteArray("{\n  \"format\": \"openmayor-pledges\",\n  \"version\": 1,,\n}")
        << u"line 3, column"_s;
    QTest::newRow("top not object") << QByteArray("[1]") << u"line 1, column 1"_s;
    QTest::newRow("bad area code")
        << QByteArray(head + R"("areas": [{"code": "A", "title": "x"}]})") << u"areas[0].code"_s;
    QTest::newRow("bad quarter")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "t", "tasks": [{"name": "n", "start": "2022-Q5", "end": "2022-Q4"}]}]})")
        << u"pledges[0].tasks[0].start"_s;
    QTest::newRow("wrong type")
        << QByteArray(head +
                      R"("pledges": [{"code": "1-1-1", "title": "t", "required_budget": "40"}]})")
        << u"pledges[0].required_budget: expected a number"_s;
    QTest::newRow("bad year key")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "t", "indicators": [{"name": "n", "targets": {"22": 1}}]}]})")
        << u"pledges[0].indicators[0].targets.22"_s;
    QTest::newRow("missing title")
        << QByteArray(head + R"("pledges": [{"code": "1-1-1"}]})") << u"pledges[0].title"_s;
    QTest::newRow("duplicate code")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "a"}, {"code": "1-1-1", "title": "b"}]})")
        << u"pledges[1].code"_s;
    QTest::newRow("duplicate budget cell")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "a", "budget": {"planned": [{"source": "city", "year": 2022, "amount": 1}, {"source": "city", "year": 2022, "amount": 2}]}}]})")
        << u"pledges[0].budget.planned[1].year"_s;
    QTest::newRow("negative amount")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "a", "budget": {"executed": [{"year": 2022, "amount": -1}]}}]})")
        << u"pledges[0].budget.executed[0].amount"_s;
    QTest::newRow("fractional year")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "a", "budget": {"executed": [{"year": 2022.5, "amount": 1}]}}]})")
        << u"pledges[0].budget.executed[0].year"_s;
    QTest::newRow("range backwards")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "a", "progress": [{"date": "2024-03/2024-02", "text": "x"}]}]})")
        << u"pledges[0].progress[0].date"_s;
    QTest::newRow("bad body")
        << QByteArray(
               head +
               R"("pledges": [{"code": "1-1-1", "title": "a", "bodies": ["city", "county"]}]})")
        << u"pledges[0].bodies[1]"_s;
    QTest::newRow("bad term date")
        << QByteArray(head +
                      R"("term": {"name": "t", "start": "2022-02-30", "end": "2026-06-30"}})")
        << u"term.start"_s;
}

void TestInterchange::jsonSmallFaults()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto book = parseJson(json);
    QVERIFY(!book);
    QVERIFY2(book.error().message.contains(expected), qPrintable(describe(book)));
}

void TestInterchange::failedApplyChangesNothing()
{
    // The second pledge breaks a rule of the store only found while writing (a title over
    // 500 characters, which the parser would have refused): the first must not stay.
    Store store(true);
    PledgeBook book = store.book();
    book.pledges.first().status = PledgeStatus::Completed;
    Pledge good;
    good.code = u"7-1-4"_s;
    good.title = u"좋은 공약"_s;
    Pledge bad;
    bad.code = u"7-1-5"_s;
    bad.title = QString(600, u'가');
    book.pledges << good << bad;
    book.areas.append({{}, u"9"_s, u"새 분야"_s});

    ChangeNotifier notifier;
    QSignalSpy changed(&notifier, &ChangeNotifier::pledgesChanged);
    const QByteArray before = contentHash(*store.database);
    auto result = applyImport(book, *store.database, &notifier);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"7-1-5"), qPrintable(describe(result)));
    QCOMPARE(contentHash(*store.database), before);
    QCOMPARE(changed.count(), 0);
}

void TestInterchange::csvRoundTrip_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("cp949");
    QTest::newRow("seed utf-8") << u"seed/expected/pledges.json"_s << false;
    QTest::newRow("seed cp949") << u"seed/expected/pledges.json"_s << true;
    QTest::newRow("all kinds utf-8") << u"all-kinds/expected/pledges.json"_s << false;
    QTest::newRow("all kinds cp949") << u"all-kinds/expected/pledges.json"_s << true;
}

void TestInterchange::csvRoundTrip()
{
    QFETCH(QString, source);
    QFETCH(bool, cp949);
    const QByteArray json = readAll(interchangeData(source));
    auto book = parseJson(json);
    QVERIFY(book);
    auto files = csvFiles(*book, u"pledges"_s, cp949 ? CsvEncoding::Cp949 : CsvEncoding::Utf8Bom);
    QVERIFY2(files, qPrintable(describe(files)));
    QCOMPARE(files->size(), csvPartSuffixes().size());
    const QByteArray main = files->value(u"pledges.csv"_s);
    QCOMPARE(main.startsWith("\xEF\xBB\xBF"), !cp949);
    QVERIFY(main.contains("\r\n"));
    if (cp949) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(main);
        Q_UNUSED(decoded);
        QVERIFY(utf8.hasError()); // really CP949 bytes, not UTF-8
    }
    auto back = parseCsvFiles(*files, u"pledges"_s);
    QVERIFY2(back, qPrintable(describe(back)));
    QCOMPARE(QString::fromUtf8(exportJson(*back)), QString::fromUtf8(json));

    // On disk, through the same import as the CLI: into a store and out again.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.csv"_s);
    Status written = exportCsv(*book, path, cp949 ? CsvEncoding::Cp949 : CsvEncoding::Utf8Bom);
    QVERIFY2(written, qPrintable(describe(written)));
    QVERIFY(QFile::exists(dir.filePath(u"book-indicators.csv"_s)));
    auto read = importCsv(path);
    QVERIFY2(read, qPrintable(describe(read)));
    Store store;
    QVERIFY(applyImport(*read, *store.database, nullptr));
    QCOMPARE(QString::fromUtf8(store.exported()), QString::fromUtf8(json));
}

void TestInterchange::csvFixtures()
{
    // Saved by Excel on Korean Windows: CP949 without BOM, with characters only CP949 has.
    auto excel = importCsv(interchangeData(u"faults/csv/cp949-excel.csv"_s));
    QVERIFY2(excel, qPrintable(describe(excel)));
    QCOMPARE(excel->pledges.size(), 1);
    QCOMPARE(excel->pledges.first().title, u"똠방각하 뷁 공약"_s);
    QVERIFY(excel->pledges.first().bodyCity && excel->pledges.first().bodyPrivate);
    QVERIFY(!excel->pledges.first().isNew);

    // CRLF line ends, a quoted cell over several lines with commas and doubled quotes.
    auto crlf = importCsv(interchangeData(u"faults/csv/crlf.csv"_s));
    QVERIFY2(crlf, qPrintable(describe(crlf)));
    QCOMPARE(crlf->pledges.size(), 2);
    QCOMPARE(crlf->pledges.first().planHtml,
             u"<ul>\n<li>누리집 개선, 콘텐츠</li>\n<li>\"반응형\"</li>\n</ul>"_s);
    QCOMPARE(crlf->pledges.at(1).status, PledgeStatus::Lagging);
    QVERIFY(crlf->pledges.at(1).planHtml.isEmpty());

    // The same with LF only.
    QByteArray lf = readAll(interchangeData(u"faults/csv/crlf.csv"_s));
    lf.replace("\r\n", "\n");
    auto lfBook = parseCsvFiles({{u"lf.csv"_s, lf}}, u"lf"_s);
    QVERIFY2(lfBook, qPrintable(describe(lfBook)));
    QCOMPARE(exportJson(*lfBook), exportJson(*crlf));

    // An unterminated quote names the file and the line where the quote opens; the store
    // stays as it was.
    Store store(true);
    const QByteArray before = contentHash(*store.database);
    auto broken = importCsv(interchangeData(u"faults/csv/broken-unterminated-quote.csv"_s));
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.contains(u"broken-unterminated-quote.csv, line 3"),
             qPrintable(describe(broken)));
    QCOMPARE(contentHash(*store.database), before);
}

void TestInterchange::cp949Unencodable()
{
    PledgeBook book;
    Pledge p;
    p.code = u"1-1-1"_s;
    p.title = u"plain"_s;
    book.pledges << p;
    p.code = u"1-1-2"_s;
    p.title = u"웃음 😀"_s; // no CP949 code for the emoji
    book.pledges << p;
    auto files = csvFiles(book, u"p"_s, CsvEncoding::Cp949);
    QVERIFY(!files);
    QVERIFY2(files.error().message.contains(u"p.csv, line 3"), qPrintable(describe(files)));
    QVERIFY(files.error().message.contains(u"😀"));
    QVERIFY(csvFiles(book, u"p"_s, CsvEncoding::Utf8Bom));
}

void TestInterchange::csvFaults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray main = "code,title,status\r\n7-1-3,제목,on_track\r\n";
    QTest::newRow("bad status") << u"p.csv"_s
                                << QByteArray("code,title,status\n7-1-3,a,on_track\n7-1-4,b,done\n")
                                << u"p.csv, line 3, column \"status\": \"done\""_s;
    QTest::newRow("unknown column") << u"p.csv"_s << QByteArray("code,title,colour\n")
                                    << u"p.csv, line 1, column \"colour\": unknown column"_s;
    QTest::newRow("missing column")
        << u"p.csv"_s << QByteArray("code,status\n") << u"p.csv, line 1, column \"title\""_s;
    QTest::newRow("bad number")
        << u"p.csv"_s << QByteArray("code,title,required_budget\n7-1-3,a,\"1,000\"\n")
        << u"p.csv, line 2, column \"required_budget\": expected a number"_s;
    QTest::newRow("bad quarter")
        << u"p-tasks.csv"_s
        << QByteArray(
               "pledge_code,name,start,end\n7-1-3,a,2022-Q3,2022-Q4\n7-1-3,b,2022-Q5,2023-Q1\n")
        << u"p-tasks.csv, line 3, column \"start\""_s;
    QTest::newRow("unknown pledge")
        << u"p-progress.csv"_s << QByteArray("pledge_code,date,text\n7-1-9,2022-09,x\n")
        << u"p-progress.csv, line 2, column \"pledge_code\""_s;
    QTest::newRow("bad year value")
        << u"p-indicators.csv"_s
        << QByteArray("pledge_code,name,target_2022,actual_2022\n7-1-3,n,1,many\n")
        << u"p-indicators.csv, line 2, column \"actual_2022\""_s;
    QTest::newRow("bad budget source")
        << u"p-budget.csv"_s << QByteArray("pledge_code,source,year,amount\n7-1-3,county,2022,1\n")
        << u"p-budget.csv, line 2, column \"source\""_s;
    QTest::newRow("missing required cell")
        << u"p-executed.csv"_s << QByteArray("pledge_code,year,amount\n7-1-3,,1\n")
        << u"p-executed.csv, line 2, column \"year\""_s;
    QTest::newRow("two terms")
        << u"p-term.csv"_s
        << QByteArray("name,start,end\na,2022-07-01,2026-06-30\nb,2026-07-01,2030-06-30\n")
        << u"p-term.csv, line 3"_s;
    QTest::newRow("extra cells") << u"p-areas.csv"_s << QByteArray("code,title\n7,a,extra\n")
                                 << u"p-areas.csv, line 2"_s;
    Q_UNUSED(main);
}

void TestInterchange::csvFaults()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QMap<QString, QByteArray> files{{u"p.csv"_s, "code,title,status\r\n7-1-3,제목,on_track\r\n"}};
    files.insert(file, content);
    auto book = parseCsvFiles(files, u"p"_s);
    QVERIFY(!book);
    QVERIFY2(book.error().message.contains(expected), qPrintable(describe(book)));
}

void TestInterchange::cli()
{
    const QString cliPath = QDir(test::binaryDir()).filePath(u"app/openmayor-cli"_s);
    QVERIFY2(QFileInfo(cliPath).isExecutable() || QFileInfo(cliPath + u".exe"_s).isExecutable(),
             qPrintable(cliPath));
    QTemporaryDir dir;
    auto run = [&](const QStringList& args, QByteArray* err = nullptr) {
        QProcess process;
        process.setProgram(cliPath);
        process.setArguments(
            QStringList{u"--lang"_s, u"en"_s, u"--db"_s, dir.filePath(u"cli.sqlite"_s)} + args);
        process.start();
        process.waitForFinished(60000);
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    };
    QCOMPARE(run({u"init"_s, u"--demo"_s}), 0);
    const QString json = dir.filePath(u"out.json"_s);
    QCOMPARE(run({u"export"_s, u"pledges"_s, json}), 0);
    QCOMPARE(readAll(json), readAll(interchangeData(u"seed/expected/pledges.json"_s)));
    QCOMPARE(
        run({u"export"_s, u"pledges"_s, dir.filePath(u"out.csv"_s), u"--encoding"_s, u"cp949"_s}),
        0);
    QVERIFY(QFile::exists(dir.filePath(u"out-departments.csv"_s)));
    QCOMPARE(run({u"import"_s, u"pledges"_s, dir.filePath(u"out.csv"_s)}), 0);
    QCOMPARE(run({u"import"_s, u"pledges"_s, json}), 0);

    const QString db = dir.filePath(u"cli.sqlite"_s);
    auto hashOfDb = [&] {
        auto database = Database::open(db, Database::Mode::OpenExisting);
        const QByteArray hash = contentHash(*database);
        database->close();
        return hash;
    };
    const QByteArray before = hashOfDb();
    QByteArray err;
    QCOMPARE(run({u"import"_s, u"pledges"_s, interchangeData(u"faults/bad-status.json"_s)}, &err),
             2);
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.contains("pledges[1].status"), err.constData());
    QCOMPARE(hashOfDb(), before);
    QCOMPARE(run({u"import"_s, u"schedule"_s, json}), 1);
    QCOMPARE(run({u"import"_s, u"pledges"_s, dir.filePath(u"x.txt"_s)}), 1);
    QCOMPARE(run({u"export"_s, u"pledges"_s, json, u"--encoding"_s, u"latin1"_s}), 1);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
