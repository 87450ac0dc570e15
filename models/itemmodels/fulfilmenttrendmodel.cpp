#include "fulfilmenttrendmodel.h"

#include "common/changenotifier.h"
#include "domain/fulfilment.h"
#include "storage/pledgerepository.h"
#include "storage/reportingrepository.h"
#include "storage/sqlutil.h"

#include <QJsonValue>
#include <QLocale>

namespace openmayor {

namespace {
std::optional<double> rateOf(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}
} // namespace

QDate latestPledgeBasisDate(const Database& database)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("SELECT max(basis_date) FROM pledge")) || !exec(query) ||
        !query.next())
        return {};
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

FulfilmentTrendModel::FulfilmentTrendModel(Database database, ChangeNotifier* notifier,
                                           QObject* parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::periodsChanged, this, &FulfilmentTrendModel::reload);
        connect(notifier, &ChangeNotifier::pledgesChanged, this, &FulfilmentTrendModel::reload);
        connect(notifier, &ChangeNotifier::storeReset, this, &FulfilmentTrendModel::reload);
    }
    reload();
}

void FulfilmentTrendModel::setPledgeCodes(const QStringList& codes)
{
    if (codes == m_codes)
        return;
    m_codes = codes;
    reload();
}

void FulfilmentTrendModel::reload()
{
    QList<Point> points;
    QMap<QString, QString> titles;
    m_error.clear();
    const ReportingRepository reporting(m_database, nullptr);
    auto periods = reporting.periods();
    if (!periods)
        m_error = periods.error().message;
    for (const ReportingPeriod& period : periods ? *periods : QList<ReportingPeriod>()) {
        Point point;
        point.period = period.period;
        point.basisDate = period.basisDate;
        // the figures as they were published, not recomputed
        point.averageRate = rateOf(period.figures.value(QStringLiteral("average_rate")));
        point.completionRate = rateOf(period.figures.value(QStringLiteral("completion_rate")));
        if (!m_codes.isEmpty()) {
            auto snapshot = reporting.snapshot(period.period);
            if (!snapshot) {
                m_error = snapshot.error().message;
                continue;
            }
            for (const PledgeSummary& pledge : std::as_const(*snapshot))
                if (m_codes.contains(pledge.code) && pledge.rate)
                    point.pledgeRates.insert(pledge.code, *pledge.rate);
        }
        points << point;
    }

    auto summaries = PledgeRepository(m_database, nullptr).summaries();
    if (summaries) {
        const fulfilment::CityFigures figures = fulfilment::cityFigures(*summaries);
        Point current;
        current.basisDate = latestPledgeBasisDate(m_database);
        current.averageRate = figures.averageRate;
        current.completionRate = figures.completionRate;
        for (const PledgeSummary& pledge : std::as_const(*summaries)) {
            if (!m_codes.contains(pledge.code))
                continue;
            titles.insert(pledge.code, pledge.title);
            if (pledge.rate)
                current.pledgeRates.insert(pledge.code, *pledge.rate);
        }
        points << current;
    } else {
        m_error = summaries.error().message;
    }

    beginResetModel();
    m_points = std::move(points);
    m_titles = std::move(titles);
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

int FulfilmentTrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int FulfilmentTrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstPledgeColumn + int(m_codes.size());
}

bool FulfilmentTrendModel::isCurrent(int row) const
{
    return row >= 0 && row < m_points.size() && m_points.at(row).period.isEmpty();
}

int FulfilmentTrendModel::currentRow() const
{
    for (int row = 0; row < m_points.size(); ++row)
        if (isCurrent(row))
            return row;
    return -1;
}

QString FulfilmentTrendModel::periodLabel(int row) const
{
    if (row < 0 || row >= m_points.size())
        return {};
    return isCurrent(row) ? tr("Now (unpublished)") : m_points.at(row).period;
}

QDate FulfilmentTrendModel::basisDate(int row) const
{
    return row >= 0 && row < m_points.size() ? m_points.at(row).basisDate : QDate();
}

std::optional<double> FulfilmentTrendModel::value(int row, int column) const
{
    if (row < 0 || row >= m_points.size())
        return std::nullopt;
    const Point& point = m_points.at(row);
    if (column == AverageRateColumn)
        return point.averageRate;
    if (column == CompletionRateColumn)
        return point.completionRate;
    const int pledge = column - FirstPledgeColumn;
    if (pledge < 0 || pledge >= m_codes.size() || !point.pledgeRates.contains(m_codes.at(pledge)))
        return std::nullopt;
    return point.pledgeRates.value(m_codes.at(pledge));
}

QString FulfilmentTrendModel::seriesName(int column) const
{
    switch (column) {
    case PeriodColumn:
        return tr("Period");
    case BasisDateColumn:
        return tr("Basis date");
    case AverageRateColumn:
        return tr("Average rate (%)");
    case CompletionRateColumn:
        return tr("Completion rate (%)");
    default:
        break;
    }
    const QString code = m_codes.value(column - FirstPledgeColumn);
    const QString title = m_titles.value(code);
    return title.isEmpty() ? tr("Pledge %1 (%)").arg(code) : tr("%1 %2 (%)").arg(code, title);
}

QVariant FulfilmentTrendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == PeriodColumn)
            return periodLabel(row);
        if (column == BasisDateColumn)
            return QLocale().toString(basisDate(row), QLocale::ShortFormat);
        if (const auto rate = value(row, column))
            return QLocale().toString(*rate, 'f', 1);
        return QStringLiteral("—");
    case ValueRole:
        if (column == BasisDateColumn)
            return basisDate(row);
        if (const auto rate = value(row, column))
            return *rate;
        return {};
    case CurrentRole:
        return isCurrent(row);
    case PeriodKeyRole:
        return m_points.at(row).period;
    case Qt::TextAlignmentRole:
        return column == PeriodColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant FulfilmentTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return seriesName(section);
}

} // namespace openmayor
