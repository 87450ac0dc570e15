#include "pledgefilterproxymodel.h"

#include "domain/pledge.h"
#include "pledgetreemodel.h"

namespace openmayor {

void PledgeFilterProxyModel::refilter()
{
    // Qt 6.9 replaced invalidateFilter() by begin/endFilterChange(); 6.4 has only the former.
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    invalidateFilter();
#endif
}

PledgeFilterProxyModel::PledgeFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a matching pledge keeps its goal and area
    setSortLocaleAware(true);
}

void PledgeFilterProxyModel::setStatusKey(const QString& key)
{
    m_status = key;
    refilter();
}

void PledgeFilterProxyModel::setDepartment(const QString& name)
{
    m_department = name;
    refilter();
}

void PledgeFilterProxyModel::setTimingKey(const QString& key)
{
    m_timing = key;
    refilter();
}

void PledgeFilterProxyModel::setText(const QString& text)
{
    m_text = text.trimmed();
    refilter();
}

bool PledgeFilterProxyModel::isFiltering() const
{
    return !m_status.isEmpty() || !m_department.isEmpty() || !m_timing.isEmpty() ||
           !m_text.isEmpty();
}

bool PledgeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = PledgeTreeModel::NodeKind(index.data(PledgeTreeModel::KindRole).toInt());
    if (kind != PledgeTreeModel::NodeKind::Pledge)
        return !isFiltering(); // areas and goals stay when one of their pledges matches
    if (!m_status.isEmpty() && index.data(PledgeTreeModel::StatusKeyRole).toString() != m_status)
        return false;
    if (!m_timing.isEmpty() && index.data(PledgeTreeModel::TimingKeyRole).toString() != m_timing)
        return false;
    if (!m_department.isEmpty() &&
        index.siblingAtColumn(PledgeTreeModel::DepartmentColumn).data().toString() != m_department)
        return false;
    if (!m_text.isEmpty()) {
        const QString code = index.data().toString();
        const QString title = index.siblingAtColumn(PledgeTreeModel::TitleColumn).data().toString();
        if (!code.startsWith(m_text) && !title.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool PledgeFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    switch (left.column()) {
    case PledgeTreeModel::CodeColumn:
        return codeLessThan(left.data().toString(), right.data().toString());
    case PledgeTreeModel::RateColumn: {
        // pledges without a rate sort first
        const QVariant a = left.data(PledgeTreeModel::RateValueRole);
        const QVariant b = right.data(PledgeTreeModel::RateValueRole);
        if (!a.isValid() || !b.isValid())
            return !a.isValid() && b.isValid();
        return a.toDouble() < b.toDouble();
    }
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace openmayor
