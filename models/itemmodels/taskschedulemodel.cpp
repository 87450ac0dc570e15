#include "taskschedulemodel.h"

#include "carditemsupport.h"
#include "commands/pledgeeditsink.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace openmayor {

using namespace carditems;

TaskScheduleModel::TaskScheduleModel(PledgeEditSink* sink, const QDate& termStart,
                                     const QDate& termEnd, QObject* parent)
    : QAbstractTableModel(parent), m_list(this, sink)
{
    setTerm(termStart, termEnd);
}

void TaskScheduleModel::setTerm(const QDate& termStart, const QDate& termEnd)
{
    beginResetModel();
    const int first = quarterOrdinalOf(termStart);
    const int last = quarterOrdinalOf(termEnd);
    m_firstQuarter = first;
    m_quarterCount = first >= 0 && last >= first ? last - first + 1 : 0;
    m_list.reread();
    endResetModel();
}

void TaskScheduleModel::refresh()
{
    m_list.refresh();
}

int TaskScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows().size());
}

int TaskScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstQuarterColumn + m_quarterCount + 1;
}

PledgeTask TaskScheduleModel::taskAt(int row) const
{
    return m_list.rows().value(row);
}

int TaskScheduleModel::columnOfQuarter(int quarterIndex) const
{
    return quarterIndex >= 0 && quarterIndex < m_quarterCount ? FirstQuarterColumn + quarterIndex
                                                              : -1;
}

int TaskScheduleModel::quarterIndexOfColumn(int column) const
{
    const int quarter = column - FirstQuarterColumn;
    return quarter >= 0 && quarter < m_quarterCount ? quarter : -1;
}

QString TaskScheduleModel::quarterKeyAt(int quarterIndex) const
{
    if (quarterIndex < 0 || quarterIndex >= m_quarterCount)
        return {};
    return quarterKey(m_firstQuarter + quarterIndex);
}

bool TaskScheduleModel::isActive(int row, int quarterIndex) const
{
    if (row < 0 || row >= m_list.rows().size() || quarterIndex < 0 ||
        quarterIndex >= m_quarterCount)
        return false;
    const PledgeTask& task = m_list.rows().at(row);
    const int q = m_firstQuarter + quarterIndex;
    const int start = quarterOrdinal(task.startQuarter);
    const int end = quarterOrdinal(task.endQuarter);
    return start >= 0 && end >= start && start <= q && q <= end;
}

QVariant TaskScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PledgeTask& task = m_list.rows().at(index.row());
    if (role == TaskIdRole)
        return task.id;
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return task.name;
        if (role == Qt::ToolTipRole)
            return tr("%1: %2 – %3").arg(task.name, task.startQuarter, task.endQuarter);
        return {};
    }
    if (index.column() == noteColumn()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return task.note;
        return {};
    }
    const int quarter = quarterIndexOfColumn(index.column());
    const bool active = isActive(index.row(), quarter);
    const int q = m_firstQuarter + quarter;
    switch (role) {
    case Qt::CheckStateRole:
        return int(active ? Qt::Checked : Qt::Unchecked);
    case Qt::BackgroundRole:
        if (!active || !qGuiApp) // no palette in a console application
            return {};
        return QBrush(QGuiApplication::palette().color(QPalette::Highlight));
    case Qt::ToolTipRole:
        return tr("%1 in %2 Q%3: %4")
            .arg(task.name)
            .arg(yearOfQuarter(q))
            .arg(numberOfQuarter(q))
            .arg(active ? tr("scheduled") : tr("not scheduled"));
    case ActiveRole:
        return active;
    case QuarterRole:
        return quarterKey(q);
    case IsStartRole:
        return active && quarterOrdinal(task.startQuarter) == q;
    case IsEndRole:
        return active && quarterOrdinal(task.endQuarter) == q;
    default:
        return {};
    }
}

QVariant TaskScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int quarter = quarterIndexOfColumn(section);
    if (role == QuarterRole && quarter >= 0)
        return quarterKeyAt(quarter);
    if (role != Qt::DisplayRole)
        return {};
    if (section == NameColumn)
        return tr("Task");
    if (section == noteColumn())
        return tr("Note");
    const int q = m_firstQuarter + quarter;
    return tr("%1 Q%2").arg(yearOfQuarter(q)).arg(numberOfQuarter(q));
}

Qt::ItemFlags TaskScheduleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn || index.column() == noteColumn())
        return base | Qt::ItemIsEditable;
    return base | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> TaskScheduleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ActiveRole, QByteArrayLiteral("active"));
    names.insert(QuarterRole, QByteArrayLiteral("quarter"));
    names.insert(IsStartRole, QByteArrayLiteral("isStart"));
    names.insert(IsEndRole, QByteArrayLiteral("isEnd"));
    names.insert(TaskIdRole, QByteArrayLiteral("taskId"));
    return names;
}

bool TaskScheduleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    if (row >= m_list.pledge().tasks.size())
        return false;
    if (index.column() == NameColumn || index.column() == noteColumn()) {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        Pledge after = m_list.pledge();
        PledgeTask& task = after.tasks[row];
        if (index.column() == NameColumn) {
            if (text.isEmpty())
                return m_list.refuse(tr("A schedule task needs a name."));
            if (text == task.name)
                return true;
            task.name = text;
            return m_list.applyInPlace(after, tr("Rename schedule task"),
                                       QStringLiteral("schedule/%1/name").arg(row));
        }
        if (text == task.note)
            return true;
        task.note = text;
        return m_list.applyInPlace(after, tr("Change schedule note"),
                                   QStringLiteral("schedule/%1/note").arg(row));
    }
    const int quarter = quarterIndexOfColumn(index.column());
    if (quarter < 0 || (role != Qt::CheckStateRole && role != ActiveRole))
        return false;
    const bool wanted = role == ActiveRole ? value.toBool() : value.toInt() == int(Qt::Checked);
    if (wanted == isActive(row, quarter))
        return true;
    return toggleQuarter(row, index.column());
}

bool TaskScheduleModel::toggleQuarter(int row, int column)
{
    const int quarter = quarterIndexOfColumn(column);
    if (row < 0 || row >= m_list.rows().size() || row >= m_list.pledge().tasks.size() ||
        quarter < 0)
        return false;
    const PledgeTask& task = m_list.pledge().tasks.at(row);
    const int q = m_firstQuarter + quarter;
    int start = quarterOrdinal(task.startQuarter);
    int end = quarterOrdinal(task.endQuarter);
    if (start < 0 || end < start)
        start = end = q; // no valid run yet: the clicked quarter becomes it
    else if (q < start)
        start = q;
    else if (q > end)
        end = q;
    else if (start == end)
        return m_list.refuse(tr("A task runs for at least one quarter; remove the task instead."));
    else if (q == start)
        ++start;
    else if (q == end)
        --end;
    else
        return m_list.refuse(
            tr("A task runs over consecutive quarters: shorten it from its first or "
               "last quarter."));
    return setTaskRange(row, start, end, QString());
}

bool TaskScheduleModel::setRange(int row, int startQuarterIndex, int endQuarterIndex)
{
    if (row < 0 || row >= m_list.rows().size() || row >= m_list.pledge().tasks.size())
        return false;
    if (startQuarterIndex > endQuarterIndex)
        std::swap(startQuarterIndex, endQuarterIndex);
    if (startQuarterIndex < 0 || endQuarterIndex >= m_quarterCount)
        return false;
    return setTaskRange(row, m_firstQuarter + startQuarterIndex, m_firstQuarter + endQuarterIndex,
                        QStringLiteral("schedule/%1/range").arg(row));
}

bool TaskScheduleModel::setTaskRange(int row, int start, int end, const QString& mergeKey)
{
    Pledge after = m_list.pledge();
    PledgeTask& task = after.tasks[row];
    const QString startKey = quarterKey(start);
    const QString endKey = quarterKey(end);
    if (task.startQuarter == startKey && task.endQuarter == endKey)
        return true;
    task.startQuarter = startKey;
    task.endQuarter = endKey;
    return m_list.applyInPlace(after, tr("Change schedule of “%1”").arg(task.name), mergeKey);
}

bool TaskScheduleModel::insertTask(int row, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return m_list.refuse(tr("A schedule task needs a name."));
    if (row < 0 || row > m_list.rows().size() || m_quarterCount == 0)
        return false;
    Pledge after = m_list.pledge();
    if (row > after.tasks.size())
        return false;
    const QString quarter = quarterKey(m_firstQuarter);
    after.tasks.insert(row, PledgeTask{{}, trimmed, quarter, quarter, {}});
    if (!m_list.apply(after, tr("Add schedule task “%1”").arg(trimmed), QString()))
        return false;
    m_list.finishInsert(row, 1);
    return true;
}

bool TaskScheduleModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > m_list.rows().size() ||
        m_quarterCount == 0)
        return false;
    if (count == 1)
        return insertTask(row, tr("New task"));
    Pledge after = m_list.pledge();
    if (row > after.tasks.size())
        return false;
    const QString quarter = quarterKey(m_firstQuarter);
    for (int i = 0; i < count; ++i)
        after.tasks.insert(row, PledgeTask{{}, tr("New task"), quarter, quarter, {}});
    if (!m_list.apply(after, tr("Add %n schedule task(s)", nullptr, count), QString()))
        return false;
    m_list.finishInsert(row, count);
    return true;
}

bool TaskScheduleModel::removeTask(int row)
{
    return removeRows(row, 1);
}

bool TaskScheduleModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_list.rows().size())
        return false;
    Pledge after = m_list.pledge();
    if (row + count > after.tasks.size())
        return false;
    const QString description = count == 1
                                    ? tr("Remove schedule task “%1”").arg(after.tasks.at(row).name)
                                    : tr("Remove %n schedule task(s)", nullptr, count);
    after.tasks.remove(row, count);
    if (!m_list.apply(after, description, QString()))
        return false;
    m_list.finishRemove(row, count);
    return true;
}

bool TaskScheduleModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    return m_list.moveRows(sourceParent, sourceRow, count, destinationParent, destinationChild,
                           tr("Reorder schedule tasks"));
}

} // namespace openmayor
