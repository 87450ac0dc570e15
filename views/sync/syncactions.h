#pragma once

#include "common/result.h"
#include "sync/synccontroller.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace openmayor {

class ConflictDialog;
class CredentialStore;
class MainWindow;
class Settings;
class SyncStatusWidget;

// The Sync menu and the status bar's sync corner: "Sync Now" (F5, disabled while a sync
// runs), the conflict dialog, the portal settings; reports of finished and failed syncs
// (one clear message; a dialog only when the user started the sync by hand).
class SyncActions : public QObject
{
    Q_OBJECT
public:
    SyncActions(MainWindow* window, SyncController* controller, Settings* settings,
                CredentialStore* credentials);

    QMenu* menu() const { return m_menu; }
    QAction* syncAction() const { return m_sync; }
    QAction* conflictsAction() const { return m_conflicts; }
    QAction* portalSettingsAction() const { return m_portalSettings; }
    SyncStatusWidget* statusWidget() const { return m_status; }
    // The conflict dialog while it is open.
    ConflictDialog* conflictDialog() const;
    void retranslate();

    void showConflicts();
    void showPortalSettings();

private:
    void syncStarted();
    void syncFinished(const SyncReport& report, SyncController::Trigger trigger);
    void syncFailed(const Error& error, SyncController::Trigger trigger);
    // "The portal refused 2 changes: 공약 1-1-1 …, …. Your edits are kept here."
    QString rejectionNotice() const;

    MainWindow* m_window;
    SyncController* m_controller;
    Settings* m_settings;
    CredentialStore* m_credentials;
    QMenu* m_menu;
    QAction* m_sync;
    QAction* m_conflicts;
    QAction* m_portalSettings;
    SyncStatusWidget* m_status;
    QPointer<ConflictDialog> m_conflictDialog;
};

} // namespace openmayor
