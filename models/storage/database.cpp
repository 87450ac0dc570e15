#include "database.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace openmayor {

struct Database::Shared
{
    QString path;
    int instance = 0;
    int schemaVersion = 0;
};

namespace {

constexpr int busyTimeoutMs = 10000;

// Connections opened by the current thread, removed when the thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(names)) {
            { // the QSqlDatabase copy must be gone before removeDatabase()
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections t_connections;

QString connectionName(int instance)
{
    return QStringLiteral("openmayor-%1-%2")
        .arg(instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

Result<QSqlDatabase> openConnection(const QString& path, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return Error(
            Error::Kind::Database,
            QCoreApplication::translate("openmayor::Database", "Cannot open the database file %1.")
                .arg(path),
            db.lastError().text());
    return db;
}

Status applyPragmas(QSqlDatabase& db)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString& pragma : pragmas) {
        if (Status s = exec(db, pragma); !s)
            return s;
    }
    return {};
}

// Reads the first bytes of an existing, non-empty file: must be an SQLite 3 header.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            Error::Kind::Io,
            QCoreApplication::translate("openmayor::Database", "Cannot read the database file %1.")
                .arg(path),
            file.errorString());
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate(
                         "openmayor::Database",
                         "%1 is not an OpenMayor Studio database (not an SQLite file).")
                         .arg(path));
    return {};
}

// Refusals that must happen before SQLite touches anything.
Status checkFile(const QString& path, Database::Mode mode, bool* exists)
{
    if (path.trimmed().isEmpty())
        return Error(Error::Kind::Usage, QCoreApplication::translate(
                                             "openmayor::Database", "No database file was given."));
    const QFileInfo info(path);
    *exists = info.exists();
    if (info.isDir())
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("openmayor::Database",
                                                 "%1 is a folder, not a database file.")
                         .arg(QDir::toNativeSeparators(path)));
    if (!*exists) {
        if (mode == Database::Mode::OpenExisting)
            return Error(Error::Kind::NotFound,
                         QCoreApplication::translate(
                             "openmayor::Database",
                             "The database file %1 does not exist. Create it with \"init\" first.")
                             .arg(QDir::toNativeSeparators(path)));
        if (!info.absoluteDir().exists())
            return Error(Error::Kind::Io,
                         QCoreApplication::translate("openmayor::Database",
                                                     "The folder of %1 does not exist.")
                             .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    // Mode bits, not access(): an administrator could write the file anyway, but the user
    // marked it read-only and we respect that.
    if (!info.permission(QFileDevice::WriteOwner) || !info.isWritable())
        return Error(
            Error::Kind::Io,
            QCoreApplication::translate("openmayor::Database", "The database file %1 is read-only.")
                .arg(QDir::toNativeSeparators(path)));
    if (info.size() > 0)
        return checkHeader(path);
    return {};
}

std::atomic_int s_instances{0};

} // namespace

Database::Database(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<Database> Database::open(const QString& path, Mode mode)
{
    bool existed = false; // kept for symmetry with callers that clean up new files
    if (Status s = checkFile(path, mode, &existed); !s)
        return s.error();

    auto shared = std::make_shared<Shared>();
    shared->path = QFileInfo(path).absoluteFilePath();
    shared->instance = ++s_instances;
    Database database(shared);

    const QString name = connectionName(shared->instance);
    t_connections.names << name;
    // The connection handles live in this scope only: a refusal closes the connection,
    // which Qt allows only when no QSqlDatabase copy is left.
    const Status opened = [&]() -> Status {
        auto connection = openConnection(shared->path, name);
        if (!connection)
            return connection.error();
        QSqlDatabase db = connection.value();

        // Read-only look at the header fields before anything is written.
        auto version = queryInt(db, QStringLiteral("PRAGMA user_version"));
        auto appId = queryInt(db, QStringLiteral("PRAGMA application_id"));
        auto tableCount =
            queryInt(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"));
        if (!version || !appId || !tableCount) {
            const Error& e = !version ? version.error()
                             : !appId ? appId.error()
                                      : tableCount.error();
            return Error(Error::Kind::Invalid,
                         QCoreApplication::translate("openmayor::Database",
                                                     "%1 is not an OpenMayor Studio database.")
                             .arg(QDir::toNativeSeparators(path)),
                         e.detail);
        }
        const bool ours = *appId == applicationId;
        const bool blank = *version == 0 && *tableCount == 0 && *appId == 0;
        if (!ours && !blank)
            return Error(
                Error::Kind::Invalid,
                QCoreApplication::translate("openmayor::Database",
                                            "%1 is an SQLite file of another program, not an "
                                            "OpenMayor Studio database.")
                    .arg(QDir::toNativeSeparators(path)));
        if (*version > latestSchemaVersion())
            return Error(
                Error::Kind::Incompatible,
                QCoreApplication::translate("openmayor::Database",
                                            "%1 was written by a newer version of OpenMayor "
                                            "Studio (schema %2; this version knows up to %3). "
                                            "Update the application.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(*version)
                    .arg(latestSchemaVersion()));
        if (Status s = applyPragmas(db); !s)
            return s;
        return Migrations::migrate(db, latestSchemaVersion());
    }();
    if (!opened) {
        database.close();
        return opened.error();
    }
    shared->schemaVersion = latestSchemaVersion();
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_shared->instance);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto connection = openConnection(m_shared->path, name);
    t_connections.names << name;
    if (!connection)
        return QSqlDatabase::database(name, false); // closed; queries report the error
    QSqlDatabase db = connection.value();
    (void)applyPragmas(db); // a failure shows up on the first query of this connection
    return db;
}

QString Database::path() const
{
    return m_shared->path;
}

int Database::schemaVersion() const
{
    return m_shared->schemaVersion;
}

void Database::close()
{
    const QString name = connectionName(m_shared->instance);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    t_connections.names.removeAll(name);
}

Status Database::beginTransaction(QSqlDatabase& db)
{
    // IMMEDIATE: take the write lock now, so a concurrent writer waits (busy timeout)
    // instead of failing half-way with SQLITE_BUSY on upgrade from a read lock.
    return exec(db, QStringLiteral("BEGIN IMMEDIATE"));
}

Status Database::commitTransaction(QSqlDatabase& db)
{
    if (Status s = exec(db, QStringLiteral("COMMIT")); !s) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return s;
    }
    return {};
}

Status Database::rollbackTransaction(QSqlDatabase& db, const Status& cause)
{
    (void)exec(db, QStringLiteral("ROLLBACK"));
    return cause;
}

} // namespace openmayor
