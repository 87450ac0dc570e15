#include "departmentlistmodel.h"

#include "commands/pledgeeditsink.h"

namespace openmayor {

namespace {
// The text field shown in `column` (const or not, as the contact); nullptr for the role.
template <typename Contact>
auto fieldOf(Contact& contact, int column) -> decltype(&contact.department)
{
    switch (column) {
    case DepartmentListModel::DepartmentColumn:
        return &contact.department;
    case DepartmentListModel::TeamColumn:
        return &contact.team;
    case DepartmentListModel::LeaderColumn:
        return &contact.leader;
    case DepartmentListModel::LeaderPhoneColumn:
        return &contact.leaderPhone;
    case DepartmentListModel::OfficerColumn:
        return &contact.officer;
    case DepartmentListModel::OfficerPhoneColumn:
        return &contact.officerPhone;
    default:
        return nullptr;
    }
}
} // namespace

DepartmentListModel::DepartmentListModel(PledgeEditSink* sink, QObject* parent)
    : QAbstractTableModel(parent), m_list(this, sink)
{}

void DepartmentListModel::refresh()
{
    m_list.refresh();
}

int DepartmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows().size());
}

int DepartmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DepartmentContact DepartmentListModel::contactAt(int row) const
{
    return m_list.rows().value(row);
}

QStringList DepartmentListModel::roleKeys()
{
    return EnumInfo<DepartmentRole>::keys();
}

QVariant DepartmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentContact& contact = m_list.rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == RoleColumn)
            return role == Qt::DisplayRole ? labelOf(contact.role) : toKey(contact.role);
        if (const QString* field = fieldOf(contact, index.column()))
            return *field;
        return {};
    case IdRole:
        return contact.id;
    case RoleKeyRole:
        return toKey(contact.role);
    default:
        return {};
    }
}

QVariant DepartmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case DepartmentColumn:
        return tr("Department");
    case TeamColumn:
        return tr("Team");
    case LeaderColumn:
        return tr("Team leader");
    case LeaderPhoneColumn:
        return tr("Leader's phone");
    case OfficerColumn:
        return tr("Officer");
    case OfficerPhoneColumn:
        return tr("Officer's phone");
    default:
        return {};
    }
}

Qt::ItemFlags DepartmentListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QHash<int, QByteArray> DepartmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("contactId"));
    names.insert(RoleKeyRole, QByteArrayLiteral("roleKey"));
    return names;
}

bool DepartmentListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::EditRole && role != RoleKeyRole))
        return false;
    const int row = index.row();
    Pledge after = m_list.pledge();
    if (row >= after.departments.size())
        return false;
    DepartmentContact& contact = after.departments[row];
    const QString mergeKey = QStringLiteral("departments/%1/%2").arg(row).arg(index.column());

    if (index.column() == RoleColumn || role == RoleKeyRole) {
        std::optional<DepartmentRole> chosen;
        const QString text = value.toString().trimmed();
        if (value.typeId() == QMetaType::Int) {
            if (value.toInt() >= 0 && value.toInt() < roleKeys().size())
                chosen = static_cast<DepartmentRole>(value.toInt());
        } else {
            chosen = fromKey<DepartmentRole>(text);
            for (const QString& key : roleKeys())
                if (!chosen && labelOfKey<DepartmentRole>(key) == text)
                    chosen = fromKey<DepartmentRole>(key);
        }
        if (!chosen) {
            QStringList labels;
            for (const QString& key : roleKeys())
                labels << labelOfKey<DepartmentRole>(key);
            return m_list.refuse(
                tr("“%1” is not a department role: choose %2.").arg(text, labels.join(tr(" or "))));
        }
        if (*chosen == contact.role)
            return true;
        contact.role = *chosen;
        return m_list.applyInPlace(after, tr("Change department role"), mergeKey);
    }

    QString* field = fieldOf(contact, index.column());
    if (!field)
        return false;
    const QString text = value.toString().trimmed();
    if (text == *field)
        return true;
    *field = text;
    QString description;
    switch (index.column()) {
    case DepartmentColumn:
        description = tr("Change department");
        break;
    case TeamColumn:
        description = tr("Change team");
        break;
    case LeaderColumn:
        description = tr("Change team leader");
        break;
    case LeaderPhoneColumn:
        description = tr("Change team leader's phone");
        break;
    case OfficerColumn:
        description = tr("Change officer");
        break;
    default:
        description = tr("Change officer's phone");
        break;
    }
    return m_list.applyInPlace(after, description, mergeKey);
}

DepartmentContact DepartmentListModel::newContact(int row) const
{
    DepartmentContact contact;
    if (row > 0 && row <= m_list.rows().size()) {
        contact.role = m_list.rows().at(row - 1).role;
        contact.department = m_list.rows().at(row - 1).department;
    }
    return contact;
}

bool DepartmentListModel::insertContact(int row, const DepartmentContact& contact)
{
    if (row < 0 || row > m_list.rows().size())
        return false;
    Pledge after = m_list.pledge();
    if (row > after.departments.size())
        return false;
    after.departments.insert(row, contact);
    if (!m_list.apply(after, tr("Add department contact"), QString()))
        return false;
    m_list.finishInsert(row, 1);
    return true;
}

bool DepartmentListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > m_list.rows().size())
        return false;
    if (count == 1)
        return insertContact(row, newContact(row));
    Pledge after = m_list.pledge();
    if (row > after.departments.size())
        return false;
    for (int i = 0; i < count; ++i)
        after.departments.insert(row, newContact(row));
    if (!m_list.apply(after, tr("Add %n department contact(s)", nullptr, count), QString()))
        return false;
    m_list.finishInsert(row, count);
    return true;
}

bool DepartmentListModel::removeContact(int row)
{
    return removeRows(row, 1);
}

bool DepartmentListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_list.rows().size())
        return false;
    Pledge after = m_list.pledge();
    if (row + count > after.departments.size())
        return false;
    after.departments.remove(row, count);
    if (!m_list.apply(after, tr("Remove %n department contact(s)", nullptr, count), QString()))
        return false;
    m_list.finishRemove(row, count);
    return true;
}

bool DepartmentListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                   const QModelIndex& destinationParent, int destinationChild)
{
    return m_list.moveRows(sourceParent, sourceRow, count, destinationParent, destinationChild,
                           tr("Reorder department contacts"));
}

} // namespace openmayor
