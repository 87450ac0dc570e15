#include "pledgejson.h"

#include "domain/fulfilment.h"

#include <QJsonArray>

#include <cmath>

namespace openmayor::pledgejson {

namespace {
QJsonValue rateValue(const std::optional<double>& rate)
{
    return rate ? QJsonValue(rounded(*rate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject yearMap(const QMap<int, double>& values)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return object;
}

double total(const QMap<int, double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum;
}
} // namespace

double rounded(double value, int decimals)
{
    return fulfilment::roundFigure(value, decimals, fulfilment::Rounding::HalfUp);
}

QJsonObject summary(const PledgeSummary& s)
{
    return {{QStringLiteral("code"), s.code},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("status"), toKey(s.status)},
            {QStringLiteral("rate"), rateValue(s.rate)},
            {QStringLiteral("lead_department"), s.leadDepartment}};
}

QJsonObject cardWithFigures(const Pledge& p)
{
    const int basisYear = p.basisDate.isValid() ? p.basisDate.year() : 9999;
    QJsonArray indicators;
    for (const Indicator& ind : p.indicators) {
        QMap<int, double> actualsToDate;
        for (auto it = ind.actuals.cbegin(); it != ind.actuals.cend(); ++it)
            if (it.key() <= basisYear)
                actualsToDate.insert(it.key(), it.value());
        indicators.append(QJsonObject{
            {QStringLiteral("name"), ind.name},
            {QStringLiteral("unit"), ind.unit},
            {QStringLiteral("kind"), toKey(ind.kind)},
            {QStringLiteral("baseline"), ind.baseline ? QJsonValue(*ind.baseline) : QJsonValue()},
            {QStringLiteral("targets"), yearMap(ind.targets)},
            {QStringLiteral("actuals"), yearMap(ind.actuals)},
            {QStringLiteral("cumulative_targets"), yearMap(fulfilment::runningSums(ind.targets))},
            {QStringLiteral("cumulative_actuals"), yearMap(fulfilment::runningSums(ind.actuals))},
            {QStringLiteral("cumulative_target"), total(ind.targets)},
            {QStringLiteral("cumulative_actual"), total(actualsToDate)},
            {QStringLiteral("rate"), rateValue(fulfilment::indicatorRate(ind, basisYear))}});
    }

    const fulfilment::BudgetFigures figures = fulfilment::budgetFigures(p);
    QJsonObject bySource;
    for (auto it = figures.bySource.cbegin(); it != figures.bySource.cend(); ++it)
        bySource.insert(toKey(it.key()), it.value());
    QJsonObject budget{{QStringLiteral("planned_total"), figures.plannedTotal},
                       {QStringLiteral("executed_total"), figures.executedTotal},
                       {QStringLiteral("execution_rate"), rateValue(figures.executionRate)},
                       {QStringLiteral("prior"), p.budgetPrior},
                       {QStringLiteral("after_term"), p.budgetAfterTerm},
                       {QStringLiteral("by_source"), bySource},
                       {QStringLiteral("by_year"), yearMap(figures.byYear)},
                       {QStringLiteral("executed_by_year"), yearMap(figures.executedByYear)}};

    QJsonArray bodies;
    if (p.bodyNational)
        bodies.append(toKey(ExecutingBody::National));
    if (p.bodyProvince)
        bodies.append(toKey(ExecutingBody::Province));
    if (p.bodyCity)
        bodies.append(toKey(ExecutingBody::City));
    if (p.bodyPrivate)
        bodies.append(toKey(ExecutingBody::Private));

    QJsonArray tasks;
    for (const PledgeTask& t : p.tasks)
        tasks.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("start"), t.startQuarter},
                                 {QStringLiteral("end"), t.endQuarter}});
    QJsonArray progress;
    for (const ProgressRecord& r : p.progress)
        progress.append(
            QJsonObject{{QStringLiteral("date"),
                         r.dateTo.isEmpty() ? r.dateFrom : r.dateFrom + u'/' + r.dateTo},
                        {QStringLiteral("text"), r.text}});
    QJsonArray departments;
    for (const DepartmentContact& d : p.departments)
        departments.append(QJsonObject{{QStringLiteral("role"), toKey(d.role)},
                                       {QStringLiteral("department"), d.department},
                                       {QStringLiteral("team"), d.team},
                                       {QStringLiteral("leader"), d.leader},
                                       {QStringLiteral("leader_phone"), d.leaderPhone},
                                       {QStringLiteral("officer"), d.officer},
                                       {QStringLiteral("officer_phone"), d.officerPhone}});

    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("policy_goal"), p.policyGoal},
            {QStringLiteral("timing"), toKey(p.timing)},
            {QStringLiteral("bodies"), bodies},
            {QStringLiteral("is_new"), p.isNew},
            {QStringLiteral("budget_kind"), toKey(p.budgetKind)},
            {QStringLiteral("required_budget"), p.requiredBudget},
            {QStringLiteral("status"), toKey(p.status)},
            {QStringLiteral("rate"), rateValue(fulfilment::pledgeRate(p))},
            {QStringLiteral("basis_date"),
             p.basisDate.isValid() ? QJsonValue(p.basisDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("plan"), p.planHtml},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("budget"), budget},
            {QStringLiteral("progress"), progress},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("departments"), departments}};
}

} // namespace openmayor::pledgejson
