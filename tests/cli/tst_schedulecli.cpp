// `openmayor-cli export schedule` and `import schedule` on the real binary: counts,
// --public-only, --from/--to, --dry-run, --json, re-import of an edited file, and broken
// files that leave the database as it was (exit 2, one line on stderr naming the line).
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return u"exit %1, stdout: %2, stderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(600)), QString::fromUtf8(err.left(400)));
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestScheduleCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportThenImportChangesNothing();
    void publicOnlyAndRange();
    void reimportOfEditedFile();
    void importIntoEmptyDatabase();
    void brokenFileChangesNothing_data();
    void brokenFileChangesNothing();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // Rows of schedule_event (all columns) and the count of public ones.
    QByteArray tableHash(const QString& db, int* publicCount = nullptr);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestScheduleCli::initTestCase()
{
    m_cli = QDir(openmayor::test::binaryDir()).filePath(u"app/openmayor-cli"_s);
#ifdef Q_OS_WIN
    m_cli += u".exe"_s;
#endif
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + u" was not built"_s));
}

void TestScheduleCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(u"demo.sqlite"_s);
    const Run r = run({u"--db"_s, m_db, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestScheduleCli::cleanup()
{
    m_dir.reset();
}

Run TestScheduleCli::run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"OPENMAYOR_DB"_s);
    environment.insert(u"HOME"_s, path(u"home"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, path(u"home/.config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(m_cli, QStringList{u"--lang"_s, u"en"_s} + arguments);
    Run r;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000))
        return r;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return r;
}

QByteArray TestScheduleCli::tableHash(const QString& db, int* publicCount)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hash"_s);
        connection.setDatabaseName(db);
        if (!connection.open())
            qFatal("cannot open %s", qPrintable(db));
        QSqlQuery query(connection);
        if (!query.exec(u"SELECT * FROM schedule_event ORDER BY id"_s))
            qFatal("cannot read schedule_event");
        int publicRows = 0;
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(QByteArray(query.value(i).toString().toUtf8() + '\x1f'));
            publicRows += query.value(u"visibility"_s).toString() == u"public";
        }
        if (publicCount)
            *publicCount = publicRows;
    }
    QSqlDatabase::removeDatabase(u"hash"_s);
    return hash.result().toHex();
}

void TestScheduleCli::exportThenImportChangesNothing()
{
    const QByteArray before = tableHash(m_db);
    const QString ics = path(u"schedule.ics"_s);
    Run r = run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, ics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             u"Schedule exported: 40 events to %1"_s.arg(QDir::toNativeSeparators(ics)));

    r = run({u"--db"_s, m_db, u"import"_s, u"schedule"_s, ics, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject plan = r.json();
    QCOMPARE(plan.value(u"new"_s).toInt(-1), 0);
    QCOMPARE(plan.value(u"updated"_s).toInt(-1), 0);
    QCOMPARE(plan.value(u"unchanged"_s).toInt(), 40);
    QCOMPARE(plan.value(u"dry_run"_s).toBool(true), false);
    QCOMPARE(plan.value(u"events"_s).toArray().size(), 40);
    QCOMPARE(tableHash(m_db), before);

    r = run({u"--db"_s, m_db, u"import"_s, u"schedule"_s, ics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             u"Schedule imported: 0 new, 0 updated, 40 unchanged."_s);
}

void TestScheduleCli::publicOnlyAndRange()
{
    int publicCount = 0;
    tableHash(m_db, &publicCount);
    QVERIFY(publicCount > 0 && publicCount < 40);
    const QString ics = path(u"public.ics"_s);
    Run r =
        run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, ics, u"--public-only"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(u"events"_s).toInt(), publicCount);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(int(bytes.count("BEGIN:VEVENT")), publicCount);
    QVERIFY(!bytes.contains("CLASS:PRIVATE"));

    // The demo schedule runs from March to July 2024; May alone is a part of it.
    r = run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, path(u"may.ics"_s), u"--from"_s,
             u"2024-05-01"_s, u"--to"_s, u"2024-05-31"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const int may = r.json().value(u"events"_s).toInt();
    QVERIFY2(may > 0 && may < 40, qPrintable(r.describe()));
    r = run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, path(u"later.ics"_s), u"--from"_s,
             u"2024-06-01"_s, u"--json"_s});
    const int later = r.json().value(u"events"_s).toInt();
    r = run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, path(u"earlier.ics"_s), u"--to"_s,
             u"2024-04-30"_s, u"--json"_s});
    const int earlier = r.json().value(u"events"_s).toInt();
    QCOMPARE(earlier + may + later, 40); // no demo event spans a month's end
}

void TestScheduleCli::reimportOfEditedFile()
{
    const QString ics = path(u"schedule.ics"_s);
    QVERIFY(run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, ics}).exitCode == 0);
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    // Edit the first event as another calendar would: new place, SEQUENCE + 1.
    const qsizetype event = bytes.indexOf("BEGIN:VEVENT");
    const qsizetype sequence = bytes.indexOf("SEQUENCE:0\r\n", event);
    QVERIFY(event > 0 && sequence > event);
    bytes.replace(sequence, 12, "SEQUENCE:1\r\nLOCATION:영산포 선착장\r\n");
    bytes.replace(bytes.indexOf("LOCATION:", sequence + 40), 9,
                  "X-OLD-LOCATION:"); // the old LOCATION becomes an X- property
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    const QByteArray before = tableHash(m_db);
    Run r = run({u"--db"_s, m_db, u"import"_s, u"schedule"_s, ics, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(u"updated"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"unchanged"_s).toInt(), 39);
    QCOMPARE(r.json().value(u"dry_run"_s).toBool(), true);
    QCOMPARE(tableHash(m_db), before); // a dry run saves nothing

    r = run({u"--db"_s, m_db, u"import"_s, u"schedule"_s, ics});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             u"Schedule imported: 0 new, 1 updated, 39 unchanged."_s);
    QVERIFY(tableHash(m_db) != before);
    r = run({u"--db"_s, m_db, u"import"_s, u"schedule"_s, ics, u"--json"_s});
    QCOMPARE(r.json().value(u"unchanged"_s).toInt(), 40); // not a duplicate
}

void TestScheduleCli::importIntoEmptyDatabase()
{
    const QString ics = path(u"schedule.ics"_s);
    QVERIFY(run({u"--db"_s, m_db, u"export"_s, u"schedule"_s, ics}).exitCode == 0);
    const QString empty = path(u"empty.sqlite"_s);
    QVERIFY(run({u"--db"_s, empty, u"init"_s}).exitCode == 0);
    Run r = run({u"--db"_s, empty, u"import"_s, u"schedule"_s, ics, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.json().value(u"new"_s).toInt(), 40);
    const QString again = path(u"again.ics"_s);
    QVERIFY(run({u"--db"_s, empty, u"export"_s, u"schedule"_s, again}).exitCode == 0);
    QFile a(ics), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    // Identical but for DTSTAMP (the time of each export).
    auto withoutStamps = [](QByteArray bytes) {
        QList<QByteArray> lines = bytes.split('\n');
        lines.removeIf([](const QByteArray& line) { return line.startsWith("DTSTAMP:"); });
        return lines;
    };
    QCOMPARE(withoutStamps(b.readAll()), withoutStamps(a.readAll()));
}

void TestScheduleCli::brokenFileChangesNothing_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated") << u"icalendar/broken-unterminated-event.ics"_s
                                  << u"Line 9: BEGIN:VEVENT is never closed"_s;
    QTest::newRow("invalid date") << u"icalendar/broken-invalid-date.ics"_s
                                  << u"Line 12: “20240231T100000” is not a valid date"_s;
    QTest::newRow("10 MB description")
        << u"generated:huge"_s << u"Line 4: the value of DESCRIPTION is larger"_s;
    QTest::newRow("binary garbage") << u"generated:garbage"_s << u"Line 1: "_s;
}

void TestScheduleCli::brokenFileChangesNothing()
{
    QFETCH(QString, fixture);
    QFETCH(QString, expected);
    QString ics = path(u"broken.ics"_s);
    if (fixture == u"generated:huge") {
        QFile file(ics);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20240402T010000Z\r\nDESCRIPTION:");
        file.write(QByteArray(10 * 1024 * 1024, 'x'));
        file.write("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    } else if (fixture == u"generated:garbage") {
        QFile file(ics);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(2048, Qt::Uninitialized);
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 256);
        file.write(garbage);
    } else {
        ics = openmayor::test::dataPath(fixture);
    }
    const QByteArray before = tableHash(m_db);
    const Run r = run({u"--db"_s, m_db, u"import"_s, u"schedule"_s, ics});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.startsWith(u"openmayor-cli: "_s + expected), qPrintable(err));
    QCOMPARE(tableHash(m_db), before);
}

void TestScheduleCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("bad --from") << QStringList{u"export"_s, u"schedule"_s, u"x.ics"_s, u"--from"_s,
                                               u"2024-13-01"_s};
    QTest::newRow("--to before --from")
        << QStringList{u"export"_s,     u"schedule"_s, u"x.ics"_s,     u"--from"_s,
                       u"2024-05-01"_s, u"--to"_s,     u"2024-04-01"_s};
    QTest::newRow("not .ics") << QStringList{u"export"_s, u"schedule"_s, u"x.json"_s};
    QTest::newRow("import not .ics") << QStringList{u"import"_s, u"schedule"_s, u"x.csv"_s};
}

void TestScheduleCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(QStringList{u"--db"_s, m_db} + arguments);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QString::fromUtf8(r.err).count(u'\n'), 1);
    QVERIFY(!QFileInfo::exists(path(u"x.ics"_s)));
}

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "tst_schedulecli.moc"
