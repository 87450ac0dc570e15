// Writes infographics as PNG, SVG or PDF and describes them in words (alt text).
#include "infographic.h"

#include "itemmodels/budgetchartmodel.h"
#include "itemmodels/fulfilmenttrendmodel.h"
#include "itemmodels/indicatorchartmodel.h"
#include "itemmodels/statusdistributionmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace openmayor::infographic {

namespace {

QString translated(const char* text, int n = -1)
{
    return QCoreApplication::translate("openmayor::infographic", text, nullptr, n);
}

Error writeError(const QString& path, const QString& detail)
{
    return Error(Error::Kind::Io,
                 translated(QT_TRANSLATE_NOOP("openmayor::infographic", "Could not write %1."))
                     .arg(QDir::toNativeSeparators(path)),
                 detail);
}

Status commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Status writePng(const QString& path, const Request& request, const Figures& figures)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // quality 70 is zlib level 2: most of the compression at a fraction of the default's time
    if (!renderImage(request, figures).save(&file, "PNG", 70)) {
        file.cancelWriting();
        return writeError(path, QStringLiteral("PNG encoding failed"));
    }
    return commit(file, path);
}

Status writeSvg(const QString& path, const Request& request, const Figures& figures)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(request.size);
    svg.setViewBox(QRect(QPoint(0, 0), request.size));
    svg.setTitle(request.title());
    svg.setDescription(altText(request, figures));
    {
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return writeError(path, QStringLiteral("QSvgGenerator did not start"));
        }
        paint(painter, request, figures);
    }
    return commit(file, path);
}

Status writePdf(const QString& path, const Request& request, const Figures& figures)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(request.title());
        pdf.setCreator(QStringLiteral("OpenMayor Studio"));
        if (request.a4) {
            pdf.setResolution(300);
            pdf.setPageSize(QPageSize(QPageSize::A4));
        } else {
            // one pixel per point: the page has exactly the requested size
            pdf.setResolution(72);
            pdf.setPageSize(QPageSize(QSizeF(request.size), QPageSize::Point, QString(),
                                      QPageSize::ExactMatch));
        }
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return writeError(path, QStringLiteral("QPdfWriter did not start"));
        }
        Request page = request;
        page.size = QSize(pdf.width(), pdf.height());
        paint(painter, page, figures);
    }
    return commit(file, path);
}

} // namespace

Status write(const QString& path, const Request& request, const Figures& figures)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (request.a4 && suffix != u"pdf")
        return Error(Error::Kind::Usage,
                     translated(QT_TRANSLATE_NOOP("openmayor::infographic",
                                                  "The A4 preset writes PDF only, not %1."))
                         .arg(QDir::toNativeSeparators(path)));
    if (suffix == u"png")
        return writePng(path, request, figures);
    if (suffix == u"svg")
        return writeSvg(path, request, figures);
    if (suffix == u"pdf")
        return writePdf(path, request, figures);
    return Error(Error::Kind::Usage,
                 translated(QT_TRANSLATE_NOOP("openmayor::infographic",
                                              "An image file ends in .png, .svg or .pdf: %1"))
                     .arg(QDir::toNativeSeparators(path)));
}

namespace {

QString basisText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString statusBreakdown(const StatusDistributionModel& status)
{
    QStringList parts;
    for (int row = 0; row < status.rowCount(); ++row) {
        const PledgeStatus each = StatusDistributionModel::statusAt(row);
        if (status.count(each) > 0)
            parts << translated(QT_TRANSLATE_N_NOOP("openmayor::infographic", "%1 %n"),
                                status.count(each))
                         .arg(labelOf(each));
    }
    return parts.join(QStringLiteral(", "));
}

QString rateCardText(const Figures& figures, const QDate& basis, const QString& organisation)
{
    const FulfilmentTrendModel& trend = figures.trend();
    const int now = trend.currentRow();
    return translated(QT_TRANSLATE_N_NOOP("openmayor::infographic",
                                          "Pledge fulfilment of %1 as of %2: average fulfilment "
                                          "rate %3, completion rate %4 over %n pledge(s) (%5)."),
                      figures.status().total())
        .arg(organisation, basisText(basis),
             charts::percent(trend.value(now, FulfilmentTrendModel::AverageRateColumn)),
             charts::percent(trend.value(now, FulfilmentTrendModel::CompletionRateColumn)),
             statusBreakdown(figures.status()));
}

QString trendText(const Figures& figures, const QDate& basis)
{
    const FulfilmentTrendModel& trend = figures.trend();
    const int now = trend.currentRow();
    QStringList points;
    for (int row = 0; row < trend.rowCount(); ++row)
        if (row != now)
            points << QStringLiteral("%1 %2").arg(
                trend.periodLabel(row),
                charts::percent(trend.value(row, FulfilmentTrendModel::AverageRateColumn)));
    return translated(QT_TRANSLATE_NOOP("openmayor::infographic",
                                        "Average pledge fulfilment rate by quarter: %1; now %2 "
                                        "(unpublished, as of %3)."))
        .arg(points.isEmpty() ? QStringLiteral("—") : points.join(QStringLiteral(", ")),
             charts::percent(trend.value(now, FulfilmentTrendModel::AverageRateColumn)),
             basisText(basis));
}

QString budgetText(const BudgetChartModel& budget, const QDate& basis)
{
    return translated(QT_TRANSLATE_NOOP("openmayor::infographic",
                                        "Pledge budget as of %1: planned %2 million KRW, "
                                        "executed %3 million KRW, financing rate %4."))
        .arg(basisText(basis), charts::number(budget.plannedTotal(), 1),
             charts::number(budget.executedTotal(), 1), charts::percent(budget.financingRate()));
}

QString pledgeText(const Figures& figures, const QDate& basis)
{
    const IndicatorChartModel& indicator = figures.indicator();
    std::optional<double> achieved;
    for (int row = 0; row < indicator.rowCount(); ++row)
        if (const auto value = indicator.value(row, IndicatorChartModel::CumulativeActualColumn))
            achieved = value;
    return translated(QT_TRANSLATE_NOOP("openmayor::infographic",
                                        "Pledge %1 \"%2\" as of %3: fulfilment rate %4; %5 "
                                        "reached %6 of the final target %7 %8."))
        .arg(indicator.pledgeCode(), indicator.pledgeTitle(), basisText(basis),
             charts::percent(indicator.rate()), indicator.indicatorName(),
             charts::number(achieved, 3), charts::number(indicator.finalTarget(), 3),
             indicator.unit());
}

} // namespace

QString altText(const Request& request, const Figures& figures)
{
    QString text;
    if (request.templateKind) {
        const QDate basis = figures.basisDate(*request.templateKind);
        switch (*request.templateKind) {
        case Template::RateCard:
            text = rateCardText(figures, basis, request.theme.organisation);
            break;
        case Template::Trend:
            text = trendText(figures, basis);
            break;
        case Template::Budget:
            text = budgetText(figures.bookBudget(), basis);
            break;
        case Template::PledgeCard:
            text = pledgeText(figures, basis);
            break;
        }
    } else {
        const QDate basis = figures.basisDate(request.chartKind);
        switch (request.chartKind) {
        case charts::ChartKind::FulfilmentTrend:
            text = trendText(figures, basis);
            break;
        case charts::ChartKind::Indicators:
            text = pledgeText(figures, basis);
            break;
        case charts::ChartKind::Budget:
            text = budgetText(figures.chartBudget(), basis);
            break;
        case charts::ChartKind::Status:
            text = rateCardText(figures, basis, request.theme.organisation);
            break;
        }
    }
    return text.simplified();
}

} // namespace openmayor::infographic
