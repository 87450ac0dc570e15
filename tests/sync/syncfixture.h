#pragma once

// Shared fixture of the sync integration tests (tests/sync): runs the real openmayor-cli,
// makes a fresh portal database per test on the throwaway PostgreSQL, and reads the
// content of a local store and of the portal into a canonical form whose hashes can be
// compared. The content code uses plain QtSql only, never the engine's code, so it is an
// independent check of what the engine wrote.
#include "common/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <vector>

namespace openmayor::test {

// ---------------------------------------------------------------- the CLI

struct CliRun
{
    bool started = false;
    bool finished = false; // false: timed out (the process was killed)
    bool crashed = false;  // died from a signal (std::abort, kill -9)
    int exitCode = -1;     // meaningful when !crashed
    QByteArray out;
    QByteArray err;

    bool exitedWith(int code) const { return finished && !crashed && exitCode == code; }
    QStringList errLines() const;
    QJsonDocument json() const; // stdout parsed; null document when it is not JSON
    QString describe() const;   // one line for failure messages
};

// `sync --json` counts; `valid` is false when stdout was not the expected object.
struct SyncCounts
{
    bool valid = false;
    qint64 pulled = 0;
    qint64 pushed = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 mediaUploaded = 0;
    qint64 mediaWaiting = 0;

    static SyncCounts fromRun(const CliRun& run);
    bool quiet() const { return valid && pulled == 0 && pushed == 0; }
};

// The real openmayor-cli binary with a fixed environment: a fresh HOME, no OPENMAYOR_DB,
// the portal password from OPENMAYOR_TEST_PG_PASSWORD and the media store's from
// OPENMAYOR_TEST_DAV_PASSWORD, English messages.
class Cli
{
public:
    Cli();

    QString program() const { return m_program; }
    QProcessEnvironment environment() const { return m_environment; }
    void setEnv(const QString& name, const QString& value) { m_environment.insert(name, value); }
    void unsetEnv(const QString& name) { m_environment.remove(name); }

    // Runs to the end (or kills it after timeoutMs). `extraEnv` is added for this run only.
    CliRun run(const QStringList& arguments, const QProcessEnvironment& extraEnv = {},
               int timeoutMs = 120000) const;
    // Starts without waiting (for concurrent runs); finish with Cli::collect.
    std::unique_ptr<QProcess> start(const QStringList& arguments,
                                    const QProcessEnvironment& extraEnv = {}) const;
    static CliRun collect(QProcess& process, int timeoutMs = 120000);

    CliRun initStore(const QString& file, bool demo) const;
    CliRun portalInit(const QString& file, const QString& portalUrl) const;
    CliRun sync(const QString& file, const QString& portalUrl,
                const QProcessEnvironment& extraEnv = {}) const;
    QStringList syncArguments(const QString& file, const QString& portalUrl) const;
    CliRun conflicts(const QString& file) const;
    CliRun resolve(const QString& file, qint64 conflictId, bool takeMine) const;

private:
    QString m_program;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
};

// ---------------------------------------------------------------- the portal database

// A fresh database with a random name on the server of OPENMAYOR_TEST_PG_URL, created
// through its superuser and dropped (WITH (FORCE)) by the destructor unless
// OPENMAYOR_TEST_KEEP_PORTAL is set (then its name is printed). The superuser connection
// to it (main thread only) stands for the portal's own web admin writing with psql.
// The pull only takes rows below the oldest transaction still running anywhere on the server
// (DESIGN.md §4); an unrelated one (autovacuum's ANALYZE, another test's database) holds
// fresh rows back until it ends. Tests that count what one sync pulls wait for that first:
// until no transaction with an xid runs, at most `timeoutMs`. False when one still runs.
bool waitForPullWatermark(QSqlDatabase portal, int timeoutMs = 20000);

class PortalDatabase
{
public:
    PortalDatabase();
    ~PortalDatabase();
    PortalDatabase(const PortalDatabase&) = delete;
    PortalDatabase& operator=(const PortalDatabase&) = delete;

    Status create(const QString& namePrefix);

    QString name() const { return m_name; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    // postgresql://postgres@HOST:PORT/NAME (no password), for `--portal`.
    QString url() const;
    QString urlThrough(int port) const; // the same database through another port (a proxy)
    QSqlDatabase connection() const;
    // Another superuser connection to it named `name` (e.g. a second writer that holds a
    // transaction open); the caller closes it and removes it with QSqlDatabase.
    Result<QSqlDatabase> openConnection(const QString& name) const;

    // Number of rows changed, or the error.
    Result<int> exec(const QString& sql, const QVariantList& bindings = {}) const;
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {}) const;
    // `UPDATE openmayor.portal_setting ... WHERE key = ?` (inserted when missing).
    Result<int> setSetting(const QString& key, const QString& value) const;

private:
    QString m_name;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_maintenanceDb;
    QString m_connectionName;
};

// ---------------------------------------------------------------- local stores

// Plain SQLite access to a store file (foreign keys on, busy timeout), as any other
// program would write it; the store's capture triggers record these edits.
class LocalStore
{
public:
    explicit LocalStore(QString file);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    QString file() const { return m_file; }
    QSqlDatabase connection() const;
    // Number of rows changed, or the error.
    Result<int> exec(const QString& sql, const QVariantList& bindings = {}) const;
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {}) const;
    Result<QStringList> column(const QString& sql, const QVariantList& bindings = {}) const;

private:
    QString m_file;
    QString m_connectionName;
};

// ---------------------------------------------------------------- canonical content

struct ColumnInfo
{
    QString name;
    bool numeric = false; // declared INTEGER or REAL in the local schema
};

// The normal form compared across sides: "null", "n:<double 'g' 15>" or "s:<text>".
QString canonicalValue(const QVariant& value, bool numeric);

// One table's content on one side: data columns (the local columns minus id, row_version,
// updated_at, updated_by) per row key (local id = portal sync_id::text), and row_version.
struct TableContent
{
    QStringList columns;
    QMap<QString, QStringList> rows;
    QMap<QString, qint64> versions;

    QByteArray dataHash() const;
    QByteArray versionHash() const;
    QString value(const QString& rowId, const QString& column) const; // "" when absent
};
using StoreContent = QMap<QString, TableContent>; // by table name

// The synced tables of a store: those with capture triggers, in the store's order.
Result<QStringList> syncedTables(const LocalStore& store);
Result<QList<ColumnInfo>> dataColumns(const LocalStore& store, const QString& table);

Result<StoreContent> localContent(const LocalStore& store);
// The portal's tables in schema openmayor, read with the columns of `reference`'s schema.
Result<StoreContent> portalContent(const PortalDatabase& portal, const LocalStore& reference);

// Empty when equal; else a readable list of the first differences (tables, rows, fields).
QString compareContent(const StoreContent& a, const QString& aName, const StoreContent& b,
                       const QString& bName, bool compareVersions = true);

// ---------------------------------------------------------------- a ready world

// A fresh portal (schema by `portal init`, media store = the test WebDAV under a folder of
// its own, made with MKCOL first as the portal's admin would) and `clientCount` local stores
// in a temp folder: store 0 from `init --demo`, synced first (it pushes the demo), the others
// empty and synced (they pull it). Everything is dropped with the object.
class SyncWorld
{
public:
    Status setUp(const QString& portalPrefix, int clientCount);

    Cli cli;
    PortalDatabase portal;
    QTemporaryDir dir;
    QStringList files;
    std::vector<std::unique_ptr<LocalStore>> stores;

    QString mediaBaseUrl() const; // OPENMAYOR_TEST_DAV_URL + portal name + "/"
    CliRun sync(int client, const QProcessEnvironment& extraEnv = {}) const;
    Result<StoreContent> portalContent() const;
    Result<StoreContent> localContent(int client) const;
    // Empty when the portal and every store hold the same content (and row versions).
    QString differences() const;
};

// ---------------------------------------------------------------- test knobs

// An integer from the environment, else `fallback` (e.g. OPENMAYOR_STRESS_ROUNDS).
qint64 envNumber(const char* name, qint64 fallback);

} // namespace openmayor::test
