#pragma once

#include "pledge.h"

#include <optional>

namespace openmayor {

// The fulfilment rules of DESIGN.md §2 and §5a: one pure module, no storage, no Qt GUI.
// Rates are percentages in 0..100.
namespace fulfilment {

// Cumulative running sums of yearly values (the card's "(누계)" figures).
QMap<int, double> runningSums(const QMap<int, double>& yearly);

// The rate of one indicator with values of years after `basisYear` ignored;
// none when the indicator cannot be rated (no target, or reduction without baseline).
std::optional<double> indicatorRate(const Indicator& indicator, int basisYear);

// Mean of the rated indicators' rates; none when the pledge has no rated indicator.
std::optional<double> pledgeRate(const Pledge& pledge);

struct BudgetFigures
{
    double plannedTotal = 0;
    double executedTotal = 0;
    std::optional<double> executionRate; // none when nothing is planned
    QMap<FundingSource, double> bySource;
    QMap<int, double> byYear;
    QMap<int, double> executedByYear;
};
BudgetFigures budgetFigures(const Pledge& pledge);

double clampRate(double rate);

// City-wide figures over a set of pledges (DESIGN.md §2). Dropped pledges are left out
// unless `includeDropped`.
struct CityFigures
{
    int pledgesCounted = 0;
    int completed = 0;                   // completed + completed_continuing
    std::optional<double> completionRate; // completed ÷ counted
    std::optional<double> averageRate;    // mean of the rated pledges' rates
    int rated = 0;
    QMap<PledgeStatus, int> byStatus;
};
CityFigures cityFigures(const QList<PledgeSummary>& pledges, bool includeDropped = false);

} // namespace fulfilment
} // namespace openmayor
