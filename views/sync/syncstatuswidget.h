#pragma once

#include "common/result.h"
#include "sync/syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace openmayor {

class ChangeNotifier;
class Settings;
class SyncController;

// The status bar's sync corner: "Last sync: today 14:02 · Changes to send 3" with buttons
// for open conflicts and refused changes (they open the conflict dialog), and a progress
// bar with the phase while a sync runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    SyncStatusWidget(SyncController* controller, Settings* settings, ChangeNotifier* notifier,
                     QWidget* parent = nullptr);

    // Reads the local status again (cheap; debounced after edits).
    void refresh();

    QString summaryText() const;
    QString conflictsText() const; // empty when hidden
    QString rejectedText() const;  // empty when hidden
    QString progressText() const;  // empty when no sync runs
    QToolButton* conflictsButton() const { return m_conflicts; }
    QToolButton* rejectedButton() const { return m_rejected; }
    QProgressBar* progressBar() const { return m_progress; }

    // "today 14:02", "yesterday 09:10" or the date and time; `now` and `lastSync` any spec.
    static QString lastSyncText(const QDateTime& lastSync, const QDateTime& now);

signals:
    void conflictsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showProgress(const SyncProgress& progress);
    void showRunning(bool running);

    SyncController* m_controller;
    Settings* m_settings;
    QLabel* m_summary;
    QToolButton* m_conflicts;
    QToolButton* m_rejected;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QTimer* m_refreshSoon;
    QString m_failure; // the last failed sync's message, until a sync succeeds
};

} // namespace openmayor
