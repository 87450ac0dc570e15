#include "pledgedetailhtml.h"

#include "io/pledgejson.h"

#include <QCoreApplication>
#include <QLocale>

namespace openmayor {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString percent(const std::optional<double>& value)
{
    return value ? QLocale().toString(pledgejson::rounded(*value), 'f', 1) + u'%'
                 : QStringLiteral("—");
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><th align=\"left\" style=\"padding-right:12px\">") + esc(label) +
           QStringLiteral("</th><td>") + value + QStringLiteral("</td></tr>");
}

QString heading(const Pledge& p)
{
    return QStringLiteral("<h2>") + esc(p.code) + u' ' + esc(p.title) + QStringLiteral("</h2>");
}
} // namespace

QString pledgeOverviewHtml(const Pledge& p)
{
    const auto budget = fulfilment::budgetFigures(p);
    const int basisYear = p.basisDate.isValid() ? p.basisDate.year() : 9999;
    QString html = heading(p);
    html += QStringLiteral("<table cellspacing=\"2\">");
    html += row(QCoreApplication::translate("PledgeDetail", "Status"), esc(labelOf(p.status)));
    html += row(
        QCoreApplication::translate("PledgeDetail", "Fulfilment"),
        QStringLiteral("<b>") + percent(fulfilment::pledgeRate(p)) + QStringLiteral("</b> ") +
            esc(QCoreApplication::translate("PledgeDetail", "(mean of the indicators' rates)")));
    html += row(QCoreApplication::translate("PledgeDetail", "Basis date"),
                esc(QLocale().toString(p.basisDate, QLocale::LongFormat)));
    html += row(QCoreApplication::translate("PledgeDetail", "Completion"), esc(labelOf(p.timing)));
    html += row(QCoreApplication::translate("PledgeDetail", "Policy goal"), esc(p.policyGoal));
    html += row(QCoreApplication::translate("PledgeDetail", "Budget"),
                esc(QCoreApplication::translate(
                        "PledgeDetail", "%1 planned, %2 executed (million KRW) — execution %3")
                        .arg(number(budget.plannedTotal), number(budget.executedTotal),
                             percent(budget.executionRate))));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") +
            esc(QCoreApplication::translate("PledgeDetail", "Achievement indicators")) +
            QStringLiteral("</h3><ul>");
    for (const Indicator& ind : p.indicators) {
        double target = 0;
        for (double v : ind.targets)
            target += v;
        double actual = 0;
        for (auto it = ind.actuals.cbegin(); it != ind.actuals.cend(); ++it)
            if (it.key() <= basisYear)
                actual += it.value();
        html += QStringLiteral("<li>") + esc(ind.name) + QStringLiteral(" — ") +
                esc(QCoreApplication::translate("PledgeDetail", "%1 of %2 %3, rate %4")
                        .arg(number(actual), number(target), ind.unit,
                             percent(fulfilment::indicatorRate(ind, basisYear)))) +
                QStringLiteral("</li>");
    }
    if (p.indicators.isEmpty())
        html += QStringLiteral("<li>") +
                esc(QCoreApplication::translate("PledgeDetail", "No indicators: no rate.")) +
                QStringLiteral("</li>");
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>") +
            esc(QCoreApplication::translate("PledgeDetail", "Progress record")) +
            QStringLiteral("</h3><ul>");
    for (const ProgressRecord& r : p.progress)
        html +=
            QStringLiteral("<li>") +
            esc(r.dateTo.isEmpty() ? r.dateFrom : r.dateFrom + QStringLiteral(" ~ ") + r.dateTo) +
            QStringLiteral(" : ") + esc(r.text) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h3>") +
            esc(QCoreApplication::translate("PledgeDetail", "Departments")) +
            QStringLiteral("</h3><ul>");
    for (const DepartmentContact& d : p.departments)
        html += QStringLiteral("<li>") +
                esc(QStringLiteral("%1 · %2 %3 (%4) · %5 (%6) — %7")
                        .arg(d.department, d.team, d.leader, d.leaderPhone, d.officer,
                             d.officerPhone, labelOf(d.role))) +
                QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    return html;
}

QString pledgePlanHtml(const Pledge& p)
{
    QString html = heading(p);
    html += QStringLiteral("<p><b>") +
            esc(QCoreApplication::translate("PledgeDetail", "Policy goal")) +
            QStringLiteral(":</b> ") + esc(p.policyGoal) + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + esc(QCoreApplication::translate("PledgeDetail", "Plan")) +
            QStringLiteral("</h3>") + p.planHtml;
    html += QStringLiteral("<h3>") +
            esc(QCoreApplication::translate("PledgeDetail", "Schedule by quarter")) +
            QStringLiteral("</h3><ul>");
    for (const PledgeTask& t : p.tasks)
        html += QStringLiteral("<li>") + esc(t.name) + QStringLiteral(": ") + esc(t.startQuarter) +
                QStringLiteral(" ~ ") + esc(t.endQuarter) + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    return html;
}

QString cityFiguresHtml(const fulfilment::CityFigures& f)
{
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(QCoreApplication::translate("PledgeDetail", "Pledges counted"),
                QString::number(f.pledgesCounted));
    html += row(QCoreApplication::translate("PledgeDetail", "Completion rate"),
                percent(f.completionRate) + u' ' +
                    esc(QCoreApplication::translate("PledgeDetail", "(%1 completed of %2)")
                            .arg(f.completed)
                            .arg(f.pledgesCounted)));
    html += row(QCoreApplication::translate("PledgeDetail", "Average fulfilment"),
                percent(f.averageRate) + u' ' +
                    esc(QCoreApplication::translate(
                        "PledgeDetail", "(mean over %n rated pledge(s))", nullptr, f.rated)));
    html += row(QCoreApplication::translate("PledgeDetail", "Financing rate"),
                percent(f.financingRate) + u' ' +
                    esc(QCoreApplication::translate("PledgeDetail",
                                                    "(executed %1 ÷ planned %2 million KRW)")
                            .arg(number(f.executedTotal), number(f.plannedTotal))));
    QStringList statuses;
    for (auto it = f.byStatus.cbegin(); it != f.byStatus.cend(); ++it)
        statuses << esc(labelOf(it.key())) + u' ' + QString::number(it.value());
    html += row(QCoreApplication::translate("PledgeDetail", "By status"),
                statuses.join(QStringLiteral(" · ")));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace openmayor
