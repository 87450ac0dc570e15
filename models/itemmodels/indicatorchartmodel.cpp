#include "indicatorchartmodel.h"

#include "common/changenotifier.h"
#include "domain/fulfilment.h"
#include "storage/pledgerepository.h"

#include <QLocale>

namespace openmayor {

IndicatorChartModel::IndicatorChartModel(Database database, ChangeNotifier* notifier,
                                         QObject* parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::pledgesChanged, this,
                &IndicatorChartModel::onPledgesChanged);
        connect(notifier, &ChangeNotifier::storeReset, this, &IndicatorChartModel::reload);
    }
}

void IndicatorChartModel::setPledge(const QString& code, int indicatorIndex)
{
    m_code = code;
    m_indicatorIndex = qMax(0, indicatorIndex);
    reload();
}

void IndicatorChartModel::setIndicatorIndex(int indicatorIndex)
{
    m_indicatorIndex = qMax(0, indicatorIndex);
    reload();
}

void IndicatorChartModel::onPledgesChanged(const QStringList& ids)
{
    if (ids.isEmpty() || m_pledge.id.isEmpty() || ids.contains(m_pledge.id))
        reload();
}

void IndicatorChartModel::reload()
{
    Pledge pledge;
    m_error.clear();
    if (!m_code.isEmpty()) {
        auto loaded = PledgeRepository(m_database, nullptr).loadByCode(m_code);
        if (loaded)
            pledge = std::move(*loaded);
        else
            m_error = loaded.error().message;
    }
    beginResetModel();
    m_pledge = std::move(pledge);
    m_years.clear();
    m_cumulativeTargets.clear();
    m_cumulativeActuals.clear();
    if (const Indicator* shown = indicator()) {
        for (int year : shown->targets.keys() + shown->actuals.keys())
            if (!m_years.contains(year))
                m_years << year;
        std::sort(m_years.begin(), m_years.end());
        m_cumulativeTargets = fulfilment::runningSums(shown->targets);
        m_cumulativeActuals = fulfilment::runningSums(shown->actuals);
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

const Indicator* IndicatorChartModel::indicator() const
{
    if (m_indicatorIndex < 0 || m_indicatorIndex >= m_pledge.indicators.size())
        return nullptr;
    return &m_pledge.indicators.at(m_indicatorIndex);
}

QString IndicatorChartModel::indicatorName() const
{
    const Indicator* shown = indicator();
    return shown ? shown->name : QString();
}

QStringList IndicatorChartModel::indicatorNames() const
{
    QStringList names;
    for (const Indicator& each : m_pledge.indicators)
        names << each.name;
    return names;
}

QString IndicatorChartModel::unit() const
{
    const Indicator* shown = indicator();
    return shown ? shown->unit : QString();
}

std::optional<double> IndicatorChartModel::rate() const
{
    const Indicator* shown = indicator();
    if (!shown)
        return std::nullopt;
    return fulfilment::indicatorRate(*shown, fulfilment::basisYearOf(m_pledge.basisDate));
}

std::optional<double> IndicatorChartModel::finalTarget() const
{
    const Indicator* shown = indicator();
    if (!shown || shown->targets.isEmpty())
        return std::nullopt;
    if (shown->kind == IndicatorKind::Cumulative)
        return m_cumulativeTargets.last();
    return shown->targets.last();
}

std::optional<double> IndicatorChartModel::value(int row, int column) const
{
    const Indicator* shown = indicator();
    if (!shown || row < 0 || row >= m_years.size())
        return std::nullopt;
    const int year = m_years.at(row);
    auto lookup = [year](const QMap<int, double>& values) -> std::optional<double> {
        if (!values.contains(year))
            return std::nullopt;
        return values.value(year);
    };
    switch (column) {
    case YearColumn:
        return year;
    case TargetColumn:
        return lookup(shown->targets);
    case ActualColumn:
        return lookup(shown->actuals);
    case CumulativeTargetColumn:
        return lookup(m_cumulativeTargets);
    case CumulativeActualColumn:
        return lookup(m_cumulativeActuals);
    case FinalTargetColumn:
        return finalTarget();
    default:
        return std::nullopt;
    }
}

QString IndicatorChartModel::seriesName(int column) const
{
    switch (column) {
    case YearColumn:
        return tr("Year");
    case TargetColumn:
        return tr("Target");
    case ActualColumn:
        return tr("Actual");
    case CumulativeTargetColumn:
        return tr("Cumulative target");
    case CumulativeActualColumn:
        return tr("Cumulative actual");
    case FinalTargetColumn:
        return tr("Final target");
    default:
        return {};
    }
}

int IndicatorChartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int IndicatorChartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorChartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto figure = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == YearColumn)
            return QString::number(yearAt(index.row()));
        return figure ? QLocale().toString(*figure, 'g', 10) : QStringLiteral("—");
    case ValueRole:
        return figure ? QVariant(*figure) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant IndicatorChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return seriesName(section);
}

} // namespace openmayor
