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
std::optional<double> pledgeRate(const QList<Indicator>& indicators, int basisYear);
// The year whose values count: the basis date's (all years when there is no basis date).
int basisYearOf(const QDate& basisDate);

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
    int completed = 0;                    // completed + completed_continuing
    int rated = 0;                        // pledges with a rate
    std::optional<double> completionRate; // completed ÷ counted × 100
    std::optional<double> averageRate;    // mean of the rated pledges' rates
    double plannedTotal = 0;              // planned budget of the counted pledges
    double executedTotal = 0;             // executed (secured) budget
    std::optional<double> financingRate;  // executed ÷ planned × 100 (재정확보율)
    QMap<PledgeStatus, int> byStatus;
};
CityFigures cityFigures(const QList<PledgeSummary>& pledges, bool includeDropped = false);

// The published set: all counted pledges, and the same figures over within-term ones.
struct CityReport
{
    CityFigures all;
    CityFigures withinTerm;
};
CityReport cityReport(const QList<PledgeSummary>& pledges, bool includeDropped = false);

// How published figures are rounded: half up, or truncated as the city publishes
// (66 of 98 = 67.3469… → 67.35 half up, 67.34 truncated at two decimals).
enum class Rounding
{
    HalfUp,
    Truncate
};
double roundFigure(double value, int decimals, Rounding rounding);
std::optional<Rounding> roundingFromKey(const QString& key);

} // namespace fulfilment
} // namespace openmayor
