// The pure fulfilment rules of DESIGN.md §2 / §5a (domain/fulfilment.h). Expected figures
// are worked out by hand from the rules, not copied from the program's output.
#include "domain/fulfilment.h"

#include <QtTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(openmayor::Indicator)
Q_DECLARE_METATYPE(openmayor::BudgetCell)
Q_DECLARE_METATYPE(openmayor::ExecutedAmount)
Q_DECLARE_METATYPE(openmayor::PledgeSummary)

using namespace openmayor;
using namespace Qt::StringLiterals;

using YearValues = QMap<int, double>;

namespace {

// A rate column: NaN stands for "no rate" (std::nullopt).
constexpr double noRate = std::numeric_limits<double>::quiet_NaN();

Indicator indicator(IndicatorKind kind, const YearValues& targets, const YearValues& actuals,
                    std::optional<double> baseline = std::nullopt)
{
    Indicator i;
    i.name = u"지표"_s;
    i.kind = kind;
    i.targets = targets;
    i.actuals = actuals;
    i.baseline = baseline;
    return i;
}

// The seed card's indicator (seed/READING.md §6).
Indicator seedIndicator()
{
    return indicator(IndicatorKind::Cumulative,
                     {{2022, 1}, {2023, 2}, {2024, 2}, {2025, 2}, {2026, 1}},
                     {{2022, 1}, {2023, 2}, {2024, 4}});
}

void compareRate(const std::optional<double>& actual, double expected)
{
    if (std::isnan(expected)) {
        QVERIFY2(!actual, qPrintable(u"expected no rate, got %1"_s.arg(actual.value_or(-1))));
        return;
    }
    QVERIFY2(actual, "expected a rate, got none");
    QCOMPARE(*actual, expected);
}

PledgeSummary summary(PledgeStatus status, std::optional<double> rate,
                      Timing timing = Timing::WithinTerm)
{
    PledgeSummary s;
    s.status = status;
    s.rate = rate;
    s.timing = timing;
    return s;
}

} // namespace

class TestFulfilment : public QObject
{
    Q_OBJECT

private slots:
    void clampRate_data();
    void clampRate();
    void runningSums();
    void indicatorRate_data();
    void indicatorRate();
    void pledgeRate_data();
    void pledgeRate();
    void budgetFigures_data();
    void budgetFigures();
    void cityFigures_data();
    void cityFigures();
};

void TestFulfilment::clampRate_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected");
    QTest::newRow("inside") << 87.5 << 87.5;
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("hundred") << 100.0 << 100.0;
    QTest::newRow("above") << 150.0 << 100.0;
    QTest::newRow("below") << -12.5 << 0.0;
}

void TestFulfilment::clampRate()
{
    QFETCH(double, rate);
    QFETCH(double, expected);
    QCOMPARE(fulfilment::clampRate(rate), expected);
}

void TestFulfilment::runningSums()
{
    // the card's "(누계)" figures: targets 1, 2 (3), 2 (5), 2 (7), 1 (8)
    const Indicator seed = seedIndicator();
    QCOMPARE(fulfilment::runningSums(seed.targets),
             (YearValues{{2022, 1}, {2023, 3}, {2024, 5}, {2025, 7}, {2026, 8}}));
    QCOMPARE(fulfilment::runningSums(seed.actuals), (YearValues{{2022, 1}, {2023, 3}, {2024, 7}}));
    QCOMPARE(fulfilment::runningSums({}), YearValues());
    // gaps in the years do not matter: the sum runs in year order
    QCOMPARE(fulfilment::runningSums({{2026, 1}, {2022, 4}}), (YearValues{{2022, 4}, {2026, 5}}));
}

void TestFulfilment::indicatorRate_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<YearValues>("targets");
    QTest::addColumn<YearValues>("actuals");
    QTest::addColumn<double>("baseline"); // NaN: none
    QTest::addColumn<int>("basisYear");
    QTest::addColumn<double>("expected"); // NaN: no rate

    const YearValues seedTargets{{2022, 1}, {2023, 2}, {2024, 2}, {2025, 2}, {2026, 1}};
    const YearValues seedActuals{{2022, 1}, {2023, 2}, {2024, 4}};
    const int cumulative = int(IndicatorKind::Cumulative);
    const int level = int(IndicatorKind::Level);
    const int reduction = int(IndicatorKind::Reduction);
    const int milestone = int(IndicatorKind::Milestone);
    const double none = noRate;

    // cumulative: sum(actuals <= B) / sum(all targets)
    QTest::newRow("cumulative: seed card 7/8")
        << cumulative << seedTargets << seedActuals << none << 2024 << 87.5;
    QTest::newRow("cumulative: basis 2023 sees 3/8")
        << cumulative << seedTargets << seedActuals << none << 2023 << 37.5;
    QTest::newRow("cumulative: future-year actuals ignored")
        << cumulative << seedTargets << YearValues{{2022, 1}, {2023, 2}, {2024, 4}, {2025, 9}}
        << none << 2024 << 87.5;
    QTest::newRow("cumulative: clamped above 100")
        << cumulative << seedTargets << YearValues{{2022, 5}, {2023, 5}} << none << 2024 << 100.0;
    QTest::newRow("cumulative: exactly met")
        << cumulative << seedTargets << YearValues{{2022, 8}} << none << 2024 << 100.0;
    QTest::newRow("cumulative: no actuals yet")
        << cumulative << seedTargets << YearValues() << none << 2024 << 0.0;
    QTest::newRow("cumulative: negative correction clamped to 0")
        << cumulative << seedTargets << YearValues{{2022, -3}} << none << 2024 << 0.0;
    QTest::newRow("cumulative: no targets, no rate")
        << cumulative << YearValues() << seedActuals << none << 2024 << none;
    QTest::newRow("cumulative: zero targets, no rate")
        << cumulative << YearValues{{2022, 0}} << seedActuals << none << 2024 << none;

    // level: latest actual <= B / target of the last target year
    const YearValues satisfaction{{2023, 80}, {2026, 90}};
    QTest::newRow("level: latest actual over last target")
        << level << satisfaction << YearValues{{2023, 70}, {2024, 81}} << none << 2024 << 90.0;
    QTest::newRow("level: later actual beyond basis ignored")
        << level << satisfaction << YearValues{{2023, 72}, {2025, 99}} << none << 2024 << 80.0;
    QTest::newRow("level: over target clamped")
        << level << satisfaction << YearValues{{2024, 95}} << none << 2024 << 100.0;
    QTest::newRow("level: no actual yet")
        << level << satisfaction << YearValues() << none << 2024 << 0.0;
    QTest::newRow("level: no target, no rate")
        << level << YearValues() << YearValues{{2024, 50}} << none << 2024 << none;

    // reduction: (baseline - latest actual) / (baseline - last target)
    const YearValues accidents{{2026, 60}};
    QTest::newRow("reduction: half way")
        << reduction << accidents << YearValues{{2023, 90}, {2024, 80}} << 100.0 << 2024 << 50.0;
    QTest::newRow("reduction: future actual ignored")
        << reduction << accidents << YearValues{{2023, 90}, {2025, 60}} << 100.0 << 2024 << 25.0;
    QTest::newRow("reduction: beyond target clamped")
        << reduction << accidents << YearValues{{2024, 40}} << 100.0 << 2024 << 100.0;
    QTest::newRow("reduction: worse than baseline clamped")
        << reduction << accidents << YearValues{{2024, 120}} << 100.0 << 2024 << 0.0;
    QTest::newRow("reduction: without baseline, no rate")
        << reduction << accidents << YearValues{{2024, 80}} << none << 2024 << none;
    QTest::newRow("reduction: target not below baseline, no rate")
        << reduction << YearValues{{2026, 100}} << YearValues{{2024, 80}} << 100.0 << 2024 << none;

    // milestone: 100 when any actual <= B is >= 1, else 0
    QTest::newRow("milestone: done") << milestone << YearValues{{2025, 1}}
                                     << YearValues{{2023, 0}, {2024, 1}} << none << 2024 << 100.0;
    QTest::newRow("milestone: not done")
        << milestone << YearValues{{2025, 1}} << YearValues{{2024, 0}} << none << 2024 << 0.0;
    QTest::newRow("milestone: done only after basis")
        << milestone << YearValues{{2025, 1}} << YearValues{{2025, 1}} << none << 2024 << 0.0;
    QTest::newRow("milestone: nothing recorded")
        << milestone << YearValues{{2025, 1}} << YearValues() << none << 2024 << 0.0;
}

void TestFulfilment::indicatorRate()
{
    QFETCH(int, kind);
    QFETCH(YearValues, targets);
    QFETCH(YearValues, actuals);
    QFETCH(double, baseline);
    QFETCH(int, basisYear);
    QFETCH(double, expected);
    const Indicator i = indicator(IndicatorKind(kind), targets, actuals,
                                  std::isnan(baseline) ? std::nullopt : std::optional(baseline));
    compareRate(fulfilment::indicatorRate(i, basisYear), expected);
}

void TestFulfilment::pledgeRate_data()
{
    QTest::addColumn<QList<Indicator>>("indicators");
    QTest::addColumn<QDate>("basisDate");
    QTest::addColumn<double>("expected");

    const Indicator seed = seedIndicator();
    const Indicator halfReduced =
        indicator(IndicatorKind::Reduction, {{2026, 60}}, {{2024, 80}}, 100);
    const Indicator unrated = indicator(IndicatorKind::Reduction, {{2026, 60}}, {{2024, 80}});
    const Indicator done = indicator(IndicatorKind::Milestone, {{2025, 1}}, {{2024, 1}});

    QTest::newRow("seed card") << QList<Indicator>{seed} << QDate(2024, 5, 31) << 87.5;
    QTest::newRow("mean of two") << QList<Indicator>{seed, halfReduced} << QDate(2024, 5, 31)
                                 << 68.75;
    QTest::newRow("mean of three")
        << QList<Indicator>{seed, halfReduced, done} << QDate(2024, 5, 31) << (87.5 + 50 + 100) / 3;
    QTest::newRow("unrated indicator left out of the mean")
        << QList<Indicator>{seed, unrated} << QDate(2024, 5, 31) << 87.5;
    QTest::newRow("basis year limits every indicator")
        << QList<Indicator>{seed, done} << QDate(2023, 12, 31) << (37.5 + 0) / 2;
    QTest::newRow("no basis date: every year counts")
        << QList<Indicator>{indicator(IndicatorKind::Cumulative, {{2022, 4}},
                                      {{2022, 1}, {2030, 1}})}
        << QDate() << 50.0;
    QTest::newRow("no indicators: no rate") << QList<Indicator>() << QDate(2024, 5, 31) << noRate;
    QTest::newRow("only unrated indicators: no rate")
        << QList<Indicator>{unrated} << QDate(2024, 5, 31) << noRate;
}

void TestFulfilment::pledgeRate()
{
    QFETCH(QList<Indicator>, indicators);
    QFETCH(QDate, basisDate);
    QFETCH(double, expected);
    Pledge p;
    p.code = u"7-1-3"_s;
    p.basisDate = basisDate;
    p.indicators = indicators;
    compareRate(fulfilment::pledgeRate(p), expected);
}

void TestFulfilment::budgetFigures_data()
{
    QTest::addColumn<QList<BudgetCell>>("planned");
    QTest::addColumn<QList<ExecutedAmount>>("executed");
    QTest::addColumn<double>("prior");
    QTest::addColumn<double>("afterTerm");
    QTest::addColumn<double>("plannedTotal");
    QTest::addColumn<double>("executedTotal");
    QTest::addColumn<double>("executionRate"); // NaN: none
    QTest::addColumn<double>("citySource");
    QTest::addColumn<double>("nationalSource");

    const QList<BudgetCell> seedPlanned{{{}, FundingSource::City, 2022, 20},
                                        {{}, FundingSource::City, 2024, 20}};
    const QList<ExecutedAmount> seedExecuted{{{}, 2022, 20}, {{}, 2024, 5}};
    QTest::newRow("seed card 25/40")
        << seedPlanned << seedExecuted << 0.0 << 0.0 << 40.0 << 25.0 << 62.5 << 40.0 << 0.0;
    QTest::newRow("prior and after-term count as planned")
        << QList<BudgetCell>{{{}, FundingSource::National, 2023, 30},
                             {{}, FundingSource::City, 2023, 10}}
        << QList<ExecutedAmount>{{{}, 2023, 25}} << 5.0 << 5.0 << 50.0 << 25.0 << 50.0 << 10.0
        << 30.0;
    QTest::newRow("nothing planned: no rate")
        << QList<BudgetCell>() << QList<ExecutedAmount>{{{}, 2023, 3}} << 0.0 << 0.0 << 0.0 << 3.0
        << noRate << 0.0 << 0.0;
    QTest::newRow("over-executed is not clamped")
        << QList<BudgetCell>{{{}, FundingSource::City, 2022, 10}}
        << QList<ExecutedAmount>{{{}, 2022, 15}} << 0.0 << 0.0 << 10.0 << 15.0 << 150.0 << 10.0
        << 0.0;
}

void TestFulfilment::budgetFigures()
{
    QFETCH(QList<BudgetCell>, planned);
    QFETCH(QList<ExecutedAmount>, executed);
    QFETCH(double, prior);
    QFETCH(double, afterTerm);
    QFETCH(double, plannedTotal);
    QFETCH(double, executedTotal);
    QFETCH(double, executionRate);
    QFETCH(double, citySource);
    QFETCH(double, nationalSource);
    Pledge p;
    p.planned = planned;
    p.executed = executed;
    p.budgetPrior = prior;
    p.budgetAfterTerm = afterTerm;
    const auto figures = fulfilment::budgetFigures(p);
    QCOMPARE(figures.plannedTotal, plannedTotal);
    QCOMPARE(figures.executedTotal, executedTotal);
    compareRate(figures.executionRate, executionRate);
    QCOMPARE(figures.bySource.value(FundingSource::City), citySource);
    QCOMPARE(figures.bySource.value(FundingSource::National), nationalSource);
    // by year sums the sources; executed by year sums the executions
    double byYear = 0;
    for (double v : figures.byYear)
        byYear += v;
    double cells = 0;
    for (const BudgetCell& c : planned)
        cells += c.amount;
    QCOMPARE(byYear, cells);
    double executedByYear = 0;
    for (double v : figures.executedByYear)
        executedByYear += v;
    QCOMPARE(executedByYear, executedTotal);
}

void TestFulfilment::cityFigures_data()
{
    QTest::addColumn<QList<PledgeSummary>>("pledges");
    QTest::addColumn<bool>("includeDropped");
    QTest::addColumn<int>("counted");
    QTest::addColumn<int>("completed");
    QTest::addColumn<double>("completionRate"); // NaN: none
    QTest::addColumn<int>("rated");
    QTest::addColumn<double>("averageRate"); // NaN: none
    QTest::addColumn<int>("droppedInDistribution");

    const QList<PledgeSummary> city{
        summary(PledgeStatus::Completed, 100), summary(PledgeStatus::CompletedContinuing, 90),
        summary(PledgeStatus::OnTrack, 87.5), summary(PledgeStatus::Lagging, std::nullopt),
        summary(PledgeStatus::Dropped, 10, Timing::AfterTerm)};
    QTest::newRow("dropped left out")
        << city << false << 4 << 2 << 50.0 << 3 << (100 + 90 + 87.5) / 3 << 0;
    QTest::newRow("dropped counted when asked")
        << city << true << 5 << 2 << 40.0 << 4 << (100 + 90 + 87.5 + 10) / 4 << 1;
    QTest::newRow("the seed card alone")
        << QList<PledgeSummary>{summary(PledgeStatus::OnTrack, 87.5)} << false << 1 << 0 << 0.0 << 1
        << 87.5 << 0;
    QTest::newRow("no pledges: no rates")
        << QList<PledgeSummary>() << false << 0 << 0 << noRate << 0 << noRate << 0;
    QTest::newRow("only dropped: nothing counted")
        << QList<PledgeSummary>{summary(PledgeStatus::Dropped, 50)} << false << 0 << 0 << noRate
        << 0 << noRate << 0;
    QTest::newRow("no rated pledge: completion but no average")
        << QList<PledgeSummary>{summary(PledgeStatus::Completed, std::nullopt),
                                summary(PledgeStatus::OnHold, std::nullopt),
                                summary(PledgeStatus::Partial, std::nullopt)}
        << false << 3 << 1 << 100.0 / 3 << 0 << noRate << 0;
}

void TestFulfilment::cityFigures()
{
    QFETCH(QList<PledgeSummary>, pledges);
    QFETCH(bool, includeDropped);
    QFETCH(int, counted);
    QFETCH(int, completed);
    QFETCH(double, completionRate);
    QFETCH(int, rated);
    QFETCH(double, averageRate);
    QFETCH(int, droppedInDistribution);
    const auto figures = fulfilment::cityFigures(pledges, includeDropped);
    QCOMPARE(figures.pledgesCounted, counted);
    QCOMPARE(figures.completed, completed);
    compareRate(figures.completionRate, completionRate);
    QCOMPARE(figures.rated, rated);
    compareRate(figures.averageRate, averageRate);
    // the status distribution covers exactly the counted pledges
    int distributed = 0;
    for (int n : figures.byStatus)
        distributed += n;
    QCOMPARE(distributed, counted);
    QCOMPARE(figures.byStatus.value(PledgeStatus::Dropped), droppedInDistribution);
    int expectedCompleted = 0;
    for (const PledgeSummary& p : pledges)
        if (p.status == PledgeStatus::Completed)
            ++expectedCompleted;
    QCOMPARE(figures.byStatus.value(PledgeStatus::Completed), expectedCompleted);
}

QTEST_APPLESS_MAIN(TestFulfilment)
#include "tst_fulfilment.moc"
