#pragma once

#include "domain/pledge.h"
#include "storage/pledgerepository.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace openmayor {

class ChangeNotifier;

// The pledge book as a tree: area → goal → pledge (DESIGN.md §2).
class PledgeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, TitleColumn, StatusColumn, RateColumn, DepartmentColumn,
                  UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, KindRole, StatusKeyRole, RateValueRole };
    enum class NodeKind { Area, Goal, Pledge };

    PledgeTreeModel(PledgeRepository repository, ChangeNotifier* notifier, QObject* parent = nullptr);
    ~PledgeTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The pledge at `index`, or nullptr for areas and goals.
    const PledgeSummary* pledgeAt(const QModelIndex& index) const;
    QModelIndex indexOfPledge(const QString& pledgeId, int column = 0) const;
    int pledgeCount() const;

public slots:
    void reload();
    // Re-reads the summaries and updates rows in place when the tree's shape is unchanged.
    void refreshPledges(const QStringList& ids);

signals:
    void loadFailed(const QString& message);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    std::unique_ptr<Node> build(const QList<PledgeArea>& areas, const QList<PledgeGoal>& goals,
                                const QList<PledgeSummary>& pledges) const;

    PledgeRepository m_repository;
    std::unique_ptr<Node> m_root;
};

} // namespace openmayor
