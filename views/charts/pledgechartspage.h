#pragma once

#include "storage/database.h"

#include <QWidget>

class QComboBox;

namespace openmayor {

class BudgetChartModel;
class ChangeNotifier;
class IndicatorChartModel;

namespace charts {
class ChartPanel;
}

// The charts of one pledge card: an achievement indicator (choose which) and the budget,
// each with its table beside it; both follow edits of the card through the notifier.
class PledgeChartsPage : public QWidget
{
    Q_OBJECT
public:
    PledgeChartsPage(const Database& database, ChangeNotifier* notifier, QWidget* parent = nullptr);

    // The pledge by code (empty: nothing).
    void setPledge(const QString& code);

    IndicatorChartModel* indicatorModel() const { return m_indicatorModel; }
    BudgetChartModel* budgetModel() const { return m_budgetModel; }
    charts::ChartPanel* indicatorPanel() const { return m_indicator; }
    charts::ChartPanel* budgetPanel() const { return m_budget; }

private:
    void fillIndicatorChoices();

    IndicatorChartModel* m_indicatorModel;
    BudgetChartModel* m_budgetModel;
    QComboBox* m_indicatorChoice;
    charts::ChartPanel* m_indicator;
    charts::ChartPanel* m_budget;
};

} // namespace openmayor
