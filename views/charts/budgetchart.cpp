#include "charts.h"
#include "itemmodels/budgetchartmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
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

void fillBudgetChart(QChart* chart, const BudgetChartModel& model, const ChartStyle& style)
{
    clearChart(chart);
    styleChart(chart, style);
    const int years = model.rowCount();
    QList<int> yearList;
    for (int row = 0; row < years; ++row)
        yearList << model.yearAt(row);

    auto* x = new QBarCategoryAxis;
    for (int year : std::as_const(yearList))
        x->append(QString::number(year));
    x->setTitleText(QCoreApplication::translate("openmayor::charts", "Year"));
    auto* amounts = new QValueAxis;
    amounts->setTitleText(QCoreApplication::translate("openmayor::charts", "Amount (million KRW)"));
    auto* rates = new QValueAxis;
    rates->setRange(0, 100);
    rates->setTickCount(6);
    rates->setLabelFormat(QStringLiteral("%d%%"));
    rates->setTitleText(QCoreApplication::translate("openmayor::charts", "Execution rate (%)"));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(amounts),
          static_cast<QAbstractAxis*>(rates)})
        styleAxis(axis, style);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(amounts, Qt::AlignLeft);
    chart->addAxis(rates, Qt::AlignRight);

    double highest = 0;
    auto* stacked = new QStackedBarSeries;
    stacked->setLabelsVisible(true);
    stacked->setLabelsFormat(QStringLiteral("@value"));
    for (int column = BudgetChartModel::NationalColumn; column <= BudgetChartModel::OtherColumn;
         ++column) {
        auto* set = new QBarSet(model.seriesName(column));
        const QColor colour = style.sourceColour(BudgetChartModel::sourceOfColumn(column));
        set->setColor(colour);
        set->setBorderColor(colour.darker(130));
        set->setLabelFont(style.font(0.75));
        set->setLabelColor(contrast::ratio(Qt::white, colour) >= contrast::ratio(Qt::black, colour)
                               ? Qt::white
                               : Qt::black);
        for (int row = 0; row < years; ++row)
            set->append(model.value(row, column).value_or(0));
        stacked->append(set);
    }
    for (int row = 0; row < years; ++row)
        highest = qMax(highest, model.value(row, BudgetChartModel::PlannedColumn).value_or(0));
    chart->addSeries(stacked);
    stacked->attachAxis(x);
    stacked->attachAxis(amounts);

    const qreal width = style.textPixels > 0 ? qMax(2.0, style.textPixels * 0.16) : 2.5;
    auto* executed = new QScatterSeries;
    executed->setName(model.seriesName(BudgetChartModel::ExecutedColumn));
    executed->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    executed->setMarkerSize(style.textPixels > 0 ? style.textPixels * 0.7 : 11);
    executed->setColor(style.theme.accent);
    executed->setBorderColor(style.theme.accent.darker(140));
    executed->setPointLabelsVisible(true);
    executed->setPointLabelsFormat(QStringLiteral("@yPoint"));
    executed->setPointLabelsFont(style.font(0.75, true));
    executed->setPointLabelsColor(style.theme.text);
    executed->setPointLabelsClipping(false);
    auto* rateLine = new QLineSeries;
    rateLine->setName(model.seriesName(BudgetChartModel::ExecutionRateColumn));
    rateLine->setPen(QPen(style.seriesColour(1), width, Qt::DashLine));
    rateLine->setPointsVisible(true);
    for (int row = 0; row < years; ++row) {
        const double spent = model.value(row, BudgetChartModel::ExecutedColumn).value_or(0);
        executed->append(row, spent);
        highest = qMax(highest, spent);
        if (const auto rate = model.value(row, BudgetChartModel::ExecutionRateColumn))
            rateLine->append(row, qMin(*rate, 100.0));
    }
    chart->addSeries(rateLine);
    rateLine->attachAxis(x);
    rateLine->attachAxis(rates);
    chart->addSeries(executed);
    executed->attachAxis(x);
    executed->attachAxis(amounts);
    amounts->setRange(0, highest > 0 ? highest * 1.15 : 1);
    amounts->applyNiceNumbers();
    amounts->setLabelFormat(QStringLiteral("%g"));

    if (style.interactive) {
        QObject::connect(
            stacked, &QStackedBarSeries::hovered, stacked,
            [yearList](bool state, int row, QBarSet* set) {
                if (state)
                    QToolTip::showText(
                        QCursor::pos(),
                        QCoreApplication::translate("openmayor::charts", "%1 %2: %3 million KRW")
                            .arg(yearList.value(row))
                            .arg(set->label(), number(set->at(row), 3)));
            });
        QObject::connect(
            executed, &QScatterSeries::hovered, executed,
            [yearList, name = executed->name()](const QPointF& p, bool state) {
                if (state)
                    QToolTip::showText(
                        QCursor::pos(),
                        QCoreApplication::translate("openmayor::charts", "%1 %2: %3 million KRW")
                            .arg(yearList.value(qRound(p.x())))
                            .arg(name, number(p.y(), 3)));
            });
        QObject::connect(rateLine, &QLineSeries::hovered, rateLine,
                         [yearList, name = rateLine->name()](const QPointF& p, bool state) {
                             if (state)
                                 QToolTip::showText(QCursor::pos(),
                                                    QStringLiteral("%1 %2: %3%")
                                                        .arg(yearList.value(qRound(p.x())))
                                                        .arg(name, number(p.y(), 3)));
                         });
    }
}

} // namespace openmayor::charts
