// Lays out and paints the infographic templates and the framed bare charts.
#include "infographic.h"

#include "itemmodels/budgetchartmodel.h"
#include "itemmodels/fulfilmenttrendmodel.h"
#include "itemmodels/indicatorchartmodel.h"
#include "itemmodels/statusdistributionmodel.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>
#include <QPainter>

namespace openmayor::infographic {

namespace {

QString translated(const char* text, int n = -1)
{
    return QCoreApplication::translate("openmayor::infographic", text, nullptr, n);
}

// Sizes in "design pixels" of a 1080-pixel square, scaled to the output.
struct Layout
{
    qreal unit = 1;
    QRectF header;
    QRectF body;
    QRectF footer;
};

Layout layoutFor(const QSize& size)
{
    Layout layout;
    layout.unit = qMin(size.width(), size.height()) / 1080.0;
    const qreal u = layout.unit;
    const qreal margin = 48 * u;
    layout.header = QRectF(0, 0, size.width(), 132 * u);
    layout.footer = QRectF(margin, size.height() - 104 * u, size.width() - 2 * margin, 88 * u);
    layout.body = QRectF(margin, layout.header.bottom() + 32 * u, size.width() - 2 * margin,
                         layout.footer.top() - layout.header.bottom() - 48 * u);
    return layout;
}

QFont fontOf(const charts::ChartStyle& style, qreal pixels, bool bold = false)
{
    QFont font = style.font(1.0, bold);
    font.setPixelSize(qMax(6, qRound(pixels)));
    return font;
}

// Draws `text` inside `rect`, shrinking the font until the (wrapped) text fits: nothing is
// clipped whatever the preset.
void drawFitted(QPainter& painter, const QRectF& rect, const QString& text, QFont font,
                const QColor& colour, int flags)
{
    const int wrap = flags | Qt::TextWordWrap;
    while (font.pixelSize() > 6) {
        const QRectF needed = QFontMetricsF(font).boundingRect(rect, wrap, text);
        if (needed.width() <= rect.width() + 0.5 && needed.height() <= rect.height() + 0.5)
            break;
        font.setPixelSize(qMax(6, int(font.pixelSize() * 0.92)));
    }
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, wrap, text);
}

void drawChart(QPainter& painter, const QRectF& rect, charts::ChartKind kind,
               const Figures& figures, const charts::ChartStyle& style)
{
    if (rect.width() < 40 || rect.height() < 40)
        return;
    charts::drawChart(&painter, rect, [&](QChart* chart) {
        switch (kind) {
        case charts::ChartKind::FulfilmentTrend:
            charts::fillTrendChart(chart, figures.trend(), style);
            break;
        case charts::ChartKind::Indicators:
            charts::fillIndicatorChart(chart, figures.indicator(), style);
            break;
        case charts::ChartKind::Budget:
            charts::fillBudgetChart(chart, figures.chartBudget(), style);
            break;
        case charts::ChartKind::Status:
            charts::fillStatusChart(chart, figures.status(), style);
            break;
        }
    });
}

void paintHeader(QPainter& painter, const Layout& layout, const QString& title,
                 const charts::ChartStyle& style)
{
    const BrandTheme& theme = style.theme;
    const qreal u = layout.unit;
    painter.fillRect(layout.header, theme.primary);
    qreal left = 48 * u;
    if (!theme.logoPath.isEmpty()) {
        QImageReader reader(theme.logoPath);
        const QImage logo = reader.read();
        if (!logo.isNull()) {
            const qreal height = layout.header.height() - 36 * u;
            const QSizeF size =
                QSizeF(logo.size()).scaled(QSizeF(height * 3, height), Qt::KeepAspectRatio);
            const QRectF target(left, (layout.header.height() - size.height()) / 2, size.width(),
                                size.height());
            painter.drawImage(target, logo);
            left = target.right() + 24 * u;
        }
    }
    const qreal right = layout.header.width() - 48 * u;
    const qreal organisationWidth = 260 * u;
    drawFitted(
        painter, QRectF(left, 0, right - left - organisationWidth - 16 * u, layout.header.height()),
        title, fontOf(style, 46 * u, true), theme.background, Qt::AlignLeft | Qt::AlignVCenter);
    drawFitted(painter,
               QRectF(right - organisationWidth, 0, organisationWidth, layout.header.height()),
               theme.organisation, fontOf(style, 30 * u, true), theme.background,
               Qt::AlignRight | Qt::AlignVCenter);
}

void paintFooter(QPainter& painter, const Layout& layout, const QDate& basisDate,
                 const charts::ChartStyle& style)
{
    const BrandTheme& theme = style.theme;
    const qreal u = layout.unit;
    painter.setPen(QPen(theme.text, qMax(1.0, 2 * u)));
    painter.drawLine(layout.footer.topLeft(), layout.footer.topRight());
    const QRectF lines = layout.footer.adjusted(0, 10 * u, 0, 0);
    const QString basis =
        translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Basis date: %1"))
            .arg(basisDate.isValid() ? basisDate.toString(Qt::ISODate) : QStringLiteral("—"));
    const qreal half = lines.height() / 2;
    const qreal sourceWidth = lines.width() * 0.68;
    drawFitted(painter, QRectF(lines.left(), lines.top(), sourceWidth, half), theme.sourceLine,
               fontOf(style, 24 * u), theme.text, Qt::AlignLeft | Qt::AlignVCenter);
    drawFitted(painter, QRectF(lines.left(), lines.top() + half, sourceWidth, half), basis,
               fontOf(style, 24 * u, true), theme.text, Qt::AlignLeft | Qt::AlignVCenter);
    drawFitted(painter,
               QRectF(lines.left() + sourceWidth, lines.top(), lines.width() - sourceWidth,
                      lines.height()),
               theme.footer, fontOf(style, 24 * u), theme.text, Qt::AlignRight | Qt::AlignVCenter);
}

// A labelled big figure: label above, the number large, a note below.
void paintFigure(QPainter& painter, const QRectF& rect, const QString& label, const QString& value,
                 const QString& note, const charts::ChartStyle& style, qreal u)
{
    const qreal labelHeight = rect.height() * 0.2;
    const qreal noteHeight = note.isEmpty() ? 0 : rect.height() * 0.2;
    drawFitted(painter, QRectF(rect.left(), rect.top(), rect.width(), labelHeight), label,
               fontOf(style, 34 * u, true), style.theme.text, Qt::AlignCenter);
    drawFitted(painter,
               QRectF(rect.left(), rect.top() + labelHeight, rect.width(),
                      rect.height() - labelHeight - noteHeight),
               value, fontOf(style, qMin(rect.height() * 0.5, rect.width() / 3.0), true),
               style.theme.primary, Qt::AlignCenter);
    if (!note.isEmpty())
        drawFitted(painter,
                   QRectF(rect.left(), rect.bottom() - noteHeight, rect.width(), noteHeight), note,
                   fontOf(style, 28 * u), style.theme.text, Qt::AlignCenter);
}

// Splits the body into the figures' part and the chart's: side by side when wide.
std::pair<QRectF, QRectF> split(const QRectF& body, qreal figureShare, qreal u)
{
    const qreal gap = 24 * u;
    if (body.width() > body.height() * 1.25) {
        const qreal width = body.width() * figureShare;
        return {QRectF(body.left(), body.top(), width, body.height()),
                QRectF(body.left() + width + gap, body.top(), body.width() - width - gap,
                       body.height())};
    }
    const qreal height = body.height() * figureShare;
    return {
        QRectF(body.left(), body.top(), body.width(), height),
        QRectF(body.left(), body.top() + height + gap, body.width(), body.height() - height - gap)};
}

void paintRateCard(QPainter& painter, const Layout& layout, const Figures& figures,
                   const charts::ChartStyle& style)
{
    const FulfilmentTrendModel& trend = figures.trend();
    const int now = trend.currentRow();
    const auto [numbers, chart] = split(layout.body, 0.42, layout.unit);
    const QString note =
        translated(QT_TRANSLATE_N_NOOP("openmayor::infographic", "Completion %1 · %n pledge(s)"),
                   figures.status().total())
            .arg(charts::percent(trend.value(now, FulfilmentTrendModel::CompletionRateColumn)));
    paintFigure(painter, numbers,
                translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Average fulfilment rate")),
                charts::percent(trend.value(now, FulfilmentTrendModel::AverageRateColumn)), note,
                style, layout.unit);
    drawChart(painter, chart, charts::ChartKind::Status, figures, style);
}

void paintTrend(QPainter& painter, const Layout& layout, const Figures& figures,
                const charts::ChartStyle& style)
{
    const FulfilmentTrendModel& trend = figures.trend();
    const int now = trend.currentRow();
    const int lastPublished = now > 0 ? now - 1 : -1;
    const qreal u = layout.unit;
    QString line;
    if (lastPublished >= 0)
        line = translated(QT_TRANSLATE_NOOP("openmayor::infographic",
                                            "Published %1: %2 · now %3 (unpublished)"))
                   .arg(trend.periodLabel(lastPublished),
                        charts::percent(
                            trend.value(lastPublished, FulfilmentTrendModel::AverageRateColumn)),
                        charts::percent(trend.value(now, FulfilmentTrendModel::AverageRateColumn)));
    else
        line = translated(QT_TRANSLATE_NOOP("openmayor::infographic", "No period published yet"));
    const QRectF subtitle(layout.body.left(), layout.body.top(), layout.body.width(), 64 * u);
    drawFitted(painter, subtitle, line, fontOf(style, 34 * u, true), style.theme.text,
               Qt::AlignLeft | Qt::AlignVCenter);
    drawChart(painter, layout.body.adjusted(0, subtitle.height() + 16 * u, 0, 0),
              charts::ChartKind::FulfilmentTrend, figures, style);
}

void paintBudget(QPainter& painter, const Layout& layout, const Figures& figures,
                 const charts::ChartStyle& style)
{
    const BudgetChartModel& budget = figures.bookBudget();
    const qreal u = layout.unit;
    const QRectF band(layout.body.left(), layout.body.top(), layout.body.width(),
                      qMin(layout.body.height() * 0.3, 260 * u));
    const QString million = translated(QT_TRANSLATE_NOOP("openmayor::infographic", "million KRW"));
    const QList<std::tuple<QString, QString, QString>> boxes = {
        {translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Planned")),
         charts::number(budget.plannedTotal(), 1), million},
        {translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Executed")),
         charts::number(budget.executedTotal(), 1), million},
        {translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Financing rate")),
         charts::percent(budget.financingRate()), QString()},
    };
    const qreal width = band.width() / boxes.size();
    for (int i = 0; i < boxes.size(); ++i) {
        const auto& [label, value, note] = boxes.at(i);
        paintFigure(painter, QRectF(band.left() + i * width, band.top(), width, band.height()),
                    label, value, note, style, u);
    }
    const QRectF chartRect = layout.body.adjusted(0, band.height() + 24 * u, 0, 0);
    if (chartRect.height() > 40) // the whole book's budget, whichever pledge is chosen
        charts::drawChart(&painter, chartRect,
                          [&](QChart* chart) { charts::fillBudgetChart(chart, budget, style); });
}

void paintPledgeCard(QPainter& painter, const Layout& layout, const Figures& figures,
                     const charts::ChartStyle& style)
{
    const IndicatorChartModel& indicator = figures.indicator();
    const qreal u = layout.unit;
    const QRectF body = layout.body;
    const QRectF codeLine(body.left(), body.top(), body.width(), 52 * u);
    drawFitted(painter, codeLine,
               translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Pledge %1"))
                   .arg(indicator.pledgeCode()),
               fontOf(style, 34 * u, true), style.theme.primary, Qt::AlignLeft | Qt::AlignVCenter);
    const QRectF titleRect(body.left(), codeLine.bottom() + 8 * u, body.width(), 120 * u);
    drawFitted(painter, titleRect, indicator.pledgeTitle(), fontOf(style, 54 * u, true),
               style.theme.text, Qt::AlignLeft | Qt::AlignVCenter);
    const QRectF rest = body.adjusted(0, titleRect.bottom() - body.top() + 16 * u, 0, 0);
    // the rate and what the indicator reached in a band, the indicator chart below at full
    // width (its legend needs the width)
    const QRectF band(rest.left(), rest.top(), rest.width(), qMin(rest.height() * 0.3, 240 * u));
    QString note = indicator.indicatorName();
    if (indicator.rowCount() > 0) {
        std::optional<double> achieved;
        for (int row = 0; row < indicator.rowCount(); ++row)
            if (const auto value =
                    indicator.value(row, IndicatorChartModel::CumulativeActualColumn))
                achieved = value;
        note = translated(QT_TRANSLATE_NOOP("openmayor::infographic", "%1: %2 of %3 %4"))
                   .arg(indicator.indicatorName(), charts::number(achieved, 3),
                        charts::number(indicator.finalTarget(), 3), indicator.unit());
    }
    const qreal figureWidth = band.width() * 0.42;
    paintFigure(painter, QRectF(band.left(), band.top(), figureWidth, band.height()),
                translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Fulfilment rate")),
                charts::percent(indicator.rate()), QString(), style, u);
    drawFitted(painter,
               QRectF(band.left() + figureWidth + 24 * u, band.top(),
                      band.width() - figureWidth - 24 * u, band.height()),
               note, fontOf(style, 32 * u), style.theme.text, Qt::AlignLeft | Qt::AlignVCenter);
    drawChart(painter, rest.adjusted(0, band.height() + 16 * u, 0, 0),
              charts::ChartKind::Indicators, figures, style);
}

} // namespace

QString Request::title() const
{
    return templateKind ? titleOf(*templateKind) : charts::titleOf(chartKind);
}

void paint(QPainter& painter, const Request& request, const Figures& figures)
{
    const Layout layout = layoutFor(request.size);
    charts::ChartStyle style;
    style.theme = request.theme;
    style.textPixels = qMax(8, qRound(26 * layout.unit));
    style.interactive = false;

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(0, 0), request.size), request.theme.background);
    QString title = request.title();
    if (!request.templateKind &&
        (request.chartKind == charts::ChartKind::Indicators ||
         (request.chartKind == charts::ChartKind::Budget && !figures.chartBudget().isWholeBook())))
        title += QStringLiteral(" · ") + figures.pledgeCode();
    paintHeader(painter, layout, title, style);
    QDate basis;
    if (request.templateKind) {
        basis = figures.basisDate(*request.templateKind);
        switch (*request.templateKind) {
        case Template::RateCard:
            paintRateCard(painter, layout, figures, style);
            break;
        case Template::Trend:
            paintTrend(painter, layout, figures, style);
            break;
        case Template::Budget:
            paintBudget(painter, layout, figures, style);
            break;
        case Template::PledgeCard:
            paintPledgeCard(painter, layout, figures, style);
            break;
        }
    } else {
        basis = figures.basisDate(request.chartKind);
        drawChart(painter, layout.body, request.chartKind, figures, style);
    }
    paintFooter(painter, layout, basis, style);
    painter.restore();
}

QImage renderImage(const Request& request, const Figures& figures)
{
    // opaque: a quarter less to encode than with an alpha channel
    QImage image(request.size, QImage::Format_RGB32);
    image.fill(request.theme.background);
    QPainter painter(&image);
    paint(painter, request, figures);
    painter.end();
    return image;
}

} // namespace openmayor::infographic
