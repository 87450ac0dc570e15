#include "budgetgridmodel.h"

#include "carditemsupport.h"
#include "commands/pledgeeditsink.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace openmayor {

using namespace carditems;

namespace {
constexpr FundingSource allSources[] = {FundingSource::National, FundingSource::Province,
                                        FundingSource::City, FundingSource::Other};
} // namespace

BudgetGridModel::BudgetGridModel(PledgeEditSink* sink, const QDate& termStart, const QDate& termEnd,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_sink(sink)
{
    Q_ASSERT(m_sink);
    m_card = m_sink->pledge();
    setTerm(termStart, termEnd);
}

BudgetGridModel::BudgetGridModel(PledgeEditSink* sink, QObject* parent)
    : BudgetGridModel(sink, QDate(), QDate(), parent)
{}

void BudgetGridModel::setTerm(const QDate& termStart, const QDate& termEnd)
{
    beginResetModel();
    const bool valid = termStart.isValid() && termEnd.isValid() && termStart <= termEnd;
    m_termFirstYear = valid ? termStart.year() : 0;
    m_termLastYear = valid ? termEnd.year() : 0;
    m_card = m_sink->pledge();
    m_years = computeYears();
    endResetModel();
}

QList<int> BudgetGridModel::computeYears() const
{
    QSet<int> years;
    for (int year = m_termFirstYear; m_termFirstYear > 0 && year <= m_termLastYear; ++year)
        years.insert(year);
    for (const BudgetCell& cell : m_card.planned)
        years.insert(cell.year);
    for (const ExecutedAmount& amount : m_card.executed)
        years.insert(amount.year);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

void BudgetGridModel::refresh()
{
    if (m_applying)
        return; // our own edit: apply() re-reads when applyEdit returns
    const QList<int> before = m_years;
    m_card = m_sink->pledge();
    const QList<int> years = computeYears();
    if (years != before) {
        beginResetModel();
        m_years = years;
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int BudgetGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int BudgetGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : afterTermColumn() + 1;
}

int BudgetGridModel::columnOfYear(int year) const
{
    const qsizetype i = m_years.indexOf(year);
    return i < 0 ? -1 : FirstYearColumn + int(i);
}

int BudgetGridModel::yearOfColumn(int column) const
{
    const int i = column - FirstYearColumn;
    return i >= 0 && i < m_years.size() ? m_years.at(i) : 0;
}

std::optional<FundingSource> BudgetGridModel::sourceOfRow(int row)
{
    if (row >= NationalRow && row <= OtherRow)
        return static_cast<FundingSource>(row - NationalRow);
    return std::nullopt;
}

int BudgetGridModel::rowOfSource(FundingSource source)
{
    return NationalRow + static_cast<int>(source);
}

std::optional<double> BudgetGridModel::planned(FundingSource source, int year) const
{
    std::optional<double> sum;
    for (const BudgetCell& cell : m_card.planned)
        if (cell.source == source && cell.year == year)
            sum = sum.value_or(0) + cell.amount;
    return sum;
}

std::optional<double> BudgetGridModel::executed(int year) const
{
    std::optional<double> sum;
    for (const ExecutedAmount& amount : m_card.executed)
        if (amount.year == year)
            sum = sum.value_or(0) + amount.amount;
    return sum;
}

double BudgetGridModel::yearTotal(int year) const
{
    double sum = 0;
    for (FundingSource source : allSources)
        sum += planned(source, year).value_or(0);
    return sum;
}

double BudgetGridModel::sourceSubtotal(FundingSource source) const
{
    double sum = 0;
    for (int year : m_years)
        sum += planned(source, year).value_or(0);
    return sum;
}

double BudgetGridModel::plannedSubtotal() const
{
    double sum = 0;
    for (int year : m_years)
        sum += yearTotal(year);
    return sum;
}

double BudgetGridModel::executedSubtotal() const
{
    double sum = 0;
    for (int year : m_years)
        sum += executed(year).value_or(0);
    return sum;
}

double BudgetGridModel::plannedTotal() const
{
    return m_card.budgetPrior + plannedSubtotal() + m_card.budgetAfterTerm;
}

double BudgetGridModel::executedTotal() const
{
    return executedSubtotal();
}

std::optional<double> BudgetGridModel::executionRate() const
{
    const double plannedAmount = plannedTotal();
    if (plannedAmount <= 0)
        return std::nullopt;
    return executedTotal() / plannedAmount * 100.0;
}

bool BudgetGridModel::isDerived(int row, int column) const
{
    if (row < 0 || row >= RowCount || column < 0 || column >= columnCount())
        return false;
    if (column == TotalColumn || column == SubtotalColumn)
        return true;
    return row == TotalRow && yearOfColumn(column) != 0;
}

bool BudgetGridModel::isEditable(int row, int column) const
{
    if (row < 0 || row >= RowCount || column < 0 || column >= columnCount())
        return false;
    if (row == TotalRow)
        return column == PriorColumn || column == afterTermColumn();
    return yearOfColumn(column) != 0;
}

std::optional<double> BudgetGridModel::valueAt(int row, int column) const
{
    if (row < 0 || row >= RowCount || column < 0 || column >= columnCount())
        return std::nullopt;
    const int year = yearOfColumn(column);
    const std::optional<FundingSource> source = sourceOfRow(row);
    if (row == TotalRow) {
        if (column == TotalColumn)
            return plannedTotal();
        if (column == PriorColumn)
            return m_card.budgetPrior;
        if (column == SubtotalColumn)
            return plannedSubtotal();
        if (column == afterTermColumn())
            return m_card.budgetAfterTerm;
        return yearTotal(year);
    }
    if (source) {
        if (column == TotalColumn || column == SubtotalColumn)
            return sourceSubtotal(*source);
        return year ? planned(*source, year) : std::nullopt;
    }
    // executed
    if (column == TotalColumn || column == SubtotalColumn)
        return executedSubtotal();
    return year ? executed(year) : std::nullopt;
}

QString BudgetGridModel::yearTerms(const std::function<double(int)>& amountOf) const
{
    QStringList terms;
    for (int year : m_years)
        terms << tr("%1: %2").arg(year).arg(formatAmount(amountOf(year)));
    return terms.isEmpty() ? formatAmount(0) : terms.join(QStringLiteral(" + "));
}

QString BudgetGridModel::formula(int row, int column) const
{
    const std::optional<FundingSource> source = sourceOfRow(row);
    if (row == TotalRow) {
        if (column == TotalColumn)
            return tr("Total = prior %1 + within term %2 + after term %3 = %4")
                .arg(formatAmount(m_card.budgetPrior), formatAmount(plannedSubtotal()),
                     formatAmount(m_card.budgetAfterTerm), formatAmount(plannedTotal()));
        if (column == SubtotalColumn)
            return tr("Within term = %1 = %2")
                .arg(yearTerms([this](int year) { return yearTotal(year); }),
                     formatAmount(plannedSubtotal()));
        const int year = yearOfColumn(column);
        QStringList terms;
        for (FundingSource each : allSources)
            terms << tr("%1 %2").arg(labelOf(each), formatAmount(planned(each, year).value_or(0)));
        return tr("%1 total = %2 = %3")
            .arg(QString::number(year), terms.join(QStringLiteral(" + ")),
                 formatAmount(yearTotal(year)));
    }
    if (source) {
        const QString sum = tr("%1 within term = %2 = %3")
                                .arg(labelOf(*source), yearTerms([this, source](int year) {
                                         return planned(*source, year).value_or(0);
                                     }),
                                     formatAmount(sourceSubtotal(*source)));
        if (column == TotalColumn)
            return sum + u'\n' + tr("Prior and after-term amounts are not split by source.");
        return sum;
    }
    QString text = tr("Executed = %1 = %2")
                       .arg(yearTerms([this](int year) { return executed(year).value_or(0); }),
                            formatAmount(executedSubtotal()));
    if (column == TotalColumn) {
        const std::optional<double> rate = executionRate();
        text += u'\n';
        text += rate ? tr("Execution rate = executed %1 ÷ planned %2 = %3 %")
                           .arg(formatAmount(executedTotal()), formatAmount(plannedTotal()),
                                formatAmount(std::round(*rate * 100.0) / 100.0))
                     : tr("Execution rate: nothing is planned.");
    }
    return text;
}

QVariant BudgetGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool derived = isDerived(row, column);
    const bool applicable = derived || isEditable(row, column);
    switch (role) {
    case Qt::DisplayRole: {
        const std::optional<double> value = valueAt(row, column);
        return value ? formatAmount(*value) : QString();
    }
    case Qt::EditRole: {
        if (!isEditable(row, column))
            return {};
        const std::optional<double> value = valueAt(row, column);
        return value ? formatAmount(*value) : QString();
    }
    case Qt::ToolTipRole:
        return derived ? formula(row, column) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case DerivedRole:
        return derived;
    case ApplicableRole:
        return applicable;
    case ValueRole: {
        const std::optional<double> value = valueAt(row, column);
        return value ? QVariant(*value) : QVariant();
    }
    case YearRole: {
        const int year = yearOfColumn(column);
        return year ? QVariant(year) : QVariant();
    }
    default:
        return {};
    }
}

QVariant BudgetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= RowCount)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section == TotalRow)
            return tr("Total");
        if (section == ExecutedRow)
            return tr("Executed");
        return labelOf(*sourceOfRow(section));
    }
    if (section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == YearRole) {
        const int year = yearOfColumn(section);
        return year ? QVariant(year) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TotalColumn:
        return tr("Total");
    case PriorColumn:
        return tr("Prior");
    case SubtotalColumn:
        return tr("Within term");
    default:
        break;
    }
    if (section == afterTermColumn())
        return tr("After term");
    return QString::number(yearOfColumn(section));
}

Qt::ItemFlags BudgetGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isEditable(index.row(), index.column()) ? base | Qt::ItemIsEditable : base;
}

QHash<int, QByteArray> BudgetGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DerivedRole, QByteArrayLiteral("derived"));
    names.insert(ApplicableRole, QByteArrayLiteral("applicable"));
    names.insert(ValueRole, QByteArrayLiteral("value"));
    names.insert(YearRole, QByteArrayLiteral("year"));
    return names;
}

bool BudgetGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    if (role != Qt::EditRole || !isEditable(row, column))
        return false;
    const Result<std::optional<double>> parsed = parseAmount(value);
    if (!parsed) {
        emit editRefused(parsed.error().message);
        return false;
    }
    const std::optional<double> amount = *parsed;
    Pledge after = m_sink->pledge();

    if (row == TotalRow) {
        const bool prior = column == PriorColumn;
        double& field = prior ? after.budgetPrior : after.budgetAfterTerm;
        if (field == amount.value_or(0))
            return true;
        field = amount.value_or(0);
        return prior ? apply(after, tr("Set prior investment"), QStringLiteral("budget/prior"))
                     : apply(after, tr("Set after-term investment"),
                             QStringLiteral("budget/afterTerm"));
    }

    const int year = yearOfColumn(column);
    if (valueAt(row, column) == amount)
        return true;
    if (const std::optional<FundingSource> source = sourceOfRow(row)) {
        // Keep the first matching cell (and its id), drop duplicates.
        qsizetype at = -1;
        for (qsizetype i = after.planned.size() - 1; i >= 0; --i) {
            const BudgetCell& cell = after.planned.at(i);
            if (cell.source != *source || cell.year != year)
                continue;
            if (at >= 0)
                after.planned.removeAt(at);
            at = i;
        }
        if (!amount && at >= 0)
            after.planned.removeAt(at);
        else if (amount && at >= 0)
            after.planned[at].amount = *amount;
        else if (amount)
            after.planned.append(BudgetCell{{}, *source, year, *amount});
        return apply(after, tr("Set %1 for %2").arg(labelOf(*source), QString::number(year)),
                     QStringLiteral("budget/%1/%2").arg(toKey(*source)).arg(year));
    }
    qsizetype at = -1;
    for (qsizetype i = after.executed.size() - 1; i >= 0; --i) {
        if (after.executed.at(i).year != year)
            continue;
        if (at >= 0)
            after.executed.removeAt(at);
        at = i;
    }
    if (!amount && at >= 0)
        after.executed.removeAt(at);
    else if (amount && at >= 0)
        after.executed[at].amount = *amount;
    else if (amount)
        after.executed.append(ExecutedAmount{{}, year, *amount});
    return apply(after, tr("Set executed amount for %1").arg(year),
                 QStringLiteral("budget/executed/%1").arg(year));
}

bool BudgetGridModel::apply(const Pledge& after, const QString& description,
                            const QString& mergeKey)
{
    m_applying = true;
    const Status status = m_sink->applyEdit(after, description, mergeKey);
    m_applying = false;
    if (!status) {
        emit editRefused(status.error().message);
        return false;
    }
    refresh();
    return true;
}

} // namespace openmayor
