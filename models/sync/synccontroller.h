#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "syncconflicts.h"
#include "syncengine.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;
class QTimer;

namespace openmayor {

class ChangeNotifier;
class CredentialStore;
class PortalListener;
class Settings;

// Runs the GUI's syncs (DESIGN.md §4): one at a time in a worker thread (a request while
// one runs is queued once), on the timer of Settings::syncIntervalMinutes(), and shortly
// after the portal's NOTIFY hint. Signals arrive on the GUI thread. No widgets here.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class Trigger
    {
        Manual,      // the user asked (F5): failures are worth a dialog
        Timer,       // the periodic sync
        Notification // the portal announced a change
    };
    Q_ENUM(Trigger)

    // Runs one sync in the calling (worker) thread. The default builds a SyncEngine; tests
    // put a fake in with setRunner().
    using Runner = std::function<Result<SyncReport>(
        const Database& store, const PortalEndpoint& portal, const QString& userName,
        CredentialStore* credentials, const std::function<void(const SyncProgress&)>& progress,
        const std::atomic_bool* cancel)>;

    SyncController(Database store, ChangeNotifier* notifier, Settings* settings,
                   CredentialStore* credentials, QObject* parent = nullptr);
    // Cancels a running sync and waits for it (it keeps what it finished), stops listening.
    ~SyncController() override;

    // Another store (File ▸ Open): waits for a running sync of the old one first.
    void setDatabase(const Database& store);
    Database database() const { return m_store; }
    void setRunner(Runner runner);
    // Called on the GUI thread just before a sync starts (the window commits pending typing).
    void setBeforeSync(std::function<void()> hook);

    // Starts the periodic sync and the NOTIFY listener (the application calls this once).
    void startAutomaticSync();
    bool isRunning() const { return m_worker != nullptr; }
    bool isListening() const { return m_listening; }
    // The local status (last sync, unsent changes, conflicts) of the current store.
    Result<SyncStatus> status() const;
    // The configured portal with its password; an error names what is missing.
    Result<PortalEndpoint> configuredPortal() const;

public slots:
    void syncNow(openmayor::SyncController::Trigger trigger = Trigger::Manual);
    // The portal settings or password changed: reconnect the listener, restart the timer.
    void reconfigure();

signals:
    void started(openmayor::SyncController::Trigger trigger);
    void progress(const openmayor::SyncProgress& progress);
    void finished(const openmayor::SyncReport& report, openmayor::SyncController::Trigger trigger);
    void failed(const openmayor::Error& error, openmayor::SyncController::Trigger trigger);
    // After every run, and whenever the status may have changed without a run.
    void statusChanged();
    void runningChanged(bool running);
    void listeningChanged(bool listening);

private:
    void startRun(Trigger trigger);
    void runFinished(const Result<SyncReport>& result, Trigger trigger);
    void portalChanged();
    void stopWorker();
    void startListener();
    void stopListener();
    void restartTimer();

    Database m_store;
    ChangeNotifier* m_notifier;
    Settings* m_settings;
    CredentialStore* m_credentials;
    Runner m_runner;
    std::function<void()> m_beforeSync;

    QThread* m_worker = nullptr;
    std::atomic_bool m_cancel{false};
    quint64 m_run = 0; // numbers the runs, so an abandoned run's result is ignored
    std::optional<Trigger> m_queued;
    bool m_notifiedWhileRunning = false;
    bool m_automatic = false;

    QTimer* m_timer;
    QTimer* m_debounce;
    QThread* m_listenerThread = nullptr;
    PortalListener* m_listener = nullptr;
    bool m_listening = false;
};

} // namespace openmayor
