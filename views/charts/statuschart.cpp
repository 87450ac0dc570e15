#include "charts.h"
#include "itemmodels/statusdistributionmodel.h"

#include <QChart>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

namespace openmayor::charts {

void fillStatusChart(QChart* chart, const StatusDistributionModel& model, const ChartStyle& style)
{
    clearChart(chart);
    styleChart(chart, style);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* donut = new QPieSeries;
    donut->setHoleSize(0.45);
    donut->setPieSize(0.72);
    for (int row = 0; row < model.rowCount(); ++row) {
        const PledgeStatus status = StatusDistributionModel::statusAt(row);
        const int count = model.count(status);
        if (count == 0)
            continue;
        // never colour alone: every slice says what it is, how many and what share
        const QString label =
            QCoreApplication::translate("openmayor::charts", "%1 %n (%2%)", nullptr, count)
                .arg(labelOf(status), number(model.percent(status), 1));
        auto* slice = donut->append(label, count);
        slice->setColor(ChartStyle::statusColour(status));
        slice->setBorderColor(style.theme.background);
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelFont(style.font(0.85));
        slice->setLabelColor(style.theme.text);
        slice->setLabelArmLengthFactor(0.12);
        if (style.interactive)
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice, label](bool state) {
                slice->setExploded(state);
                if (state)
                    QToolTip::showText(QCursor::pos(), label);
            });
    }
    chart->addSeries(donut);
    if (donut->count() == 0)
        chart->legend()->setVisible(false);
}

} // namespace openmayor::charts
