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
    enum Column
    {
        CodeColumn,
        TitleColumn,
        StatusColumn,
        RateColumn,
        DepartmentColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StatusKeyRole,
        RateValueRole,
        TimingKeyRole,
        StaleRole
    };
    enum class NodeKind
    {
        Area,
        Goal,
        Pledge
    };

    enum class Loading
    {
        Now,
        InBackground
    };

    // With Loading::InBackground the tree starts empty and fills when the worker thread has
    // read the pledges (loadedChanged); the window paints at once whatever the book's size.
    PledgeTreeModel(PledgeRepository repository, ChangeNotifier* notifier,
                    QObject* parent = nullptr, Loading loading = Loading::Now);
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
    bool isLoading() const { return m_loading; }

public slots:
    void reload();
    void reloadInBackground();
    // Re-reads the summaries and updates rows in place when the tree's shape is unchanged.
    void refreshPledges(const QStringList& ids);

signals:
    void loadFailed(const QString& message);
    void loadedChanged(bool loading);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    std::unique_ptr<Node> build(const QList<PledgeArea>& areas, const QList<PledgeGoal>& goals,
                                const QList<PledgeSummary>& pledges) const;

    struct Snapshot;
    void apply(Snapshot snapshot);
    static Snapshot read(const PledgeRepository& repository);

    PledgeRepository m_repository;
    std::unique_ptr<Node> m_root;
    bool m_loading = false;
    int m_generation = 0; // a newer load makes an older background result stale
};

} // namespace openmayor
