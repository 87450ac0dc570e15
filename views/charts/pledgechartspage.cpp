#include "pledgechartspage.h"

#include "chartpanel.h"
#include "charts.h"
#include "itemmodels/budgetchartmodel.h"
#include "itemmodels/indicatorchartmodel.h"

#include <QComboBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace openmayor {

using charts::ChartKind;
using charts::ChartPanel;

PledgeChartsPage::PledgeChartsPage(const Database& database, ChangeNotifier* notifier,
                                   QWidget* parent)
    : QWidget(parent), m_indicatorModel(new IndicatorChartModel(database, notifier, this)),
      m_budgetModel(new BudgetChartModel(database, notifier, this)),
      m_indicatorChoice(new QComboBox(this))
{
    m_budgetModel->setPledge({});
    m_indicatorChoice->setAccessibleName(tr("Indicator shown"));
    m_indicator = new ChartPanel(charts::titleOf(ChartKind::Indicators), m_indicatorModel,
                                 [this](QChart* chart, const charts::ChartStyle& style) {
                                     charts::fillIndicatorChart(chart, *m_indicatorModel, style);
                                 });
    m_budget = new ChartPanel(charts::titleOf(ChartKind::Budget), m_budgetModel,
                              [this](QChart* chart, const charts::ChartStyle& style) {
                                  charts::fillBudgetChart(chart, *m_budgetModel, style);
                              });
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_indicator);
    splitter->addWidget(m_budget);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_indicatorChoice);
    layout->addWidget(splitter, 1);

    connect(m_indicatorChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index != m_indicatorModel->indicatorIndex())
            m_indicatorModel->setIndicatorIndex(index);
    });
    connect(m_indicatorModel, &QAbstractItemModel::modelReset, this,
            &PledgeChartsPage::fillIndicatorChoices);
}

void PledgeChartsPage::setPledge(const QString& code)
{
    if (code == m_indicatorModel->pledgeCode() && code == m_budgetModel->pledgeCode())
        return;
    m_indicatorModel->setPledge(code, 0);
    m_budgetModel->setPledge(code);
}

void PledgeChartsPage::fillIndicatorChoices()
{
    const QSignalBlocker blocker(m_indicatorChoice);
    m_indicatorChoice->clear();
    const int shown = m_indicatorModel->indicatorIndex();
    m_indicatorChoice->addItems(m_indicatorModel->indicatorNames());
    m_indicatorChoice->setCurrentIndex(shown);
    m_indicatorChoice->setVisible(m_indicatorModel->indicatorCount() > 1);
    m_indicator->setTitle(m_indicatorModel->indicatorName().isEmpty()
                              ? charts::titleOf(ChartKind::Indicators)
                              : charts::titleOf(ChartKind::Indicators) + QStringLiteral(" — ") +
                                    m_indicatorModel->indicatorName());
}

} // namespace openmayor
