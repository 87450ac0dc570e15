#pragma once

#include "commands/pledgeeditsink.h"
#include "domain/pledge.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QUndoStack;

namespace openmayor {

class BudgetGridModel;
class ChangeNotifier;
class DepartmentListModel;
class IndicatorPage;
class ProgressListModel;
class TaskScheduleModel;
class PledgeChartsPage;
class PledgeHeaderPage;
class PledgePlanPage;
class PledgeRepository;
class PledgeTablePage;

// The card editor: one page per part of the pledge card (READING.md §1–§7). Every edit is
// an undo command (pushPledgeEdit) saved to the store at once; the editor reloads the card
// whenever the store announces a change, so undo, import and sync look the same here.
class PledgeCardEditor : public QWidget, public PledgeEditSink
{
    Q_OBJECT
public:
    enum Page
    {
        SummaryPage,
        HeaderPage,
        PlanPage,
        SchedulePage,
        BudgetPage,
        ProgressPage,
        IndicatorsPage,
        DepartmentsPage,
        ChartsPage
    };

    PledgeCardEditor(PledgeRepository* repository, QUndoStack* undoStack, ChangeNotifier* notifier,
                     QWidget* parent = nullptr);
    ~PledgeCardEditor() override;

    // Shows the card of `pledgeId` (empty: nothing).
    void setPledge(const QString& pledgeId);
    QString pledgeId() const { return m_pledge.id; }
    void showPage(Page page);

    // PledgeEditSink
    const Pledge& pledge() const override { return m_pledge; }
    Status applyEdit(const Pledge& after, const QString& description,
                     const QString& mergeKey = {}) override;

    QString summaryText() const;
    // Commits typing that waits for its idle timer (before closing or switching cards).
    void commitPending();
    IndicatorPage* indicatorPage() const { return m_indicators; }
    PledgeChartsPage* chartsPage() const { return m_charts; }

signals:
    // An edit was refused or a load failed; the message is translated.
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void onPledgesChanged(const QStringList& ids);
    void retranslate();

    PledgeRepository* m_repository;
    QUndoStack* m_undoStack;
    Pledge m_pledge;
    int m_firstYear = 2022;
    int m_lastYear = 2026;
    QDate m_termStart;
    QDate m_termEnd;

    QLabel* m_title;
    QTabWidget* m_tabs;
    QTextBrowser* m_summary;
    PledgeHeaderPage* m_header;
    PledgePlanPage* m_plan;
    PledgeTablePage* m_schedule;
    PledgeTablePage* m_budget;
    PledgeTablePage* m_progress;
    IndicatorPage* m_indicators;
    PledgeTablePage* m_departments;
    PledgeChartsPage* m_charts;
    TaskScheduleModel* m_scheduleModel;
    BudgetGridModel* m_budgetModel;
    ProgressListModel* m_progressModel;
    DepartmentListModel* m_departmentModel;
};

} // namespace openmayor
