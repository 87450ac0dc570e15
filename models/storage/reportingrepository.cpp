#include "reportingrepository.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/ids.h"
#include "domain/fulfilment.h"
#include "io/cityfiguresjson.h"
#include "pledgerepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace openmayor {

ReportingRepository::ReportingRepository(Database database, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_notifier(notifier)
{}

bool ReportingRepository::isValidPeriod(const QString& period)
{
    static const QRegularExpression pattern(QStringLiteral("^(19|20|21)\\d\\d-Q[1-4]$"));
    return pattern.match(period).hasMatch();
}

QDate ReportingRepository::quarterEnd(const QString& period)
{
    if (!isValidPeriod(period))
        return {};
    const int year = period.left(4).toInt();
    const int quarter = period.right(1).toInt();
    return QDate(year, quarter * 3, 1).addMonths(1).addDays(-1);
}

Result<QList<ReportingPeriod>> ReportingRepository::periods() const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, QStringLiteral("SELECT id, period, basis_date, published_at, "
                                                 "published_by, figures_json FROM reporting_period "
                                                 "ORDER BY period"));
        !s)
        return s.error();
    if (Status s = exec(query); !s)
        return s.error();
    QList<ReportingPeriod> result;
    while (query.next()) {
        ReportingPeriod p;
        p.id = query.value(0).toString();
        p.period = query.value(1).toString();
        p.basisDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        p.publishedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        p.publishedBy = query.value(4).toString();
        p.figures = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        result << p;
    }
    return result;
}

Result<ReportingPeriod> ReportingRepository::period(const QString& key) const
{
    auto all = periods();
    if (!all)
        return all.error();
    for (const ReportingPeriod& p : std::as_const(*all))
        if (p.period == key)
            return p;
    return Error(Error::Kind::NotFound,
                 QCoreApplication::translate("openmayor::ReportingRepository",
                                             "The period %1 has not been published.")
                     .arg(key));
}

Result<QList<PledgeSummary>> ReportingRepository::snapshot(const QString& periodKey) const
{
    auto found = period(periodKey);
    if (!found)
        return found.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(
            query, QStringLiteral("SELECT p.id, p.goal_id, p.code, p.title, s.status, s.timing, "
                                  "s.rate, s.planned_budget, s.executed_budget, s.updated_at "
                                  "FROM pledge_snapshot s JOIN pledge p ON p.id = s.pledge_id "
                                  "WHERE s.period_id = ?"));
        !s)
        return s.error();
    if (Status s = exec(query, {found->id}); !s)
        return s.error();
    QList<PledgeSummary> result;
    while (query.next()) {
        PledgeSummary summary;
        summary.id = query.value(0).toString();
        summary.goalId = query.value(1).toString();
        summary.code = query.value(2).toString();
        summary.title = query.value(3).toString();
        summary.status =
            fromKey<PledgeStatus>(query.value(4).toString()).value_or(PledgeStatus::OnTrack);
        summary.timing = fromKey<Timing>(query.value(5).toString()).value_or(Timing::WithinTerm);
        if (!query.value(6).isNull())
            summary.rate = query.value(6).toDouble();
        summary.plannedBudget = query.value(7).toDouble();
        summary.executedBudget = query.value(8).toDouble();
        summary.updatedAt = query.value(9).toString();
        result << summary;
    }
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return codeLessThan(a.code, b.code); });
    return result;
}

Result<ReportingPeriod> ReportingRepository::publish(const QString& periodKey,
                                                     const QDate& basisDate,
                                                     const QString& publishedBy)
{
    if (!isValidPeriod(periodKey))
        return Error(
            Error::Kind::Usage,
            QCoreApplication::translate("openmayor::ReportingRepository",
                                        "A reporting period is written like 2024-Q1, not \"%1\".")
                .arg(periodKey));
    ReportingPeriod published;
    published.id = newId();
    published.period = periodKey;
    published.basisDate = basisDate.isValid() ? basisDate : quarterEnd(periodKey);
    // Rates as of the period's basis date: values of later years do not count.
    PledgeRepository pledges(m_database, nullptr);
    auto summaries = pledges.summaries(published.basisDate);
    if (!summaries)
        return summaries.error();

    published.publishedAt = Clock::now().toUTC();
    published.publishedBy = publishedBy;
    published.figures = cityfiguresjson::toJson(fulfilment::cityReport(*summaries), 3,
                                                fulfilment::Rounding::HalfUp);

    Status s = m_database.transaction([&](QSqlDatabase& db) -> Status {
        auto exists =
            queryInt(db, QStringLiteral("SELECT count(*) FROM reporting_period WHERE period = ?"),
                     {periodKey});
        if (!exists)
            return exists.error();
        if (*exists > 0)
            return Error(
                Error::Kind::Invalid,
                QCoreApplication::translate("openmayor::ReportingRepository",
                                            "The period %1 is published already; its snapshot "
                                            "stays as it was.")
                    .arg(periodKey));
        Status r = exec(
            db,
            QStringLiteral("INSERT INTO reporting_period (id, period, basis_date, published_at, "
                           "published_by, figures_json) VALUES (?, ?, ?, ?, ?, ?)"),
            {published.id, periodKey, published.basisDate.toString(Qt::ISODate),
             published.publishedAt.toString(Qt::ISODateWithMs), publishedBy,
             QString::fromUtf8(QJsonDocument(published.figures).toJson(QJsonDocument::Compact))});
        if (!r)
            return r;
        QSqlQuery insert(db);
        if (Status p = prepare(
                insert, QStringLiteral("INSERT INTO pledge_snapshot (id, period_id, pledge_id, "
                                       "rate, status, timing, planned_budget, executed_budget) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            !p)
            return p;
        for (const PledgeSummary& pledge : std::as_const(*summaries)) {
            r = exec(insert,
                     {newId(), published.id, pledge.id,
                      pledge.rate ? QVariant(*pledge.rate) : QVariant(QMetaType(QMetaType::Double)),
                      toKey(pledge.status), toKey(pledge.timing), pledge.plannedBudget,
                      pledge.executedBudget});
            if (!r)
                return r;
        }
        return {};
    });
    if (!s)
        return s.error();
    if (m_notifier)
        emit m_notifier->periodsChanged();
    return published;
}

} // namespace openmayor
