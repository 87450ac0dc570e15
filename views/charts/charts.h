#pragma once

#include "chartstyle.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <functional>
#include <optional>

class QChart;
class QPainter;

namespace openmayor {
class BudgetChartModel;
class FulfilmentTrendModel;
class IndicatorChartModel;
class StatusDistributionModel;
} // namespace openmayor

// The charts of fulfilment (issue 6). Only this folder includes Qt Charts; the charts read
// their figures from the item models in models/itemmodels and nothing else, so a move off
// Qt Charts (deprecated from Qt 6.10) touches this folder alone.
namespace openmayor::charts {

enum class ChartKind
{
    FulfilmentTrend,
    Indicators,
    Budget,
    Status
};
// "fulfilment-trend", "indicators", "budget", "status" (the CLI's KIND).
QStringList chartKindKeys();
QString keyOf(ChartKind kind);
std::optional<ChartKind> chartKindFromKey(const QString& key);
// The translated title: "공약 이행률 추이" and so on.
QString titleOf(ChartKind kind);

// Each fill function replaces everything `chart` shows (series, axes) with the model's
// figures; call it again when the model changes (ChartPanel does). Axis and legend text are
// translated; with style.interactive a tooltip gives each point's exact value.
//
// Fulfilment over time: a line per series over the published periods; the segment to the
// current, unpublished point is dashed and that point is a hollow marker labelled "Now
// (unpublished)".
void fillTrendChart(QChart* chart, const FulfilmentTrendModel& model, const ChartStyle& style);
// One indicator: yearly target and actual bars, cumulative target and actual lines, and the
// final target as a horizontal line.
void fillIndicatorChart(QChart* chart, const IndicatorChartModel& model, const ChartStyle& style);
// Budget: planned amounts per year stacked by source, the executed amount per year, and the
// year's execution rate on a second axis (%).
void fillBudgetChart(QChart* chart, const BudgetChartModel& model, const ChartStyle& style);
// Pledges by status: a donut whose every slice carries "status n (p%)".
void fillStatusChart(QChart* chart, const StatusDistributionModel& model, const ChartStyle& style);

// Removes every series and axis.
void clearChart(QChart* chart);
// Colours, fonts, legend and margins of the style; no title (the frame around prints it).
void styleChart(QChart* chart, const ChartStyle& style);

// Paints `chart` into `target` (logical coordinates of `painter`): PNG, SVG and PDF go
// through this. The chart is laid out at target's size. Needs a QApplication (QChart is a
// QGraphicsWidget).
void renderChart(QChart* chart, QPainter* painter, const QRectF& target);
// A chart made for one image: `fill` draws the figures into a fresh chart, which is then
// painted into `target` and dropped (the infographic templates use this).
void drawChart(QPainter* painter, const QRectF& target, const std::function<void(QChart*)>& fill);

} // namespace openmayor::charts
