// The command-line contract of DESIGN.md §5, checked on the real openmayor-cli binary:
// JSON output of the seed card, exit codes, one-line errors, and files left untouched.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QStringList errLines() const
    {
        QStringList lines = QString::fromUtf8(err).split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    QString describe() const
    {
        return u"exit %1, stdout: %2, stderr: %3"_s.arg(exitCode).arg(
            QString::fromUtf8(out.left(400)), QString::fromUtf8(err.left(400)));
    }
};

struct Fingerprint
{
    QByteArray sha256;
    QDateTime modified;
    QStringList siblings;
    QStringList children;
};

Fingerprint fingerprint(const QString& path)
{
    Fingerprint f;
    const QFileInfo info(path);
    f.modified = info.lastModified();
    f.siblings = info.absoluteDir().entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    if (info.isDir()) {
        f.children = QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                          QDir::Name);
    } else {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            f.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }
    return f;
}

// Runs SQL on a file with a plain QSQLITE connection (to build fixtures).
bool runSql(const QString& file, const QStringList& statements)
{
    static int counter = 0;
    const QString name = u"fixture-%1"_s.arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

enum class Fault
{
    Directory,
    ReadOnlyFile,
    RandomBytes,
    PlainText,
    OtherProgram,
    NewerSchema
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList& arguments);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    bool initDemo(const QString& file);
    QJsonDocument jsonOf(const Run& r);
    bool makeFaultyFile(Fault fault, const QString& file);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pledgesJsonListsSeedCard();
    void pledgeJsonHasDerivedFigures();
    void pledgesTextOutput();
    void badDatabaseFiles_data();
    void badDatabaseFiles();
    void unknownCommandIsUsageError_data();
    void unknownCommandIsUsageError();
    void missingFileIsNotCreated_data();
    void missingFileIsNotCreated();
    void initDemoRefusesPopulatedDatabase();
    void unknownPledgeCode();
    void searchJsonFindsAcrossSections();
    void searchUsageErrors_data();
    void searchUsageErrors();
};

void TestCli::initTestCase()
{
    m_cli = QDir(openmayor::test::binaryDir()).filePath(u"app/openmayor-cli"_s);
#ifdef Q_OS_WIN
    m_cli += u".exe"_s;
#endif
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli + u" was not built"_s));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(path(u"home/.config"_s)));
    QVERIFY(QDir().mkpath(path(u"home/.local/share"_s)));
    // A fixed environment: no database from the caller, settings in a fresh home.
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name :
         {u"OPENMAYOR_DB"_s, u"LANGUAGE"_s, u"LC_MESSAGES"_s, u"OPENMAYOR_PORTAL_PASSWORD"_s})
        m_environment.remove(name);
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_environment.insert(u"HOME"_s, path(u"home"_s));
    m_environment.insert(u"XDG_CONFIG_HOME"_s, path(u"home/.config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
}

void TestCli::cleanup()
{
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& file : files)
        QFile::setPermissions(m_dir->filePath(file),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

Run TestCli::run(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(m_cli, arguments);
    Run r;
    if (!process.waitForStarted(30000))
        return r;
    process.closeWriteChannel();
    r.finished = process.waitForFinished(120000);
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return r;
}

bool TestCli::initDemo(const QString& file)
{
    const Run r = run({u"--db"_s, file, u"init"_s, u"--demo"_s});
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning() << r.describe();
        return false;
    }
    return true;
}

QJsonDocument TestCli::jsonOf(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << r.describe();
    return document;
}

void TestCli::pledgesJsonListsSeedCard()
{
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Run r = run({u"--db"_s, db, u"pledges"_s, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err, QByteArray());
    const QJsonDocument document = jsonOf(r);
    QVERIFY(document.isArray());
    const QJsonArray pledges = document.array();
    QJsonObject seed;
    for (const QJsonValue& value : pledges)
        if (value.toObject().value(u"code"_s).toString() == u"7-1-3")
            seed = value.toObject();
    QVERIFY2(!seed.isEmpty(), "7-1-3 is not listed");
    QCOMPARE(seed.value(u"title"_s).toString(), u"365일 열린시장실 운영"_s);
    QCOMPARE(seed.value(u"status"_s).toString(), u"on_track"_s);
    QVERIFY(seed.value(u"rate"_s).isDouble());
    QCOMPARE(seed.value(u"rate"_s).toDouble(), 87.5);
}

void TestCli::pledgeJsonHasDerivedFigures()
{
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Run r = run({u"--db"_s, db, u"pledge"_s, u"7-1-3"_s, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err, QByteArray());
    const QJsonDocument document = jsonOf(r);
    QVERIFY(document.isObject());
    const QJsonObject card = document.object();
    QCOMPARE(card.value(u"code"_s).toString(), u"7-1-3"_s);
    QCOMPARE(card.value(u"title"_s).toString(), u"365일 열린시장실 운영"_s);
    QCOMPARE(card.value(u"status"_s).toString(), u"on_track"_s);
    QCOMPARE(card.value(u"rate"_s).toDouble(), 87.5);
    QCOMPARE(card.value(u"basis_date"_s).toString(), u"2024-05-31"_s);

    const QJsonArray indicators = card.value(u"indicators"_s).toArray();
    QCOMPARE(indicators.size(), 1);
    const QJsonObject indicator = indicators.first().toObject();
    QCOMPARE(indicator.value(u"name"_s).toString(), u"「365일 열린시장실」 공약현황 자료갱신"_s);
    QCOMPARE(indicator.value(u"unit"_s).toString(), u"회"_s);
    QCOMPARE(indicator.value(u"kind"_s).toString(), u"cumulative"_s);
    QCOMPARE(indicator.value(u"cumulative_target"_s).toDouble(), 8.0);
    QCOMPARE(indicator.value(u"cumulative_actual"_s).toDouble(), 7.0);
    QCOMPARE(indicator.value(u"rate"_s).toDouble(), 87.5);
    const QJsonObject targets = indicator.value(u"targets"_s).toObject();
    QCOMPARE(targets.value(u"2023"_s).toDouble(), 2.0);
    QCOMPARE(targets.value(u"2026"_s).toDouble(), 1.0);
    const QJsonObject actuals = indicator.value(u"actuals"_s).toObject();
    QCOMPARE(actuals.value(u"2024"_s).toDouble(), 4.0);
    QVERIFY(!actuals.contains(u"2025"_s));

    const QJsonObject budget = card.value(u"budget"_s).toObject();
    QCOMPARE(budget.value(u"planned_total"_s).toDouble(), 40.0);
    QCOMPARE(budget.value(u"executed_total"_s).toDouble(), 25.0);
    QCOMPARE(budget.value(u"execution_rate"_s).toDouble(), 62.5);
    QVERIFY(budget.contains(u"by_source"_s));
    QVERIFY(budget.contains(u"by_year"_s));
}

void TestCli::pledgesTextOutput()
{
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Run r = run({u"--db"_s, db, u"pledges"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"7-1-3\t365일 열린시장실 운영\t"_s), qPrintable(text));
    QVERIFY2(text.contains(u"87.5%"_s), qPrintable(text));
}

bool TestCli::makeFaultyFile(Fault fault, const QString& file)
{
    auto writeBytes = [&](const QByteArray& bytes) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    };
    switch (fault) {
    case Fault::Directory:
        return QDir().mkpath(file) &&
               QFile(QDir(file).filePath(u"inside.txt"_s)).open(QIODevice::WriteOnly);
    case Fault::ReadOnlyFile:
        return initDemo(file) &&
               QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther);
    case Fault::RandomBytes: {
        QRandomGenerator random(7130);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.bounded(256));
        return writeBytes(bytes);
    }
    case Fault::PlainText:
        return writeBytes(u"code,title\n7-1-3,365일 열린시장실 운영\n"_s.toUtf8());
    case Fault::OtherProgram:
        return runSql(file, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                             u"INSERT INTO notes (text) VALUES ('not ours')"_s});
    case Fault::NewerSchema: {
        if (!initDemo(file))
            return false;
        // one above whatever this build writes
        int version = -1;
        {
            const QString name = u"version-probe"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(file);
                if (db.open()) {
                    QSqlQuery query(db);
                    if (query.exec(u"PRAGMA user_version"_s) && query.next())
                        version = query.value(0).toInt();
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        return version >= 1 && runSql(file, {u"PRAGMA user_version = %1"_s.arg(version + 1)});
    }
    }
    return false;
}

void TestCli::badDatabaseFiles_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QStringList>("command");
    const QList<std::pair<const char*, Fault>> faults = {
        {"directory", Fault::Directory},
        {"read-only-file", Fault::ReadOnlyFile},
        {"not-sqlite-random-bytes", Fault::RandomBytes},
        {"not-sqlite-plain-text", Fault::PlainText},
        {"other-program-sqlite", Fault::OtherProgram},
        {"newer-schema", Fault::NewerSchema},
    };
    const QList<std::pair<const char*, QStringList>> commands = {
        {"pledges", {u"pledges"_s, u"--json"_s}},
        {"pledge", {u"pledge"_s, u"7-1-3"_s}},
        {"init", {u"init"_s}},
        {"init --demo", {u"init"_s, u"--demo"_s}},
    };
    for (const auto& [faultName, fault] : faults)
        for (const auto& [commandName, command] : commands)
            QTest::addRow("%s: %s", faultName, commandName) << int(fault) << command;
}

void TestCli::badDatabaseFiles()
{
    QFETCH(int, fault);
    QFETCH(QStringList, command);
    const QString file = path(u"bad.db"_s);
    QVERIFY(makeFaultyFile(Fault(fault), file));
    const Fingerprint before = fingerprint(file);
    QThread::msleep(20); // a write during the run would show in the mtime

    const Run r = run(QStringList{u"--db"_s, file} + command);
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QVERIFY(!r.errLines().first().trimmed().isEmpty());
    QCOMPARE(r.out, QByteArray());

    const Fingerprint after = fingerprint(file);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.siblings, before.siblings); // no -wal, -shm, -journal or -media left
    QCOMPARE(after.children, before.children);
}

void TestCli::unknownCommandIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown option") << QStringList{u"--no-such-option"_s, u"pledges"_s};
    QTest::newRow("pledge without code") << QStringList{u"pledge"_s};
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s, u"pledges"_s};
}

void TestCli::unknownCommandIsUsageError()
{
    QFETCH(QStringList, arguments);
    const QString db = path(u"never.db"_s);
    const Run r = run(QStringList{u"--db"_s, db} + arguments);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(!QFileInfo::exists(db));
}

void TestCli::missingFileIsNotCreated_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("pledges") << QStringList{u"pledges"_s};
    QTest::newRow("pledges --json") << QStringList{u"pledges"_s, u"--json"_s};
    QTest::newRow("pledge") << QStringList{u"pledge"_s, u"7-1-3"_s, u"--json"_s};
}

void TestCli::missingFileIsNotCreated()
{
    QFETCH(QStringList, command);
    const QString db = path(u"missing.db"_s);
    const QStringList before =
        QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Run r = run(QStringList{u"--db"_s, db} + command);
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!QFileInfo::exists(db));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestCli::initDemoRefusesPopulatedDatabase()
{
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Fingerprint before = fingerprint(db);
    QThread::msleep(20);

    const Run again = run({u"--db"_s, db, u"init"_s, u"--demo"_s});
    QVERIFY2(again.finished && again.exitCode == 2, qPrintable(again.describe()));
    QVERIFY2(again.errLines().size() == 1, qPrintable(again.describe()));
    const Fingerprint after = fingerprint(db);
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.siblings, before.siblings);

    // still the one seed card, still readable
    const Run list = run({u"--db"_s, db, u"pledges"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(jsonOf(list).array().size(), 1);

    // plain init on a current database is fine and changes nothing
    const Run init = run({u"--db"_s, db, u"init"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    QCOMPARE(fingerprint(db).sha256, before.sha256);
}

void TestCli::unknownPledgeCode()
{
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Run r = run({u"--db"_s, db, u"pledge"_s, u"9-9-9"_s, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QVERIFY(r.errLines().first().contains(u"9-9-9"_s));
    QCOMPARE(r.out, QByteArray());
}

// search (issue 4)
void TestCli::searchJsonFindsAcrossSections()
{
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Run r = run({u"--db"_s, db, u"search"_s, u"공약"_s, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.err, QByteArray());
    const QJsonDocument document = jsonOf(r);
    QVERIFY(document.isArray());
    const QJsonArray hits = document.array();
    QVERIFY(hits.size() >= 3);
    QSet<QString> types;
    for (const QJsonValue& value : hits) {
        const QJsonObject hit = value.toObject();
        const QStringList keys = hit.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"type"_s, u"section"_s, u"id"_s, u"title"_s, u"snippet"_s}));
        QCOMPARE(hit.value(u"id"_s).toString().size(), 36);
        QVERIFY(hit.value(u"title"_s).toString().contains(u"공약"_s) ||
                hit.value(u"snippet"_s).toString().contains(u"공약"_s));
        types << hit.value(u"type"_s).toString();
        if (hit.value(u"type"_s).toString() == u"pledge")
            QCOMPARE(hit.value(u"section"_s).toString(), u"pledges"_s);
    }
    QVERIFY(types.contains(u"pledge"_s));
    QVERIFY(types.contains(u"press_release"_s));

    // --limit caps the hits; FTS syntax in the text is searched as text, not an error
    const Run limited =
        run({u"--db"_s, db, u"search"_s, u"공약"_s, u"--json"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.describe()));
    QCOMPARE(jsonOf(limited).array().size(), 2);
    const Run syntax = run({u"--db"_s, db, u"search"_s, u"\"열린* OR (NEAR"_s, u"--json"_s});
    QVERIFY2(syntax.exitCode == 0 && syntax.err.isEmpty(), qPrintable(syntax.describe()));
    QVERIFY(jsonOf(syntax).isArray());
}

void TestCli::searchUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no text") << QStringList{u"search"_s};
    QTest::newRow("limit 0") << QStringList{u"search"_s, u"공약"_s, u"--limit"_s, u"0"_s};
    QTest::newRow("limit word") << QStringList{u"search"_s, u"공약"_s, u"--limit"_s, u"many"_s};
}

void TestCli::searchUsageErrors()
{
    QFETCH(QStringList, arguments);
    const QString db = path(u"demo.db"_s);
    QVERIFY(initDemo(db));
    const Run r = run(QStringList{u"--db"_s, db} + arguments);
    QVERIFY2(r.finished && r.exitCode == 1, qPrintable(r.describe()));
    QCOMPARE(r.errLines().size(), 1);
    QCOMPARE(r.out, QByteArray());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
