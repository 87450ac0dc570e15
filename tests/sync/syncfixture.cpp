#include "syncfixture.h"

#include "testsupport.h"
#include "webdavsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>

namespace openmayor::test {

using namespace Qt::StringLiterals;

namespace {

std::atomic_int g_connectionCounter{0};

QString uniqueConnectionName(const QString& prefix)
{
    return prefix + u'-' + QString::number(++g_connectionCounter);
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error(Error::Kind::Database, what, error.text());
}

// Binds and runs; the query stays positioned before the first row. Without bindings the
// statement is not prepared (PostgreSQL cannot PREPARE DDL such as CREATE TABLE).
Status runQuery(QSqlQuery& query, const QString& sql, const QVariantList& bindings)
{
    if (bindings.isEmpty())
        return query.exec(sql) ? Status() : sqlError(sql, query.lastError());
    if (!query.prepare(sql))
        return sqlError(sql, query.lastError());
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(sql, query.lastError());
    return {};
}

} // namespace

// ---------------------------------------------------------------- CliRun

QStringList CliRun::errLines() const
{
    QStringList lines = QString::fromUtf8(err).split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonDocument CliRun::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

QString CliRun::describe() const
{
    QString state;
    if (!started)
        state = u"did not start"_s;
    else if (!finished)
        state = u"timed out"_s;
    else if (crashed)
        state = u"crashed"_s;
    else
        state = u"exit %1"_s.arg(exitCode);
    return u"%1, stdout: %2, stderr: %3"_s.arg(state, QString::fromUtf8(out.left(600)).trimmed(),
                                               QString::fromUtf8(err.left(600)).trimmed());
}

SyncCounts SyncCounts::fromRun(const CliRun& run)
{
    SyncCounts counts;
    const QJsonDocument document = run.json();
    if (!document.isObject())
        return counts;
    const QJsonObject o = document.object();
    const auto number = [&o](const QString& key, bool* present) {
        const QJsonValue v = o.value(key);
        *present = *present && v.isDouble();
        return qint64(v.toDouble());
    };
    bool present = true;
    counts.pulled = number(u"pulled"_s, &present);
    counts.pushed = number(u"pushed"_s, &present);
    counts.conflicts = number(u"conflicts"_s, &present);
    counts.rejected = number(u"rejected"_s, &present);
    counts.mediaUploaded = number(u"media_uploaded"_s, &present);
    counts.mediaWaiting = number(u"media_waiting"_s, &present);
    counts.valid = present;
    return counts;
}

// ---------------------------------------------------------------- Cli

Cli::Cli() : m_home(std::make_unique<QTemporaryDir>())
{
    m_program = QDir(binaryDir()).filePath(u"app/openmayor-cli"_s);
#ifdef Q_OS_WIN
    m_program += u".exe"_s;
#endif
    if (!QFileInfo(m_program).isExecutable())
        qFatal("%s was not built", qPrintable(m_program));
    QDir(m_home->path()).mkpath(u".config"_s);
    QDir(m_home->path()).mkpath(u".local/share"_s);

    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"OPENMAYOR_DB"_s, u"LANGUAGE"_s, u"LC_MESSAGES"_s,
                                u"OPENMAYOR_SYNC_FAULT"_s, u"OPENMAYOR_MEDIA_PASSWORD"_s})
        m_environment.remove(name);
    m_environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    m_environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_environment.insert(u"HOME"_s, m_home->path());
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u".config"_s));
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u".local/share"_s));
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_environment.insert(u"OPENMAYOR_PORTAL_PASSWORD"_s, requiredEnv("OPENMAYOR_TEST_PG_PASSWORD"));
    m_environment.insert(u"OPENMAYOR_MEDIA_PASSWORD"_s, requiredEnv("OPENMAYOR_TEST_DAV_PASSWORD"));
}

std::unique_ptr<QProcess> Cli::start(const QStringList& arguments,
                                     const QProcessEnvironment& extraEnv) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = m_environment;
    for (const QString& key : extraEnv.keys())
        environment.insert(key, extraEnv.value(key));
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(m_home->path());
    process->start(m_program, QStringList{u"--lang"_s, u"en"_s} + arguments);
    process->closeWriteChannel(); // nothing on stdin
    return process;
}

CliRun Cli::collect(QProcess& process, int timeoutMs)
{
    CliRun r;
    r.started = process.error() != QProcess::FailedToStart;
    if (!r.started)
        return r;
    // waitForFinished() is false for a process that has finished already.
    r.finished = process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.crashed = r.finished && process.exitStatus() == QProcess::CrashExit;
    r.exitCode = process.exitCode();
    return r;
}

CliRun Cli::run(const QStringList& arguments, const QProcessEnvironment& extraEnv,
                int timeoutMs) const
{
    const std::unique_ptr<QProcess> process = start(arguments, extraEnv);
    if (!process->waitForStarted(30000))
        return {};
    return collect(*process, timeoutMs);
}

CliRun Cli::initStore(const QString& file, bool demo) const
{
    QStringList arguments{u"--db"_s, file, u"init"_s};
    if (demo)
        arguments << u"--demo"_s;
    return run(arguments);
}

CliRun Cli::portalInit(const QString& file, const QString& portalUrl) const
{
    return run({u"--db"_s, file, u"portal"_s, u"init"_s, u"--portal"_s, portalUrl});
}

QStringList Cli::syncArguments(const QString& file, const QString& portalUrl) const
{
    return {u"--db"_s, file, u"sync"_s, u"--portal"_s, portalUrl, u"--json"_s};
}

CliRun Cli::sync(const QString& file, const QString& portalUrl,
                 const QProcessEnvironment& extraEnv) const
{
    return run(syncArguments(file, portalUrl), extraEnv);
}

CliRun Cli::conflicts(const QString& file) const
{
    return run({u"--db"_s, file, u"conflicts"_s, u"--json"_s});
}

CliRun Cli::resolve(const QString& file, qint64 conflictId, bool takeMine) const
{
    return run({u"--db"_s, file, u"resolve"_s, QString::number(conflictId), u"--take"_s,
                takeMine ? u"mine"_s : u"theirs"_s});
}

bool waitForPullWatermark(QSqlDatabase portal, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QSqlQuery query(portal);
        if (query.exec(u"SELECT pg_snapshot_xmin(s) = pg_snapshot_xmax(s) FROM "
                       "pg_current_snapshot() s"_s) &&
            query.next() && query.value(0).toBool())
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
}

// ---------------------------------------------------------------- PortalDatabase

PortalDatabase::PortalDatabase()
{
    const QUrl url(requiredEnv("OPENMAYOR_TEST_PG_URL"), QUrl::StrictMode);
    m_host = url.host();
    m_port = url.port(5432);
    m_user = url.userName();
    m_maintenanceDb = url.path().mid(1);
    m_password = requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
}

PortalDatabase::~PortalDatabase()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_name.isEmpty())
        return;
    if (!qEnvironmentVariableIsEmpty("OPENMAYOR_TEST_KEEP_PORTAL")) {
        qInfo("portal database kept: %s", qPrintable(url()));
        return;
    }
    const QString admin = uniqueConnectionName(u"portal-admin"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, admin);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_maintenanceDb);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_name)))
            qWarning("could not drop portal database %s: %s", qPrintable(m_name),
                     qPrintable(db.lastError().text() + query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(admin);
}

Status PortalDatabase::create(const QString& namePrefix)
{
    const QString name =
        namePrefix + u'_' + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString admin = uniqueConnectionName(u"portal-admin"_s);
    Status created;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, admin);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_maintenanceDb);
        QSqlQuery query(db);
        if (!db.open())
            created = sqlError(u"connect to "_s + m_maintenanceDb, db.lastError());
        else if (!query.exec(
                     u"CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0"_s.arg(name)))
            created = sqlError(u"CREATE DATABASE "_s + name, query.lastError());
    }
    QSqlDatabase::removeDatabase(admin);
    if (!created)
        return created;
    m_name = name;

    m_connectionName = uniqueConnectionName(u"portal-"_s + name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_name);
    if (!db.open())
        return sqlError(u"connect to "_s + m_name, db.lastError());
    return {};
}

QString PortalDatabase::url() const
{
    return urlThrough(m_port);
}

QString PortalDatabase::urlThrough(int port) const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_user, m_host).arg(port).arg(m_name);
}

QSqlDatabase PortalDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName);
}

Result<QSqlDatabase> PortalDatabase::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    if (!db.open())
        return sqlError(u"connect to "_s + m_name, db.lastError());
    return db;
}

Result<int> PortalDatabase::exec(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(connection());
    if (Status ran = runQuery(query, sql, bindings); !ran)
        return ran.error();
    return query.numRowsAffected();
}

Result<QVariant> PortalDatabase::scalar(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(connection());
    if (Status ran = runQuery(query, sql, bindings); !ran)
        return ran.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, u"no row: "_s + sql);
    return query.value(0);
}

Result<int> PortalDatabase::setSetting(const QString& key, const QString& value) const
{
    return exec(u"INSERT INTO openmayor.portal_setting (key, value) VALUES (?, ?) "
                u"ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s,
                {key, value});
}

// ---------------------------------------------------------------- LocalStore

LocalStore::LocalStore(QString file)
    : m_file(std::move(file)), m_connectionName(uniqueConnectionName(u"store"_s))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_file);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    if (db.open()) {
        QSqlQuery query(db);
        query.exec(u"PRAGMA foreign_keys = ON"_s);
    }
}

LocalStore::~LocalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LocalStore::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> LocalStore::exec(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(connection());
    if (Status ran = runQuery(query, sql, bindings); !ran)
        return ran.error();
    return query.numRowsAffected();
}

Result<QVariant> LocalStore::scalar(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(connection());
    if (Status ran = runQuery(query, sql, bindings); !ran)
        return ran.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, u"no row: "_s + sql);
    return query.value(0);
}

Result<QStringList> LocalStore::column(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(connection());
    if (Status ran = runQuery(query, sql, bindings); !ran)
        return ran.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

// ---------------------------------------------------------------- SyncWorld

Status SyncWorld::setUp(const QString& portalPrefix, int clientCount)
{
    if (!dir.isValid())
        return Error(Error::Kind::Io, u"no temporary folder"_s);
    if (Status created = portal.create(portalPrefix); !created)
        return created;
    for (int i = 0; i < clientCount; ++i) {
        files << dir.filePath(u"client%1.sqlite"_s.arg(i + 1));
        if (const CliRun init = cli.initStore(files.last(), i == 0); !init.exitedWith(0))
            return Error(Error::Kind::Generic, u"init: "_s + init.describe());
        stores.push_back(std::make_unique<LocalStore>(files.last()));
    }
    if (const CliRun init = cli.portalInit(files.first(), portal.url()); !init.exitedWith(0))
        return Error(Error::Kind::Generic, u"portal init: "_s + init.describe());
    // The portal's own folder on the media store, made as its admin would.
    const DavAccount dav = davAccountFromEnv();
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const HttpResult made = waitForReply(network.sendCustomRequest(
        davRequest(QUrl(mediaBaseUrl()), dav.user, dav.password), "MKCOL"));
    if (made.status != 201)
        return Error(Error::Kind::Io, u"MKCOL "_s + mediaBaseUrl() + u": "_s + describe(made));
    for (const auto& [key, value] :
         {std::pair{u"media_base_url"_s, mediaBaseUrl()},
          std::pair{u"media_user"_s, requiredEnv("OPENMAYOR_TEST_DAV_USER")}})
        if (Result<int> set = portal.setSetting(key, value); !set)
            return set.error();
    for (int i = 0; i < clientCount; ++i) {
        waitForPullWatermark(portal.connection());
        const CliRun first = sync(i);
        const SyncCounts counts = SyncCounts::fromRun(first);
        if (!first.exitedWith(0) || (i == 0 ? counts.pushed : counts.pulled) == 0)
            return Error(Error::Kind::Generic,
                         u"first sync of client %1: %2"_s.arg(i + 1).arg(first.describe()));
    }
    return {};
}

QString SyncWorld::mediaBaseUrl() const
{
    return requiredEnv("OPENMAYOR_TEST_DAV_URL") + portal.name() + u'/';
}

CliRun SyncWorld::sync(int client, const QProcessEnvironment& extraEnv) const
{
    return cli.sync(files.at(client), portal.url(), extraEnv);
}

Result<StoreContent> SyncWorld::portalContent() const
{
    return test::portalContent(portal, *stores.front());
}

Result<StoreContent> SyncWorld::localContent(int client) const
{
    return test::localContent(*stores.at(size_t(client)));
}

QString SyncWorld::differences() const
{
    const Result<StoreContent> reference = portalContent();
    if (!reference)
        return reference.error().fullText();
    QStringList found;
    for (int i = 0; i < int(stores.size()); ++i) {
        const Result<StoreContent> local = localContent(i);
        if (!local)
            return local.error().fullText();
        const QString differ =
            compareContent(*reference, u"portal"_s, *local, u"client%1"_s.arg(i + 1));
        if (!differ.isEmpty())
            found << differ;
    }
    return found.join(u'\n');
}

qint64 envNumber(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : fallback;
}

} // namespace openmayor::test
