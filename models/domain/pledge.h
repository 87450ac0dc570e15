#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace openmayor {

// Value types of the pledge book (DESIGN.md §2; the card of seed/READING.md).
// Ids are the store's UUIDs; an empty id means "not stored yet".

struct Term
{
    QString id;
    QString name;
    QDate start;
    QDate end;
};

struct PledgeArea
{
    QString id;
    QString code; // "7"
    QString title;
};

struct PledgeGoal
{
    QString id;
    QString areaId;
    QString code; // "7-1"
    QString title;
};

struct PledgeTask
{
    QString id;
    QString name;
    QString startQuarter; // "2022-Q3"
    QString endQuarter;
    QString note;
};

struct BudgetCell
{
    QString id;
    FundingSource source = FundingSource::City;
    int year = 0;
    double amount = 0;
};

struct ExecutedAmount
{
    QString id;
    int year = 0;
    double amount = 0;
};

struct ProgressRecord
{
    QString id;
    QString dateFrom; // "2022-09" or "2022-09-29"
    QString dateTo;   // empty unless a range
    QString text;
};

struct Indicator
{
    QString id;
    QString name;
    QString unit;
    IndicatorKind kind = IndicatorKind::Cumulative;
    std::optional<double> baseline;
    QMap<int, double> targets; // year -> yearly target
    QMap<int, double> actuals; // year -> yearly actual
};

struct DepartmentContact
{
    QString id;
    DepartmentRole role = DepartmentRole::Lead;
    QString department;
    QString team;
    QString leader;
    QString leaderPhone;
    QString officer;
    QString officerPhone;
};

struct Pledge
{
    QString id;
    QString goalId;
    QString code; // "7-1-3"
    QString title;
    QString policyGoal;
    Timing timing = Timing::WithinTerm;
    bool bodyNational = false;
    bool bodyProvince = false;
    bool bodyCity = false;
    bool bodyPrivate = false;
    bool isNew = true;
    BudgetKind budgetKind = BudgetKind::Budget;
    double requiredBudget = 0;
    double budgetPrior = 0;
    double budgetAfterTerm = 0;
    PledgeStatus status = PledgeStatus::OnTrack;
    QDate basisDate;
    QString planHtml;
    QList<PledgeTask> tasks;
    QList<BudgetCell> planned;
    QList<ExecutedAmount> executed;
    QList<ProgressRecord> progress;
    QList<Indicator> indicators;
    QList<DepartmentContact> departments;
    QString updatedAt;
};

// One row of the pledge list: what the tree and `pledges` show without loading cards.
struct PledgeSummary
{
    QString id;
    QString goalId;
    QString code;
    QString title;
    PledgeStatus status = PledgeStatus::OnTrack;
    Timing timing = Timing::WithinTerm;
    QString leadDepartment;
    QString updatedAt;
    std::optional<double> rate; // none when the pledge has no indicators
    double plannedBudget = 0;   // planned cells + prior + after term
    double executedBudget = 0;
};

// Sort key of a dotted code: "7-1-13" after "7-1-3".
QList<int> codeSortKey(const QString& code);
bool codeLessThan(const QString& a, const QString& b);

} // namespace openmayor
