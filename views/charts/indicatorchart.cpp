#include "charts.h"
#include "itemmodels/indicatorchartmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace openmayor::charts {

namespace {

void styleAxis(QAbstractAxis* axis, const ChartStyle& style)
{
    axis->setLabelsFont(style.font(0.85));
    axis->setTitleFont(style.font(0.85));
    axis->setLabelsColor(style.theme.text);
    axis->setTitleBrush(style.theme.text);
}

} // namespace

void fillIndicatorChart(QChart* chart, const IndicatorChartModel& model, const ChartStyle& style)
{
    clearChart(chart);
    styleChart(chart, style);
    const int years = model.rowCount();
    const QString unit = model.unit();
    QList<int> yearList;
    for (int row = 0; row < years; ++row)
        yearList << model.yearAt(row);

    auto* x = new QBarCategoryAxis;
    for (int row = 0; row < years; ++row)
        x->append(QString::number(model.yearAt(row)));
    x->setTitleText(QCoreApplication::translate("openmayor::charts", "Year"));
    auto* y = new QValueAxis;
    y->setTitleText(unit.isEmpty()
                        ? QCoreApplication::translate("openmayor::charts", "Value")
                        : QCoreApplication::translate("openmayor::charts", "Value (%1)").arg(unit));
    styleAxis(x, style);
    styleAxis(y, style);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    double highest = 0;
    auto* bars = new QBarSeries;
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    const QList<std::pair<int, QColor>> barColumns = {
        {IndicatorChartModel::TargetColumn, style.seriesColour(0).lighter(160)},
        {IndicatorChartModel::ActualColumn, style.seriesColour(0)}};
    for (const auto& [column, colour] : barColumns) {
        auto* set = new QBarSet(model.seriesName(column));
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
        set->setLabelFont(style.font(0.75));
        set->setLabelColor(style.theme.text);
        for (int row = 0; row < years; ++row) {
            const double value = model.value(row, column).value_or(0);
            set->append(value);
            highest = qMax(highest, value);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    bars->attachAxis(x);
    bars->attachAxis(y);

    const qreal width = style.textPixels > 0 ? qMax(2.0, style.textPixels * 0.16) : 2.5;
    const QList<std::pair<int, QPen>> lineColumns = {
        {IndicatorChartModel::CumulativeTargetColumn,
         QPen(style.seriesColour(1).lighter(150), width, Qt::DashLine)},
        {IndicatorChartModel::CumulativeActualColumn, QPen(style.seriesColour(1), width)}};
    for (const auto& [column, pen] : lineColumns) {
        auto* line = new QLineSeries;
        line->setName(model.seriesName(column));
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int row = 0; row < years; ++row)
            if (const auto value = model.value(row, column)) {
                line->append(row, *value);
                highest = qMax(highest, *value);
            }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        if (style.interactive)
            QObject::connect(line, &QLineSeries::hovered, line,
                             [name = line->name(), unit, yearList](const QPointF& p, bool state) {
                                 if (state)
                                     QToolTip::showText(QCursor::pos(),
                                                        QStringLiteral("%1 %2: %3 %4")
                                                            .arg(yearList.value(qRound(p.x())))
                                                            .arg(name, number(p.y(), 3), unit));
                             });
    }
    if (const auto final = model.finalTarget(); final && years > 0) {
        auto* line = new QLineSeries;
        line->setName(QCoreApplication::translate("openmayor::charts", "Final target %1")
                          .arg(number(*final, 3)));
        line->setPen(QPen(style.theme.accent, width, Qt::DotLine));
        line->append(0, *final);
        line->append(years - 1, *final);
        highest = qMax(highest, *final);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    y->setRange(0, highest > 0 ? highest * 1.15 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%g"));

    if (style.interactive)
        QObject::connect(
            bars, &QBarSeries::hovered, bars, [unit, yearList](bool state, int row, QBarSet* set) {
                if (state)
                    QToolTip::showText(QCursor::pos(),
                                       QStringLiteral("%1 %2: %3 %4")
                                           .arg(yearList.value(row))
                                           .arg(set->label(), number(set->at(row), 3), unit));
            });
}

} // namespace openmayor::charts
