#pragma once

#include "pledge.h"

namespace openmayor {

// The whole pledge book of one term as the interchange formats carry it (DESIGN.md §5a):
// areas, goals and pledges refer to each other by code ("7" → "7-1" → "7-1-3"), not by
// id. A term with an empty name means "no term given".
struct PledgeBook
{
    Term term;
    QList<PledgeArea> areas;
    QList<PledgeGoal> goals;
    QList<Pledge> pledges;

    bool hasTerm() const { return !term.name.isEmpty(); }
};

} // namespace openmayor
