#include "charts.h"
#include "itemmodels/fulfilmenttrendmodel.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace openmayor::charts {

namespace {

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

void fillTrendChart(QChart* chart, const FulfilmentTrendModel& model, const ChartStyle& style)
{
    clearChart(chart);
    styleChart(chart, style);

    // the current column is named short on the axis; the legend explains its hollow marker
    auto* x = new QBarCategoryAxis;
    for (int row = 0; row < model.rowCount(); ++row)
        x->append(model.isCurrent(row) ? QCoreApplication::translate("openmayor::charts", "Now")
                                       : model.periodLabel(row));
    x->setTitleText(QCoreApplication::translate("openmayor::charts", "Reporting period"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(QCoreApplication::translate("openmayor::charts", "Rate (%)"));
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsFont(style.font(0.85));
        axis->setTitleFont(style.font(0.85));
        axis->setLabelsColor(style.theme.text);
        axis->setTitleBrush(style.theme.text);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const int current = model.currentRow();
    const qreal width = style.textPixels > 0 ? qMax(2.0, style.textPixels * 0.18) : 2.5;
    const qreal marker = style.textPixels > 0 ? style.textPixels * 0.6 : 9;
    for (int column = FulfilmentTrendModel::AverageRateColumn; column < model.columnCount();
         ++column) {
        const QColor colour = style.seriesColour(column - FulfilmentTrendModel::AverageRateColumn);
        const QString name = model.seriesName(column);
        auto* published = new QLineSeries;
        published->setName(name);
        published->setPen(QPen(colour, width));
        auto* dots = new QScatterSeries;
        dots->setColor(colour);
        dots->setBorderColor(colour);
        dots->setMarkerSize(marker);
        dots->setPointLabelsVisible(true);
        dots->setPointLabelsFormat(QStringLiteral("@yPoint"));
        dots->setPointLabelsFont(style.font(0.8));
        dots->setPointLabelsColor(style.theme.text);
        dots->setPointLabelsClipping(false);
        std::optional<QPointF> lastPublished;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto value = model.value(row, column);
            if (!value || row == current)
                continue;
            const QPointF point(row, *value);
            published->append(point);
            dots->append(point);
            lastPublished = point;
        }
        attach(chart, published, x, y);
        attach(chart, dots, x, y);
        hideFromLegend(chart, dots);

        const auto now = current >= 0 ? model.value(current, column) : std::nullopt;
        if (now) {
            const QPointF point(current, *now);
            if (lastPublished) {
                auto* pending = new QLineSeries;
                pending->setName(name);
                pending->setPen(QPen(colour, width, Qt::DashLine));
                pending->append(*lastPublished);
                pending->append(point);
                attach(chart, pending, x, y);
                hideFromLegend(chart, pending);
            }
            auto* hollow = new QScatterSeries;
            hollow->setColor(style.theme.background);
            hollow->setBorderColor(colour);
            hollow->setPen(QPen(colour, width));
            hollow->setMarkerSize(marker * 1.3);
            hollow->append(point);
            hollow->setName(model.periodLabel(current));
            hollow->setPointLabelsVisible(true);
            hollow->setPointLabelsFormat(QStringLiteral("@yPoint"));
            hollow->setPointLabelsFont(style.font(0.8, true));
            hollow->setPointLabelsColor(style.theme.text);
            hollow->setPointLabelsClipping(false);
            attach(chart, hollow, x, y);
            if (column != FulfilmentTrendModel::AverageRateColumn)
                hideFromLegend(chart, hollow); // one legend entry for "Now (unpublished)"
            if (style.interactive)
                QObject::connect(
                    hollow, &QScatterSeries::hovered, hollow,
                    [name, label = model.periodLabel(current)](const QPointF& p, bool state) {
                        if (state)
                            QToolTip::showText(
                                QCursor::pos(),
                                QStringLiteral("%1 · %2: %3%").arg(label, name, number(p.y(), 3)));
                    });
        }
        if (style.interactive) {
            QStringList labels;
            for (int row = 0; row < model.rowCount(); ++row)
                labels << model.periodLabel(row);
            QObject::connect(
                dots, &QScatterSeries::hovered, dots, [name, labels](const QPointF& p, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(), QStringLiteral("%1 · %2: %3%")
                                                               .arg(labels.value(qRound(p.x())),
                                                                    name, number(p.y(), 3)));
                });
        }
    }
}

} // namespace openmayor::charts
