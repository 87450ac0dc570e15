#include "pledgecardeditor.h"

#include "charts/pledgechartspage.h"
#include "commands/pledgeedits.h"
#include "common/changenotifier.h"
#include "indicatorpage.h"
#include "itemmodels/budgetgridmodel.h"
#include "itemmodels/departmentlistmodel.h"
#include "itemmodels/progresslistmodel.h"
#include "itemmodels/taskschedulemodel.h"
#include "pledgeheaderpage.h"
#include "pledgeplanpage.h"
#include "pledgetablepage.h"
#include "storage/pledgerepository.h"
#include "widgets/pledgedetailhtml.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace openmayor {

PledgeCardEditor::PledgeCardEditor(PledgeRepository* repository, QUndoStack* undoStack,
                                   ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent), m_repository(repository), m_undoStack(undoStack), m_title(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_summary(new QTextBrowser(this))
{
    // The term's years and quarters frame the schedule, budget and indicator grids.
    m_termStart = QDate(2022, 7, 1);
    m_termEnd = QDate(2026, 6, 30);
    if (auto terms = m_repository->terms(); terms && !terms->isEmpty()) {
        m_termStart = terms->last().start;
        m_termEnd = terms->last().end;
    }
    m_firstYear = m_termStart.year();
    m_lastYear = m_termEnd.year();

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_header = new PledgeHeaderPage(this, this);
    m_plan = new PledgePlanPage(this, this);
    m_indicators = new IndicatorPage(this, m_firstYear, m_lastYear, this);
    m_scheduleModel = new TaskScheduleModel(this, m_termStart, m_termEnd, this);
    m_budgetModel = new BudgetGridModel(this, m_termStart, m_termEnd, this);
    m_progressModel = new ProgressListModel(this, this);
    m_departmentModel = new DepartmentListModel(this, this);
    m_charts = new PledgeChartsPage(m_repository->database(), notifier, this);
    m_schedule =
        new PledgeTablePage(m_scheduleModel,
                            {[this](int row) {
                                 m_scheduleModel->insertTask(
                                     row < 0 ? m_scheduleModel->rowCount() : row, tr("New task"));
                             },
                             [this](int row) {
                                 m_scheduleModel->removeTask(row);
                             }},
                            this);
    m_budget = new PledgeTablePage(m_budgetModel, {}, this);
    m_progress = new PledgeTablePage(m_progressModel,
                                     {[this](int row) {
                                          m_progressModel->insertRows(
                                              row < 0 ? m_progressModel->rowCount() : row, 1);
                                      },
                                      [this](int row) {
                                          m_progressModel->removeRecord(row);
                                      }},
                                     this);
    m_departments = new PledgeTablePage(m_departmentModel,
                                        {[this](int row) {
                                             m_departmentModel->insertRows(
                                                 row < 0 ? m_departmentModel->rowCount() : row, 1);
                                         },
                                         [this](int row) {
                                             m_departmentModel->removeContact(row);
                                         }},
                                        this);
    m_schedule->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schedule->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_schedule->view()->setColumnWidth(0, 140);
    m_budget->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_progress->view()->horizontalHeader()->setStretchLastSection(true);
    m_departments->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_departments->view()->horizontalHeader()->setStretchLastSection(true);

    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_header, QString());
    m_tabs->addTab(m_plan, QString());
    m_tabs->addTab(m_schedule, QString());
    m_tabs->addTab(m_budget, QString());
    m_tabs->addTab(m_progress, QString());
    m_tabs->addTab(m_indicators, QString());
    m_tabs->addTab(m_departments, QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);

    connect(m_header, &PledgeHeaderPage::editRefused, this, &PledgeCardEditor::errorOccurred);
    connect(m_plan, &PledgePlanPage::editRefused, this, &PledgeCardEditor::errorOccurred);
    connect(m_indicators, &IndicatorPage::editRefused, this, &PledgeCardEditor::errorOccurred);
    connect(m_scheduleModel, &TaskScheduleModel::editRefused, this,
            &PledgeCardEditor::errorOccurred);
    connect(m_budgetModel, &BudgetGridModel::editRefused, this, &PledgeCardEditor::errorOccurred);
    connect(m_progressModel, &ProgressListModel::editRefused, this,
            &PledgeCardEditor::errorOccurred);
    connect(m_departmentModel, &DepartmentListModel::editRefused, this,
            &PledgeCardEditor::errorOccurred);
    if (notifier)
        connect(notifier, &ChangeNotifier::pledgesChanged, this,
                &PledgeCardEditor::onPledgesChanged);
    retranslate();
    reload();
}

PledgeCardEditor::~PledgeCardEditor() = default;

void PledgeCardEditor::retranslate()
{
    int i = 0;
    m_tabs->setTabText(i++, tr("Summary"));
    m_tabs->setTabText(i++, tr("Header"));
    m_tabs->setTabText(i++, tr("Plan"));
    m_tabs->setTabText(i++, tr("Schedule"));
    m_tabs->setTabText(i++, tr("Budget"));
    m_tabs->setTabText(i++, tr("Progress"));
    m_tabs->setTabText(i++, tr("Indicators"));
    m_tabs->setTabText(i++, tr("Departments"));
    m_tabs->setTabText(i++, tr("Charts"));
    for (PledgeTablePage* page : {m_schedule, m_budget, m_progress, m_departments})
        page->retranslate();
    m_budget->setNote(
        tr("Million KRW. Totals and subtotals are derived from the cells and cannot be "
           "edited; hover over them for the formula."));
    m_schedule->setNote(
        tr("Tick a quarter before or after a task to extend it (Space on the keyboard); "
           "untick its first or last quarter to shorten it."));
}

void PledgeCardEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_header->retranslate();
        m_indicators->retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void PledgeCardEditor::showPage(Page page)
{
    QWidget* widget = nullptr;
    switch (page) {
    case SummaryPage:
        widget = m_summary;
        break;
    case HeaderPage:
        widget = m_header;
        break;
    case PlanPage:
        widget = m_plan;
        break;
    case IndicatorsPage:
        widget = m_indicators;
        break;
    case SchedulePage:
        widget = m_schedule;
        break;
    case BudgetPage:
        widget = m_budget;
        break;
    case ProgressPage:
        widget = m_progress;
        break;
    case DepartmentsPage:
        widget = m_departments;
        break;
    case ChartsPage:
        widget = m_charts;
        break;
    }
    if (widget)
        m_tabs->setCurrentWidget(widget);
}

void PledgeCardEditor::setPledge(const QString& pledgeId)
{
    if (pledgeId == m_pledge.id)
        return;
    m_plan->flush(); // pending typing belongs to the card being left
    m_pledge = Pledge();
    m_pledge.id = pledgeId;
    reload();
}

void PledgeCardEditor::reload()
{
    if (!m_pledge.id.isEmpty()) {
        auto loaded = m_repository->load(m_pledge.id);
        if (loaded) {
            m_pledge = *loaded;
        } else {
            m_pledge = Pledge();
            emit errorOccurred(loaded.error().message);
        }
    }
    m_title->setText(m_pledge.id.isEmpty() ? tr("Select a pledge to see its card.")
                                           : m_pledge.code + u' ' + m_pledge.title);
    m_summary->setHtml(m_pledge.id.isEmpty() ? QString() : pledgeOverviewHtml(m_pledge));
    m_header->refresh();
    m_plan->refresh();
    m_indicators->refresh();
    m_scheduleModel->refresh();
    m_budgetModel->refresh();
    m_progressModel->refresh();
    m_departmentModel->refresh();
    m_charts->setPledge(m_pledge.code);
    for (PledgeTablePage* page : {m_schedule, m_budget, m_progress, m_departments})
        page->setEnabled(!m_pledge.id.isEmpty());
}

void PledgeCardEditor::onPledgesChanged(const QStringList& ids)
{
    if (!m_pledge.id.isEmpty() && (ids.isEmpty() || ids.contains(m_pledge.id)))
        reload();
}

Status PledgeCardEditor::applyEdit(const Pledge& after, const QString& description,
                                   const QString& mergeKey)
{
    if (m_pledge.id.isEmpty() || after.id != m_pledge.id)
        return Error(Error::Kind::Invalid, tr("No pledge is open for editing."));
    return pushPledgeEdit(m_undoStack, m_repository, m_pledge, after, description, mergeKey);
}

void PledgeCardEditor::commitPending()
{
    m_plan->flush();
}

QString PledgeCardEditor::summaryText() const
{
    return m_summary->toPlainText();
}

} // namespace openmayor
