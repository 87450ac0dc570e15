#include "fulfilmentchartspanel.h"

#include "chartpanel.h"
#include "charts.h"
#include "itemmodels/fulfilmenttrendmodel.h"
#include "itemmodels/statusdistributionmodel.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace openmayor {

using charts::ChartKind;
using charts::ChartPanel;

FulfilmentChartsPanel::FulfilmentChartsPanel(const Database& database, ChangeNotifier* notifier,
                                             QWidget* parent)
    : QWidget(parent), m_trendModel(new FulfilmentTrendModel(database, notifier, this)),
      m_statusModel(new StatusDistributionModel(database, notifier, this)),
      m_tabs(new QTabWidget(this))
{
    m_trend = new ChartPanel(charts::titleOf(ChartKind::FulfilmentTrend), m_trendModel,
                             [this](QChart* chart, const charts::ChartStyle& style) {
                                 charts::fillTrendChart(chart, *m_trendModel, style);
                             });
    m_status = new ChartPanel(charts::titleOf(ChartKind::Status), m_statusModel,
                              [this](QChart* chart, const charts::ChartStyle& style) {
                                  charts::fillStatusChart(chart, *m_statusModel, style);
                              });
    m_tabs->addTab(m_trend, QString());
    m_tabs->addTab(m_status, QString());
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void FulfilmentChartsPanel::setSelectedPledges(const QStringList& codes)
{
    m_trendModel->setPledgeCodes(codes);
}

void FulfilmentChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FulfilmentChartsPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Fulfilment over time"));
    m_tabs->setTabText(1, tr("By status"));
    m_trend->setTitle(charts::titleOf(ChartKind::FulfilmentTrend));
    m_status->setTitle(charts::titleOf(ChartKind::Status));
}

} // namespace openmayor
