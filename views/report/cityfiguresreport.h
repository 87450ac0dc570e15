#pragma once

#include "domain/fulfilment.h"
#include "domain/pledge.h"

#include <QCoreApplication>
#include <QString>

namespace openmayor {

// The first page of the pledge book: the published city figures (DESIGN.md §2) over all
// counted pledges and over the within-term ones, each with its formula, the pledges by
// status, and the list of the cards that follow.
class CityFiguresReport
{
    Q_DECLARE_TR_FUNCTIONS(openmayor::CityFiguresReport)

public:
    static QString html(const fulfilment::CityReport& report, const QList<Pledge>& pledges,
                        const Term& term);
    // "민선8기 공약이행 현황" (the term's name and the report's name).
    static QString title(const Term& term);
};

} // namespace openmayor
