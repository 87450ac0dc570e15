#include "charts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace openmayor::charts {

namespace {
struct KindInfo
{
    ChartKind kind;
    const char* key;
    const char* title;
};
const KindInfo kinds[] = {
    {ChartKind::FulfilmentTrend, "fulfilment-trend",
     QT_TRANSLATE_NOOP("openmayor::charts", "Pledge fulfilment over time")},
    {ChartKind::Indicators, "indicators",
     QT_TRANSLATE_NOOP("openmayor::charts", "Achievement indicator: target and actual")},
    {ChartKind::Budget, "budget",
     QT_TRANSLATE_NOOP("openmayor::charts", "Budget: planned and executed")},
    {ChartKind::Status, "status", QT_TRANSLATE_NOOP("openmayor::charts", "Pledges by status")},
};
} // namespace

QStringList chartKindKeys()
{
    QStringList keys;
    for (const KindInfo& info : kinds)
        keys << QString::fromLatin1(info.key);
    return keys;
}

QString keyOf(ChartKind kind)
{
    for (const KindInfo& info : kinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString& key)
{
    for (const KindInfo& info : kinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QString titleOf(ChartKind kind)
{
    for (const KindInfo& info : kinds)
        if (info.kind == kind)
            return QCoreApplication::translate("openmayor::charts", info.title);
    return {};
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void styleChart(QChart* chart, const ChartStyle& style)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.theme.background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitle(QString());
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(style.font(0.9));
    chart->legend()->setLabelColor(style.theme.text);
    chart->legend()->setShowToolTips(true);
    const qreal margin = style.textPixels > 0 ? style.textPixels * 0.4 : 4;
    chart->setMargins(QMargins(int(margin), int(margin), int(margin), int(margin)));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

void renderChart(QChart* chart, QPainter* painter, const QRectF& target)
{
    QGraphicsScene scene;
    QGraphicsScene* previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    // lay the chart out now: the presenter updates its items on the posted layout request
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(chart);
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
    if (previous)
        previous->addItem(chart);
}

void drawChart(QPainter* painter, const QRectF& target, const std::function<void(QChart*)>& fill)
{
    QChart chart;
    fill(&chart);
    renderChart(&chart, painter, target);
}

} // namespace openmayor::charts
