// The GUI's sync triggers against the real PostgreSQL that tests/support/test-servers.sh
// starts: the portal's NOTIFY hint starts one sync (a burst is debounced into one), the
// listener reconnects after the server drops its connection, and the portal settings'
// connection test shows the server version or the error (these with a fake runner); and
// one real sync through the controller whose push wakes a second desktop, which pulls.
#include "common/changenotifier.h"
#include "common/settings.h"
#include "inmemorycredentialstore.h"
#include "storage/database.h"
#include "storage/sqlutil.h"
#include "sync/portalconnection.h"
#include "sync/portalschema.h"
#include "sync/portalsettingsdialog.h"
#include "sync/synccontroller.h"
#include "syncfixtures.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {
constexpr int serverWaitMs = 20000;
const QString adminConnection = u"tst_synclistener_admin"_s;
} // namespace

class TestSyncListener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void notificationsStartOneSync();
    void reconnectsAfterConnectionLoss();
    void connectionTestShowsVersion();
    void realSyncReachesOtherDesktop();
    void connectionTestShowsWrongPassword();

private:
    // Runs `sql` on the test's own connection (the portal's side of the conversation).
    bool admin(const QString& sql);
    std::unique_ptr<SyncController> makeController();

    QString m_url;
    QString m_password;
    QTemporaryDir m_dir;
    std::optional<Database> m_store;
    std::unique_ptr<Settings> m_settings;
    ChangeNotifier m_notifier;
    test::InMemoryCredentialStore m_credentials;
    std::atomic_int m_runs{0};
};

void TestSyncListener::initTestCase()
{
    qunsetenv("OPENMAYOR_PORTAL_PASSWORD"); // the password comes from the credential store
    m_url = test::requiredEnv("OPENMAYOR_TEST_PG_URL");
    m_password = test::requiredEnv("OPENMAYOR_TEST_PG_PASSWORD");
    QVERIFY(m_dir.isValid());
    auto store = Database::open(m_dir.filePath(u"store.sqlite"_s), Database::Mode::CreateIfMissing);
    QVERIFY(store);
    m_store = *store;
    const QUrl url(m_url);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, adminConnection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setPassword(m_password);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void TestSyncListener::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s), nullptr);
    m_settings->setPortalUrl(m_url);
    auto endpoint = PortalEndpoint::parse(m_url);
    QVERIFY(endpoint);
    m_credentials = test::InMemoryCredentialStore();
    QVERIFY(m_credentials.writePassword(endpoint->credentialKey(), m_password));
    m_runs = 0;
}

void TestSyncListener::cleanup()
{
    m_settings.reset();
}

void TestSyncListener::cleanupTestCase()
{
    QSqlDatabase::database(adminConnection, false).close();
    QSqlDatabase::removeDatabase(adminConnection);
    m_store->close();
}

bool TestSyncListener::admin(const QString& sql)
{
    QSqlQuery query(QSqlDatabase::database(adminConnection, false));
    if (!query.exec(sql)) {
        qWarning() << query.lastError().text();
        return false;
    }
    return true;
}

std::unique_ptr<SyncController> TestSyncListener::makeController()
{
    auto controller =
        std::make_unique<SyncController>(*m_store, &m_notifier, m_settings.get(), &m_credentials);
    controller->setRunner([this](const Database&, const PortalEndpoint&, const QString&,
                                 CredentialStore*, const std::function<void(const SyncProgress&)>&,
                                 const std::atomic_bool*) -> Result<SyncReport> {
        ++m_runs;
        return SyncReport{};
    });
    controller->setListenerRetrySeconds(1);
    return controller;
}

void TestSyncListener::notificationsStartOneSync()
{
    m_settings->setSyncIntervalMinutes(0); // no timer: every run here comes from a hint
    auto controller = makeController();
    QSignalSpy finished(controller.get(), &SyncController::finished);
    controller->startAutomaticSync();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isListening(), serverWaitMs);
    QCOMPARE(m_runs.load(), 0);
    for (const char* table : {"pledge", "speech", "pledge"})
        QVERIFY(admin(u"NOTIFY openmayor_sync, '%1'"_s.arg(QLatin1String(table))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, serverWaitMs);
    QCOMPARE(m_runs.load(), 1);
    // a later hint is another sync
    QVERIFY(admin(u"NOTIFY openmayor_sync, 'press_release'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, serverWaitMs);
}

void TestSyncListener::reconnectsAfterConnectionLoss()
{
    m_settings->setSyncIntervalMinutes(0);
    auto controller = makeController();
    QSignalSpy listening(controller.get(), &SyncController::listeningChanged);
    QSignalSpy finished(controller.get(), &SyncController::finished);
    controller->startAutomaticSync();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isListening(), serverWaitMs);
    QVERIFY(admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  "WHERE application_name = 'OpenMayorStudio' AND pid <> pg_backend_pid()"_s));
    // lost, found again, and a sync fetches what was missed meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() >= 3, serverWaitMs);
    QCOMPARE(listening.at(0).at(0).toBool(), true);
    QCOMPARE(listening.at(1).at(0).toBool(), false);
    QCOMPARE(listening.at(2).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, serverWaitMs);
    // and hints arrive on the new connection
    QVERIFY(admin(u"NOTIFY openmayor_sync, 'pledge'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, serverWaitMs);
}

void TestSyncListener::connectionTestShowsVersion()
{
    PortalSettingsDialog dialog(m_settings.get(), &m_credentials);
    QSignalSpy done(&dialog, &PortalSettingsDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, serverWaitMs);
    QVERIFY2(dialog.testResult().startsWith(u"Connected: PostgreSQL 1"_s),
             qPrintable(dialog.testResult()));
}

void TestSyncListener::connectionTestShowsWrongPassword()
{
    PortalSettingsDialog dialog(m_settings.get(), &m_credentials);
    dialog.findChild<QLineEdit*>(u"password"_s)->setText(u"not-the-password"_s);
    QSignalSpy done(&dialog, &PortalSettingsDialog::testFinished);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, serverWaitMs);
    QVERIFY2(dialog.testResult().startsWith(u"The portal refused the user name or password."_s),
             qPrintable(dialog.testResult()));
}

void TestSyncListener::realSyncReachesOtherDesktop()
{
    // a portal database of its own, with the OpenMayor schema
    const QString name = u"syncgui_%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)));
    QVERIFY(admin(u"CREATE DATABASE %1"_s.arg(name)));
    QUrl url(m_url);
    url.setPath(u'/' + name);
    auto endpoint = PortalEndpoint::parse(url.toString());
    QVERIFY(endpoint);
    endpoint->password = m_password;
    {
        auto portal = PortalConnection::open(*endpoint);
        QVERIFY(portal);
        auto installed = PortalSchema::install(**portal);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().fullText()));
    }
    m_settings->setPortalUrl(endpoint->displayUrl());
    m_settings->setSyncIntervalMinutes(0);
    QVERIFY(m_credentials.writePassword(endpoint->credentialKey(), m_password));

    auto storeA = Database::open(m_dir.filePath(u"a.sqlite"_s), Database::Mode::CreateIfMissing);
    auto storeB = Database::open(m_dir.filePath(u"b.sqlite"_s), Database::Mode::CreateIfMissing);
    QVERIFY(storeA && storeB);
    auto speech = test::insertSpeech(*storeA, u"신년사"_s, u"시청"_s);
    QVERIFY(speech);
    {
        ChangeNotifier notifierA;
        ChangeNotifier notifierB;
        SyncController desktopA(*storeA, &notifierA, m_settings.get(), &m_credentials);
        SyncController desktopB(*storeB, &notifierB, m_settings.get(), &m_credentials);
        desktopB.setListenerRetrySeconds(1);
        QSignalSpy resetB(&notifierB, &ChangeNotifier::storeReset);
        desktopB.startAutomaticSync(); // B listens for the portal's hints
        QTRY_VERIFY_WITH_TIMEOUT(desktopB.isListening(), serverWaitMs);

        QSignalSpy finishedA(&desktopA, &SyncController::finished);
        QSignalSpy failedA(&desktopA, &SyncController::failed);
        QSignalSpy progressA(&desktopA, &SyncController::progress);
        desktopA.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finishedA.count() + failedA.count(), 1, serverWaitMs);
        QVERIFY2(failedA.isEmpty(),
                 qPrintable(failedA.isEmpty() ? QString()
                                              : failedA.at(0).at(0).value<Error>().fullText()));
        QVERIFY(finishedA.at(0).at(0).value<SyncReport>().pushed >= 1);
        QVERIFY(!progressA.isEmpty());
        auto statusA = desktopA.status();
        QVERIFY(statusA);
        QCOMPARE(statusA->pendingChanges, 0);
        QVERIFY(statusA->lastSync.isValid());

        // B was told and fetched the speech; its views were told to reload
        auto countB = [&storeB, id = *speech] {
            QSqlDatabase db = storeB->connection();
            return queryInt(db, u"SELECT count(*) FROM speech WHERE id = ?"_s, {id}).value();
        };
        QTRY_COMPARE_WITH_TIMEOUT(countB(), 1, serverWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!resetB.isEmpty(), serverWaitMs);
    }
    storeA->close();
    storeB->close();
    QVERIFY(admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)));
}

QTEST_MAIN(TestSyncListener)
#include "tst_synclistener.moc"
