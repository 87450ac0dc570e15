#include "statusdistributionmodel.h"

#include "common/changenotifier.h"
#include "fulfilmenttrendmodel.h"
#include "storage/pledgerepository.h"
#include "storage/reportingrepository.h"

#include <QLocale>

namespace openmayor {

StatusDistributionModel::StatusDistributionModel(Database database, ChangeNotifier* notifier,
                                                 QObject* parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::pledgesChanged, this, &StatusDistributionModel::reload);
        connect(notifier, &ChangeNotifier::periodsChanged, this, &StatusDistributionModel::reload);
        connect(notifier, &ChangeNotifier::storeReset, this, &StatusDistributionModel::reload);
    }
    reload();
}

void StatusDistributionModel::setPeriod(const QString& period)
{
    m_period = period;
    reload();
}

void StatusDistributionModel::reload()
{
    m_error.clear();
    Result<QList<PledgeSummary>> pledges = QList<PledgeSummary>();
    QDate basisDate;
    if (m_period.isEmpty()) {
        pledges = PledgeRepository(m_database, nullptr).summaries();
        basisDate = latestPledgeBasisDate(m_database);
    } else {
        const ReportingRepository reporting(m_database, nullptr);
        pledges = reporting.snapshot(m_period);
        if (auto found = reporting.period(m_period))
            basisDate = found->basisDate;
    }
    if (!pledges)
        m_error = pledges.error().message;

    beginResetModel();
    m_counts.clear();
    m_total = 0;
    m_basisDate = basisDate;
    for (const PledgeSummary& pledge : pledges ? *pledges : QList<PledgeSummary>()) {
        ++m_counts[pledge.status];
        ++m_total;
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

double StatusDistributionModel::percent(PledgeStatus status) const
{
    return m_total > 0 ? count(status) * 100.0 / m_total : 0.0;
}

int StatusDistributionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(EnumInfo<PledgeStatus>::keys().size());
}

int StatusDistributionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusDistributionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PledgeStatus status = statusAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return labelOf(status);
        case CountColumn:
            return QLocale().toString(count(status));
        case PercentColumn:
            return QLocale().toString(percent(status), 'f', 1);
        }
        return {};
    case ValueRole:
        switch (index.column()) {
        case StatusColumn:
            return toKey(status);
        case CountColumn:
            return count(status);
        case PercentColumn:
            return percent(status);
        }
        return {};
    case StatusKeyRole:
        return toKey(status);
    case Qt::TextAlignmentRole:
        return index.column() == StatusColumn ? QVariant()
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StatusDistributionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CountColumn:
        return tr("Pledges");
    case PercentColumn:
        return tr("Share (%)");
    default:
        return {};
    }
}

} // namespace openmayor
