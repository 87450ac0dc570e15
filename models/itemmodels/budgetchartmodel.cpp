#include "budgetchartmodel.h"

#include "common/changenotifier.h"
#include "domain/fulfilment.h"
#include "fulfilmenttrendmodel.h"
#include "storage/pledgerepository.h"

#include <QLocale>

namespace openmayor {

BudgetChartModel::BudgetChartModel(Database database, ChangeNotifier* notifier, QObject* parent)
    : QAbstractTableModel(parent), m_database(std::move(database))
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::pledgesChanged, this,
                &BudgetChartModel::onPledgesChanged);
        connect(notifier, &ChangeNotifier::storeReset, this, &BudgetChartModel::reload);
    }
    reload();
}

void BudgetChartModel::setPledge(const QString& code)
{
    m_wholeBook = false;
    m_code = code;
    reload();
}

void BudgetChartModel::setWholeBook()
{
    m_wholeBook = true;
    m_code.clear();
    reload();
}

void BudgetChartModel::onPledgesChanged(const QStringList& ids)
{
    if (ids.isEmpty() || m_wholeBook || m_pledgeId.isEmpty() || ids.contains(m_pledgeId))
        reload();
}

FundingSource BudgetChartModel::sourceOfColumn(int column)
{
    return static_cast<FundingSource>(qBound(0, column - NationalColumn, 3));
}

void BudgetChartModel::reload()
{
    const PledgeRepository repository(m_database, nullptr);
    QList<Pledge> pledges;
    m_error.clear();
    if (m_wholeBook) {
        auto summaries = repository.summaries();
        if (!summaries)
            m_error = summaries.error().message;
        for (const PledgeSummary& summary : summaries ? *summaries : QList<PledgeSummary>()) {
            auto pledge = repository.load(summary.id);
            if (!pledge) {
                m_error = pledge.error().message;
                break;
            }
            pledges << std::move(*pledge);
        }
    } else if (m_code.isEmpty()) {
        // no pledge: nothing to show
    } else if (auto pledge = repository.loadByCode(m_code)) {
        pledges << std::move(*pledge);
    } else {
        m_error = pledge.error().message;
    }

    beginResetModel();
    m_years.clear();
    m_planned.clear();
    m_executed.clear();
    m_plannedTotal = 0;
    m_executedTotal = 0;
    const bool onePledge = !m_wholeBook && !pledges.isEmpty();
    m_pledgeId = onePledge ? pledges.first().id : QString();
    m_title = onePledge ? pledges.first().title : QString();
    m_basisDate = onePledge ? pledges.first().basisDate : latestPledgeBasisDate(m_database);
    for (const Pledge& pledge : std::as_const(pledges)) {
        for (const BudgetCell& cell : pledge.planned)
            m_planned[cell.year][cell.source] += cell.amount;
        for (const ExecutedAmount& executed : pledge.executed)
            m_executed[executed.year] += executed.amount;
        const fulfilment::BudgetFigures figures = fulfilment::budgetFigures(pledge);
        m_plannedTotal += figures.plannedTotal;
        m_executedTotal += figures.executedTotal;
    }
    // every year from the first amount to the last, so that a year without money shows
    const QList<int> amountYears = m_planned.keys() + m_executed.keys();
    if (!amountYears.isEmpty()) {
        const auto [first, last] = std::minmax_element(amountYears.begin(), amountYears.end());
        for (int year = *first; year <= *last; ++year)
            m_years << year;
    }
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

std::optional<double> BudgetChartModel::financingRate() const
{
    if (m_plannedTotal <= 0)
        return std::nullopt;
    return m_executedTotal / m_plannedTotal * 100.0;
}

std::optional<double> BudgetChartModel::value(int row, int column) const
{
    if (row < 0 || row >= m_years.size())
        return std::nullopt;
    const int year = m_years.at(row);
    double planned = 0;
    for (double amount : m_planned.value(year))
        planned += amount;
    switch (column) {
    case YearColumn:
        return year;
    case NationalColumn:
    case ProvinceColumn:
    case CityColumn:
    case OtherColumn:
        return m_planned.value(year).value(sourceOfColumn(column));
    case PlannedColumn:
        return planned;
    case ExecutedColumn:
        return m_executed.value(year);
    case ExecutionRateColumn:
        if (planned <= 0)
            return std::nullopt;
        return m_executed.value(year) / planned * 100.0;
    default:
        return std::nullopt;
    }
}

QString BudgetChartModel::seriesName(int column) const
{
    switch (column) {
    case YearColumn:
        return tr("Year");
    case NationalColumn:
    case ProvinceColumn:
    case CityColumn:
    case OtherColumn:
        return labelOf(sourceOfColumn(column));
    case PlannedColumn:
        return tr("Planned");
    case ExecutedColumn:
        return tr("Executed");
    case ExecutionRateColumn:
        return tr("Execution rate (%)");
    default:
        return {};
    }
}

int BudgetChartModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int BudgetChartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetChartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto figure = value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == YearColumn)
            return QString::number(yearAt(index.row()));
        if (!figure)
            return QStringLiteral("—");
        return index.column() == ExecutionRateColumn ? QLocale().toString(*figure, 'f', 1)
                                                     : QLocale().toString(*figure, 'g', 12);
    case ValueRole:
        return figure ? QVariant(*figure) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant BudgetChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return seriesName(section);
}

} // namespace openmayor
