#include "synccontroller.h"

#include "common/changenotifier.h"
#include "common/settings.h"
#include "credentialstore.h"
#include "portallistener.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace openmayor {

namespace {

constexpr int notificationDebounceMs = 2000;

Result<SyncReport> runEngine(const Database& store, const PortalEndpoint& portal,
                             const QString& userName, CredentialStore* credentials,
                             const std::function<void(const SyncProgress&)>& progress,
                             const std::atomic_bool* cancel)
{
    SyncEngine engine(store, portal, userName);
    engine.setProgressCallback(progress);
    engine.setCancelFlag(cancel);
    engine.setCredentialStore(credentials);
    return engine.sync();
}

} // namespace

SyncController::SyncController(Database store, ChangeNotifier* notifier, Settings* settings,
                               CredentialStore* credentials, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_notifier(notifier), m_settings(settings),
      m_credentials(credentials), m_runner(runEngine), m_timer(new QTimer(this)),
      m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(notificationDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { syncNow(Trigger::Notification); });
    connect(m_timer, &QTimer::timeout, this, [this] { syncNow(Trigger::Timer); });
    connect(m_settings, &Settings::syncSettingsChanged, this, &SyncController::reconfigure);
}

SyncController::~SyncController()
{
    stopListener();
    stopWorker();
}

void SyncController::setDatabase(const Database& store)
{
    stopWorker();
    m_queued.reset();
    m_store = store;
    emit statusChanged();
}

void SyncController::setRunner(Runner runner)
{
    m_runner = std::move(runner);
}

void SyncController::setBeforeSync(std::function<void()> hook)
{
    m_beforeSync = std::move(hook);
}

void SyncController::startAutomaticSync()
{
    m_automatic = true;
    reconfigure();
}

Result<SyncStatus> SyncController::status() const
{
    return SyncConflicts(m_store).status();
}

Result<PortalEndpoint> SyncController::configuredPortal() const
{
    const QString url = m_settings->portalUrl();
    if (url.isEmpty())
        return Error(Error::Kind::Usage,
                     tr("No portal is set up yet: enter its address in Tools ▸ Portal "
                        "Connection Settings."));
    auto endpoint = PortalEndpoint::parse(url);
    if (!endpoint)
        return endpoint.error();
    if (Status s = resolvePortalPassword(*endpoint, m_credentials); !s)
        return s.error();
    return endpoint;
}

void SyncController::syncNow(Trigger trigger)
{
    if (m_worker) {
        // one more run after this one; a manual request keeps its right to a dialog
        if (!m_queued || trigger == Trigger::Manual)
            m_queued = trigger;
        if (trigger == Trigger::Notification)
            m_notifiedWhileRunning = true;
        return;
    }
    startRun(trigger);
}

void SyncController::startRun(Trigger trigger)
{
    auto portal = configuredPortal();
    if (!portal) {
        // automatic syncs without a configured portal stay silent
        if (trigger == Trigger::Manual || !m_settings->portalUrl().isEmpty())
            emit failed(portal.error(), trigger);
        return;
    }
    if (m_beforeSync)
        m_beforeSync();
    m_cancel = false;
    m_notifiedWhileRunning = false;
    auto progressCallback = [this](const SyncProgress& step) {
        QMetaObject::invokeMethod(
            this, [this, step] { emit progress(step); }, Qt::QueuedConnection);
    };
    const quint64 run = ++m_run;
    m_worker = QThread::create([this, runner = m_runner, store = m_store, endpoint = *portal,
                                user = m_settings->userName(), credentials = m_credentials,
                                progressCallback, trigger, run] {
        const Result<SyncReport> result =
            runner(store, endpoint, user, credentials, progressCallback, &m_cancel);
        // the connections of this thread close with it; the result goes to the GUI thread
        QMetaObject::invokeMethod(
            this,
            [this, result, trigger, run] {
                if (run == m_run) // not a run that stopWorker() abandoned
                    runFinished(result, trigger);
            },
            Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("openmayor-sync"));
    m_worker->start();
    emit runningChanged(true);
    emit started(trigger);
}

void SyncController::runFinished(const Result<SyncReport>& result, Trigger trigger)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    emit runningChanged(false);
    if (result) {
        // views reload what the portal sent (the engine does not know our notifier)
        if (result->pulled > 0 && m_notifier)
            emit m_notifier->storeReset();
        emit finished(*result, trigger);
    } else {
        emit failed(result.error(), trigger);
    }
    emit statusChanged();

    // Hints that came during the run may be the echo of our own push; they count only
    // when nothing was pushed.
    const bool ownEcho = result && result->pushed > 0;
    if (m_notifiedWhileRunning && ownEcho) {
        m_debounce->stop();
        if (m_queued == Trigger::Notification)
            m_queued.reset();
    }
    m_notifiedWhileRunning = false;
    if (m_queued) {
        const Trigger next = *m_queued;
        m_queued.reset();
        startRun(next);
    }
}

void SyncController::stopWorker()
{
    if (!m_worker)
        return;
    m_cancel = true;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_cancel = false;
    ++m_run; // its queued result is dropped; tell the views ourselves
    emit runningChanged(false);
}

void SyncController::reconfigure()
{
    if (!m_automatic)
        return;
    restartTimer();
    stopListener();
    startListener();
}

void SyncController::restartTimer()
{
    const int minutes = m_settings->syncIntervalMinutes();
    if (minutes <= 0 || m_settings->portalUrl().isEmpty()) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

void SyncController::startListener()
{
    auto portal = configuredPortal();
    if (!portal)
        return; // no portal or no password yet: nothing to listen to
    m_listenerThread = new QThread(this);
    m_listenerThread->setObjectName(QStringLiteral("openmayor-listen"));
    m_listener = new PortalListener(*portal);
    m_listener->moveToThread(m_listenerThread);
    connect(m_listenerThread, &QThread::started, m_listener, &PortalListener::start);
    connect(m_listener, &PortalListener::portalChanged, this, &SyncController::portalChanged);
    connect(m_listener, &PortalListener::listeningChanged, this, [this](bool listening) {
        m_listening = listening;
        emit listeningChanged(listening);
    });
    m_listenerThread->start();
}

void SyncController::stopListener()
{
    if (!m_listenerThread)
        return;
    QMetaObject::invokeMethod(m_listener, &PortalListener::stop, Qt::BlockingQueuedConnection);
    m_listenerThread->quit();
    m_listenerThread->wait();
    delete m_listener;
    delete m_listenerThread;
    m_listener = nullptr;
    m_listenerThread = nullptr;
    if (m_listening) {
        m_listening = false;
        emit listeningChanged(false);
    }
}

void SyncController::portalChanged()
{
    if (m_worker)
        m_notifiedWhileRunning = true;
    m_debounce->start(); // a burst of hints becomes one pull
}

} // namespace openmayor
