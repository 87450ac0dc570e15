#include "pledgeimport.h"

#include "common/changenotifier.h"
#include "storage/pledgerepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace openmayor::interchange {

namespace {

// "7-1-3" → "7-1", "7-1" → "7".
QString parentCode(const QString& code)
{
    return code.left(code.lastIndexOf(u'-'));
}

// ---------------------------------------------------------------- comparing two cards

template <typename T, typename Key> QList<T> sortedBy(QList<T> list, Key key)
{
    std::stable_sort(list.begin(), list.end(),
                     [&](const T& a, const T& b) { return key(a) < key(b); });
    return list;
}

template <typename T, typename Eq> bool sameList(const QList<T>& a, const QList<T>& b, Eq eq)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), eq);
}

bool sameTasks(const Pledge& a, const Pledge& b)
{
    return sameList(a.tasks, b.tasks, [](const PledgeTask& x, const PledgeTask& y) {
        return std::tie(x.name, x.startQuarter, x.endQuarter, x.note) ==
               std::tie(y.name, y.startQuarter, y.endQuarter, y.note);
    });
}

bool sameBudget(const Pledge& a, const Pledge& b)
{
    auto cellKey = [](const BudgetCell& c) {
        return std::pair(c.year, int(c.source));
    };
    auto yearKey = [](const ExecutedAmount& e) {
        return e.year;
    };
    return a.budgetPrior == b.budgetPrior && a.budgetAfterTerm == b.budgetAfterTerm &&
           sameList(sortedBy(a.planned, cellKey), sortedBy(b.planned, cellKey),
                    [](const BudgetCell& x, const BudgetCell& y) {
                        return x.source == y.source && x.year == y.year && x.amount == y.amount;
                    }) &&
           sameList(sortedBy(a.executed, yearKey), sortedBy(b.executed, yearKey),
                    [](const ExecutedAmount& x, const ExecutedAmount& y) {
                        return x.year == y.year && x.amount == y.amount;
                    });
}

bool sameProgress(const Pledge& a, const Pledge& b)
{
    return sameList(a.progress, b.progress, [](const ProgressRecord& x, const ProgressRecord& y) {
        return std::tie(x.dateFrom, x.dateTo, x.text) == std::tie(y.dateFrom, y.dateTo, y.text);
    });
}

bool sameIndicators(const Pledge& a, const Pledge& b)
{
    return sameList(a.indicators, b.indicators, [](const Indicator& x, const Indicator& y) {
        return x.name == y.name && x.unit == y.unit && x.kind == y.kind &&
               x.baseline == y.baseline && x.targets == y.targets && x.actuals == y.actuals;
    });
}

bool sameDepartments(const Pledge& a, const Pledge& b)
{
    return sameList(
        a.departments, b.departments, [](const DepartmentContact& x, const DepartmentContact& y) {
            return std::tie(x.role, x.department, x.team, x.leader, x.leaderPhone, x.officer,
                            x.officerPhone) == std::tie(y.role, y.department, y.team, y.leader,
                                                        y.leaderPhone, y.officer, y.officerPhone);
        });
}

// The §5a keys whose values differ (`goalChanged`: the pledge moves to another goal).
QStringList changedParts(const Pledge& stored, const Pledge& incoming, bool goalChanged)
{
    QStringList parts;
    auto check = [&](bool same, const char* key) {
        if (!same)
            parts << QString::fromLatin1(key);
    };
    check(!goalChanged, "goal");
    check(stored.title == incoming.title, "title");
    check(stored.policyGoal == incoming.policyGoal, "policy_goal");
    check(stored.timing == incoming.timing, "timing");
    check(std::tie(stored.bodyNational, stored.bodyProvince, stored.bodyCity, stored.bodyPrivate) ==
              std::tie(incoming.bodyNational, incoming.bodyProvince, incoming.bodyCity,
                       incoming.bodyPrivate),
          "bodies");
    check(stored.isNew == incoming.isNew, "is_new");
    check(stored.budgetKind == incoming.budgetKind, "budget_kind");
    check(stored.requiredBudget == incoming.requiredBudget, "required_budget");
    check(stored.status == incoming.status, "status");
    check(stored.basisDate == incoming.basisDate, "basis_date");
    check(stored.planHtml == incoming.planHtml, "plan");
    check(sameTasks(stored, incoming), "tasks");
    check(sameBudget(stored, incoming), "budget");
    check(sameProgress(stored, incoming), "progress");
    check(sameIndicators(stored, incoming), "indicators");
    check(sameDepartments(stored, incoming), "departments");
    return parts;
}

// ---------------------------------------------------------------- resolving codes

// The import worked out against the store: the plan and what applying it needs.
struct Resolution
{
    ImportPlan plan;
    Term term;                           // the term new areas go to (id empty: to be created)
    QHash<QString, PledgeArea> areas;    // code → stored area (id set) or new one (id empty)
    QHash<QString, PledgeGoal> goals;    // code → stored goal or new one
    QHash<QString, Pledge> storedByCode; // pledges of the file that exist already
};

Error importError(const QString& path, const QString& problem)
{
    return Error(
        Error::Kind::Invalid,
        QCoreApplication::translate("PledgeImport", "Pledge file, %1: %2").arg(path, problem));
}

Result<Resolution> resolve(const PledgeBook& book, const PledgeRepository& repository)
{
    Resolution r;
    auto terms = repository.terms();
    if (!terms)
        return terms.error();
    bool haveTerm = false;
    if (book.hasTerm()) {
        r.term = book.term;
        r.plan.newTerm = true;
        for (const Term& t : std::as_const(*terms)) {
            if (t.name == book.term.name) {
                r.term.id = t.id;
                r.plan.newTerm = false;
                r.plan.updatedTerm = t.start != book.term.start || t.end != book.term.end;
            }
        }
        haveTerm = true;
    } else if (!terms->isEmpty()) {
        r.term = terms->last(); // the latest term (ordered by start date)
        haveTerm = true;
    }

    auto areas = repository.areas();
    if (!areas)
        return areas.error();
    for (const PledgeArea& a : std::as_const(*areas))
        r.areas.insert(a.code, a);
    auto goals = repository.goals();
    if (!goals)
        return goals.error();
    for (const PledgeGoal& g : std::as_const(*goals))
        r.goals.insert(g.code, g);

    for (qsizetype i = 0; i < book.areas.size(); ++i) {
        const PledgeArea& a = book.areas.at(i);
        auto it = r.areas.find(a.code);
        if (it == r.areas.end()) {
            if (!haveTerm)
                return importError(QStringLiteral("areas[%1]").arg(i),
                                   QCoreApplication::translate(
                                       "PledgeImport",
                                       "a new area needs a term, and neither the file nor the "
                                       "database has one"));
            r.areas.insert(a.code, PledgeArea{{}, a.code, a.title});
            r.plan.newAreas << a.code;
        } else if (it->title != a.title) {
            it->title = a.title;
            r.plan.updatedAreas << a.code;
        }
    }
    for (qsizetype i = 0; i < book.goals.size(); ++i) {
        const PledgeGoal& g = book.goals.at(i);
        if (!r.areas.contains(parentCode(g.code)))
            return importError(QStringLiteral("goals[%1].code").arg(i),
                               QCoreApplication::translate(
                                   "PledgeImport",
                                   "the goal %1 belongs to area %2, which is neither in the file "
                                   "nor in the database")
                                   .arg(g.code, parentCode(g.code)));
        auto it = r.goals.find(g.code);
        if (it == r.goals.end()) {
            r.goals.insert(g.code, PledgeGoal{{}, {}, g.code, g.title});
            r.plan.newGoals << g.code;
        } else if (it->title != g.title) {
            it->title = g.title;
            r.plan.updatedGoals << g.code;
        }
    }

    auto summaries = repository.summaries();
    if (!summaries)
        return summaries.error();
    QHash<QString, QString> idByCode;
    for (const PledgeSummary& s : std::as_const(*summaries))
        idByCode.insert(s.code, s.id);
    QHash<QString, QString> goalCodeById;
    for (const PledgeGoal& g : std::as_const(*goals))
        goalCodeById.insert(g.id, g.code);

    for (qsizetype i = 0; i < book.pledges.size(); ++i) {
        const Pledge& p = book.pledges.at(i);
        const QString goalCode = parentCode(p.code);
        if (!r.goals.contains(goalCode))
            return importError(QStringLiteral("pledges[%1].code").arg(i),
                               QCoreApplication::translate(
                                   "PledgeImport",
                                   "the pledge %1 belongs to goal %2, which is neither in the file "
                                   "nor in the database")
                                   .arg(p.code, goalCode));
        PledgeChange change;
        change.code = p.code;
        change.title = p.title;
        const QString id = idByCode.value(p.code);
        if (!id.isEmpty()) {
            auto stored = repository.load(id);
            if (!stored)
                return stored.error();
            change.existingId = id;
            change.changedParts =
                changedParts(*stored, p, goalCodeById.value(stored->goalId) != goalCode);
            change.kind = change.changedParts.isEmpty() ? PledgeChange::Kind::Unchanged
                                                        : PledgeChange::Kind::Updated;
            r.storedByCode.insert(p.code, *stored);
        }
        r.plan.pledges << change;
    }
    return r;
}

// The incoming card made ready to save over `stored`: the pledge keeps its id; parts keep
// the ids of the stored parts they replace (budget cells matched by source and year,
// executed amounts by year, the other parts by position), so sync sees updates.
Pledge withStoredIds(Pledge incoming, const Pledge& stored)
{
    incoming.id = stored.id;
    auto byPosition = [](auto& parts, const auto& storedParts) {
        for (qsizetype i = 0; i < parts.size(); ++i)
            parts[i].id = i < storedParts.size() ? storedParts.at(i).id : QString();
    };
    byPosition(incoming.tasks, stored.tasks);
    byPosition(incoming.progress, stored.progress);
    byPosition(incoming.indicators, stored.indicators);
    byPosition(incoming.departments, stored.departments);
    for (BudgetCell& cell : incoming.planned) {
        cell.id.clear();
        for (const BudgetCell& s : stored.planned)
            if (s.source == cell.source && s.year == cell.year)
                cell.id = s.id;
    }
    for (ExecutedAmount& amount : incoming.executed) {
        amount.id.clear();
        for (const ExecutedAmount& s : stored.executed)
            if (s.year == amount.year)
                amount.id = s.id;
    }
    return incoming;
}

Pledge withoutIds(Pledge p)
{
    p.id.clear();
    auto clear = [](auto& parts) {
        for (auto& part : parts)
            part.id.clear();
    };
    clear(p.tasks);
    clear(p.planned);
    clear(p.executed);
    clear(p.progress);
    clear(p.indicators);
    clear(p.departments);
    return p;
}

} // namespace

int ImportPlan::count(PledgeChange::Kind kind) const
{
    return int(std::count_if(pledges.cbegin(), pledges.cend(),
                             [kind](const PledgeChange& c) { return c.kind == kind; }));
}

bool ImportPlan::changesAnything() const
{
    return newTerm || updatedTerm || !newAreas.isEmpty() || !updatedAreas.isEmpty() ||
           !newGoals.isEmpty() || !updatedGoals.isEmpty() ||
           count(PledgeChange::Kind::Unchanged) != pledges.size();
}

Result<PledgeBook> readBook(const PledgeRepository& repository)
{
    PledgeBook book;
    auto terms = repository.terms();
    if (!terms)
        return terms.error();
    if (!terms->isEmpty())
        book.term = terms->last();
    auto areas = repository.areas();
    if (!areas)
        return areas.error();
    book.areas = *areas;
    auto goals = repository.goals();
    if (!goals)
        return goals.error();
    book.goals = *goals;
    auto summaries = repository.summaries();
    if (!summaries)
        return summaries.error();
    for (const PledgeSummary& s : std::as_const(*summaries)) {
        auto pledge = repository.load(s.id);
        if (!pledge)
            return pledge.error();
        book.pledges << *pledge;
    }
    return book;
}

Result<ImportPlan> planImport(const PledgeBook& incoming, const PledgeRepository& repository)
{
    auto resolution = resolve(incoming, repository);
    if (!resolution)
        return resolution.error();
    return resolution->plan;
}

Result<ImportPlan> applyImport(const PledgeBook& incoming, const Database& database,
                               ChangeNotifier* notifier, const QString& updatedBy)
{
    ImportPlan applied;
    QStringList changedIds;
    Status s = database.transaction([&](QSqlDatabase& db) -> Status {
        // Read inside the transaction (this thread's connection): the plan is what is applied.
        const PledgeRepository repository(database, nullptr);
        auto resolution = resolve(incoming, repository);
        if (!resolution)
            return resolution.error();
        Resolution& r = *resolution;

        if (r.plan.newTerm || r.plan.updatedTerm) {
            if (Status w = PledgeRepository::saveInTransaction(db, r.term); !w)
                return w;
        }
        // Areas, then goals, in the file's order (the new ones get their ids here).
        for (const PledgeArea& fileArea : incoming.areas) {
            if (!r.plan.newAreas.contains(fileArea.code) &&
                !r.plan.updatedAreas.contains(fileArea.code))
                continue;
            PledgeArea& area = r.areas[fileArea.code];
            if (Status w = PledgeRepository::saveInTransaction(db, area, r.term.id); !w)
                return w;
        }
        for (const PledgeGoal& fileGoal : incoming.goals) {
            if (!r.plan.newGoals.contains(fileGoal.code) &&
                !r.plan.updatedGoals.contains(fileGoal.code))
                continue;
            PledgeGoal& goal = r.goals[fileGoal.code];
            if (goal.areaId.isEmpty())
                goal.areaId = r.areas.value(parentCode(goal.code)).id;
            if (Status w = PledgeRepository::saveInTransaction(db, goal); !w)
                return w;
        }
        for (qsizetype i = 0; i < incoming.pledges.size(); ++i) {
            PledgeChange& change = r.plan.pledges[i];
            if (change.kind == PledgeChange::Kind::Unchanged)
                continue;
            const Pledge& filePledge = incoming.pledges.at(i);
            Pledge pledge = change.kind == PledgeChange::Kind::New
                                ? withoutIds(filePledge)
                                : withStoredIds(filePledge, r.storedByCode.value(filePledge.code));
            pledge.goalId = r.goals.value(parentCode(pledge.code)).id;
            if (Status w = PledgeRepository::saveInTransaction(db, pledge, updatedBy); !w)
                return Error(
                    w.error().kind,
                    QCoreApplication::translate("PledgeImport", "Cannot import the pledge %1: %2")
                        .arg(pledge.code, w.error().message),
                    w.error().detail);
            change.existingId = pledge.id;
            changedIds << pledge.id;
        }
        applied = r.plan;
        return {};
    });
    if (!s)
        return s.error();
    if (notifier) {
        const bool structure = applied.newTerm || applied.updatedTerm ||
                               !applied.newAreas.isEmpty() || !applied.updatedAreas.isEmpty() ||
                               !applied.newGoals.isEmpty() || !applied.updatedGoals.isEmpty();
        if (structure)
            emit notifier->pledgesChanged({}); // reload the whole tree
        else if (!changedIds.isEmpty())
            emit notifier->pledgesChanged(changedIds);
    }
    return applied;
}

} // namespace openmayor::interchange
