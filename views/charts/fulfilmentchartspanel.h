#pragma once

#include "storage/database.h"

#include <QWidget>

class QTabWidget;

namespace openmayor {

class ChangeNotifier;
class FulfilmentTrendModel;
class StatusDistributionModel;

namespace charts {
class ChartPanel;
}

// The charts of the 공약이행 현황 section: fulfilment over time (city figures and the
// selected pledges) and pledges by status, each with its table beside it.
class FulfilmentChartsPanel : public QWidget
{
    Q_OBJECT
public:
    FulfilmentChartsPanel(const Database& database, ChangeNotifier* notifier,
                          QWidget* parent = nullptr);

    // The pledges whose own rates join the trend (e.g. the one selected in the tree).
    void setSelectedPledges(const QStringList& codes);

    FulfilmentTrendModel* trendModel() const { return m_trendModel; }
    StatusDistributionModel* statusModel() const { return m_statusModel; }
    charts::ChartPanel* trendPanel() const { return m_trend; }
    charts::ChartPanel* statusPanel() const { return m_status; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FulfilmentTrendModel* m_trendModel;
    StatusDistributionModel* m_statusModel;
    QTabWidget* m_tabs;
    charts::ChartPanel* m_trend;
    charts::ChartPanel* m_status;
};

} // namespace openmayor
