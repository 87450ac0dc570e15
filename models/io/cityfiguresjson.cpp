#include "cityfiguresjson.h"

namespace openmayor::cityfiguresjson {

namespace {
QJsonValue rate(const std::optional<double>& value, int decimals, fulfilment::Rounding rounding)
{
    return value ? QJsonValue(fulfilment::roundFigure(*value, decimals, rounding)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const fulfilment::CityFigures& f, int decimals, fulfilment::Rounding rounding)
{
    QJsonObject byStatus;
    for (const QString& key : EnumInfo<PledgeStatus>::keys())
        byStatus.insert(key, 0);
    for (auto it = f.byStatus.cbegin(); it != f.byStatus.cend(); ++it)
        byStatus.insert(toKey(it.key()), it.value());
    return {{QStringLiteral("pledges_counted"), f.pledgesCounted},
            {QStringLiteral("completed"), f.completed},
            {QStringLiteral("rated"), f.rated},
            {QStringLiteral("completion_rate"), rate(f.completionRate, decimals, rounding)},
            {QStringLiteral("average_rate"), rate(f.averageRate, decimals, rounding)},
            {QStringLiteral("planned_total"), f.plannedTotal},
            {QStringLiteral("executed_total"), f.executedTotal},
            {QStringLiteral("financing_rate"), rate(f.financingRate, decimals, rounding)},
            {QStringLiteral("by_status"), byStatus}};
}

QJsonObject toJson(const fulfilment::CityReport& report, int decimals,
                   fulfilment::Rounding rounding)
{
    QJsonObject object = toJson(report.all, decimals, rounding);
    object.insert(QStringLiteral("within_term"), toJson(report.withinTerm, decimals, rounding));
    return object;
}

} // namespace openmayor::cityfiguresjson
