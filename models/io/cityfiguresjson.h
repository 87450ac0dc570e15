#pragma once

#include "domain/fulfilment.h"

#include <QJsonObject>

namespace openmayor::cityfiguresjson {

// The city figures as `openmayor-cli fulfilment --json` prints them (DESIGN.md §5a):
// pledges_counted, completion_rate, average_rate, financing_rate, by_status and the same
// under within_term; rates rounded as asked, null where there is nothing to rate.
QJsonObject toJson(const fulfilment::CityReport& report, int decimals,
                   fulfilment::Rounding rounding);
QJsonObject toJson(const fulfilment::CityFigures& figures, int decimals,
                   fulfilment::Rounding rounding);

} // namespace openmayor::cityfiguresjson
