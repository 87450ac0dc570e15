#include "cityfiguresreport.h"

#include "pledgecardreport.h"
#include "reportpdf.h"

#include <functional>

namespace openmayor {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString labelCell(const QString& text, int colspan = 1, const QString& width = {})
{
    return QStringLiteral("<td class=\"label\" bgcolor=\"#e6e6e6\" align=\"center\"") +
           (colspan > 1 ? QStringLiteral(" colspan=\"%1\"").arg(colspan) : QString()) +
           (width.isEmpty() ? QString() : QStringLiteral(" width=\"%1\"").arg(width)) + u'>' +
           esc(text) + QStringLiteral("</td>");
}

QString textCell(const QString& text, const char* align = "left")
{
    return QStringLiteral("<td align=\"") + QLatin1String(align) + QStringLiteral("\">") +
           esc(text) + QStringLiteral("</td>");
}

QString row(const QString& name, const QString& all, const QString& withinTerm)
{
    return QStringLiteral("<tr>") + textCell(name) + textCell(all, "right") +
           textCell(withinTerm, "right") + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral(
    "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");

} // namespace

QString CityFiguresReport::title(const Term& term)
{
    return term.name.isEmpty() ? tr("Pledge fulfilment status")
                               : tr("%1 pledge fulfilment status").arg(term.name);
}

QString CityFiguresReport::html(const fulfilment::CityReport& report, const QList<Pledge>& pledges,
                                const Term& term)
{
    QDate basis;
    for (const Pledge& p : pledges)
        if (p.basisDate.isValid() && (!basis.isValid() || p.basisDate > basis))
            basis = p.basisDate;

    QString html = QStringLiteral("<p class=\"title\" align=\"center\">") + esc(title(term)) +
                   QStringLiteral("</p>");
    if (term.start.isValid() && term.end.isValid())
        html += QStringLiteral("<p align=\"center\">") +
                esc(tr("Term %1 ~ %2")
                        .arg(PledgeCardReport::formatDate(term.start),
                             PledgeCardReport::formatDate(term.end))) +
                QStringLiteral("</p>");
    if (basis.isValid())
        html += QStringLiteral("<p class=\"unit\" align=\"right\">") +
                esc(tr("As of %1").arg(PledgeCardReport::formatDate(basis))) +
                QStringLiteral("</p>");

    const fulfilment::CityFigures& all = report.all;
    const fulfilment::CityFigures& within = report.withinTerm;
    auto both = [&](const std::function<QString(const fulfilment::CityFigures&)>& figure) {
        return std::pair{figure(all), figure(within)};
    };
    auto add = [&](const QString& name, const std::pair<QString, QString>& values) {
        html += row(name, values.first, values.second);
    };

    html += QStringLiteral("<p class=\"section\">□ ") + esc(tr("City figures")) +
            QStringLiteral("</p>");
    html += kTable + QStringLiteral("<tr>") + labelCell(tr("Figure"), 1, QStringLiteral("50%")) +
            labelCell(tr("All pledges")) + labelCell(tr("Within-term pledges")) +
            QStringLiteral("</tr>");
    add(tr("Pledges counted"),
        both([](const auto& f) { return QString::number(f.pledgesCounted); }));
    add(tr("Completed pledges"), both([](const auto& f) { return QString::number(f.completed); }));
    add(tr("Completion rate (%)"),
        both([](const auto& f) { return ReportPdf::rate(f.completionRate); }));
    add(tr("Rated pledges"), both([](const auto& f) { return QString::number(f.rated); }));
    add(tr("Average fulfilment rate (%)"),
        both([](const auto& f) { return ReportPdf::rate(f.averageRate); }));
    add(tr("Planned budget (million KRW)"),
        both([](const auto& f) { return ReportPdf::amount(f.plannedTotal); }));
    add(tr("Secured budget (million KRW)"),
        both([](const auto& f) { return ReportPdf::amount(f.executedTotal); }));
    add(tr("Financing rate (%)"),
        both([](const auto& f) { return ReportPdf::rate(f.financingRate); }));
    html += QStringLiteral("</table>");

    html +=
        QStringLiteral("<p class=\"note\">") +
        esc(tr(
            "Completion rate = (completed, closed + completed, continuing) ÷ pledges counted × "
            "100. "
            "Average fulfilment rate = mean of the rated pledges' rates; a pledge's rate is the "
            "mean of its indicators' rates. Financing rate = secured (executed) budget ÷ planned "
            "budget × 100. Dropped pledges are not counted. Rates are rounded half up to one "
            "decimal.")) +
        QStringLiteral("</p>");

    html += QStringLiteral("<p class=\"section\">□ ") + esc(tr("Pledges by status")) +
            QStringLiteral("</p>");
    html += kTable + QStringLiteral("<tr>") + labelCell(tr("Status"), 1, QStringLiteral("50%")) +
            labelCell(tr("All pledges")) + labelCell(tr("Within-term pledges")) +
            QStringLiteral("</tr>");
    for (PledgeStatus status : {PledgeStatus::Completed, PledgeStatus::CompletedContinuing,
                                PledgeStatus::OnTrack, PledgeStatus::Partial, PledgeStatus::Lagging,
                                PledgeStatus::OnHold, PledgeStatus::Dropped})
        add(labelOf(status),
            both([status](const auto& f) { return QString::number(f.byStatus.value(status)); }));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p class=\"section\">□ ") + esc(tr("Pledge cards in this book")) +
            QStringLiteral("</p>");
    html +=
        kTable + QStringLiteral("<tr>") + labelCell(tr("Pledge code"), 1, QStringLiteral("12%")) +
        labelCell(tr("Pledge title")) + labelCell(tr("Status"), 1, QStringLiteral("18%")) +
        labelCell(tr("Fulfilment rate (%)"), 1, QStringLiteral("14%")) + QStringLiteral("</tr>");
    for (const Pledge& p : pledges)
        html += QStringLiteral("<tr>") + textCell(p.code, "center") + textCell(p.title) +
                textCell(labelOf(p.status), "center") +
                textCell(ReportPdf::rate(fulfilment::pledgeRate(p)), "right") +
                QStringLiteral("</tr>");
    if (pledges.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"4\">") + esc(tr("The book holds no pledges.")) +
                QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");
    return html;
}

} // namespace openmayor
