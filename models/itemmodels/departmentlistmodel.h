#pragma once

#include "cardlistediting.h"
#include "domain/pledge.h"

#include <QAbstractTableModel>

namespace openmayor {

// The card's departments and contacts (seed/READING.md §7): one row per team, lead
// (주관부서) or cooperating (협조부서). The role column shows the translated label and is
// edited by key ("lead", "cooperating"; a label or the enum's number is accepted too).
class DepartmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RoleColumn,
        DepartmentColumn,
        TeamColumn,
        LeaderColumn,
        LeaderPhoneColumn,
        OfficerColumn,
        OfficerPhoneColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: the contact's id (empty until stored)
        RoleKeyRole                // QString: "lead" or "cooperating" (every column)
    };

    explicit DepartmentListModel(PledgeEditSink* sink, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;
    // New rows copy the role and department of the row above (a lead row when first).
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

    DepartmentContact contactAt(int row) const;
    // The role keys in display order, for a combo-box delegate (labels via labelOfKey).
    static QStringList roleKeys();

    // Edits (each one undoable step; false and editRefused() when refused).
    bool insertContact(int row, const DepartmentContact& contact);
    bool removeContact(int row);

public slots:
    // Re-reads the sink's card: dataChanged over everything when the row count is the same,
    // a reset otherwise.
    void refresh();

signals:
    void editRefused(const QString& message);

private:
    using Editing = CardListEditing<DepartmentListModel, &Pledge::departments>;
    friend Editing;

    DepartmentContact newContact(int row) const;

    Editing m_list;
};

} // namespace openmayor
