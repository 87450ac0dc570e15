#include "fulfilment.h"

#include <algorithm>
#include <cmath>

namespace openmayor::fulfilment {

namespace {
QMap<int, double> upTo(const QMap<int, double>& values, int year)
{
    QMap<int, double> result;
    for (auto it = values.cbegin(); it != values.cend() && it.key() <= year; ++it)
        result.insert(it.key(), it.value());
    return result;
}

double sum(const QMap<int, double>& values)
{
    double total = 0;
    for (double v : values)
        total += v;
    return total;
}
} // namespace

double clampRate(double rate)
{
    return std::clamp(rate, 0.0, 100.0);
}

QMap<int, double> runningSums(const QMap<int, double>& yearly)
{
    QMap<int, double> result;
    double total = 0;
    for (auto it = yearly.cbegin(); it != yearly.cend(); ++it) {
        total += it.value();
        result.insert(it.key(), total);
    }
    return result;
}

std::optional<double> indicatorRate(const Indicator& indicator, int basisYear)
{
    const QMap<int, double> actuals = upTo(indicator.actuals, basisYear);
    switch (indicator.kind) {
    case IndicatorKind::Cumulative: {
        const double target = sum(indicator.targets);
        if (target <= 0)
            return std::nullopt;
        return clampRate(sum(actuals) / target * 100.0);
    }
    case IndicatorKind::Level: {
        if (indicator.targets.isEmpty() || indicator.targets.last() <= 0)
            return std::nullopt;
        if (actuals.isEmpty())
            return 0.0;
        return clampRate(actuals.last() / indicator.targets.last() * 100.0);
    }
    case IndicatorKind::Reduction: {
        if (!indicator.baseline || indicator.targets.isEmpty())
            return std::nullopt;
        const double wanted = *indicator.baseline - indicator.targets.last();
        if (wanted <= 0)
            return std::nullopt;
        if (actuals.isEmpty())
            return 0.0;
        return clampRate((*indicator.baseline - actuals.last()) / wanted * 100.0);
    }
    case IndicatorKind::Milestone: {
        const bool done =
            std::any_of(actuals.cbegin(), actuals.cend(), [](double v) { return v >= 1.0; });
        return done ? 100.0 : 0.0;
    }
    }
    return std::nullopt;
}

int basisYearOf(const QDate& basisDate)
{
    return basisDate.isValid() ? basisDate.year() : 9999;
}

std::optional<double> pledgeRate(const QList<Indicator>& indicators, int basisYear)
{
    double total = 0;
    int count = 0;
    for (const Indicator& indicator : indicators) {
        if (const auto rate = indicatorRate(indicator, basisYear)) {
            total += *rate;
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return total / count;
}

std::optional<double> pledgeRate(const Pledge& pledge)
{
    return pledgeRate(pledge.indicators, basisYearOf(pledge.basisDate));
}

BudgetFigures budgetFigures(const Pledge& pledge)
{
    BudgetFigures figures;
    for (const BudgetCell& cell : pledge.planned) {
        figures.plannedTotal += cell.amount;
        figures.bySource[cell.source] += cell.amount;
        figures.byYear[cell.year] += cell.amount;
    }
    figures.plannedTotal += pledge.budgetPrior + pledge.budgetAfterTerm;
    for (const ExecutedAmount& executed : pledge.executed) {
        figures.executedTotal += executed.amount;
        figures.executedByYear[executed.year] += executed.amount;
    }
    if (figures.plannedTotal > 0)
        figures.executionRate = figures.executedTotal / figures.plannedTotal * 100.0;
    return figures;
}

CityFigures cityFigures(const QList<PledgeSummary>& pledges, bool includeDropped)
{
    CityFigures figures;
    double rateSum = 0;
    for (const PledgeSummary& pledge : pledges) {
        if (pledge.status == PledgeStatus::Dropped && !includeDropped)
            continue;
        ++figures.pledgesCounted;
        ++figures.byStatus[pledge.status];
        if (pledge.status == PledgeStatus::Completed ||
            pledge.status == PledgeStatus::CompletedContinuing)
            ++figures.completed;
        if (pledge.rate) {
            rateSum += *pledge.rate;
            ++figures.rated;
        }
        figures.plannedTotal += pledge.plannedBudget;
        figures.executedTotal += pledge.executedBudget;
    }
    if (figures.pledgesCounted > 0)
        figures.completionRate = 100.0 * figures.completed / figures.pledgesCounted;
    if (figures.rated > 0)
        figures.averageRate = rateSum / figures.rated;
    if (figures.plannedTotal > 0)
        figures.financingRate = 100.0 * figures.executedTotal / figures.plannedTotal;
    return figures;
}

CityReport cityReport(const QList<PledgeSummary>& pledges, bool includeDropped)
{
    QList<PledgeSummary> withinTerm;
    for (const PledgeSummary& pledge : pledges)
        if (pledge.timing == Timing::WithinTerm)
            withinTerm << pledge;
    return {cityFigures(pledges, includeDropped), cityFigures(withinTerm, includeDropped)};
}

double roundFigure(double value, int decimals, Rounding rounding)
{
    const double scale = std::pow(10.0, decimals);
    // The epsilon absorbs binary noise (0.29 × 100 = 28.999…) without moving real values.
    const double scaled = value * scale;
    const double epsilon = 1e-9 * std::max(1.0, std::abs(scaled));
    if (rounding == Rounding::Truncate)
        return std::trunc(scaled + (scaled >= 0 ? epsilon : -epsilon)) / scale;
    return std::floor(scaled + 0.5 + epsilon) / scale;
}

std::optional<Rounding> roundingFromKey(const QString& key)
{
    if (key == u"half-up")
        return Rounding::HalfUp;
    if (key == u"truncate")
        return Rounding::Truncate;
    return std::nullopt;
}

} // namespace openmayor::fulfilment
