#pragma once

#include "domain/pledge.h"

#include <QJsonObject>

namespace openmayor::pledgejson {

// A pledge card with its derived figures, as `openmayor-cli pledge CODE --json` prints it
// (DESIGN.md §5): snake_case keys, rates as numbers or null.
QJsonObject cardWithFigures(const Pledge& pledge);
// One row of `openmayor-cli pledges --json`.
QJsonObject summary(const PledgeSummary& summary);

// Rounds a figure for output (half up, `decimals` places).
double rounded(double value, int decimals = 1);

} // namespace openmayor::pledgejson
