#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/pledge.h"

#include <QDateTime>
#include <QJsonObject>

namespace openmayor {

class ChangeNotifier;

// A published quarterly reporting period (공약이행 현황 as of a quarter).
struct ReportingPeriod
{
    QString id;
    QString period; // "2024-Q1"
    QDate basisDate;
    QDateTime publishedAt;
    QString publishedBy;
    QJsonObject figures; // the city figures as published (unrounded)
};

// Reporting periods and their snapshots. Publishing a period freezes every pledge's rate,
// status, timing and budget; later edits of the pledges do not change a snapshot.
class ReportingRepository
{
public:
    ReportingRepository(Database database, ChangeNotifier* notifier);

    // Ordered by period.
    Result<QList<ReportingPeriod>> periods() const;
    Result<ReportingPeriod> period(const QString& key) const;
    // The pledges as frozen in `period` (rate, status, timing and budget from the snapshot).
    Result<QList<PledgeSummary>> snapshot(const QString& period) const;

    // Freezes the figures as `period` ("YYYY-Qn"): every pledge's rate as of `basisDate` (the
    // quarter's last day when invalid), its status, timing and budget. Refuses a period
    // published already.
    Result<ReportingPeriod> publish(const QString& period, const QDate& basisDate,
                                    const QString& publishedBy);

    static bool isValidPeriod(const QString& period);
    // The last day of a quarter: "2024-Q1" → 2024-03-31.
    static QDate quarterEnd(const QString& period);

private:
    Database m_database;
    ChangeNotifier* m_notifier;
};

} // namespace openmayor
