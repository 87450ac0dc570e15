#include "progresslistmodel.h"

#include "carditemsupport.h"
#include "commands/pledgeeditsink.h"
#include "common/clock.h"

namespace openmayor {

using namespace carditems;

ProgressListModel::ProgressListModel(PledgeEditSink* sink, QObject* parent)
    : QAbstractTableModel(parent), m_list(this, sink)
{}

void ProgressListModel::refresh()
{
    m_list.refresh();
}

int ProgressListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows().size());
}

int ProgressListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ProgressRecord ProgressListModel::recordAt(int row) const
{
    return m_list.rows().value(row);
}

QVariant ProgressListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressRecord& record = m_list.rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FromColumn:
            return record.dateFrom;
        case ToColumn:
            return record.dateTo;
        case TextColumn:
            return record.text;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QString when = record.dateTo.isEmpty()
                                 ? record.dateFrom
                                 : tr("%1 – %2").arg(record.dateFrom, record.dateTo);
        return tr("%1: %2").arg(when, record.text);
    }
    case IdRole:
        return record.id;
    case IsRangeRole:
        return !record.dateTo.isEmpty();
    case DayPrecisionRole:
        if (index.column() == FromColumn)
            return record.dateFrom.size() == 10;
        if (index.column() == ToColumn)
            return record.dateTo.size() == 10;
        return {};
    default:
        return {};
    }
}

QVariant ProgressListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromColumn:
        return tr("Date");
    case ToColumn:
        return tr("Until");
    case TextColumn:
        return tr("Progress");
    default:
        return {};
    }
}

Qt::ItemFlags ProgressListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QHash<int, QByteArray> ProgressListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("recordId"));
    names.insert(IsRangeRole, QByteArrayLiteral("isRange"));
    names.insert(DayPrecisionRole, QByteArrayLiteral("dayPrecision"));
    return names;
}

bool ProgressListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole)
        return false;
    const int row = index.row();
    Pledge after = m_list.pledge();
    if (row >= after.progress.size())
        return false;
    ProgressRecord& record = after.progress[row];
    const QString text = value.toString().trimmed();

    if (index.column() == TextColumn) {
        if (text == record.text)
            return true;
        record.text = text;
        return m_list.applyInPlace(after, tr("Change progress record"),
                                   QStringLiteral("progress/%1/text").arg(row));
    }

    QString date;
    if (!text.isEmpty()) {
        const Result<QString> normalised = normaliseProgressDate(text);
        if (!normalised)
            return m_list.refuse(normalised.error().message);
        date = *normalised;
    }
    if (index.column() == FromColumn) {
        if (date.isEmpty())
            return m_list.refuse(tr("A progress record needs a date."));
        if (!record.dateTo.isEmpty() && record.dateTo < date)
            return m_list.refuse(tr("A progress range ends on or after its start (%1 is after %2).")
                                     .arg(date, record.dateTo));
        if (date == record.dateFrom)
            return true;
        record.dateFrom = date;
        return m_list.applyInPlace(after, tr("Change progress date"),
                                   QStringLiteral("progress/%1/from").arg(row));
    }
    if (!date.isEmpty() && date < record.dateFrom)
        return m_list.refuse(tr("A progress range ends on or after its start (%1 is before %2).")
                                 .arg(date, record.dateFrom));
    if (date == record.dateTo)
        return true;
    record.dateTo = date;
    return m_list.applyInPlace(
        after, date.isEmpty() ? tr("Remove end of progress range") : tr("Change progress end date"),
        QStringLiteral("progress/%1/to").arg(row));
}

bool ProgressListModel::insertRecord(int row, const ProgressRecord& record)
{
    if (row < 0 || row > m_list.rows().size())
        return false;
    ProgressRecord normalised = record;
    const Result<QString> from = normaliseProgressDate(record.dateFrom);
    if (!from)
        return m_list.refuse(from.error().message);
    normalised.dateFrom = *from;
    if (!record.dateTo.trimmed().isEmpty()) {
        const Result<QString> to = normaliseProgressDate(record.dateTo);
        if (!to)
            return m_list.refuse(to.error().message);
        if (*to < *from)
            return m_list.refuse(
                tr("A progress range ends on or after its start (%1 is before %2).")
                    .arg(*to, *from));
        normalised.dateTo = *to;
    } else {
        normalised.dateTo.clear();
    }
    normalised.text = record.text.trimmed();
    Pledge after = m_list.pledge();
    if (row > after.progress.size())
        return false;
    after.progress.insert(row, normalised);
    if (!m_list.apply(after, tr("Add progress record"), QString()))
        return false;
    m_list.finishInsert(row, 1);
    return true;
}

bool ProgressListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > m_list.rows().size())
        return false;
    const QString month = Clock::today().toString(QStringLiteral("yyyy-MM"));
    if (count == 1)
        return insertRecord(row, ProgressRecord{{}, month, {}, {}});
    Pledge after = m_list.pledge();
    if (row > after.progress.size())
        return false;
    for (int i = 0; i < count; ++i)
        after.progress.insert(row, ProgressRecord{{}, month, {}, {}});
    if (!m_list.apply(after, tr("Add %n progress record(s)", nullptr, count), QString()))
        return false;
    m_list.finishInsert(row, count);
    return true;
}

bool ProgressListModel::removeRecord(int row)
{
    return removeRows(row, 1);
}

bool ProgressListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_list.rows().size())
        return false;
    Pledge after = m_list.pledge();
    if (row + count > after.progress.size())
        return false;
    after.progress.remove(row, count);
    if (!m_list.apply(after, tr("Remove %n progress record(s)", nullptr, count), QString()))
        return false;
    m_list.finishRemove(row, count);
    return true;
}

bool ProgressListModel::moveRecord(int from, int to)
{
    if (from < 0 || from >= m_list.rows().size() || to < 0 || to >= m_list.rows().size())
        return false;
    if (from == to)
        return true;
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool ProgressListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    return m_list.moveRows(sourceParent, sourceRow, count, destinationParent, destinationChild,
                           tr("Reorder progress records"));
}

} // namespace openmayor
