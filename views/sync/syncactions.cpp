#include "syncactions.h"

#include "conflictdialog.h"
#include "mainwindow.h"
#include "portalsettingsdialog.h"
#include "syncstatuswidget.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace openmayor {

namespace {
constexpr int statusMessageMs = 8000;
constexpr int namedRejections = 3;
} // namespace

SyncActions::SyncActions(MainWindow* window, SyncController* controller, Settings* settings,
                         CredentialStore* credentials)
    : QObject(window), m_window(window), m_controller(controller), m_settings(settings),
      m_credentials(credentials), m_menu(new QMenu(window)), m_sync(new QAction(this)),
      m_conflicts(new QAction(this)), m_portalSettings(new QAction(this)),
      m_status(new SyncStatusWidget(controller, settings, window->notifier(), window))
{
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_sync->setShortcut(QKeySequence(Qt::Key_F5));
    m_sync->setShortcutContext(Qt::ApplicationShortcut);
    m_sync->setEnabled(!controller->isRunning());
    connect(m_sync, &QAction::triggered, this,
            [this] { m_controller->syncNow(SyncController::Trigger::Manual); });
    connect(m_conflicts, &QAction::triggered, this, &SyncActions::showConflicts);
    connect(m_portalSettings, &QAction::triggered, this, &SyncActions::showPortalSettings);
    m_menu->addAction(m_sync);
    m_menu->addAction(m_conflicts);
    m_menu->addSeparator();
    m_menu->addAction(m_portalSettings);

    connect(m_status, &SyncStatusWidget::conflictsRequested, this, &SyncActions::showConflicts);
    connect(controller, &SyncController::runningChanged, m_sync,
            [this](bool running) { m_sync->setEnabled(!running); });
    connect(controller, &SyncController::started, this, &SyncActions::syncStarted);
    connect(controller, &SyncController::finished, this, &SyncActions::syncFinished);
    connect(controller, &SyncController::failed, this, &SyncActions::syncFailed);
    connect(controller, &SyncController::statusChanged, this, [this] {
        if (m_conflictDialog)
            m_conflictDialog->reload();
    });
    retranslate();
}

void SyncActions::retranslate()
{
    m_menu->setTitle(tr("S&ync"));
    m_sync->setText(tr("&Sync Now"));
    m_sync->setToolTip(tr("Send your changes to the portal and fetch the portal's (F5)"));
    m_conflicts->setText(tr("&Conflicts…"));
    m_portalSettings->setText(tr("&Portal Connection Settings…"));
}

ConflictDialog* SyncActions::conflictDialog() const
{
    return m_conflictDialog;
}

void SyncActions::showConflicts()
{
    if (m_conflictDialog) {
        m_conflictDialog->raise();
        m_conflictDialog->activateWindow();
        return;
    }
    const auto store = m_window->database();
    if (!store)
        return;
    m_conflictDialog = new ConflictDialog(SyncConflicts(*store, m_window->notifier()), m_window);
    m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflictDialog, &ConflictDialog::syncRequested, this,
            [this] { m_controller->syncNow(SyncController::Trigger::Manual); });
    connect(m_conflictDialog, &QDialog::finished, m_status, &SyncStatusWidget::refresh);
    m_conflictDialog->show();
}

void SyncActions::showPortalSettings()
{
    PortalSettingsDialog dialog(m_settings, m_credentials, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->reconfigure(); // a new password does not change the settings
}

void SyncActions::syncStarted()
{
    m_window->statusBar()->clearMessage();
}

QString SyncActions::rejectionNotice() const
{
    const auto store = m_window->database();
    if (!store)
        return {};
    const auto open = SyncConflicts(*store).list();
    if (!open)
        return {};
    QStringList labels;
    for (const SyncConflict& conflict : *open)
        if (conflict.kind == SyncConflict::Kind::Rejected)
            labels << conflict.label;
    if (labels.isEmpty())
        return {};
    const qsizetype total = labels.size();
    QString names = QStringList(labels.mid(0, namedRejections)).join(QStringLiteral(", "));
    if (total > namedRejections)
        names = tr("%1 and %n more", nullptr, int(total - namedRejections)).arg(names);
    return tr("The portal refused %n change(s): %1. Your edits are kept here; see Sync ▸ "
              "Conflicts.",
              nullptr, int(total))
        .arg(names);
}

void SyncActions::syncFinished(const SyncReport& report, SyncController::Trigger trigger)
{
    QString summary = tr("Synced: %1 received, %2 sent.").arg(report.pulled).arg(report.pushed);
    if (report.mediaWaiting > 0)
        summary +=
            u' ' + tr("%n file(s) wait for the media store.", nullptr, int(report.mediaWaiting));
    m_window->statusBar()->showMessage(summary, statusMessageMs);
    if (report.rejected > 0) {
        m_window->messageBar()->showMessage(rejectionNotice(), MessageBar::Level::Warning);
    } else if (report.conflicts > 0 && trigger == SyncController::Trigger::Manual) {
        m_window->messageBar()->showMessage(
            tr("%n conflict(s) need your decision: see Sync ▸ Conflicts.", nullptr,
               int(report.conflicts)),
            MessageBar::Level::Warning);
    }
}

void SyncActions::syncFailed(const Error& error, SyncController::Trigger trigger)
{
    const QString message =
        tr("Sync failed: %1 Your changes are kept and sent next time.").arg(error.message);
    m_window->statusBar()->showMessage(message, statusMessageMs);
    if (trigger != SyncController::Trigger::Manual)
        return;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Sync"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("syncFailedMessage"));
    box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, not blocking: the edits stay where they were
}

} // namespace openmayor
