// The local SQLite store: migrations, the SQL splitter, change capture, constraints,
// concurrent writers, refusal of bad files, and the pledge repository's round trip of
// the seed card (seed/READING.md).
#include "testsupport.h"

#include "common/changenotifier.h"
#include "common/ids.h"
#include "domain/fulfilment.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/migrations.h"
#include "storage/pledgerepository.h"
#include "storage/sqlscript.h"
#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

std::atomic_int s_rawConnections{0};

// A plain QSQLITE connection with none of Database's pragmas: what a raw sqlite3 session
// sees. Owned by the thread that creates it.
class RawConnection
{
public:
    explicit RawConnection(const QString& path) : m_name(u"raw-%1"_s.arg(++s_rawConnections))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns the driver's error text, empty on success.
    QString run(const QString& sql, const QVariantList& params = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return query.lastError().text() + u" [prepare] "_s + sql;
        for (int i = 0; i < params.size(); ++i)
            query.bindValue(i, params.at(i));
        if (!query.exec())
            return query.lastError().text() + u" [exec] "_s + sql;
        return {};
    }
    QVariant scalar(const QString& sql, const QVariantList& params = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return {};
        for (int i = 0; i < params.size(); ++i)
            query.bindValue(i, params.at(i));
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }
    QStringList column(const QString& sql, const QVariantList& params = {}) const
    {
        QStringList values;
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return {u"<error>"_s};
        for (int i = 0; i < params.size(); ++i)
            query.bindValue(i, params.at(i));
        if (!query.exec())
            return {u"<error>"_s};
        while (query.next())
            values << query.value(0).toString();
        return values;
    }
    // "table|row_id|op" of every outbox row, in capture order.
    QStringList outbox() const
    {
        return column(u"SELECT table_name || '|' || row_id || '|' || op FROM sync_outbox "
                      "ORDER BY seq"_s);
    }

private:
    QString m_name;
    bool m_open = false;
};

// Everything about a file (or folder) that a refused open must leave as it was.
struct Fingerprint
{
    QByteArray sha256;
    QDateTime modified;
    qint64 size = -1;
    QFileDevice::Permissions permissions;
    QStringList siblings; // the folder's entries: no -wal, -shm or -journal left behind
    QStringList children; // for a folder: its entries
};

Fingerprint fingerprint(const QString& path)
{
    Fingerprint f;
    const QFileInfo info(path);
    f.modified = info.lastModified();
    f.size = info.isDir() ? -1 : info.size();
    f.permissions = info.permissions();
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

void compareFingerprints(const Fingerprint& after, const Fingerprint& before)
{
    QCOMPARE(after.sha256, before.sha256);
    QCOMPARE(after.modified, before.modified);
    QCOMPARE(after.size, before.size);
    QCOMPARE(int(after.permissions), int(before.permissions));
    QCOMPARE(after.siblings, before.siblings);
    QCOMPARE(after.children, before.children);
}

// Table names that the migration scripts create, read from the scripts themselves.
QStringList tablesInMigrationScripts()
{
    QStringList tables;
    static const QRegularExpression createTable(
        u"CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z_][A-Za-z0-9_]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A table rebuilt by a later migration (create new, copy, drop old, rename) ends under
    // the old name.
    static const QRegularExpression renameTable(
        u"ALTER\\s+TABLE\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+RENAME\\s+TO\\s+([A-Za-z_][A-Za-z0-9_]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& script : Migrations::scripts()) {
        QFile file(script);
        if (!file.open(QIODevice::ReadOnly))
            return {u"<cannot read %1>"_s.arg(script)};
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString& statement : splitSqlScript(text)) {
            const auto match = createTable.match(statement);
            if (match.hasMatch() && match.capturedStart() == 0)
                tables << match.captured(1);
            const auto renamed = renameTable.match(statement);
            if (renamed.hasMatch() && renamed.capturedStart() == 0) {
                tables.removeAll(renamed.captured(1));
                if (!tables.contains(renamed.captured(2)))
                    tables << renamed.captured(2);
            }
        }
    }
    return tables;
}

// Rows of `table` as sorted strings, limited to `columns` (all when empty).
QStringList tableRows(const RawConnection& raw, const QString& table,
                      const QStringList& columns = {})
{
    QStringList rows;
    QSqlQuery query(raw.db());
    const QString select = columns.isEmpty() ? u"*"_s : columns.join(u", "_s);
    if (!query.exec(u"SELECT "_s + select + u" FROM "_s + table))
        return {u"<error %1>"_s.arg(query.lastError().text())};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant v = query.value(i);
            values << (v.isNull() ? u"NULL"_s : v.toString());
        }
        rows << values.join(u'\x1f');
    }
    rows.sort();
    return rows;
}

QStringList columnsOf(const RawConnection& raw, const QString& table)
{
    return raw.column(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table});
}

QStringList userTables(const RawConnection& raw)
{
    return raw.column(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                      "'sqlite_%' ORDER BY name"_s);
}

// Tables of the pledge book, parents first.
const QStringList pledgeBookTables = {u"term"_s,
                                      u"pledge_area"_s,
                                      u"pledge_goal"_s,
                                      u"pledge"_s,
                                      u"pledge_task"_s,
                                      u"pledge_budget"_s,
                                      u"pledge_budget_executed"_s,
                                      u"pledge_progress"_s,
                                      u"pledge_indicator"_s,
                                      u"indicator_value"_s,
                                      u"pledge_department"_s,
                                      u"reporting_period"_s,
                                      u"pledge_snapshot"_s};

enum class Fault
{
    Directory,
    ReadOnlyFile,
    RandomBytes,
    PlainText,
    OtherProgram,
    OtherApplicationId,
    NewerSchema,
    CorruptAfterHeader
};

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A current, empty OpenMayor store at `file` (closed again).
    bool makeCurrentStore(const QString& file) const;
    // A store with the demo data (seed card and sample content), left open.
    std::optional<Database> makeDemoStore(const QString& file) const;
    bool makeFaultyFile(Fault fault, const QString& file) const;

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // migrations
    void createsCurrentSchemaFromEmpty();
    void migratesStepwise_data();
    void migratesStepwise();
    void reopeningCurrentStoreIsNoOp();
    void olderSchemaFixturesExist();
    void upgradesOlderFixtures_data();
    void upgradesOlderFixtures();

    // the SQL splitter
    void splitsSqlScripts_data();
    void splitsSqlScripts();
    void splitStatementsRunInSqlite();

    // change capture
    void capturesContentWritesOfRawSession_data();
    void capturesContentWritesOfRawSession();
    void capturesPledgeBookWritesOfRawSession();
    void doesNotCaptureWhileApplyingRemote();
    void cascadedDeleteCapturesChildren();

    // constraints
    void constraintsHold_data();
    void constraintsHold();

    // concurrency
    void secondWriterWaits();

    // bad input
    void refusesBadFiles_data();
    void refusesBadFiles();
    void openExistingDoesNotCreate();

    // pledge repository
    void seedCardRoundTrip();
    void saveWritesOnlyWhatChanged();
};

void TestStore::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    QVERIFY(Database::latestSchemaVersion() >= 1);
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::cleanup()
{
    // make every file removable again (read-only fixtures)
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& file : files)
        QFile::setPermissions(m_dir->filePath(file),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

bool TestStore::makeCurrentStore(const QString& file) const
{
    auto database = Database::open(file, Database::Mode::CreateIfMissing);
    if (!database) {
        qWarning() << database.error().fullText();
        return false;
    }
    database->close();
    return true;
}

std::optional<Database> TestStore::makeDemoStore(const QString& file) const
{
    auto database = Database::open(file, Database::Mode::CreateIfMissing);
    if (!database) {
        qWarning() << database.error().fullText();
        return std::nullopt;
    }
    if (Status s = DemoData::populate(*database, path(u"media"_s)); !s) {
        qWarning() << s.error().fullText();
        return std::nullopt;
    }
    return *database;
}

// ------------------------------------------------------------------- migrations

void TestStore::createsCurrentSchemaFromEmpty()
{
    const QString file = path(u"new.db"_s);
    QVERIFY(!QFileInfo::exists(file));
    auto database = Database::open(file, Database::Mode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());

    // pragmas of the connection the application uses
    QSqlDatabase appDb = database->connection();
    QCOMPARE(queryInt(appDb, u"PRAGMA foreign_keys"_s).value(), qint64(1));
    QVERIFY(queryInt(appDb, u"PRAGMA busy_timeout"_s).value() > 0);

    RawConnection raw(file);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Database::applicationId);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);

    const QStringList present = userTables(raw);
    // The tables DESIGN.md §1-§4 needs, named here so that a script that loses one fails...
    const QStringList expected = {u"sync_state"_s,
                                  u"sync_outbox"_s,
                                  u"sync_base"_s,
                                  u"app_state"_s,
                                  u"media"_s,
                                  u"term"_s,
                                  u"pledge_area"_s,
                                  u"pledge_goal"_s,
                                  u"pledge"_s,
                                  u"pledge_task"_s,
                                  u"pledge_budget"_s,
                                  u"pledge_budget_executed"_s,
                                  u"pledge_progress"_s,
                                  u"pledge_indicator"_s,
                                  u"indicator_value"_s,
                                  u"pledge_department"_s,
                                  u"reporting_period"_s,
                                  u"pledge_snapshot"_s,
                                  u"page"_s,
                                  u"speech"_s,
                                  u"schedule_event"_s,
                                  u"activity"_s,
                                  u"activity_photo"_s,
                                  u"press_release"_s,
                                  u"press_attachment"_s,
                                  u"sns_link"_s,
                                  u"workflow_transition"_s,
                                  u"content_revision"_s};
    for (const QString& table : expected)
        QVERIFY2(present.contains(table), qPrintable(u"missing table "_s + table));
    // ...and every table that the scripts create (read from the scripts) exists too.
    const QStringList scripted = tablesInMigrationScripts();
    QVERIFY(scripted.size() >= expected.size());
    for (const QString& table : scripted)
        QVERIFY2(present.contains(table), qPrintable(u"missing table "_s + table));

    // every synced table (one with updated_by) has its three capture triggers
    for (const QString& table : present) {
        if (!columnsOf(raw, table).contains(u"updated_by"_s)) // not a synced table
            continue;
        for (const QString& op : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            const int n = raw.scalar(u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                                     "AND tbl_name = ? AND upper(sql) LIKE ?"_s,
                                     {table, QString(u"%AFTER "_s + op + u" ON%"_s)})
                              .toInt();
            QVERIFY2(n >= 1, qPrintable(u"no %1 capture trigger on %2"_s.arg(op, table)));
        }
    }
    // the only seeded row of a new store is the capture switch, and it is off
    QCOMPARE(raw.scalar(u"SELECT value FROM sync_state WHERE key = 'applying_remote'"_s).toString(),
             u"0"_s);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sync_outbox"_s).toInt(), 0);
}

void TestStore::migratesStepwise_data()
{
    QTest::addColumn<int>("target");
    for (int k = 0; k <= Database::latestSchemaVersion(); ++k)
        QTest::addRow("to v%d", k) << k;
}

void TestStore::migratesStepwise()
{
    QFETCH(int, target);
    // from empty straight to `target`
    {
        RawConnection raw(path(u"direct.db"_s));
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        const Status s = Migrations::migrate(db, target);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), target);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(),
                 target == 0 ? 0 : Database::applicationId);
        if (target == 0)
            QCOMPARE(userTables(raw), QStringList());
    }
    // one version at a time up to `target`, then on to the latest
    {
        RawConnection raw(path(u"steps.db"_s));
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        for (int k = 0; k <= target; ++k) {
            const Status s = Migrations::migrate(db, k);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), k);
        }
        // migrating to a lower target never goes down
        if (target > 0) {
            const Status s = Migrations::migrate(db, target - 1);
            QVERIFY(s);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), target);
        }
        const Status s = Migrations::migrate(db, Database::latestSchemaVersion());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    }
    // both routes end in the same schema
    RawConnection direct(path(u"latest.db"_s));
    QSqlDatabase db = direct.db();
    QVERIFY(Migrations::migrate(db, Database::latestSchemaVersion()));
    RawConnection steps(path(u"steps.db"_s));
    const QString schemaSql = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                              "sqlite_schema ORDER BY type, name"_s;
    QCOMPARE(steps.column(schemaSql), direct.column(schemaSql));
}

void TestStore::reopeningCurrentStoreIsNoOp()
{
    const QString file = path(u"current.db"_s);
    QVERIFY(makeCurrentStore(file));
    const QString schemaSql = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM "
                              "sqlite_schema ORDER BY type, name"_s;
    QStringList schemaBefore;
    {
        RawConnection raw(file);
        schemaBefore = raw.column(schemaSql);
        // a row written by someone, to see that re-opening leaves rows and outbox alone
        QCOMPARE(raw.run(u"INSERT INTO app_state (key, value) VALUES ('k', 'v')"_s), QString());
    }
    QVERIFY(schemaBefore.size() > 20);
    const Fingerprint before = fingerprint(file);

    for (int round = 0; round < 2; ++round) {
        auto database = Database::open(file, Database::Mode::OpenExisting);
        QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        database->close();
    }
    RawConnection raw(file);
    QCOMPARE(raw.column(schemaSql), schemaBefore);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM sync_outbox"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT value FROM app_state WHERE key = 'k'"_s).toString(), u"v"_s);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(fingerprint(file).sha256, before.sha256);
}

void TestStore::olderSchemaFixturesExist()
{
    const QDir dir(test::dataPath(u"migrations"_s));
    QVERIFY2(dir.exists(), qPrintable(dir.path()));
    QVERIFY(!dir.entryList({u"*.sql"_s}, QDir::Files).isEmpty());
}

void TestStore::upgradesOlderFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("fixtureVersion");
    const QDir dir(test::dataPath(u"migrations"_s));
    static const QRegularExpression name(u"^v(\\d+)-[A-Za-z0-9_-]+\\.sql$"_s);
    for (const QString& file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        // a misnamed fixture shows up as a failing row, not as a silently skipped file
        QTest::newRow(qPrintable(file))
            << dir.filePath(file) << (match.hasMatch() ? match.captured(1).toInt() : -1);
    }
}

void TestStore::upgradesOlderFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(int, fixtureVersion);
    QVERIFY2(fixtureVersion >= 0, "fixture names are v<N>-<what>.sql (see README.md)");
    QVERIFY2(fixtureVersion < Database::latestSchemaVersion(),
             "a fixture of the current version tests no migration");

    QFile script(fixture);
    QVERIFY(script.open(QIODevice::ReadOnly));
    const QStringList statements = splitSqlScript(QString::fromUtf8(script.readAll()));

    const QString file = path(u"old.db"_s);
    { // SQLite creates the file lazily; an empty script leaves a zero-byte file
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
    }
    QHash<QString, QStringList> columnsBefore;
    QHash<QString, QStringList> rowsBefore;
    {
        RawConnection raw(file);
        QVERIFY(raw.isOpen());
        for (const QString& statement : statements)
            QCOMPARE(raw.run(statement), QString());
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), fixtureVersion);
        for (const QString& table : userTables(raw)) {
            columnsBefore.insert(table, columnsOf(raw, table));
            rowsBefore.insert(table, tableRows(raw, table));
        }
    }

    auto database = Database::open(file, Database::Mode::OpenExisting);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    database->close();

    RawConnection raw(file);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Database::applicationId);
    QCOMPARE(raw.column(u"PRAGMA foreign_key_check"_s), QStringList());
    QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    for (auto it = columnsBefore.cbegin(); it != columnsBefore.cend(); ++it) {
        const QStringList now = columnsOf(raw, it.key());
        for (const QString& column : it.value())
            QVERIFY2(now.contains(column), qPrintable(it.key() + u'.' + column));
        QCOMPARE(tableRows(raw, it.key(), it.value()), rowsBefore.value(it.key()));
    }
}

// ------------------------------------------------------------------- SQL splitter

void TestStore::splitsSqlScripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected"); // compared whitespace-simplified

    QTest::newRow("two statements")
        << u"CREATE TABLE a (x); INSERT INTO a VALUES (1);"_s
        << QStringList{u"CREATE TABLE a (x)"_s, u"INSERT INTO a VALUES (1)"_s};
    QTest::newRow("last without semicolon")
        << u"SELECT 1;\nSELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::newRow("empty statements skipped")
        << u";;\n SELECT 1;; ;"_s << QStringList{u"SELECT 1"_s};
    QTest::newRow("empty script") << QString() << QStringList();
    QTest::newRow("comment only") << u"-- nothing here; really\n/* nor; here */\n"_s
                                  << QStringList();
    QTest::newRow("semicolon in single quotes")
        << u"INSERT INTO a VALUES ('x;y'); SELECT 2;"_s
        << QStringList{u"INSERT INTO a VALUES ('x;y')"_s, u"SELECT 2"_s};
    QTest::newRow("semicolon in double-quoted identifier")
        << u"CREATE TABLE \"odd;name\" (x); SELECT 1"_s
        << QStringList{u"CREATE TABLE \"odd;name\" (x)"_s, u"SELECT 1"_s};
    QTest::newRow("semicolon in brackets and backticks")
        << u"SELECT [a;b], `c;d` FROM t; SELECT 1"_s
        << QStringList{u"SELECT [a;b], `c;d` FROM t"_s, u"SELECT 1"_s};
    QTest::newRow("doubled quote")
        << u"INSERT INTO a VALUES ('it''s; fine'); SELECT 'x'''"_s
        << QStringList{u"INSERT INTO a VALUES ('it''s; fine')"_s, u"SELECT 'x'''"_s};
    QTest::newRow("doubled double quote")
        << u"CREATE TABLE \"a\"\";b\" (x); SELECT 1"_s
        << QStringList{u"CREATE TABLE \"a\"\";b\" (x)"_s, u"SELECT 1"_s};
    QTest::newRow("line comment with semicolon")
        << u"SELECT 1 -- one; two\n; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::newRow("block comment with semicolon")
        << u"SELECT /* a; b */ 1; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::newRow("comment markers inside quotes are text")
        << u"SELECT '--;' , '/*;*/'; SELECT 2"_s
        << QStringList{u"SELECT '--;' , '/*;*/'"_s, u"SELECT 2"_s};
    QTest::newRow("unterminated block comment")
        << u"SELECT 1; /* to the end; of file"_s << QStringList{u"SELECT 1"_s};
    QTest::newRow("transaction keywords outside a trigger")
        << u"BEGIN; INSERT INTO a VALUES (1); END;"_s
        << QStringList{u"BEGIN"_s, u"INSERT INTO a VALUES (1)"_s, u"END"_s};
    QTest::newRow("trigger body")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
           "UPDATE b SET x = 2; END; SELECT 3;"_s
        << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); "
                       "UPDATE b SET x = 2; END"_s,
                       u"SELECT 3"_s};
    QTest::newRow("temp trigger, lower case")
        << u"create temp trigger t after delete on a begin delete from b; end; select 1"_s
        << QStringList{u"create temp trigger t after delete on a begin delete from b; end"_s,
                       u"select 1"_s};
    QTest::newRow("trigger with CASE ... END inside")
        << u"CREATE TRIGGER t AFTER UPDATE ON a BEGIN INSERT INTO b VALUES (CASE WHEN NEW.x > 0 "
           "THEN 'pos;itive' ELSE 'neg' END); INSERT INTO b VALUES (CASE NEW.x WHEN 1 THEN (CASE "
           "WHEN 1 THEN 2 END) END); END; SELECT 1"_s
        << QStringList{u"CREATE TRIGGER t AFTER UPDATE ON a BEGIN INSERT INTO b VALUES (CASE WHEN "
                       "NEW.x > 0 THEN 'pos;itive' ELSE 'neg' END); INSERT INTO b VALUES (CASE "
                       "NEW.x WHEN 1 THEN (CASE WHEN 1 THEN 2 END) END); END"_s,
                       u"SELECT 1"_s};
    QTest::newRow("words containing end or case are not keywords")
        << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET end_date = 1, showcase = 2, "
           "\"end\" = 'END;'; END; SELECT 1"_s
        << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET end_date = 1, "
                       "showcase = 2, \"end\" = 'END;'; END"_s,
                       u"SELECT 1"_s};
    QTest::newRow("trigger with WHEN clause and comments")
        << u"CREATE TRIGGER t AFTER INSERT ON a -- note; here\nWHEN (SELECT 1) <> 0\nBEGIN\n  /* "
           "body; */ INSERT INTO b VALUES (1); -- x;\nEND;\nSELECT 2;"_s
        << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a WHEN (SELECT 1) <> 0 BEGIN "
                       "INSERT INTO b VALUES (1); END"_s,
                       u"SELECT 2"_s};
    QTest::newRow("Korean text")
        << u"INSERT INTO a VALUES ('365일 열린시장실; 운영'); SELECT '한글'"_s
        << QStringList{u"INSERT INTO a VALUES ('365일 열린시장실; 운영')"_s, u"SELECT '한글'"_s};
}

void TestStore::splitsSqlScripts()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QStringList actual = splitSqlScript(script);
    for (QString& statement : actual)
        statement = statement.simplified();
    QCOMPARE(actual, expected);
}

void TestStore::splitStatementsRunInSqlite()
{
    // The splitter's output, run statement by statement, must do what sqlite3 would do
    // with the whole script.
    const QString script = uR"sql(
        -- a table; with a comment
        CREATE TABLE a (x INTEGER, note TEXT);
        CREATE TABLE log (what TEXT);
        /* a trigger whose body has semicolons, a CASE and quoted text */
        CREATE TRIGGER a_insert AFTER INSERT ON a
        WHEN NEW.x IS NOT NULL
        BEGIN
            INSERT INTO log VALUES (CASE WHEN NEW.x > 0 THEN 'pos;' ELSE 'neg' END);
            INSERT INTO log VALUES ('it''s -- not a comment; END');
        END;
        INSERT INTO a VALUES (1, 'a;b');
        INSERT INTO a VALUES (-1, '/* not a comment */');
    )sql"_s;
    const QStringList statements = splitSqlScript(script);
    QCOMPARE(statements.size(), 5); // two tables, the trigger, two inserts
    RawConnection raw(path(u"split.db"_s));
    for (const QString& statement : statements)
        QCOMPARE(raw.run(statement), QString());
    QCOMPARE(raw.column(u"SELECT note FROM a ORDER BY x DESC"_s),
             (QStringList{u"a;b"_s, u"/* not a comment */"_s}));
    QCOMPARE(raw.column(u"SELECT what FROM log ORDER BY rowid"_s),
             (QStringList{u"pos;"_s, u"it's -- not a comment; END"_s, u"neg"_s,
                          u"it's -- not a comment; END"_s}));
}

// ------------------------------------------------------------------- change capture

void TestStore::capturesContentWritesOfRawSession_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("insertSql"); // one ? for the id

    QTest::newRow("page")
        << u"page"_s << u"INSERT INTO page (id, slug, title) VALUES (?, 'greeting', '인사말')"_s;
    QTest::newRow("speech") << u"speech"_s
                            << u"INSERT INTO speech (id, title, delivered_on) VALUES (?, '신년사', "
                               "'2024-01-02')"_s;
    QTest::newRow("schedule_event")
        << u"schedule_event"_s
        << u"INSERT INTO schedule_event (id, title, starts_at, ends_at) VALUES (?, '간부회의', "
           "'2024-05-02T09:00', '2024-05-02T10:00')"_s;
    QTest::newRow("activity") << u"activity"_s
                              << u"INSERT INTO activity (id, title, activity_date) VALUES (?, "
                                 "'현장 방문', '2024-05-03')"_s;
    QTest::newRow("press_release")
        << u"press_release"_s << u"INSERT INTO press_release (id, title) VALUES (?, '보도자료')"_s;
    QTest::newRow("sns_link") << u"sns_link"_s
                              << u"INSERT INTO sns_link (id, platform, url, label) VALUES (?, "
                                 "'youtube', 'https://www.youtube.com/@naju', '유튜브')"_s;
    QTest::newRow("media") << u"media"_s
                           << u"INSERT INTO media (id, sha256, file_name, mime_type, size_bytes) "
                              "VALUES (?, '"_s +
                                  QString(64, u'a') + u"', 'a.png', 'image/png', 10)"_s;
    QTest::newRow("workflow_transition")
        << u"workflow_transition"_s
        << u"INSERT INTO workflow_transition (id, item_table, item_id, to_state) VALUES (?, "
           "'page', 'x', 'review')"_s;
    QTest::newRow("content_revision")
        << u"content_revision"_s
        << u"INSERT INTO content_revision (id, item_table, item_id, revision_no, data) VALUES "
           "(?, 'page', 'x', 1, '{}')"_s;
    QTest::newRow("term") << u"term"_s
                          << u"INSERT INTO term (id, name, start_date, end_date) VALUES (?, "
                             "'민선9기', '2026-07-01', '2030-06-30')"_s;
}

void TestStore::capturesContentWritesOfRawSession()
{
    QFETCH(QString, table);
    QFETCH(QString, insertSql);
    const QString file = path(u"capture.db"_s);
    QVERIFY(makeCurrentStore(file));

    RawConnection raw(file);
    QCOMPARE(raw.outbox(), QStringList());
    const QString id = newId();
    QCOMPARE(raw.run(insertSql, {id}), QString());
    QCOMPARE(raw.run(u"UPDATE "_s + table + u" SET updated_by = 'sqlite3' WHERE id = ?"_s, {id}),
             QString());
    QCOMPARE(raw.run(u"DELETE FROM "_s + table + u" WHERE id = ?"_s, {id}), QString());
    QCOMPARE(raw.outbox(),
             (QStringList{table + u'|' + id + u"|insert"_s, table + u'|' + id + u"|update"_s,
                          table + u'|' + id + u"|delete"_s}));
    // capture time is stamped
    QCOMPARE(
        raw.scalar(u"SELECT count(*) FROM sync_outbox WHERE captured_at LIKE '20__-__-__T%Z'"_s)
            .toInt(),
        3);
}

void TestStore::capturesPledgeBookWritesOfRawSession()
{
    const QString file = path(u"demo.db"_s);
    auto database = makeDemoStore(file);
    QVERIFY(database);
    database->close();

    RawConnection raw(file);
    // the demo data itself was captured as local inserts
    QVERIFY(raw.scalar(u"SELECT count(*) FROM sync_outbox WHERE table_name = 'pledge' AND op = "
                       "'insert'"_s)
                .toInt() == 1);
    QCOMPARE(raw.run(u"DELETE FROM sync_outbox"_s), QString());

    const QString pledgeId = raw.scalar(u"SELECT id FROM pledge WHERE code = '7-1-3'"_s).toString();
    QVERIFY(!pledgeId.isEmpty());
    const QString taskId = newId();
    QCOMPARE(raw.run(u"INSERT INTO pledge_task (id, pledge_id, name, start_quarter, end_quarter) "
                     "VALUES (?, ?, '시험 과업', '2024-Q1', '2024-Q2')"_s,
                     {taskId, pledgeId}),
             QString());
    const QString valueId =
        raw.scalar(u"SELECT v.id FROM indicator_value v JOIN pledge_indicator i ON i.id = "
                   "v.indicator_id WHERE i.pledge_id = ? AND v.year = 2024"_s,
                   {pledgeId})
            .toString();
    QVERIFY(!valueId.isEmpty());
    QCOMPARE(raw.run(u"UPDATE indicator_value SET actual = 3 WHERE id = ?"_s, {valueId}),
             QString());
    const QString progressId =
        raw.scalar(
               u"SELECT id FROM pledge_progress WHERE pledge_id = ? ORDER BY position LIMIT 1"_s,
               {pledgeId})
            .toString();
    QVERIFY(!progressId.isEmpty());
    QCOMPARE(raw.run(u"DELETE FROM pledge_progress WHERE id = ?"_s, {progressId}), QString());
    QCOMPARE(raw.run(u"UPDATE pledge SET status = 'lagging' WHERE id = ?"_s, {pledgeId}),
             QString());

    QCOMPARE(raw.outbox(), (QStringList{u"pledge_task|"_s + taskId + u"|insert"_s,
                                        u"indicator_value|"_s + valueId + u"|update"_s,
                                        u"pledge_progress|"_s + progressId + u"|delete"_s,
                                        u"pledge|"_s + pledgeId + u"|update"_s}));
}

void TestStore::doesNotCaptureWhileApplyingRemote()
{
    const QString file = path(u"demo.db"_s);
    auto database = makeDemoStore(file);
    QVERIFY(database);
    database->close();

    RawConnection raw(file);
    QCOMPARE(raw.run(u"DELETE FROM sync_outbox"_s), QString());
    QCOMPARE(raw.run(u"UPDATE sync_state SET value = '1' WHERE key = 'applying_remote'"_s),
             QString());
    const QString pledgeId = raw.scalar(u"SELECT id FROM pledge WHERE code = '7-1-3'"_s).toString();
    QVERIFY(!pledgeId.isEmpty());
    const QString speechId = newId();
    QCOMPARE(raw.run(u"INSERT INTO speech (id, title, delivered_on) VALUES (?, '축사', "
                     "'2024-03-01')"_s,
                     {speechId}),
             QString());
    QCOMPARE(raw.run(u"UPDATE pledge SET status = 'lagging' WHERE id = ?"_s, {pledgeId}),
             QString());
    QCOMPARE(raw.run(u"UPDATE indicator_value SET actual = 0"_s), QString());
    QCOMPARE(raw.run(u"DELETE FROM schedule_event"_s), QString());
    QCOMPARE(raw.outbox(), QStringList());

    // the switch is what suppressed it: switched back, the same kind of write is captured
    QCOMPARE(raw.run(u"UPDATE sync_state SET value = '0' WHERE key = 'applying_remote'"_s),
             QString());
    QCOMPARE(raw.run(u"UPDATE pledge SET status = 'on_track' WHERE id = ?"_s, {pledgeId}),
             QString());
    QCOMPARE(raw.outbox(), QStringList{u"pledge|"_s + pledgeId + u"|update"_s});
}

void TestStore::cascadedDeleteCapturesChildren()
{
    const QString file = path(u"demo.db"_s);
    auto database = makeDemoStore(file);
    QVERIFY(database);
    database->close();

    RawConnection raw(file);
    // a raw sqlite3 session must ask for foreign keys itself; the cascade is SQLite's
    QCOMPARE(raw.run(u"PRAGMA foreign_keys = ON"_s), QString());
    const QString pledgeId = raw.scalar(u"SELECT id FROM pledge WHERE code = '7-1-3'"_s).toString();
    QVERIFY(!pledgeId.isEmpty());
    // a published period with a snapshot of the pledge: the snapshot goes with the pledge
    const QString periodId = newId();
    QCOMPARE(raw.run(u"INSERT INTO reporting_period (id, period, basis_date) VALUES (?, "
                     "'2025-Q3', '2025-09-30')"_s,
                     {periodId}),
             QString());
    QCOMPARE(raw.run(u"INSERT INTO pledge_snapshot (id, period_id, pledge_id, rate, status) "
                     "VALUES (?, ?, ?, 87.5, 'on_track')"_s,
                     {newId(), periodId, pledgeId}),
             QString());
    QCOMPARE(raw.run(u"DELETE FROM sync_outbox"_s), QString());

    QStringList expected{u"pledge|"_s + pledgeId + u"|delete"_s};
    const QStringList children = {
        u"pledge_task"_s,     u"pledge_budget"_s,    u"pledge_budget_executed"_s,
        u"pledge_progress"_s, u"pledge_indicator"_s, u"pledge_department"_s,
        u"pledge_snapshot"_s};
    for (const QString& table : children) {
        const QStringList ids =
            raw.column(u"SELECT id FROM "_s + table + u" WHERE pledge_id = ?"_s, {pledgeId});
        QVERIFY2(!ids.isEmpty(), qPrintable(u"the demo card has no "_s + table));
        for (const QString& id : ids)
            expected << table + u'|' + id + u"|delete"_s;
    }
    const QStringList valueIds = raw.column(u"SELECT v.id FROM indicator_value v JOIN "
                                            "pledge_indicator i ON i.id = v.indicator_id WHERE "
                                            "i.pledge_id = ?"_s,
                                            {pledgeId});
    QVERIFY(!valueIds.isEmpty());
    for (const QString& id : valueIds)
        expected << u"indicator_value|"_s + id + u"|delete"_s;

    QCOMPARE(raw.run(u"DELETE FROM pledge WHERE id = ?"_s, {pledgeId}), QString());
    QStringList captured = raw.outbox();
    captured.sort();
    expected.sort();
    QCOMPARE(captured, expected);
    // and the children are really gone
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM pledge_task"_s).toInt(), 0);
    QCOMPARE(raw.scalar(u"SELECT count(*) FROM indicator_value"_s).toInt(), 0);
}

// ------------------------------------------------------------------- constraints

void TestStore::constraintsHold_data()
{
    // Each row: a write that breaks a rule, and the same write made right, which must
    // succeed (so the failure is the rule's, not a typo's).
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QStringList>("good");

    const QString pledge = u"(SELECT id FROM pledge WHERE code = '7-1-3')"_s;
    QTest::newRow("indicator of a missing pledge")
        << u"INSERT INTO pledge_indicator (id, pledge_id, name) VALUES ('%1', '%2', 'x')"_s.arg(
               newId(), newId())
        << QStringList{u"INSERT INTO pledge_indicator (id, pledge_id, name) VALUES ('%1', %2, "
                       "'x')"_s.arg(newId(), pledge)};
    QTest::newRow("indicator value of a missing indicator")
        << u"INSERT INTO indicator_value (id, indicator_id, year, target) VALUES ('%1', '%2', "
           "2027, 1)"_s.arg(newId(), newId())
        << QStringList{u"INSERT INTO indicator_value (id, indicator_id, year, target) VALUES "
                       "('%1', (SELECT id FROM pledge_indicator LIMIT 1), 2027, 1)"_s.arg(newId())};
    QTest::newRow("deleting a goal that has pledges (RESTRICT)")
        << u"DELETE FROM pledge_goal WHERE code = '7-1'"_s
        << QStringList{u"DELETE FROM pledge WHERE goal_id = (SELECT id FROM pledge_goal WHERE "
                       "code = '7-1')"_s,
                       u"DELETE FROM pledge_goal WHERE code = '7-1'"_s};
    QTest::newRow("bad status key")
        << u"UPDATE pledge SET status = 'finished' WHERE code = '7-1-3'"_s
        << QStringList{u"UPDATE pledge SET status = 'lagging' WHERE code = '7-1-3'"_s};
    QTest::newRow("negative planned amount")
        << u"UPDATE pledge_budget SET amount = -1 WHERE year = 2022"_s
        << QStringList{u"UPDATE pledge_budget SET amount = 1 WHERE year = 2022"_s};
    QTest::newRow("negative executed amount")
        << u"UPDATE pledge_budget_executed SET amount = -5 WHERE year = 2024"_s
        << QStringList{u"UPDATE pledge_budget_executed SET amount = 6 WHERE year = 2024"_s};
    QTest::newRow("negative required budget")
        << u"UPDATE pledge SET required_budget = -40 WHERE code = '7-1-3'"_s
        << QStringList{u"UPDATE pledge SET required_budget = 41 WHERE code = '7-1-3'"_s};
    QTest::newRow("quarter without Q")
        << u"UPDATE pledge_task SET start_quarter = '2022-3' WHERE name = '누리집 개선'"_s
        << QStringList{u"UPDATE pledge_task SET start_quarter = '2022-Q1' WHERE name = '누리집 "
                       "개선'"_s};
    QTest::newRow("quarter 5")
        << u"UPDATE pledge_task SET end_quarter = '2022-Q5' WHERE name = '누리집 개선'"_s
        << QStringList{u"UPDATE pledge_task SET end_quarter = '2023-Q1' WHERE name = '누리집 "
                       "개선'"_s};
    QTest::newRow("end quarter before start")
        << u"UPDATE pledge_task SET end_quarter = '2022-Q2' WHERE name = '누리집 개선'"_s
        << QStringList{u"UPDATE pledge_task SET end_quarter = '2022-Q3' WHERE name = '누리집 "
                       "개선'"_s};
    QTest::newRow("progress date not a date")
        << u"UPDATE pledge_progress SET date_from = 'Sept 2022' WHERE position = 0"_s
        << QStringList{u"UPDATE pledge_progress SET date_from = '2022-08' WHERE position = 0"_s};
    QTest::newRow("bad indicator kind")
        << u"UPDATE pledge_indicator SET kind = 'percentage'"_s
        << QStringList{u"UPDATE pledge_indicator SET kind = 'level'"_s};
    QTest::newRow("pledge code not area-goal-item")
        << u"UPDATE pledge SET code = 'seven' WHERE code = '7-1-3'"_s
        << QStringList{u"UPDATE pledge SET code = '7-1-4' WHERE code = '7-1-3'"_s};
    QTest::newRow("snapshot rate above 100")
        << u"INSERT INTO pledge_snapshot (id, period_id, pledge_id, rate, status) VALUES ('%1', "
           "(SELECT id FROM reporting_period WHERE period = '2025-Q3'), %2, 100.5, 'on_track')"_s
               .arg(newId(), pledge)
        << QStringList{
               u"INSERT INTO pledge_snapshot (id, period_id, pledge_id, rate, status) "
               "VALUES ('%1', (SELECT id FROM reporting_period WHERE period = '2025-Q3'), %2, 100, 'on_track')"_s
                   .arg(newId(), pledge)};
    QTest::newRow("id not a UUID")
        << u"INSERT INTO speech (id, title, delivered_on) VALUES ('42', 't', '2024-01-01')"_s
        << QStringList{u"INSERT INTO speech (id, title, delivered_on) VALUES ('%1', 't', "
                       "'2024-01-01')"_s.arg(newId())};
}

void TestStore::constraintsHold()
{
    QFETCH(QString, bad);
    QFETCH(QStringList, good);
    const QString file = path(u"demo.db"_s);
    auto database = makeDemoStore(file);
    QVERIFY(database);
    QSqlDatabase db = database->connection(); // the application's connection
    QCOMPARE(exec(db,
                  u"INSERT INTO reporting_period (id, period, basis_date) VALUES (?, "
                  "'2025-Q3', '2025-09-30')"_s,
                  {newId()})
                 .ok(),
             true);

    {
        QSqlQuery query(db);
        QVERIFY2(!query.exec(bad), "a write that breaks a rule was accepted");
        // SQLITE_CONSTRAINT (19) or one of its extended codes (275 CHECK, 787 FOREIGNKEY,
        // 1811 TRIGGER, ...): refused by a rule, not by a syntax error
        bool isNumber = false;
        const int code = query.lastError().nativeErrorCode().toInt(&isNumber);
        QVERIFY2(isNumber && (code & 0xff) == 19,
                 qPrintable(query.lastError().nativeErrorCode() + u' ' + query.lastError().text()));
    }
    // the same through the store's helper: an Error value that tells the user why
    const Status refused = exec(db, bad);
    QVERIFY(!refused);
    QCOMPARE(int(refused.error().kind), int(Error::Kind::Invalid));
    QVERIFY(refused.error().message.contains(QStringLiteral("rule")) ||
            refused.error().message.contains(QStringLiteral("규칙")));
    QVERIFY(!refused.error().detail.isEmpty());

    for (const QString& statement : good) {
        const Status s = exec(db, statement);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
    }
    // last, so that the checks above run regardless: the message names the cause
    QCOMPARE(refused.error().message, u"The change breaks a rule of the data and was not saved."_s);
}

// ------------------------------------------------------------------- concurrency

void TestStore::secondWriterWaits()
{
    const QString file = path(u"busy.db"_s);
    auto opened = Database::open(file, Database::Mode::CreateIfMissing);
    QVERIFY(opened);
    const Database database = *opened;

    QSemaphore locked;
    std::atomic_bool holderBegan{false};
    std::atomic_bool holderCommitted{false};
    QThread* holder = QThread::create([&] {
        RawConnection raw(file); // this thread's own connection
        {
            QSqlQuery query(raw.db());
            holderBegan =
                query.exec(u"BEGIN IMMEDIATE"_s) &&
                query.exec(u"INSERT INTO app_state (key, value) VALUES ('holder', '1')"_s);
            locked.release();
            if (!holderBegan)
                return;
            QThread::msleep(500);
            holderCommitted = query.exec(u"COMMIT"_s);
        }
    });

    Status writerStatus = Error(Error::Kind::Generic, u"the writer did not run"_s);
    std::atomic<qint64> writerElapsed{-1};
    QThread* writer = QThread::create([&] {
        QElapsedTimer clock;
        clock.start();
        // Database::transaction on this thread's own connection (BEGIN IMMEDIATE)
        writerStatus = database.transaction([](QSqlDatabase& db) {
            return exec(db, u"INSERT INTO app_state (key, value) VALUES (?, ?)"_s,
                        {u"writer"_s, u"2"_s});
        });
        writerElapsed = clock.elapsed();
    });

    holder->start();
    QVERIFY(locked.tryAcquire(1, 10000));
    QVERIFY(holderBegan);
    writer->start();
    QVERIFY(holder->wait(30000));
    QVERIFY(writer->wait(30000));
    delete holder;
    delete writer;

    QVERIFY(holderCommitted);
    QVERIFY2(writerStatus, qPrintable(writerStatus ? QString() : writerStatus.error().fullText()));
    QVERIFY2(
        writerElapsed >= 400,
        qPrintable(u"the writer finished after %1 ms without waiting"_s.arg(writerElapsed.load())));
    QVERIFY(writerElapsed < 10000);

    RawConnection raw(file);
    QCOMPARE(raw.column(u"SELECT key FROM app_state WHERE key IN ('holder', 'writer') ORDER BY "
                        "key"_s),
             (QStringList{u"holder"_s, u"writer"_s}));
}

// ------------------------------------------------------------------- bad input

bool TestStore::makeFaultyFile(Fault fault, const QString& file) const
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
        return makeCurrentStore(file) &&
               QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                               QFileDevice::ReadOther);
    case Fault::RandomBytes: {
        QRandomGenerator random(20240531);
        QByteArray bytes(8192, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.bounded(256));
        return writeBytes(bytes);
    }
    case Fault::PlainText:
        return writeBytes(
            u"공약 7-1-3: 365일 열린시장실 운영\nThis is a text file, not a database.\n"_s
                .toUtf8());
    case Fault::OtherProgram: {
        RawConnection raw(file);
        return raw.isOpen() &&
               raw.run(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s).isEmpty() &&
               raw.run(u"INSERT INTO notes (text) VALUES ('someone else''s data')"_s).isEmpty();
    }
    case Fault::OtherApplicationId: {
        RawConnection raw(file);
        return raw.isOpen() && raw.run(u"PRAGMA application_id = 1196444237"_s).isEmpty() &&
               raw.run(u"PRAGMA user_version = 1"_s).isEmpty();
    }
    case Fault::NewerSchema: {
        if (!makeCurrentStore(file))
            return false;
        RawConnection raw(file);
        return raw.run(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 1))
                   .isEmpty() &&
               raw.run(u"INSERT INTO app_state (key, value) VALUES ('from', 'the future')"_s)
                   .isEmpty();
    }
    case Fault::CorruptAfterHeader: {
        QByteArray bytes = QByteArrayLiteral("SQLite format 3\0");
        bytes.append(QByteArray(4080, '\x5a'));
        return writeBytes(bytes);
    }
    }
    return false;
}

void TestStore::refusesBadFiles_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("kind");
    auto row = [](const char* name, Fault fault, Error::Kind kind) {
        QTest::newRow(name) << int(fault) << int(kind);
    };
    row("directory", Fault::Directory, Error::Kind::Invalid);
    row("read-only-file", Fault::ReadOnlyFile, Error::Kind::Io);
    row("not-sqlite-random-bytes", Fault::RandomBytes, Error::Kind::Invalid);
    row("not-sqlite-plain-text", Fault::PlainText, Error::Kind::Invalid);
    row("other-program-sqlite", Fault::OtherProgram, Error::Kind::Invalid);
    row("other-program-application-id", Fault::OtherApplicationId, Error::Kind::Invalid);
    row("newer-schema", Fault::NewerSchema, Error::Kind::Incompatible);
    row("corrupt-after-header", Fault::CorruptAfterHeader, Error::Kind::Invalid);
}

void TestStore::refusesBadFiles()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()) + u".db"_s);
    QVERIFY(makeFaultyFile(Fault(fault), file));
    // a refusal closes its connection cleanly (the CLI prints Qt's warnings on stderr)
    QTest::failOnWarning(QRegularExpression(u"removeDatabase"_s));
    const Fingerprint before = fingerprint(file);
    // mtime resolution: make a write during the refused open visible
    QThread::msleep(20);

    for (const auto mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing}) {
        auto database = Database::open(file, mode);
        QVERIFY2(!database, "a bad file was opened");
        QVERIFY(!database.error().message.trimmed().isEmpty());
        QVERIFY2(!database.error().message.contains(u'\n'), "the message is not one line");
        QCOMPARE(int(database.error().kind), kind);
        compareFingerprints(fingerprint(file), before);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestStore::openExistingDoesNotCreate()
{
    const QString file = path(u"missing.db"_s);
    auto database = Database::open(file, Database::Mode::OpenExisting);
    QVERIFY(!database);
    QCOMPARE(int(database.error().kind), int(Error::Kind::NotFound));
    QVERIFY(!database.error().message.isEmpty());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    // a missing folder is refused even when creating
    auto nested = Database::open(path(u"no/such/folder/x.db"_s), Database::Mode::CreateIfMissing);
    QVERIFY(!nested);
    QVERIFY(!nested.error().message.isEmpty());
    QVERIFY(!QFileInfo::exists(path(u"no"_s)));
}

// ------------------------------------------------------------------- pledge repository

void TestStore::seedCardRoundTrip()
{
    auto database = makeDemoStore(path(u"demo.db"_s));
    QVERIFY(database);
    ChangeNotifier notifier;
    PledgeRepository repository(*database, &notifier);

    auto loaded = repository.loadByCode(u"7-1-3"_s);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    const Pledge& p = *loaded;

    // 1. header (seed/READING.md §1)
    QCOMPARE(p.code, u"7-1-3"_s);
    QCOMPARE(p.title, u"365일 열린시장실 운영"_s);
    QCOMPARE(p.policyGoal, u"시민들의 시정에 대한 자유로운 참여로 시민중심 행정 구현"_s);
    QCOMPARE(p.timing, Timing::WithinTerm);
    QCOMPARE(p.bodyCity, true);
    QCOMPARE(p.bodyNational, false);
    QCOMPARE(p.bodyProvince, false);
    QCOMPARE(p.bodyPrivate, false);
    QCOMPARE(p.isNew, true);
    QCOMPARE(p.budgetKind, BudgetKind::Budget);
    QCOMPARE(p.requiredBudget, 40.0);
    QCOMPARE(p.status, PledgeStatus::OnTrack);
    QCOMPARE(p.basisDate, QDate(2024, 5, 31));
    QVERIFY(p.planHtml.contains(u"반응형 웹사이트"_s));
    QVERIFY(!p.goalId.isEmpty());

    // 3. quarter schedule
    QCOMPARE(p.tasks.size(), 2);
    QCOMPARE(p.tasks.at(0).name, u"누리집 개선"_s);
    QCOMPARE(p.tasks.at(0).startQuarter, u"2022-Q3"_s);
    QCOMPARE(p.tasks.at(0).endQuarter, u"2022-Q4"_s);
    QCOMPARE(p.tasks.at(1).name, u"콘텐츠 현행화"_s);
    QCOMPARE(p.tasks.at(1).startQuarter, u"2023-Q1"_s);
    QCOMPARE(p.tasks.at(1).endQuarter, u"2026-Q2"_s);

    // 4. investment plan: only the city's 2022 and 2024 cells hold money
    QCOMPARE(p.budgetPrior, 0.0);
    QCOMPARE(p.budgetAfterTerm, 0.0);
    QCOMPARE(p.planned.size(), 2);
    for (const BudgetCell& cell : p.planned) {
        QCOMPARE(cell.source, FundingSource::City);
        QCOMPARE(cell.amount, 20.0);
    }
    QCOMPARE(p.planned.at(0).year, 2022);
    QCOMPARE(p.planned.at(1).year, 2024);
    QCOMPARE(p.executed.size(), 2);
    QCOMPARE(p.executed.at(0).year, 2022);
    QCOMPARE(p.executed.at(0).amount, 20.0);
    QCOMPARE(p.executed.at(1).year, 2024);
    QCOMPARE(p.executed.at(1).amount, 5.0);
    const auto budget = fulfilment::budgetFigures(p);
    QCOMPARE(budget.plannedTotal, 40.0);
    QCOMPARE(budget.executedTotal, 25.0);
    QVERIFY(budget.executionRate);
    QCOMPARE(*budget.executionRate, 62.5);

    // 5. progress records, in order, with month and day precision and one range
    const QList<QStringList> progress = {
        {u"2022-09"_s, {}, u"누리집 개편 계획수립"_s},
        {u"2022-09-29"_s, {}, u"누리집 개편 용역 계약"_s},
        {u"2022-12-28"_s, {}, u"누리집 개편 완료(민선8기 공약현황 게시)"_s},
        {u"2023-01-31"_s, {}, u"민선8기 공약실천계획서 확정 및 게시"_s},
        {u"2023-04"_s, {}, u"23년도 1분기 기준 공약 이행 현황 게시"_s},
        {u"2024-02"_s, {}, u"23년도 4분기 기준 공약 이행 현황 게시"_s},
        {u"2024-02"_s, u"2024-03"_s, u"공약이행평가단 자문회의 결과 변경사항 게시"_s},
        {u"2024-03"_s, {}, u"누리집 '시민 직소상담실' 메뉴 신설"_s},
        {u"2024-05"_s, {}, u"24년도 1분기 기준 공약 이행 현황 게시"_s},
    };
    QCOMPARE(p.progress.size(), progress.size());
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(p.progress.at(i).dateFrom, progress.at(i).at(0));
        QCOMPARE(p.progress.at(i).dateTo, progress.at(i).at(1));
        QCOMPARE(p.progress.at(i).text, progress.at(i).at(2));
    }

    // 6. the indicator
    QCOMPARE(p.indicators.size(), 1);
    const Indicator& indicator = p.indicators.first();
    QCOMPARE(indicator.name, u"「365일 열린시장실」 공약현황 자료갱신"_s);
    QCOMPARE(indicator.unit, u"회"_s);
    QCOMPARE(indicator.kind, IndicatorKind::Cumulative);
    QVERIFY(!indicator.baseline);
    const QMap<int, double> targets{{2022, 1}, {2023, 2}, {2024, 2}, {2025, 2}, {2026, 1}};
    const QMap<int, double> actuals{{2022, 1}, {2023, 2}, {2024, 4}};
    QCOMPARE(indicator.targets, targets);
    QCOMPARE(indicator.actuals, actuals);
    QCOMPARE(fulfilment::runningSums(indicator.targets).last(), 8.0);
    QCOMPARE(fulfilment::runningSums(indicator.actuals).last(), 7.0);
    QCOMPARE(fulfilment::pledgeRate(p), std::optional<double>(87.5));

    // 7. departments and contacts
    struct Contact
    {
        DepartmentRole role;
        QString department, team, leader, leaderPhone, officer, officerPhone;
    };
    const QList<Contact> contacts = {
        {DepartmentRole::Lead, u"정책홍보실"_s, u"정책개발팀"_s, u"오상덕"_s, u"8131"_s,
         u"최지인"_s, u"8134"_s},
        {DepartmentRole::Lead, u"정책홍보실"_s, u"홍보기획팀"_s, u"오해준"_s, u"8261"_s,
         u"이신재"_s, u"8263"_s},
        {DepartmentRole::Lead, u"정책홍보실"_s, u"뉴미디어홍보팀"_s, u"홍세창"_s, u"8266"_s,
         u"김기훈"_s, u"8268"_s},
        {DepartmentRole::Cooperating, u"총무과"_s, u"비서실"_s, u"신상식"_s, u"8204"_s, u"유성범"_s,
         u"8201"_s},
        {DepartmentRole::Cooperating, u"총무과"_s, u"전산운영팀"_s, u"임정남"_s, u"8451"_s,
         u"최지원"_s, u"8454"_s},
        {DepartmentRole::Cooperating, u"시민봉사과"_s, u"종합민원팀"_s, u"최현진"_s, u"8731"_s,
         u"임재학"_s, u"8782"_s},
    };
    QCOMPARE(p.departments.size(), contacts.size());
    for (int i = 0; i < contacts.size(); ++i) {
        const DepartmentContact& d = p.departments.at(i);
        const Contact& c = contacts.at(i);
        QCOMPARE(d.role, c.role);
        QCOMPARE(d.department, c.department);
        QCOMPARE(d.team, c.team);
        QCOMPARE(d.leader, c.leader);
        QCOMPARE(d.leaderPhone, c.leaderPhone);
        QCOMPARE(d.officer, c.officer);
        QCOMPARE(d.officerPhone, c.officerPhone);
    }

    // the list view of the same pledge
    auto summaries = repository.summaries();
    QVERIFY(summaries);
    QCOMPARE(summaries->size(), 1);
    QCOMPARE(summaries->first().code, u"7-1-3"_s);
    QCOMPARE(summaries->first().id, p.id);
    QCOMPARE(summaries->first().status, PledgeStatus::OnTrack);
    QCOMPARE(summaries->first().leadDepartment, u"정책홍보실"_s);
    QCOMPARE(summaries->first().rate, std::optional<double>(87.5));

    // load by id gives the same card; an unknown code is NotFound
    auto byId = repository.load(p.id);
    QVERIFY(byId);
    QCOMPARE(byId->code, p.code);
    QCOMPARE(byId->progress.size(), p.progress.size());
    auto unknown = repository.loadByCode(u"9-9-9"_s);
    QVERIFY(!unknown);
    QCOMPARE(int(unknown.error().kind), int(Error::Kind::NotFound));
}

void TestStore::saveWritesOnlyWhatChanged()
{
    auto database = makeDemoStore(path(u"demo.db"_s));
    QVERIFY(database);
    ChangeNotifier notifier;
    PledgeRepository repository(*database, &notifier);
    auto loaded = repository.loadByCode(u"7-1-3"_s);
    QVERIFY(loaded);
    Pledge p = *loaded;

    auto snapshot = [&] {
        RawConnection raw(database->path());
        QMap<QString, QString> rows; // "table/id" -> row
        for (const QString& table : pledgeBookTables) {
            QSqlQuery query(raw.db());
            if (!query.exec(u"SELECT * FROM "_s + table))
                rows.insert(table, u"<error>"_s);
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << query.value(i).toString();
                rows.insert(table + u'/' + query.value(u"id"_s).toString(), values.join(u'|'));
            }
        }
        return rows;
    };
    {
        RawConnection raw(database->path());
        QCOMPARE(raw.run(u"DELETE FROM sync_outbox"_s), QString());
    }
    const QMap<QString, QString> before = snapshot();
    QString valueId2024;
    {
        RawConnection raw(database->path());
        valueId2024 = raw.scalar(u"SELECT id FROM indicator_value WHERE indicator_id = ? AND "
                                 "year = 2024"_s,
                                 {p.indicators.first().id})
                          .toString();
    }
    QVERIFY(!valueId2024.isEmpty());

    QSignalSpy changed(&notifier, &ChangeNotifier::pledgesChanged);
    p.indicators.first().actuals[2024] = 3;
    const Status saved = repository.save(p, u"tester"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toStringList(), QStringList{p.id});

    // persisted
    auto reloaded = repository.loadByCode(u"7-1-3"_s);
    QVERIFY(reloaded);
    const QMap<int, double> actuals{{2022, 1}, {2023, 2}, {2024, 3}};
    QCOMPARE(reloaded->indicators.first().actuals, actuals);
    QCOMPARE(reloaded->indicators.first().targets, p.indicators.first().targets);
    QCOMPARE(reloaded->progress.size(), 9);
    QCOMPARE(reloaded->departments.size(), 6);

    // only the indicator value and the pledge row (its updated_at/by) changed...
    const QMap<QString, QString> after = snapshot();
    QCOMPARE(after.keys(), before.keys());
    QStringList changedRows;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changedRows << it.key();
    QCOMPARE(changedRows, (QStringList{u"indicator_value/"_s + valueId2024, u"pledge/"_s + p.id}));

    // ...and only those are queued for the portal: an unchanged part is not a change
    RawConnection raw(database->path());
    QStringList outbox = raw.outbox();
    outbox.sort();
    QCOMPARE(outbox, (QStringList{u"indicator_value|"_s + valueId2024 + u"|update"_s,
                                  u"pledge|"_s + p.id + u"|update"_s}));

    // the list follows: 6 / 8 = 75 %
    auto summaries = repository.summaries();
    QVERIFY(summaries);
    QCOMPARE(summaries->first().rate, std::optional<double>(75.0));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
