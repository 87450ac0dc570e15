#include "progresslistmodel.h"

#include "carditemsupport.h"
#include "commands/pledgeeditsink.h"
#include "common/clock.h"

namespace openmayor {

using namespace carditems;

ProgressListModel::ProgressListModel(PledgeEditSink* sink, QObject* parent)
    : QAbstractTableModel(parent), m_sink(sink)
{
    Q_ASSERT(m_sink);
    m_records = m_sink->pledge().progress;
}

void ProgressListModel::refresh()
{
    if (m_applying)
        return; // our own edit: the caller re-reads when applyEdit returns
    const QList<ProgressRecord>& records = m_sink->pledge().progress;
    if (records.size() != m_records.size())
        return resetFromSink();
    m_records = records;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProgressListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ProgressListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ProgressRecord ProgressListModel::recordAt(int row) const
{
    return m_records.value(row);
}

QVariant ProgressListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgressRecord& record = m_records.at(index.row());
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
    Pledge after = m_sink->pledge();
    if (row >= after.progress.size())
        return false;
    ProgressRecord& record = after.progress[row];
    const QString text = value.toString().trimmed();

    if (index.column() == TextColumn) {
        if (text == record.text)
            return true;
        record.text = text;
        return applyInPlace(after, tr("Change progress record"),
                            QStringLiteral("progress/%1/text").arg(row));
    }

    QString date;
    if (!text.isEmpty()) {
        const Result<QString> normalised = normaliseProgressDate(text);
        if (!normalised)
            return refuse(normalised.error().message);
        date = *normalised;
    }
    if (index.column() == FromColumn) {
        if (date.isEmpty())
            return refuse(tr("A progress record needs a date."));
        if (!record.dateTo.isEmpty() && record.dateTo < date)
            return refuse(tr("A progress range ends on or after its start (%1 is after %2).")
                              .arg(date, record.dateTo));
        if (date == record.dateFrom)
            return true;
        record.dateFrom = date;
        return applyInPlace(after, tr("Change progress date"),
                            QStringLiteral("progress/%1/from").arg(row));
    }
    if (!date.isEmpty() && date < record.dateFrom)
        return refuse(tr("A progress range ends on or after its start (%1 is before %2).")
                          .arg(date, record.dateFrom));
    if (date == record.dateTo)
        return true;
    record.dateTo = date;
    return applyInPlace(
        after, date.isEmpty() ? tr("Remove end of progress range") : tr("Change progress end date"),
        QStringLiteral("progress/%1/to").arg(row));
}

bool ProgressListModel::insertRecord(int row, const ProgressRecord& record)
{
    if (row < 0 || row > m_records.size())
        return false;
    ProgressRecord normalised = record;
    const Result<QString> from = normaliseProgressDate(record.dateFrom);
    if (!from)
        return refuse(from.error().message);
    normalised.dateFrom = *from;
    if (!record.dateTo.trimmed().isEmpty()) {
        const Result<QString> to = normaliseProgressDate(record.dateTo);
        if (!to)
            return refuse(to.error().message);
        if (*to < *from)
            return refuse(tr("A progress range ends on or after its start (%1 is before %2).")
                              .arg(*to, *from));
        normalised.dateTo = *to;
    } else {
        normalised.dateTo.clear();
    }
    normalised.text = record.text.trimmed();
    Pledge after = m_sink->pledge();
    if (row > after.progress.size())
        return false;
    after.progress.insert(row, normalised);
    if (!apply(after, tr("Add progress record"), QString()))
        return false;
    finishInsert(row, 1);
    return true;
}

bool ProgressListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > m_records.size())
        return false;
    const QString month = Clock::today().toString(QStringLiteral("yyyy-MM"));
    if (count == 1)
        return insertRecord(row, ProgressRecord{{}, month, {}, {}});
    Pledge after = m_sink->pledge();
    if (row > after.progress.size())
        return false;
    for (int i = 0; i < count; ++i)
        after.progress.insert(row, ProgressRecord{{}, month, {}, {}});
    if (!apply(after, tr("Add %n progress record(s)", nullptr, count), QString()))
        return false;
    finishInsert(row, count);
    return true;
}

bool ProgressListModel::removeRecord(int row)
{
    return removeRows(row, 1);
}

bool ProgressListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_records.size())
        return false;
    Pledge after = m_sink->pledge();
    if (row + count > after.progress.size())
        return false;
    after.progress.remove(row, count);
    if (!apply(after, tr("Remove %n progress record(s)", nullptr, count), QString()))
        return false;
    finishRemove(row, count);
    return true;
}

bool ProgressListModel::moveRecord(int from, int to)
{
    if (from < 0 || from >= m_records.size() || to < 0 || to >= m_records.size())
        return false;
    if (from == to)
        return true;
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool ProgressListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() ||
        !isValidMove(int(m_records.size()), sourceRow, count, destinationChild))
        return false;
    Pledge after = m_sink->pledge();
    if (after.progress.size() != m_records.size())
        return false;
    moveItems(after.progress, sourceRow, count, destinationChild);
    if (!apply(after, tr("Reorder progress records"), QString()))
        return false;
    if (m_sink->pledge().progress.size() != m_records.size()) {
        resetFromSink();
        return true;
    }
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    m_records = m_sink->pledge().progress;
    endMoveRows();
    return true;
}

bool ProgressListModel::apply(const Pledge& after, const QString& description,
                              const QString& mergeKey)
{
    m_applying = true;
    const Status status = m_sink->applyEdit(after, description, mergeKey);
    m_applying = false;
    if (!status)
        return refuse(status.error().message);
    return true;
}

bool ProgressListModel::applyInPlace(const Pledge& after, const QString& description,
                                     const QString& mergeKey)
{
    if (!apply(after, description, mergeKey))
        return false;
    refresh();
    return true;
}

bool ProgressListModel::refuse(const QString& message)
{
    emit editRefused(message);
    return false;
}

void ProgressListModel::resetFromSink()
{
    beginResetModel();
    m_records = m_sink->pledge().progress;
    endResetModel();
}

void ProgressListModel::finishInsert(int row, int count)
{
    const QList<ProgressRecord>& records = m_sink->pledge().progress;
    if (records.size() != m_records.size() + count)
        return resetFromSink();
    beginInsertRows({}, row, row + count - 1);
    m_records = records;
    endInsertRows();
}

void ProgressListModel::finishRemove(int row, int count)
{
    const QList<ProgressRecord>& records = m_sink->pledge().progress;
    if (records.size() != m_records.size() - count)
        return resetFromSink();
    beginRemoveRows({}, row, row + count - 1);
    m_records = records;
    endRemoveRows();
}

} // namespace openmayor
