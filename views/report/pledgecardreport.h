#pragma once

#include "common/result.h"
#include "domain/fulfilment.h"
#include "domain/pledge.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace openmayor {

// The printable pledge card (공약 카드), laid out like the city's printed form
// (seed/READING.md): header grid, policy goal, plan, quarter schedule, investment plan,
// progress record, achievement indicators and departments. The HTML is for QTextDocument;
// data text is escaped, the stored plan HTML (already sanitized) is inserted as it is.
class PledgeCardReport
{
    Q_DECLARE_TR_FUNCTIONS(openmayor::PledgeCardReport)

public:
    // The card as HTML; `term` gives the schedule's quarters and the investment years.
    static QString html(const Pledge& pledge, const Term& term);
    // Every card, each on a new page, after the city figures page.
    static QString bookHtml(const QList<Pledge>& pledges, const Term& term,
                            const fulfilment::CityReport& report);

    // A4 portrait PDF with the Korean font embedded; nothing is left at `path` on failure.
    static Status writePdf(const Pledge& pledge, const Term& term, const QString& path);
    static Status writeBookPdf(const QList<Pledge>& pledges, const Term& term,
                               const fulfilment::CityReport& report, const QString& path);

    // Paints the card on a printer set up by the caller (e.g. QPrintPreviewDialog's
    // paintRequested); problems are only logged, as that signal cannot report them.
    static void print(QPrinter* printer, const Pledge& pledge, const Term& term);

    // "2022. 9." (month), "2022. 9. 29." (day), "2024. 2.~3." (a range within a year) or
    // "2023. 11. ~ 2024. 3."; the stored text as it is when it is not a date.
    static QString formatRecordDate(const ProgressRecord& record);
    // "2024. 5. 31."
    static QString formatDate(const QDate& date);
    // "7-1-3 365일 열린시장실 운영" and the footer text of the card's pages.
    static QString cardTitle(const Pledge& pledge);
};

} // namespace openmayor
