#include "pledgetreemodel.h"

#include "common/background.h"
#include "common/changenotifier.h"
#include "common/clock.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace openmayor {

struct PledgeTreeModel::Node
{
    NodeKind kind = NodeKind::Area;
    QString id;
    QString code;
    QString title;
    PledgeSummary pledge; // for pledge nodes
    QString updatedText;  // formatted once; data() is called for every paint
    bool stale = false;   // not updated in the current quarter
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

namespace {
QColor statusColour(PledgeStatus status)
{
    switch (status) {
    case PledgeStatus::Completed:
    case PledgeStatus::CompletedContinuing:
        return QColor(0x1b, 0x6e, 0x3a);
    case PledgeStatus::OnTrack:
        return QColor(0x1f, 0x5f, 0xa8);
    case PledgeStatus::Partial:
        return QColor(0xa0, 0x6a, 0x00);
    case PledgeStatus::Lagging:
        return QColor(0xb3, 0x26, 0x1e);
    case PledgeStatus::OnHold:
    case PledgeStatus::Dropped:
        return QColor(0x5f, 0x63, 0x68);
    }
    return {};
}
// The first moment of the current quarter (local time).
QDateTime currentQuarterStart()
{
    const QDate today = Clock::today();
    return QDateTime(QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), QTime(0, 0));
}

bool isStale(const QString& updatedAt)
{
    const QDateTime at = QDateTime::fromString(updatedAt, Qt::ISODateWithMs);
    return !at.isValid() || at.toLocalTime() < currentQuarterStart();
}

QString formatUpdated(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

struct PledgeTreeModel::Snapshot
{
    std::optional<Result<QList<PledgeArea>>> areas;
    std::optional<Result<QList<PledgeGoal>>> goals;
    std::optional<Result<QList<PledgeSummary>>> pledges;
};

PledgeTreeModel::PledgeTreeModel(PledgeRepository repository, ChangeNotifier* notifier,
                                 QObject* parent, Loading loading)
    : QAbstractItemModel(parent), m_repository(std::move(repository)),
      m_root(std::make_unique<Node>())
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::pledgesChanged, this, &PledgeTreeModel::refreshPledges);
        connect(notifier, &ChangeNotifier::storeReset, this, &PledgeTreeModel::reload);
    }
    if (loading == Loading::InBackground)
        reloadInBackground();
    else
        reload();
}

PledgeTreeModel::Snapshot PledgeTreeModel::read(const PledgeRepository& repository)
{
    Snapshot snapshot;
    snapshot.areas.emplace(repository.areas());
    snapshot.goals.emplace(repository.goals());
    snapshot.pledges.emplace(repository.summaries());
    return snapshot;
}

void PledgeTreeModel::reloadInBackground()
{
    const int generation = ++m_generation;
    m_loading = true;
    emit loadedChanged(true);
    runInBackground<Snapshot>(
        this, [repository = m_repository] { return read(repository); },
        [this, generation](Snapshot snapshot) {
            if (generation == m_generation)
                apply(std::move(snapshot));
        });
}

PledgeTreeModel::~PledgeTreeModel() = default;

std::unique_ptr<PledgeTreeModel::Node>
PledgeTreeModel::build(const QList<PledgeArea>& areas, const QList<PledgeGoal>& goals,
                       const QList<PledgeSummary>& pledges) const
{
    auto root = std::make_unique<Node>();
    QHash<QString, Node*> areaNodes;
    QHash<QString, Node*> goalNodes;
    for (const PledgeArea& area : areas) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Area;
        node->id = area.id;
        node->code = area.code;
        node->title = area.title;
        node->parent = root.get();
        areaNodes.insert(area.id, node.get());
        root->children.push_back(std::move(node));
    }
    for (const PledgeGoal& goal : goals) {
        Node* area = areaNodes.value(goal.areaId);
        if (!area)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Goal;
        node->id = goal.id;
        node->code = goal.code;
        node->title = goal.title;
        node->parent = area;
        goalNodes.insert(goal.id, node.get());
        area->children.push_back(std::move(node));
    }
    for (const PledgeSummary& pledge : pledges) {
        Node* goal = goalNodes.value(pledge.goalId);
        if (!goal)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Pledge;
        node->id = pledge.id;
        node->code = pledge.code;
        node->title = pledge.title;
        node->pledge = pledge;
        node->updatedText = formatUpdated(pledge.updatedAt);
        node->stale = isStale(pledge.updatedAt);
        node->parent = goal;
        goal->children.push_back(std::move(node));
    }
    return root;
}

void PledgeTreeModel::reload()
{
    ++m_generation;
    apply(read(m_repository));
}

void PledgeTreeModel::apply(Snapshot snapshot)
{
    const auto& areas = *snapshot.areas;
    const auto& goals = *snapshot.goals;
    const auto& pledges = *snapshot.pledges;
    const bool wasLoading = m_loading;
    m_loading = false; // before the reset: views look at isLoading() when it arrives
    beginResetModel();
    if (areas && goals && pledges)
        m_root = build(*areas, *goals, *pledges);
    else
        m_root = std::make_unique<Node>();
    endResetModel();
    if (wasLoading)
        emit loadedChanged(false);
    if (!areas || !goals || !pledges) {
        const Error& e = !areas ? areas.error() : !goals ? goals.error() : pledges.error();
        emit loadFailed(e.fullText());
    }
}

void PledgeTreeModel::refreshPledges(const QStringList& ids)
{
    if (ids.isEmpty() || m_loading) { // many changed, or a load is under way: read it all
        if (m_loading)
            reloadInBackground();
        else
            reload();
        return;
    }
    auto pledges = m_repository.summaries(std::nullopt, ids);
    if (!pledges) {
        emit loadFailed(pledges.error().fullText());
        return;
    }
    // The same pledges in the same goals: update the rows in place (keeps selection and
    // expansion); a new, deleted or moved pledge changes the tree's shape: rebuild.
    QHash<QString, const PledgeSummary*> byId;
    for (const PledgeSummary& p : std::as_const(*pledges))
        byId.insert(p.id, &p);
    for (const QString& id : ids) {
        const QModelIndex idx = indexOfPledge(id);
        const PledgeSummary* fresh = byId.value(id);
        if (!idx.isValid() || !fresh || nodeOf(idx)->pledge.goalId != fresh->goalId ||
            nodeOf(idx)->pledge.code != fresh->code) {
            reload();
            return;
        }
    }
    for (const QString& id : ids) {
        const QModelIndex first = indexOfPledge(id, 0);
        Node* node = nodeOf(first);
        node->pledge = *byId.value(id);
        node->title = node->pledge.title;
        node->updatedText = formatUpdated(node->pledge.updatedAt);
        node->stale = isStale(node->pledge.updatedAt);
        emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
}

PledgeTreeModel::Node* PledgeTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex PledgeTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex PledgeTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* node = nodeOf(child);
    Node* parentNode = node->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row(), 0, parentNode);
}

int PledgeTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PledgeTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PledgeTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const bool isPledge = node->kind == NodeKind::Pledge;
    switch (role) {
    case IdRole:
        return node->id;
    case KindRole:
        return int(node->kind);
    case StatusKeyRole:
        return isPledge ? toKey(node->pledge.status) : QVariant();
    case RateValueRole:
        return isPledge && node->pledge.rate ? QVariant(*node->pledge.rate) : QVariant();
    case TimingKeyRole:
        return isPledge ? toKey(node->pledge.timing) : QVariant();
    case StaleRole:
        return isPledge && node->stale;
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (isPledge && index.column() == StatusColumn)
            return statusColour(node->pledge.status);
        if (isPledge && index.column() == UpdatedColumn && node->stale)
            return QColor(0xa0, 0x6a, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (isPledge && index.column() == RateColumn)
            return node->pledge.rate
                       ? tr("Mean of the rates of the pledge's indicators, as of its basis date")
                       : tr("No rate: the pledge has no indicator that can be rated");
        if (isPledge && index.column() == UpdatedColumn && node->stale)
            return tr("Not updated in the current quarter: check the card before the figures are "
                      "published");
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CodeColumn:
        return node->code;
    case TitleColumn:
        return node->title;
    case StatusColumn:
        // text label, never colour alone
        return isPledge ? labelOf(node->pledge.status) : QString();
    case RateColumn:
        if (!isPledge)
            return {};
        return node->pledge.rate ? QLocale().toString(*node->pledge.rate, 'f', 1) + u'%'
                                 : QStringLiteral("—");
    case DepartmentColumn:
        return isPledge ? node->pledge.leadDepartment : QString();
    case UpdatedColumn: // a text mark too, so the warning is not told by colour alone
        return isPledge
                   ? (node->stale ? QStringLiteral("⚠ ") + node->updatedText : node->updatedText)
                   : QString();
    }
    return {};
}

QVariant PledgeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case RateColumn:
        return tr("Fulfilment");
    case DepartmentColumn:
        return tr("Lead department");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

const PledgeSummary* PledgeTreeModel::pledgeAt(const QModelIndex& index) const
{
    const Node* node = index.isValid() ? nodeOf(index) : nullptr;
    return node && node->kind == NodeKind::Pledge ? &node->pledge : nullptr;
}

QModelIndex PledgeTreeModel::indexOfPledge(const QString& pledgeId, int column) const
{
    for (size_t a = 0; a < m_root->children.size(); ++a) {
        Node* area = m_root->children[a].get();
        for (size_t g = 0; g < area->children.size(); ++g) {
            Node* goal = area->children[g].get();
            for (size_t p = 0; p < goal->children.size(); ++p)
                if (goal->children[p]->id == pledgeId)
                    return createIndex(int(p), column, goal->children[p].get());
        }
    }
    return {};
}

int PledgeTreeModel::pledgeCount() const
{
    int n = 0;
    for (const auto& area : m_root->children)
        for (const auto& goal : area->children)
            n += int(goal->children.size());
    return n;
}

} // namespace openmayor
