#include "syncstatuswidget.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/settings.h"
#include "sync/synccontroller.h"
#include "sync/synclabels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace openmayor {

namespace {
constexpr int refreshDelayMs = 1000;
}

SyncStatusWidget::SyncStatusWidget(SyncController* controller, Settings* settings,
                                   ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_settings(settings), m_summary(new QLabel(this)),
      m_conflicts(new QToolButton(this)), m_rejected(new QToolButton(this)),
      m_phase(new QLabel(this)), m_progress(new QProgressBar(this)), m_refreshSoon(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    for (QToolButton* button : {m_conflicts, m_rejected}) {
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        button->hide();
        connect(button, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    }
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_rejected->setObjectName(QStringLiteral("syncRejected"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_phase->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_rejected);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(refreshDelayMs);
    connect(m_refreshSoon, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    if (notifier) { // local edits add to the changes to send
        auto later = [this] {
            m_refreshSoon->start();
        };
        connect(notifier, &ChangeNotifier::pledgesChanged, this, later);
        connect(notifier, &ChangeNotifier::contentChanged, this, later);
        connect(notifier, &ChangeNotifier::mediaChanged, this, later);
        connect(notifier, &ChangeNotifier::periodsChanged, this, later);
        connect(notifier, &ChangeNotifier::storeReset, this, later);
    }
    connect(controller, &SyncController::statusChanged, this, &SyncStatusWidget::refresh);
    connect(controller, &SyncController::runningChanged, this, &SyncStatusWidget::showRunning);
    connect(controller, &SyncController::progress, this, &SyncStatusWidget::showProgress);
    connect(controller, &SyncController::finished, this, [this] { m_failure.clear(); });
    connect(controller, &SyncController::failed, this,
            [this](const Error& error) { m_failure = error.message; });
    connect(settings, &Settings::syncSettingsChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::lastSyncText(const QDateTime& lastSync, const QDateTime& now)
{
    const QDateTime local = lastSync.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == today)
        return tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

void SyncStatusWidget::refresh()
{
    m_refreshSoon->stop();
    const auto status = m_controller->status();
    if (!status) {
        m_summary->setText(tr("Sync status unknown"));
        m_summary->setToolTip(status.error().fullText());
        m_conflicts->hide();
        m_rejected->hide();
        return;
    }
    QStringList parts;
    if (status->lastSync.isValid())
        parts << tr("Last sync: %1").arg(lastSyncText(status->lastSync, Clock::now()));
    else if (m_settings->portalUrl().isEmpty())
        parts << tr("No portal connected");
    else
        parts << tr("Not synced yet");
    parts << tr("Changes to send %1").arg(status->pendingChanges);
    if (!m_failure.isEmpty())
        parts << tr("Last sync failed");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(m_failure.isEmpty() ? status->portal : m_failure);

    m_conflicts->setText(tr("Conflicts %1").arg(status->conflicts));
    m_conflicts->setToolTip(tr("Open the conflicts to decide which values to keep"));
    m_conflicts->setVisible(status->conflicts > 0);
    m_rejected->setText(tr("Rejected %1").arg(status->rejected));
    m_rejected->setToolTip(tr("Changes the portal refused; your edits are kept here"));
    m_rejected->setVisible(status->rejected > 0);
}

QString SyncStatusWidget::summaryText() const
{
    return m_summary->text();
}

QString SyncStatusWidget::conflictsText() const
{
    return m_conflicts->isVisibleTo(this) ? m_conflicts->text() : QString();
}

QString SyncStatusWidget::rejectedText() const
{
    return m_rejected->isVisibleTo(this) ? m_rejected->text() : QString();
}

QString SyncStatusWidget::progressText() const
{
    return m_phase->isVisibleTo(this) ? m_phase->text() : QString();
}

void SyncStatusWidget::showRunning(bool running)
{
    m_phase->setVisible(running);
    m_progress->setVisible(running);
    m_summary->setVisible(!running);
    if (running)
        showProgress({});
    else
        refresh();
}

void SyncStatusWidget::showProgress(const SyncProgress& progress)
{
    m_phase->setText(syncProgressText(progress));
    // an unknown total shows a busy bar
    m_progress->setRange(0, progress.total > 0 ? 1000 : 0);
    if (progress.total > 0)
        m_progress->setValue(
            int(qBound(qint64(0), progress.done * 1000 / progress.total, qint64(1000))));
}

void SyncStatusWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace openmayor
