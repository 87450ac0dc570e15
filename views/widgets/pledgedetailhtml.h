#pragma once

#include "domain/fulfilment.h"
#include "domain/pledge.h"

#include <QString>

namespace openmayor {

// HTML of the side panels of the pledge sections (rendered by QTextBrowser). Text that
// comes from the data is escaped; the plan is stored, sanitized HTML.
QString pledgeOverviewHtml(const Pledge& pledge);
QString pledgePlanHtml(const Pledge& pledge);
QString cityFiguresHtml(const fulfilment::CityFigures& figures);

} // namespace openmayor
