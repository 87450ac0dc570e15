#include "departmentlistmodel.h"

#include "carditemsupport.h"
#include "commands/pledgeeditsink.h"

namespace openmayor {

using namespace carditems;

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
    : QAbstractTableModel(parent), m_sink(sink)
{
    Q_ASSERT(m_sink);
    m_contacts = m_sink->pledge().departments;
}

void DepartmentListModel::refresh()
{
    if (m_applying)
        return; // our own edit: the caller re-reads when applyEdit returns
    const QList<DepartmentContact>& contacts = m_sink->pledge().departments;
    if (contacts.size() != m_contacts.size())
        return resetFromSink();
    m_contacts = contacts;
    if (!m_contacts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DepartmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int DepartmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DepartmentContact DepartmentListModel::contactAt(int row) const
{
    return m_contacts.value(row);
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
    const DepartmentContact& contact = m_contacts.at(index.row());
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
    Pledge after = m_sink->pledge();
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
            return refuse(
                tr("“%1” is not a department role: choose %2.").arg(text, labels.join(tr(" or "))));
        }
        if (*chosen == contact.role)
            return true;
        contact.role = *chosen;
        return applyInPlace(after, tr("Change department role"), mergeKey);
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
    return applyInPlace(after, description, mergeKey);
}

DepartmentContact DepartmentListModel::newContact(int row) const
{
    DepartmentContact contact;
    if (row > 0 && row <= m_contacts.size()) {
        contact.role = m_contacts.at(row - 1).role;
        contact.department = m_contacts.at(row - 1).department;
    }
    return contact;
}

bool DepartmentListModel::insertContact(int row, const DepartmentContact& contact)
{
    if (row < 0 || row > m_contacts.size())
        return false;
    Pledge after = m_sink->pledge();
    if (row > after.departments.size())
        return false;
    after.departments.insert(row, contact);
    if (!apply(after, tr("Add department contact"), QString()))
        return false;
    finishInsert(row, 1);
    return true;
}

bool DepartmentListModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > m_contacts.size())
        return false;
    if (count == 1)
        return insertContact(row, newContact(row));
    Pledge after = m_sink->pledge();
    if (row > after.departments.size())
        return false;
    for (int i = 0; i < count; ++i)
        after.departments.insert(row, newContact(row));
    if (!apply(after, tr("Add %n department contact(s)", nullptr, count), QString()))
        return false;
    finishInsert(row, count);
    return true;
}

bool DepartmentListModel::removeContact(int row)
{
    return removeRows(row, 1);
}

bool DepartmentListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_contacts.size())
        return false;
    Pledge after = m_sink->pledge();
    if (row + count > after.departments.size())
        return false;
    after.departments.remove(row, count);
    if (!apply(after, tr("Remove %n department contact(s)", nullptr, count), QString()))
        return false;
    finishRemove(row, count);
    return true;
}

bool DepartmentListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                                   const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() ||
        !isValidMove(int(m_contacts.size()), sourceRow, count, destinationChild))
        return false;
    Pledge after = m_sink->pledge();
    if (after.departments.size() != m_contacts.size())
        return false;
    moveItems(after.departments, sourceRow, count, destinationChild);
    if (!apply(after, tr("Reorder department contacts"), QString()))
        return false;
    if (m_sink->pledge().departments.size() != m_contacts.size()) {
        resetFromSink();
        return true;
    }
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    m_contacts = m_sink->pledge().departments;
    endMoveRows();
    return true;
}

bool DepartmentListModel::apply(const Pledge& after, const QString& description,
                                const QString& mergeKey)
{
    m_applying = true;
    const Status status = m_sink->applyEdit(after, description, mergeKey);
    m_applying = false;
    if (!status)
        return refuse(status.error().message);
    return true;
}

bool DepartmentListModel::applyInPlace(const Pledge& after, const QString& description,
                                       const QString& mergeKey)
{
    if (!apply(after, description, mergeKey))
        return false;
    refresh();
    return true;
}

bool DepartmentListModel::refuse(const QString& message)
{
    emit editRefused(message);
    return false;
}

void DepartmentListModel::resetFromSink()
{
    beginResetModel();
    m_contacts = m_sink->pledge().departments;
    endResetModel();
}

void DepartmentListModel::finishInsert(int row, int count)
{
    const QList<DepartmentContact>& contacts = m_sink->pledge().departments;
    if (contacts.size() != m_contacts.size() + count)
        return resetFromSink();
    beginInsertRows({}, row, row + count - 1);
    m_contacts = contacts;
    endInsertRows();
}

void DepartmentListModel::finishRemove(int row, int count)
{
    const QList<DepartmentContact>& contacts = m_sink->pledge().departments;
    if (contacts.size() != m_contacts.size() - count)
        return resetFromSink();
    beginRemoveRows({}, row, row + count - 1);
    m_contacts = contacts;
    endRemoveRows();
}

} // namespace openmayor
