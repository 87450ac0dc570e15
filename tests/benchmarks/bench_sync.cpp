// Sync benchmarks (issue 5, STYLE.md 14). Figures are printed, never asserted; not
// registered with CTest; run by run-benchmarks.sh, which starts the throwaway servers
// (tests/support/test-servers.sh) and sets:
//   OPENMAYOR_TEST_PG_URL, OPENMAYOR_TEST_PG_PASSWORD   PostgreSQL (its superuser)
//   OPENMAYOR_BENCH_CLI                                 the openmayor-cli to measure
//   OPENMAYOR_BENCH_LARGE_DB, OPENMAYOR_BENCH_TINY_DB,
//   OPENMAYOR_BENCH_SMALL_DB                            stores from openmayor-benchdata
//   OPENMAYOR_BENCH_SYNC_ROUNDS                         incremental rounds (default 5)
// psql and sqlite3 (the command-line shells) must be on PATH: they are the baseline.
//
// 1. Two portals (databases openmayor_bench_large and _tiny on the same server), each made
//    by `portal init`; the tiny one filled by the first `sync` of a copy of the tiny store
//    (push rows/s), the large one loaded directly with psql \copy (see fill_large); a third
//    one (_small) filled by the first `sync` of the small store (push rows/s on ~3.7k rows).
// 2. Initial pull of the large portal into an empty store (`init`, then `sync`): rows/s,
//    next to `psql -c "\copy (SELECT …) TO STDOUT (FORMAT csv)" | sqlite3 F ".import …"` of
//    the same rows and columns, once into plain tables and once into an empty store of our
//    schema (triggers, indexes, constraints; capture paused as the pull pauses it).
// 3. Incremental: 10 rows changed on the portal with SQL, then one `sync` of a client that
//    holds the large data vs the same on the tiny (about 1k rows) portal and client;
//    medians of N rounds, next to a sync with nothing new (the fixed cost).
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

namespace openmayor {

using namespace Qt::StringLiterals;

namespace {

// One local table that sync carries, with what it takes to copy it from the portal.
struct SyncedTable
{
    QString name;
    QStringList columns;     // local columns, in the local order
    QStringList types;       // their declared local types
    QStringList selectExprs; // per column: the portal expression giving the local text
    QList<bool> nullable;
    qint64 portalRows = 0;
};

struct Portal
{
    QString label;    // "large" or "tiny"
    QString database; // on the test server
    QString url;      // what `--portal` gets
    QString storeFile;
    qint64 storeRows = 0;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err; // without the progress lines
    qint64 ms = 0;
    QList<std::pair<QString, qint64>> phases; // ms per phase of the CLI's --progress lines
};

// The CLI's progress line "<phase> <done>[/<total>]"; returns the phase, else empty.
QString phaseOf(const QString& line)
{
    static const QRegularExpression progress(QStringLiteral("^(\\D+) \\d+(/\\d+)?$"));
    const QRegularExpressionMatch match = progress.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

struct SyncOutcome
{
    QJsonObject report; // empty when the sync failed
    qint64 ms = 0;
    QList<std::pair<QString, qint64>> phases;

    qint64 phaseMs(const QString& name) const
    {
        qint64 sum = 0;
        for (const auto& [phase, took] : phases)
            sum += phase == name ? took : 0;
        return sum;
    }
    QString phaseText() const
    {
        QStringList parts;
        for (const auto& [phase, took] : phases)
            parts << QStringLiteral("%1 %2 ms").arg(phase).arg(took);
        return parts.join(QStringLiteral(", "));
    }
};

double rate(qint64 rows, qint64 ms)
{
    return ms > 0 ? double(rows) * 1000.0 / double(ms) : 0.0;
}

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString quoted(const QString& identifier)
{
    return u'"' + identifier + u'"';
}

// The 10 rows changed per incremental round: table, text column, rows per round.
struct Change
{
    const char* table;
    const char* column;
    int rows;
};
constexpr Change roundChanges[] = {{"schedule_event", "title", 4},
                                   {"press_release", "title", 3},
                                   {"speech", "title", 1},
                                   {"pledge", "title", 1},
                                   {"pledge_indicator", "name", 1}};

} // namespace

class BenchSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fill_tiny();
    void push_small();
    void fill_large();
    void initial_pull_large();
    void baseline_plain_tables();
    void baseline_store_schema();
    void incremental_10_changes();
    void cleanupTestCase();

private:
    Run cli(const QStringList& arguments);
    Run pipe(const QString& source, const QStringList& sourceArguments, const QString& sink,
             const QStringList& sinkArguments);
    QSqlDatabase server(const QString& database);
    void createPortal(const Portal& portal);
    void firstPush(Portal& portal);
    SyncOutcome sync(const QString& store, const Portal& portal);
    QList<SyncedTable> syncedTables(const Portal& portal);
    void checkSameRows(const QString& store, const QList<SyncedTable>& tables);
    void baseline(const QString& label, const QString& target, bool ourSchema);
    void changeOnPortal(const Portal& portal, int round);

    QTemporaryDir m_dir;
    QString m_cli;
    QUrl m_serverUrl;
    QString m_password;
    Portal m_large{QStringLiteral("large"), QStringLiteral("openmayor_bench_large"), {}, {}, 0};
    Portal m_tiny{QStringLiteral("tiny"), QStringLiteral("openmayor_bench_tiny"), {}, {}, 0};
    Portal m_small{QStringLiteral("small"), QStringLiteral("openmayor_bench_small"), {}, {}, 0};
    QString m_pulledLarge; // the store the initial pull filled: the large client
    qint64 m_pullRows = 0;
    qint64 m_pullMs = 0;
};

void BenchSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = test::requiredEnv("OPENMAYOR_BENCH_CLI");
    m_serverUrl = QUrl(test::requiredEnv("OPENMAYOR_TEST_PG_URL"));
    m_password = test::requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
    m_large.storeFile = test::requiredEnv("OPENMAYOR_BENCH_LARGE_DB");
    m_tiny.storeFile = test::requiredEnv("OPENMAYOR_BENCH_TINY_DB");
    m_small.storeFile = test::requiredEnv("OPENMAYOR_BENCH_SMALL_DB");

    for (Portal* portal : {&m_large, &m_tiny, &m_small}) {
        QVERIFY2(QFile::exists(portal->storeFile), qUtf8Printable(portal->storeFile));
        QUrl url = m_serverUrl;
        url.setPath(u'/' + portal->database);
        portal->url = url.toString();
    }
}

Run BenchSync::cli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENMAYOR_PORTAL_PASSWORD"), m_password);
    process.setProcessEnvironment(env);
    Run run;
    QElapsedTimer timer;
    timer.start();
    process.setReadChannel(QProcess::StandardError);
    process.start(m_cli, arguments);
    // Progress lines are timed as they arrive: a phase lasts until the next one starts.
    QByteArray pending;
    QString phase = QStringLiteral("start-up");
    qint64 phaseStart = 0;
    auto readProgress = [&] {
        pending += process.readAllStandardError();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            const QString next = phaseOf(QString::fromUtf8(line));
            if (next.isEmpty()) {
                run.err += line + '\n';
            } else if (next != phase) {
                run.phases.append({phase, timer.elapsed() - phaseStart});
                phase = next;
                phaseStart = timer.elapsed();
            }
        }
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        readProgress();
    }
    process.waitForFinished(-1);
    run.ms = timer.elapsed();
    readProgress();
    run.err += pending;
    run.phases.append({phase, run.ms - phaseStart});
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    return run;
}

// source … | sink …, both started at once (psql and sqlite3, the password in the
// environment); exit code 0 when both ended well.
Run BenchSync::pipe(const QString& source, const QStringList& sourceArguments, const QString& sink,
                    const QStringList& sinkArguments)
{
    QProcess from, to;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), m_password);
    from.setProcessEnvironment(env);
    to.setProcessEnvironment(env);
    from.setStandardOutputProcess(&to);
    Run run;
    QElapsedTimer timer;
    timer.start();
    to.start(sink, sinkArguments);
    from.start(source, sourceArguments);
    from.waitForFinished(-1);
    to.waitForFinished(-1);
    run.ms = timer.elapsed();
    const bool ok = from.exitStatus() == QProcess::NormalExit && from.exitCode() == 0 &&
                    to.exitStatus() == QProcess::NormalExit && to.exitCode() == 0;
    run.exitCode = ok ? 0 : 1;
    run.err = from.readAllStandardError() + to.readAllStandardError();
    return run;
}

QSqlDatabase BenchSync::server(const QString& database)
{
    const QString name = QStringLiteral("bench_sync_") + database;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isOpen()) {
        db.setHostName(m_serverUrl.host());
        db.setPort(m_serverUrl.port(5432));
        db.setUserName(m_serverUrl.userName());
        db.setPassword(m_password);
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("cannot connect to %s: %s", qUtf8Printable(database),
                   qUtf8Printable(db.lastError().text()));
    }
    return db;
}

// `sync --json` of `store` with the portal; fails the benchmark unless it ends cleanly.
SyncOutcome BenchSync::sync(const QString& store, const Portal& portal)
{
    const Run run = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                         store, QStringLiteral("sync"), QStringLiteral("--portal"), portal.url,
                         QStringLiteral("--json"), QStringLiteral("--progress")});
    if (run.exitCode != 0)
        qWarning("sync exit %d: %s", run.exitCode, run.err.constData());
    return {run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject(), run.ms,
            run.phases};
}

// A new portal database, made by `portal init`.
void BenchSync::createPortal(const Portal& portal)
{
    QSqlDatabase admin = server(m_serverUrl.path().mid(1));
    QSqlQuery q(admin);
    QVERIFY2(q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(portal.database)),
             qUtf8Printable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                        .arg(portal.database)),
             qUtf8Printable(q.lastError().text()));
    const Run init = cli({QStringLiteral("--db"), m_dir.filePath(portal.label + u"-init.sqlite"),
                          QStringLiteral("portal"), QStringLiteral("init"),
                          QStringLiteral("--portal"), portal.url});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    qInfo("portal %s: %s (portal init %lld ms)", qUtf8Printable(portal.label),
          qUtf8Printable(portal.url), init.ms);
}

// The tiny portal is filled by the first sync of a copy of the tiny store: everything it
// holds is pushed.
void BenchSync::fill_tiny()
{
    firstPush(m_tiny);
}

// The same first push of the small store (about 3.7k rows) into a portal of its own.
void BenchSync::push_small()
{
    firstPush(m_small);
}

void BenchSync::firstPush(Portal& portal)
{
    createPortal(portal);
    const QString client = m_dir.filePath(portal.label + u"-pushed.sqlite"_s);
    QVERIFY(QFile::copy(portal.storeFile, client));
    const SyncOutcome first = sync(client, portal);
    QVERIFY(!first.report.isEmpty());
    const qint64 pushed = first.report.value(u"pushed").toInteger();
    const QList<SyncedTable> tables = syncedTables(portal);
    for (const SyncedTable& table : tables)
        portal.storeRows += table.portalRows;
    QVERIFY(pushed > 0);
    QCOMPARE(portal.storeRows, pushed);
    checkSameRows(client, tables);
    const qint64 sending = first.phaseMs(QStringLiteral("sending changes"));
    qInfo("push_%s: %lld rows pushed in %lld ms = %.0f rows/s (sending alone %lld ms = %.0f "
          "rows/s)",
          qUtf8Printable(portal.label), pushed, first.ms, rate(pushed, first.ms), sending,
          rate(pushed, sending));
    qInfo("push_%s phases: %s", qUtf8Printable(portal.label), qUtf8Printable(first.phaseText()));
}

// The large portal is loaded directly: `sqlite3 -csv store "SELECT …" | psql -c "\copy
// openmayor.T (…) FROM STDIN (FORMAT csv)"` per table, through the portal's stamping,
// audit and notify triggers as any direct write. (A push of it runs at the tiny push's
// rate: 164k rows would take longer than the rest of the benchmark together.)
void BenchSync::fill_large()
{
    createPortal(m_large);
    QList<SyncedTable> tables = syncedTables(m_large);
    qint64 ms = 0;
    for (const SyncedTable& table : std::as_const(tables)) {
        QStringList local{QStringLiteral("id")}, portal{QStringLiteral("sync_id")};
        for (const QString& column : table.columns) {
            if (column != u"id" && column != u"row_version" && column != u"updated_at" &&
                column != u"updated_by") {
                local << quoted(column);
                portal << quoted(column);
            }
        }
        const Run run = pipe(QStringLiteral("sqlite3"),
                             {QStringLiteral("-csv"), m_large.storeFile,
                              QStringLiteral("SELECT %1 FROM %2")
                                  .arg(local.join(QStringLiteral(", ")), quoted(table.name))},
                             QStringLiteral("psql"),
                             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), m_large.url,
                              QStringLiteral("-c"),
                              QStringLiteral("\\copy openmayor.%1 (%2) FROM STDIN (FORMAT csv)")
                                  .arg(quoted(table.name), portal.join(QStringLiteral(", ")))});
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(),
                 qUtf8Printable(table.name + u": " + QString::fromUtf8(run.err)));
        ms += run.ms;
    }
    tables = syncedTables(m_large);
    for (const SyncedTable& table : std::as_const(tables))
        m_large.storeRows += table.portalRows;
    checkSameRows(m_large.storeFile, tables);
    qInfo("load_large: %lld rows copied into the portal in %lld ms = %.0f rows/s",
          m_large.storeRows, ms, rate(m_large.storeRows, ms));
}

// Local tables with change capture that the portal has, in the local creation order
// (parents before children); `portalRows` counted on the portal.
QList<SyncedTable> BenchSync::syncedTables(const Portal& portal)
{
    QList<SyncedTable> tables;
    QSqlDatabase pg = server(portal.database);
    QSqlDatabase local = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench_sync_local"_s);
    local.setDatabaseName(portal.storeFile);
    local.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!local.open())
        qFatal("cannot open %s", qUtf8Printable(portal.storeFile));
    {
        QSqlQuery names(local);
        names.exec(QStringLiteral(
            "SELECT t.name FROM sqlite_master t WHERE t.type = 'table' AND EXISTS (SELECT 1 "
            "FROM sqlite_master c WHERE c.type = 'trigger' AND c.name = 'capture_' || t.name "
            "|| '_insert') ORDER BY t.rowid"));
        while (names.next()) {
            SyncedTable table;
            table.name = names.value(0).toString();
            QSqlQuery serverColumns(pg);
            serverColumns.prepare(
                QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                               "WHERE table_schema = 'openmayor' AND table_name = ?"));
            serverColumns.addBindValue(table.name);
            serverColumns.exec();
            QMap<QString, QString> serverTypes;
            while (serverColumns.next())
                serverTypes.insert(serverColumns.value(0).toString(),
                                   serverColumns.value(1).toString());
            if (serverTypes.isEmpty())
                continue; // not carried by sync
            QSqlQuery info(local);
            info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table.name)));
            while (info.next()) {
                const QString column = info.value(1).toString();
                const QString server = column == u"id" ? QStringLiteral("sync_id") : column;
                const QString type = serverTypes.value(server);
                QString expr = quoted(server);
                if (type == u"timestamp with time zone")
                    expr = QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', "
                                          "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                               .arg(expr);
                else if (type == u"uuid")
                    expr += QStringLiteral("::text");
                else if (type.isEmpty())
                    qFatal("portal table %s has no column %s", qUtf8Printable(table.name),
                           qUtf8Printable(server));
                table.columns << column;
                table.types << info.value(2).toString();
                table.selectExprs << expr;
                table.nullable << (info.value(3).toInt() == 0);
            }
            QSqlQuery count(pg);
            count.exec(QStringLiteral("SELECT count(*) FROM openmayor.%1").arg(quoted(table.name)));
            count.next();
            table.portalRows = count.value(0).toLongLong();
            tables << table;
        }
    }
    local.close();
    local = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench_sync_local"_s);
    return tables;
}

// Every synced table the portal has rows of holds as many rows in `store`.
void BenchSync::checkSameRows(const QString& store, const QList<SyncedTable>& tables)
{
    QSqlDatabase local = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench_sync_check"_s);
    local.setDatabaseName(store);
    QVERIFY(local.open());
    for (const SyncedTable& table : tables) {
        if (table.portalRows == 0)
            continue; // the baselines make no table for it
        QSqlQuery q(local);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table.name))));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toLongLong() == table.portalRows,
                 qUtf8Printable(QStringLiteral("%1: %2 local, %3 on the portal")
                                    .arg(table.name)
                                    .arg(q.value(0).toLongLong())
                                    .arg(table.portalRows)));
    }
    local.close();
    local = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"bench_sync_check"_s);
}

void BenchSync::initial_pull_large()
{
    QVERIFY2(m_large.storeRows > 0, "fill_large must run first");
    m_pulledLarge = m_dir.filePath(QStringLiteral("large-pulled.sqlite"));
    const Run init = cli({QStringLiteral("--db"), m_pulledLarge, QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const SyncOutcome pull = sync(m_pulledLarge, m_large);
    QVERIFY(!pull.report.isEmpty());
    m_pullRows = pull.report.value(u"pulled").toInteger();
    m_pullMs = pull.ms;
    QCOMPARE(m_pullRows, m_large.storeRows);
    checkSameRows(m_pulledLarge, syncedTables(m_large));
    qInfo("pull_large: %lld rows into an empty store in %lld ms = %.0f rows/s (init %lld ms)",
          m_pullRows, m_pullMs, rate(m_pullRows, m_pullMs), init.ms);
    qInfo("pull_large phases: %s", qUtf8Printable(pull.phaseText()));
}

// `psql \copy (SELECT …) TO STDOUT (FORMAT csv) | sqlite3 F ".import --csv /dev/stdin T"`
// per table, the same rows and local columns the pull brings. sqlite3 imports an empty
// CSV field as '' (never NULL): into our schema, the rows go through a staging table and
// nullable columns take NULLIF(x, '') — the least that keeps the store valid.
void BenchSync::baseline(const QString& label, const QString& target, bool ourSchema)
{
    const QList<SyncedTable> tables = syncedTables(m_large);
    qint64 rows = 0, ms = 0;
    QStringList slowest;
    for (const SyncedTable& table : tables) {
        if (table.portalRows == 0)
            continue;
        const QString copy =
            QStringLiteral("\\copy (SELECT %1 FROM openmayor.%2) TO STDOUT "
                           "(FORMAT csv)")
                .arg(table.selectExprs.join(QStringLiteral(", ")), quoted(table.name));
        QStringList sqlite{target};
        if (ourSchema) {
            QStringList values;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                values << (table.nullable.at(i)
                               ? QStringLiteral("nullif(%1, '')").arg(quoted(table.columns.at(i)))
                               : quoted(table.columns.at(i)));
            QStringList quotedColumns;
            for (const QString& column : table.columns)
                quotedColumns << quoted(column);
            sqlite
                << QStringLiteral("PRAGMA foreign_keys = ON")
                << QStringLiteral("PRAGMA synchronous = NORMAL")
                << QStringLiteral("CREATE TEMP TABLE stage (%1)")
                       .arg(quotedColumns.join(QStringLiteral(", ")))
                << QStringLiteral(".import --csv --schema temp /dev/stdin stage")
                << QStringLiteral("BEGIN")
                << QStringLiteral("UPDATE sync_state SET value = '1' WHERE key = 'applying_remote'")
                << QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM temp.stage")
                       .arg(quoted(table.name), quotedColumns.join(QStringLiteral(", ")),
                            values.join(QStringLiteral(", ")))
                << QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = 'applying_remote'")
                << QStringLiteral("COMMIT");
        } else {
            QStringList definitions;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                definitions << quoted(table.columns.at(i)) + u' ' + table.types.at(i);
            sqlite << QStringLiteral("CREATE TABLE %1 (%2)")
                          .arg(quoted(table.name), definitions.join(QStringLiteral(", ")))
                   << QStringLiteral(".import --csv /dev/stdin %1").arg(quoted(table.name));
        }
        const Run run = pipe(QStringLiteral("psql"),
                             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), m_large.url,
                              QStringLiteral("-c"), copy},
                             QStringLiteral("sqlite3"), sqlite);
        QVERIFY2(run.exitCode == 0 && run.err.isEmpty(),
                 qUtf8Printable(table.name + u": " + QString::fromUtf8(run.err)));
        rows += table.portalRows;
        ms += run.ms;
        slowest
            << QStringLiteral("%1 %2 rows %3 ms").arg(table.name).arg(table.portalRows).arg(run.ms);
    }
    checkSameRows(target, tables);
    qInfo("%s: %lld rows in %lld ms = %.0f rows/s", qUtf8Printable(label), rows, ms,
          rate(rows, ms));
    qInfo("%s per table: %s", qUtf8Printable(label), qUtf8Printable(slowest.join(u"; ")));
    if (m_pullMs > 0)
        qInfo("%s: our pull %.0f rows/s = %.2fx this baseline (goal >= 0.5x)",
              qUtf8Printable(label), rate(m_pullRows, m_pullMs),
              rate(m_pullRows, m_pullMs) / rate(rows, ms));
}

void BenchSync::baseline_plain_tables()
{
    baseline(QStringLiteral("baseline_plain"), m_dir.filePath(QStringLiteral("plain.sqlite")),
             false);
}

void BenchSync::baseline_store_schema()
{
    const QString target = m_dir.filePath(QStringLiteral("baseline-store.sqlite"));
    const Run init = cli({QStringLiteral("--db"), target, QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    baseline(QStringLiteral("baseline_store"), target, true);
}

// 10 rows across five tables, different rows each round; stamped by the portal's triggers
// as any direct write (the portal's own web admin) is.
void BenchSync::changeOnPortal(const Portal& portal, int round)
{
    QSqlDatabase pg = server(portal.database);
    for (const Change& change : roundChanges) {
        QSqlQuery q(pg);
        const QString table = QString::fromLatin1(change.table);
        const QString column = QString::fromLatin1(change.column);
        QVERIFY2(q.exec(QStringLiteral("UPDATE openmayor.%1 SET %2 = %2 || ' ·' WHERE sync_id "
                                       "IN (SELECT sync_id FROM openmayor.%1 ORDER BY sync_id "
                                       "LIMIT %3 OFFSET %4)")
                            .arg(table, column)
                            .arg(change.rows)
                            .arg(change.rows * round)),
                 qUtf8Printable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), change.rows);
    }
}

void BenchSync::incremental_10_changes()
{
    QVERIFY2(!m_pulledLarge.isEmpty(), "initial_pull_large must run first");
    const QString tinyClient = m_dir.filePath(QStringLiteral("tiny-pulled.sqlite"));
    QVERIFY(cli({QStringLiteral("--db"), tinyClient, QStringLiteral("init")}).exitCode == 0);
    const SyncOutcome pull = sync(tinyClient, m_tiny);
    QCOMPARE(pull.report.value(u"pulled").toInteger(), m_tiny.storeRows);
    qInfo("tiny client: %lld rows pulled in %lld ms", m_tiny.storeRows, pull.ms);

    bool okRounds = false;
    const int rounds = qEnvironmentVariableIntValue("OPENMAYOR_BENCH_SYNC_ROUNDS", &okRounds);
    struct Client
    {
        const Portal* portal;
        QString store;
        QList<qint64> changed, idle;
        QString lastPhases;
    } clients[] = {{&m_large, m_pulledLarge, {}, {}, {}}, {&m_tiny, tinyClient, {}, {}, {}}};
    for (int round = 0; round < (okRounds && rounds > 0 ? rounds : 5); ++round) {
        for (Client& client : clients) {
            changeOnPortal(*client.portal, round);
            const SyncOutcome changed = sync(client.store, *client.portal);
            QCOMPARE(changed.report.value(u"pulled").toInteger(), 10);
            client.changed << changed.ms;
            client.lastPhases = changed.phaseText();
            const SyncOutcome idle = sync(client.store, *client.portal); // the fixed cost
            QCOMPARE(idle.report.value(u"pulled").toInteger(), 0);
            client.idle << idle.ms;
        }
    }
    for (const Client& client : clients) {
        qInfo("incremental_%s: %lld rows, 10 changes pulled in %lld ms (median of %lld; "
              "a sync with nothing new %lld ms)",
              qUtf8Printable(client.portal->label), client.portal->storeRows,
              median(client.changed), qint64(client.changed.size()), median(client.idle));
        qInfo("incremental_%s phases (last round): %s", qUtf8Printable(client.portal->label),
              qUtf8Printable(client.lastPhases));
    }
    const double ratio = double(median(clients[0].changed)) / double(median(clients[1].changed));
    qInfo("incremental: large / tiny = %.2fx (goal <= 1.5x)", ratio);
}

void BenchSync::cleanupTestCase()
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

} // namespace openmayor

QTEST_GUILESS_MAIN(openmayor::BenchSync)
#include "bench_sync.moc"
