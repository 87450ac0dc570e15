#include "indicatorgridmodel.h"

#include "commands/pledgeeditsink.h"
#include "domain/fulfilment.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace openmayor {

bool parseCellNumber(const QString& text, std::optional<double>* value)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *value = std::nullopt;
        return true;
    }
    bool ok = false;
    double number = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        number = QLocale::c().toDouble(trimmed.remove(u','), &ok);
    if (!ok)
        return false;
    *value = number;
    return true;
}

namespace {
QString numberText(double value)
{
    return QLocale().toString(value, 'g', 12);
}
} // namespace

IndicatorGridModel::IndicatorGridModel(PledgeEditSink* sink, int firstYear, int lastYear,
                                       QObject* parent)
    : QAbstractTableModel(parent), m_sink(sink), m_firstYear(firstYear), m_lastYear(lastYear)
{
    m_years = yearsFor(indicator());
    m_hasIndicator = indicator() != nullptr;
}

const Indicator* IndicatorGridModel::indicator() const
{
    const QList<Indicator>& all = m_sink->pledge().indicators;
    return m_indicator >= 0 && m_indicator < all.size() ? &all.at(m_indicator) : nullptr;
}

QList<int> IndicatorGridModel::yearsFor(const Indicator* ind) const
{
    int first = m_firstYear;
    int last = m_lastYear;
    if (ind) { // years with values outside the term are shown too, never hidden
        for (const auto* values : {&ind->targets, &ind->actuals}) {
            if (!values->isEmpty()) {
                first = qMin(first, values->firstKey());
                last = qMax(last, values->lastKey());
            }
        }
    }
    QList<int> years;
    for (int y = first; y <= last; ++y)
        years << y;
    return years;
}

void IndicatorGridModel::setIndicatorIndex(int index)
{
    beginResetModel();
    m_indicator = index;
    m_years = yearsFor(indicator());
    m_hasIndicator = indicator() != nullptr;
    endResetModel();
}

void IndicatorGridModel::refresh()
{
    const QList<int> years = yearsFor(indicator());
    const bool hasIndicator = indicator() != nullptr;
    if (years != m_years || hasIndicator != m_hasIndicator) {
        beginResetModel();
        m_years = years;
        m_hasIndicator = hasIndicator;
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
}

int IndicatorGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasIndicator ? 0 : RowCount;
}

int IndicatorGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_years.size()) + 1;
}

int IndicatorGridModel::yearAt(int column) const
{
    return m_years.value(column, 0);
}

std::optional<double> IndicatorGridModel::rate() const
{
    const Indicator* ind = indicator();
    if (!ind)
        return std::nullopt;
    return fulfilment::indicatorRate(*ind, fulfilment::basisYearOf(m_sink->pledge().basisDate));
}

QString IndicatorGridModel::rateExplanation() const
{
    const Indicator* ind = indicator();
    if (!ind)
        return {};
    const int basisYear = fulfilment::basisYearOf(m_sink->pledge().basisDate);
    const auto r = rate();
    const QString result = r ? QLocale().toString(*r, 'f', 1) + u'%' : QStringLiteral("—");
    double targetSum = 0;
    for (double v : ind->targets)
        targetSum += v;
    double actualSum = 0;
    std::optional<double> latestActual;
    for (auto it = ind->actuals.cbegin(); it != ind->actuals.cend(); ++it) {
        if (it.key() <= basisYear) {
            actualSum += it.value();
            latestActual = it.value();
        }
    }
    const double lastTarget = ind->targets.isEmpty() ? 0 : ind->targets.last();
    switch (ind->kind) {
    case IndicatorKind::Cumulative:
        return tr("Cumulative actual to %1 ÷ final cumulative target × 100 = %2 ÷ %3 × 100 = %4")
            .arg(basisYear)
            .arg(numberText(actualSum), numberText(targetSum), result);
    case IndicatorKind::Level:
        return tr("Latest actual ÷ target of the last year × 100 = %1 ÷ %2 × 100 = %3")
            .arg(latestActual ? numberText(*latestActual) : QStringLiteral("—"),
                 numberText(lastTarget), result);
    case IndicatorKind::Reduction:
        return tr("(Baseline − latest actual) ÷ (baseline − last target) × 100 = (%1 − %2) ÷ (%1 − "
                  "%3) × 100 = %4")
            .arg(ind->baseline ? numberText(*ind->baseline) : QStringLiteral("—"),
                 latestActual ? numberText(*latestActual) : QStringLiteral("—"),
                 numberText(lastTarget), result);
    case IndicatorKind::Milestone:
        return tr("100% once an actual of 1 or more is recorded, else 0% = %1").arg(result);
    }
    return result;
}

QVariant IndicatorGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Indicator* ind = indicator();
    if (!ind)
        return {};
    const bool derived = index.row() == CumulativeTargetRow || index.row() == CumulativeActualRow ||
                         index.column() == rateColumn();
    if (role == DerivedRole)
        return derived;

    if (index.column() == rateColumn()) {
        if (index.row() != CumulativeActualRow)
            return {};
        if (role == Qt::DisplayRole || role == ValueRole) {
            const auto r = rate();
            if (role == ValueRole)
                return r ? QVariant(*r) : QVariant();
            return r ? QLocale().toString(*r, 'f', 1) + u'%' : QStringLiteral("—");
        }
        if (role == Qt::ToolTipRole)
            return rateExplanation();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    const int year = yearAt(index.column());
    const int basisYear = fulfilment::basisYearOf(m_sink->pledge().basisDate);
    const QMap<int, double>& values =
        index.row() <= CumulativeTargetRow ? ind->targets : ind->actuals;
    std::optional<double> value;
    if (derived) {
        // running sum up to this year, shown only where a yearly value exists
        if (values.contains(year))
            value = fulfilment::runningSums(values).value(year);
    } else if (values.contains(year)) {
        value = values.value(year);
    }
    const bool afterBasis =
        index.row() == ActualRow && year > basisYear && ind->actuals.contains(year);

    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return {};
        return derived ? QStringLiteral("(%1)").arg(numberText(*value)) : numberText(*value);
    case Qt::EditRole: // text, so the view edits in a line edit and parsing stays lenient
        return value ? numberText(*value) : QString();
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case AfterBasisRole:
        return afterBasis;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (afterBasis)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::ToolTipRole:
        if (afterBasis)
            return tr("This actual is for a year after the basis date (%1) and is not counted.")
                .arg(QLocale().toString(m_sink->pledge().basisDate, QLocale::ShortFormat));
        if (derived)
            return tr("Running sum of the yearly values up to %1").arg(year);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags IndicatorGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !data(index, DerivedRole).toBool())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant IndicatorGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section == rateColumn())
            return tr("Rate");
        return QString::number(yearAt(section));
    }
    switch (section) {
    case TargetRow:
        return tr("Target");
    case CumulativeTargetRow:
        return tr("Target (cumulative)");
    case ActualRow:
        return tr("Actual");
    case CumulativeActualRow:
        return tr("Actual (cumulative)");
    }
    return {};
}

bool IndicatorGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    std::optional<double> number;
    if (!parseCellNumber(value.toString(), &number)) {
        emit editRefused(tr("\"%1\" is not a number.").arg(value.toString()));
        return false;
    }
    if (number && *number < 0) {
        emit editRefused(tr("Targets and actuals cannot be negative."));
        return false;
    }
    Pledge after = m_sink->pledge();
    Indicator& ind = after.indicators[m_indicator];
    const int year = yearAt(index.column());
    QMap<int, double>& values = index.row() == TargetRow ? ind.targets : ind.actuals;
    if (number)
        values.insert(year, *number);
    else
        values.remove(year);
    const QString what = index.row() == TargetRow ? tr("target") : tr("actual");
    const Status applied = m_sink->applyEdit(
        after, tr("Change the %1 %2 of \"%3\"").arg(QString::number(year), what, ind.name),
        QStringLiteral("indicator:%1:%2:%3").arg(ind.id).arg(index.row()).arg(year));
    if (!applied) {
        emit editRefused(applied.error().message);
        return false;
    }
    return true;
}

} // namespace openmayor
