#include "pledgecardreport.h"

#include "cityfiguresreport.h"
#include "reportpdf.h"

#include <QDebug>
#include <QPrinter>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace openmayor {

namespace {

const QString kTable = QStringLiteral(
    "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
const QString kEndTable = QStringLiteral("</table>");
const QString kShade = QStringLiteral("#e6e6e6");  // label cells
const QString kActive = QStringLiteral("#a8a8a8"); // chosen boxes and active quarters

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// One cell. `kind`: "label" (shaded heading), "num" (right-aligned figure), "mark" (centred),
// "on" (a chosen box or an active quarter: shaded and bold) or "" (plain text).
QString cell(const QString& html, const QString& kind = {}, int colspan = 1, int rowspan = 1,
             const QString& width = {})
{
    QString td = QStringLiteral("<td");
    if (!kind.isEmpty())
        td += QStringLiteral(" class=\"") + kind + u'"';
    if (kind == u"label")
        td += QStringLiteral(" bgcolor=\"") + kShade + QStringLiteral("\" align=\"center\"");
    else if (kind == u"on")
        td += QStringLiteral(" bgcolor=\"") + kActive + QStringLiteral("\" align=\"center\"");
    else if (kind == u"num")
        td += QStringLiteral(" align=\"right\"");
    else if (kind == u"mark")
        td += QStringLiteral(" align=\"center\"");
    if (colspan > 1)
        td += QStringLiteral(" colspan=\"") + QString::number(colspan) + u'"';
    if (rowspan > 1)
        td += QStringLiteral(" rowspan=\"") + QString::number(rowspan) + u'"';
    if (!width.isEmpty())
        td += QStringLiteral(" width=\"") + width + u'"';
    return td + u'>' + html + QStringLiteral("</td>");
}

QString label(const QString& text, int colspan = 1, int rowspan = 1, const QString& width = {})
{
    return cell(esc(text), QStringLiteral("label"), colspan, rowspan, width);
}

// A box of the header grid: ■ on a shaded cell when chosen, □ otherwise.
QString box(bool chosen)
{
    return chosen ? cell(QStringLiteral("■"), QStringLiteral("on"))
                  : cell(QStringLiteral("□"), QStringLiteral("mark"));
}

QString subsection(const QString& text)
{
    return QStringLiteral(
               "<p class=\"subsection\" align=\"center\"><a name=\"keep-with-next\">〈 ") +
           esc(text) + QStringLiteral(" 〉</a></p>");
}

QString section(const QString& text)
{
    return QStringLiteral("<p class=\"section\"><a name=\"keep-with-next\">□ ") + esc(text) +
           QStringLiteral("</a></p>");
}

// ---- quarters and years ----------------------------------------------------------------

// "2022-Q3" → 2022 * 4 + 2; -1 when malformed.
int quarterIndex(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const auto match = pattern.match(key.trimmed());
    if (!match.hasMatch())
        return -1;
    return match.captured(1).toInt() * 4 + match.captured(2).toInt() - 1;
}

int quarterIndexOf(const QDate& date)
{
    return date.year() * 4 + (date.month() - 1) / 3;
}

// The quarters the schedule shows: the term's, widened to every task's.
std::pair<int, int> scheduleRange(const Pledge& pledge, const Term& term)
{
    int first = term.start.isValid() ? quarterIndexOf(term.start) : -1;
    int last = term.end.isValid() ? quarterIndexOf(term.end) : -1;
    for (const PledgeTask& task : pledge.tasks) {
        for (int q : {quarterIndex(task.startQuarter), quarterIndex(task.endQuarter)}) {
            if (q < 0)
                continue;
            first = first < 0 ? q : std::min(first, q);
            last = last < 0 ? q : std::max(last, q);
        }
    }
    return {first, last};
}

// The years of the investment and indicator tables: the term's and any year with data.
QList<int> tableYears(const Term& term, const std::set<int>& dataYears)
{
    std::set<int> years = dataYears;
    if (term.start.isValid() && term.end.isValid())
        for (int y = term.start.year(); y <= term.end.year(); ++y)
            years.insert(y);
    return QList<int>(years.begin(), years.end());
}

// "2026. 6." for the term's last year when the term ends before December, else "2026".
QString yearHeading(int year, const Term& term)
{
    if (term.end.isValid() && term.end.year() == year && term.end.month() != 12)
        return QStringLiteral("%1. %2.").arg(year).arg(term.end.month());
    return QString::number(year);
}

// ---- the parts of the card -------------------------------------------------------------

QString headerGrid(const Pledge& p)
{
    QString html = kTable;
    html += QStringLiteral("<tr>") +
            label(PledgeCardReport::tr("Pledge code"), 1, 1, QStringLiteral("10%")) +
            cell(QStringLiteral("<b>") + esc(p.code) + QStringLiteral("</b>"),
                 QStringLiteral("mark"), 2) +
            label(PledgeCardReport::tr("Pledge title"), 2) +
            cell(QStringLiteral("<b>") + esc(p.title) + QStringLiteral("</b>"), {}, 6) +
            QStringLiteral("</tr>");

    html += QStringLiteral("<tr>") + label(PledgeCardReport::tr("Completion timing"), 2) +
            label(PledgeCardReport::tr("Executing bodies"), 4) +
            label(PledgeCardReport::tr("New or continuing"), 2) +
            label(PledgeCardReport::tr("Budget kind"), 2) +
            label(PledgeCardReport::tr("Required budget (million KRW)"), 1, 2) +
            QStringLiteral("</tr>");
    html += QStringLiteral("<tr>");
    for (const QString& text :
         {PledgeCardReport::tr("Within term"), PledgeCardReport::tr("After term"),
          PledgeCardReport::tr("National government"), PledgeCardReport::tr("Province"),
          PledgeCardReport::tr("Naju City"), PledgeCardReport::tr("Private sector"),
          PledgeCardReport::tr("New"), PledgeCardReport::tr("Continuing"),
          PledgeCardReport::tr("Budgeted"), PledgeCardReport::tr("No budget")})
        html += label(text);
    html += QStringLiteral("</tr><tr>");
    html += box(p.timing == Timing::WithinTerm) + box(p.timing == Timing::AfterTerm) +
            box(p.bodyNational) + box(p.bodyProvince) + box(p.bodyCity) + box(p.bodyPrivate) +
            box(p.isNew) + box(!p.isNew) + box(p.budgetKind == BudgetKind::Budget) +
            box(p.budgetKind == BudgetKind::NonBudget) +
            cell(esc(ReportPdf::amount(p.requiredBudget)), QStringLiteral("mark"));
    html += QStringLiteral("</tr>");

    const QList<PledgeStatus> statuses = {
        PledgeStatus::Completed, PledgeStatus::CompletedContinuing,
        PledgeStatus::OnTrack,   PledgeStatus::Partial,
        PledgeStatus::Lagging,   PledgeStatus::OnHold,
        PledgeStatus::Dropped};
    html += QStringLiteral("<tr>") + label(PledgeCardReport::tr("Progress status"), 1, 2);
    for (PledgeStatus status : statuses)
        html += label(labelOf(status));
    html += label(PledgeCardReport::tr("Fulfilment rate (%)"), 1, 2) +
            cell(QStringLiteral("<b>") + esc(ReportPdf::rate(fulfilment::pledgeRate(p))) +
                     QStringLiteral("</b>"),
                 QStringLiteral("mark"), 2, 2) +
            QStringLiteral("</tr><tr>");
    for (PledgeStatus status : statuses)
        html += status == p.status ? cell(QStringLiteral("●"), QStringLiteral("on"))
                                   : cell(QStringLiteral("○"), QStringLiteral("mark"));
    html += QStringLiteral("</tr>") + kEndTable;
    return html;
}

QString scheduleGrid(const Pledge& p, const Term& term)
{
    QString html = subsection(PledgeCardReport::tr("Schedule by year and quarter"));
    const auto [first, last] = scheduleRange(p, term);
    if (first < 0 || p.tasks.isEmpty())
        return html + QStringLiteral("<p class=\"note\">") +
               esc(PledgeCardReport::tr("No tasks are planned.")) + QStringLiteral("</p>");

    // Task 20 %, note 10 %; the quarters share the rest.
    const QString quarterWidth = QString::number(70.0 / (last - first + 1), 'f', 2) + u'%';
    html += kTable + QStringLiteral("<thead><tr>") +
            label(PledgeCardReport::tr("Task"), 1, 2, QStringLiteral("20%"));
    for (int q = first; q <= last;) {
        const int year = q / 4;
        const int span = std::min(last, year * 4 + 3) - q + 1;
        html +=
            label(PledgeCardReport::tr("%1", "year heading of the quarter grid").arg(year), span);
        q += span;
    }
    html += label(PledgeCardReport::tr("Note"), 1, 2, QStringLiteral("10%")) +
            QStringLiteral("</tr><tr>");
    for (int q = first; q <= last; ++q)
        html +=
            label(PledgeCardReport::tr("Q%1", "quarter heading of the quarter grid").arg(q % 4 + 1),
                  1, 1, quarterWidth);
    html += QStringLiteral("</tr></thead>");

    for (const PledgeTask& task : p.tasks) {
        const int start = quarterIndex(task.startQuarter);
        const int end = quarterIndex(task.endQuarter);
        html += QStringLiteral("<tr>") + cell(esc(task.name), {}, 1, 1, QStringLiteral("20%"));
        for (int q = first; q <= last; ++q) {
            const bool active = start >= 0 && q >= start && q <= (end >= 0 ? end : start);
            html += active ? cell(QStringLiteral("●"), QStringLiteral("on"))
                           : cell({}, QStringLiteral("mark"));
        }
        html += cell(esc(task.note)) + QStringLiteral("</tr>");
    }
    return html + kEndTable;
}

QString investmentTable(const Pledge& p, const Term& term)
{
    const fulfilment::BudgetFigures figures = fulfilment::budgetFigures(p);
    std::set<int> dataYears;
    for (const BudgetCell& c : p.planned)
        dataYears.insert(c.year);
    for (const ExecutedAmount& e : p.executed)
        dataYears.insert(e.year);
    const QList<int> years = tableYears(term, dataYears);

    // The execution rate goes on the unit line so that it stays with its table.
    QString html = subsection(PledgeCardReport::tr("Investment plan by year")) +
                   QStringLiteral("<p class=\"unit\" align=\"right\">") +
                   esc(PledgeCardReport::tr("Execution rate %1% (executed %2 of %3 planned)")
                           .arg(ReportPdf::rate(figures.executionRate),
                                ReportPdf::amount(figures.executedTotal),
                                ReportPdf::amount(figures.plannedTotal))) +
                   QStringLiteral("&nbsp;&nbsp;&nbsp;") +
                   esc(PledgeCardReport::tr("(unit: million KRW)")) + QStringLiteral("</p>");
    html += kTable + QStringLiteral("<thead><tr>") +
            label(PledgeCardReport::tr("Item"), 1, 2, QStringLiteral("12%")) +
            label(PledgeCardReport::tr("Source total"), 1, 2) +
            label(PledgeCardReport::tr("Prior investment"), 1, 2) +
            label(PledgeCardReport::tr("Within term"), int(years.size()) + 1) +
            label(PledgeCardReport::tr("Investment after term"), 1, 2) +
            QStringLiteral("</tr><tr>") + label(PledgeCardReport::tr("Subtotal"));
    for (int year : years)
        html += label(QString::number(year));
    html += QStringLiteral("</tr></thead>");

    const QString num = QStringLiteral("num");
    auto amount = [](double value) {
        return esc(ReportPdf::amount(value));
    };
    auto optionalAmount = [&](const QMap<int, double>& byYear, int year) {
        return byYear.contains(year) ? amount(byYear.value(year)) : QString();
    };

    // 총계: every column filled, zeros included, as the card prints it. (The card's first
    // column repeats the pledge title over all rows; a cell spanning rows breaks badly across
    // pages and the title heads the card anyway, so it is left out.)
    double termSubtotal = 0;
    for (double v : figures.byYear)
        termSubtotal += v;
    html += QStringLiteral("<tr>") + label(PledgeCardReport::tr("Total")) +
            cell(amount(figures.plannedTotal), num) + cell(amount(p.budgetPrior), num) +
            cell(amount(termSubtotal), num);
    for (int year : years)
        html += cell(amount(figures.byYear.value(year)), num);
    html += cell(amount(p.budgetAfterTerm), num) + QStringLiteral("</tr>");

    const QList<std::pair<FundingSource, QString>> sources = {
        {FundingSource::National, PledgeCardReport::tr("National funds")},
        {FundingSource::Province, PledgeCardReport::tr("Provincial funds")},
        {FundingSource::City, PledgeCardReport::tr("City funds")},
        {FundingSource::Other, PledgeCardReport::tr("Other funds")}};
    for (const auto& [source, name] : sources) {
        QMap<int, double> byYear;
        for (const BudgetCell& c : p.planned)
            if (c.source == source && c.amount != 0)
                byYear[c.year] += c.amount;
        const double total = figures.bySource.value(source);
        html += QStringLiteral("<tr>") + label(name) + cell(amount(total), num) + cell({}, num) +
                cell(amount(total), num);
        for (int year : years)
            html += cell(optionalAmount(byYear, year), num);
        html += cell({}, num) + QStringLiteral("</tr>");
    }

    html += QStringLiteral("<tr>") + label(PledgeCardReport::tr("Executed")) +
            cell(amount(figures.executedTotal), num) + cell({}, num) +
            cell(amount(figures.executedTotal), num);
    for (int year : years)
        html += cell(optionalAmount(figures.executedByYear, year), num);
    html += cell({}, num) + QStringLiteral("</tr>") + kEndTable;

    return html;
}

QString progressList(const Pledge& p, const Term& term)
{
    const QString since =
        term.start.isValid() ? PledgeCardReport::formatDate(term.start) : QString();
    QString html = section(since.isEmpty()
                               ? PledgeCardReport::tr("Progress record")
                               : PledgeCardReport::tr("Progress record (%1 ~ present)").arg(since));
    if (p.progress.isEmpty())
        html += QStringLiteral("<p class=\"record\">") +
                esc(PledgeCardReport::tr("Nothing recorded yet.")) + QStringLiteral("</p>");
    for (const ProgressRecord& record : p.progress)
        html += QStringLiteral("<p class=\"record\">○ ") + esc(record.text) +
                QStringLiteral(" : ") + esc(PledgeCardReport::formatRecordDate(record)) +
                QStringLiteral("</p>");
    return html;
}

// "2(3)": the year's value and, once values add up, the running sum in brackets.
QString cumulativeCell(const QMap<int, double>& yearly, const QMap<int, double>& sums, int year)
{
    if (!yearly.contains(year))
        return {};
    const double value = yearly.value(year);
    const double sum = sums.value(year);
    QString text = ReportPdf::amount(value);
    if (sum != value)
        text += u'(' + ReportPdf::amount(sum) + u')';
    return esc(text);
}

QString indicatorTable(const Pledge& p, const Term& term)
{
    QString html = subsection(PledgeCardReport::tr("Achievement indicators"));
    if (p.basisDate.isValid())
        html +=
            QStringLiteral("<p class=\"unit\" align=\"right\">") +
            esc(PledgeCardReport::tr("As of %1").arg(PledgeCardReport::formatDate(p.basisDate))) +
            QStringLiteral("</p>");
    const int basisYear = fulfilment::basisYearOf(p.basisDate);
    std::set<int> dataYears;
    for (const Indicator& indicator : p.indicators) {
        for (auto it = indicator.targets.cbegin(); it != indicator.targets.cend(); ++it)
            dataYears.insert(it.key());
        for (auto it = indicator.actuals.cbegin(); it != indicator.actuals.cend(); ++it)
            dataYears.insert(it.key());
    }
    const QList<int> years = tableYears(term, dataYears);

    html += kTable + QStringLiteral("<thead><tr>") +
            label(PledgeCardReport::tr("Indicator"), 1, 1, QStringLiteral("26%")) +
            label(PledgeCardReport::tr("Unit")) + label(PledgeCardReport::tr("Row"));
    for (int year : years)
        html += label(yearHeading(year, term));
    html += label(PledgeCardReport::tr("Rate (%)")) + QStringLiteral("</tr></thead>");

    const QString num = QStringLiteral("mark");
    for (const Indicator& indicator : p.indicators) {
        const bool cumulative = indicator.kind == IndicatorKind::Cumulative;
        QMap<int, double> actuals;
        for (auto it = indicator.actuals.cbegin(); it != indicator.actuals.cend(); ++it)
            if (it.key() <= basisYear)
                actuals.insert(it.key(), it.value());
        const QMap<int, double> targetSums = fulfilment::runningSums(indicator.targets);
        const QMap<int, double> actualSums = fulfilment::runningSums(actuals);

        html += QStringLiteral("<tr>") + cell(esc(indicator.name), {}, 1, 2) +
                cell(esc(indicator.unit), QStringLiteral("mark"), 1, 2) +
                label(cumulative ? PledgeCardReport::tr("Target (cumulative)")
                                 : PledgeCardReport::tr("Target"));
        for (int year : years)
            html += cell(cumulative ? cumulativeCell(indicator.targets, targetSums, year)
                                    : esc(indicator.targets.contains(year)
                                              ? ReportPdf::amount(indicator.targets.value(year))
                                              : QString()),
                         num);
        html +=
            cell(esc(ReportPdf::rate(fulfilment::indicatorRate(indicator, basisYear))), num, 1, 2) +
            QStringLiteral("</tr><tr>") +
            label(cumulative ? PledgeCardReport::tr("Actual (cumulative)")
                             : PledgeCardReport::tr("Actual"));
        for (int year : years)
            html += cell(cumulative
                             ? cumulativeCell(actuals, actualSums, year)
                             : esc(actuals.contains(year) ? ReportPdf::amount(actuals.value(year))
                                                          : QString()),
                         num);
        html += QStringLiteral("</tr>");
    }
    if (p.indicators.isEmpty())
        html += QStringLiteral("<tr>") +
                cell(esc(PledgeCardReport::tr("No indicators: the pledge has no rate.")), {},
                     int(years.size()) + 4) +
                QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") +
            label(PledgeCardReport::tr("Pledge fulfilment rate (mean of the indicators' rates)"),
                  int(years.size()) + 3) +
            cell(QStringLiteral("<b>") + esc(ReportPdf::rate(fulfilment::pledgeRate(p))) +
                     QStringLiteral("</b>"),
                 num) +
            QStringLiteral("</tr>") + kEndTable;
    return html;
}

QString departmentTable(const Pledge& p)
{
    if (p.departments.isEmpty())
        return {};
    QString html = QStringLiteral("<p class=\"note\"></p>") + kTable;
    for (qsizetype i = 0; i < p.departments.size(); ++i) {
        const DepartmentContact& d = p.departments.at(i);
        html += QStringLiteral("<tr>");
        if (i == 0 || p.departments.at(i - 1).role != d.role) {
            qsizetype span = 1;
            while (i + span < p.departments.size() && p.departments.at(i + span).role == d.role)
                ++span;
            html += label(d.role == DepartmentRole::Lead
                              ? PledgeCardReport::tr("Lead department")
                              : PledgeCardReport::tr("Cooperating department"),
                          1, int(span), QStringLiteral("13%"));
        }
        const QString leader =
            d.team.isEmpty() ? d.leader : PledgeCardReport::tr("%1 head %2").arg(d.team, d.leader);
        const QString officer =
            d.officer.isEmpty() ? QString() : PledgeCardReport::tr("Officer %1").arg(d.officer);
        auto phone = [](const QString& ext) {
            return ext.isEmpty() ? QString() : QStringLiteral("☎ ") + esc(ext);
        };
        html += cell(esc(d.department), QStringLiteral("mark")) + cell(esc(leader)) +
                cell(phone(d.leaderPhone), QStringLiteral("mark")) + cell(esc(officer)) +
                cell(phone(d.officerPhone), QStringLiteral("mark")) + QStringLiteral("</tr>");
    }
    return html + kEndTable;
}

QString cardHtml(const Pledge& p, const Term& term, bool newPage)
{
    QString html = QStringLiteral("<p class=\"title\" align=\"center\"") +
                   (newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString()) +
                   u'>' + esc(PledgeCardReport::cardTitle(p)) + QStringLiteral("</p>");
    html += headerGrid(p);
    html += QStringLiteral("<p class=\"goal\"><b>❖ ") + esc(PledgeCardReport::tr("Policy goal")) +
            QStringLiteral(":</b> ") + esc(p.policyGoal) + QStringLiteral("</p>");
    html += section(PledgeCardReport::tr("Implementation plan")) +
            QStringLiteral("<div class=\"plan\">") + p.planHtml + QStringLiteral("</div>");
    html += scheduleGrid(p, term);
    html += investmentTable(p, term);
    html += progressList(p, term);
    html += indicatorTable(p, term);
    html += departmentTable(p);
    return html;
}

QString document(const QString& body)
{
    return QStringLiteral("<html><body>") + body + QStringLiteral("</body></html>");
}

} // namespace

QString PledgeCardReport::html(const Pledge& pledge, const Term& term)
{
    return document(cardHtml(pledge, term, false));
}

QString PledgeCardReport::bookHtml(const QList<Pledge>& pledges, const Term& term,
                                   const fulfilment::CityReport& report)
{
    QString body = CityFiguresReport::html(report, pledges, term);
    for (const Pledge& pledge : pledges)
        body += cardHtml(pledge, term, true);
    return document(body);
}

Status PledgeCardReport::writePdf(const Pledge& pledge, const Term& term, const QString& path)
{
    return ReportPdf::writePdf(path, html(pledge, term),
                               tr("Pledge card %1").arg(cardTitle(pledge)), cardTitle(pledge));
}

Status PledgeCardReport::writeBookPdf(const QList<Pledge>& pledges, const Term& term,
                                      const fulfilment::CityReport& report, const QString& path)
{
    const QString title = CityFiguresReport::title(term);
    return ReportPdf::writePdf(path, bookHtml(pledges, term, report), title, title);
}

void PledgeCardReport::print(QPrinter* printer, const Pledge& pledge, const Term& term)
{
    if (!printer)
        return;
    printer->setDocName(tr("Pledge card %1").arg(cardTitle(pledge)));
    if (Status s = ReportPdf::render(printer, html(pledge, term), cardTitle(pledge)); !s)
        qWarning().noquote() << s.error().fullText();
}

QString PledgeCardReport::formatDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1. %2. %3.").arg(date.year()).arg(date.month()).arg(date.day());
}

QString PledgeCardReport::formatRecordDate(const ProgressRecord& record)
{
    struct Parsed
    {
        int year = 0, month = 0, day = 0;
        bool ok = false;
    };
    auto parse = [](const QString& text) {
        static const QRegularExpression pattern(
            QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$"));
        const auto match = pattern.match(text.trimmed());
        Parsed parsed;
        if (!match.hasMatch())
            return parsed;
        parsed.year = match.captured(1).toInt();
        parsed.month = match.captured(2).toInt();
        parsed.day = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
        parsed.ok = parsed.month >= 1 && parsed.month <= 12;
        return parsed;
    };
    auto show = [](const Parsed& d) {
        return d.day > 0 ? QStringLiteral("%1. %2. %3.").arg(d.year).arg(d.month).arg(d.day)
                         : QStringLiteral("%1. %2.").arg(d.year).arg(d.month);
    };
    const Parsed from = parse(record.dateFrom);
    if (!from.ok)
        return record.dateTo.isEmpty() ? record.dateFrom
                                       : record.dateFrom + QStringLiteral(" ~ ") + record.dateTo;
    if (record.dateTo.isEmpty())
        return show(from);
    const Parsed to = parse(record.dateTo);
    if (!to.ok)
        return show(from) + QStringLiteral(" ~ ") + record.dateTo;
    if (from.year == to.year && from.day == 0 && to.day == 0) // "2024. 2.~3."
        return show(from) + QStringLiteral("~%1.").arg(to.month);
    return show(from) + QStringLiteral(" ~ ") + show(to);
}

QString PledgeCardReport::cardTitle(const Pledge& pledge)
{
    return pledge.code + u' ' + pledge.title;
}

} // namespace openmayor
