#include "pledgerepository.h"

#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/ids.h"
#include "domain/fulfilment.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace openmayor {

namespace {

QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

template <typename E> E enumOr(const QVariant& key, E fallback)
{
    return fromKey<E>(key.toString()).value_or(fallback);
}

// Runs `sql` with `params` and calls `row(query)` for every result row.
template <typename Fn>
Status forEachRow(QSqlDatabase& db, const QString& sql, const QVariantList& params, Fn&& row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s;
    if (Status s = exec(query, params); !s)
        return s;
    while (query.next())
        row(query);
    return {};
}

// Deletes the rows of `table` that belong to `pledgeId` and are not in `keep`.
Status deleteOthers(QSqlDatabase& db, const QString& table, const QString& parentColumn,
                    const QString& parentId, const QStringList& keep)
{
    QSqlQuery query(db);
    if (Status s =
            prepare(query, QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE ") +
                               parentColumn + QStringLiteral(" = ?"));
        !s)
        return s;
    if (Status s = exec(query, {parentId}); !s)
        return s;
    QStringList doomed;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (!keep.contains(id))
            doomed << id;
    }
    for (const QString& id : std::as_const(doomed)) {
        if (Status s = exec(
                db, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
            !s)
            return s;
    }
    return {};
}

template <typename Part> QStringList idsOf(const QList<Part>& parts)
{
    QStringList ids;
    for (const Part& part : parts)
        ids << part.id;
    return ids;
}

} // namespace

PledgeRepository::PledgeRepository(Database database, ChangeNotifier* notifier)
    : m_database(std::move(database)), m_notifier(notifier)
{}

Result<QList<Term>> PledgeRepository::terms() const
{
    QSqlDatabase db = m_database.connection();
    QList<Term> result;
    Status s = forEachRow(
        db, QStringLiteral("SELECT id, name, start_date, end_date FROM term ORDER BY start_date"),
        {}, [&](const QSqlQuery& q) {
            result << Term{q.value(0).toString(), q.value(1).toString(),
                           QDate::fromString(q.value(2).toString(), Qt::ISODate),
                           QDate::fromString(q.value(3).toString(), Qt::ISODate)};
        });
    if (!s)
        return s.error();
    return result;
}

Result<QList<PledgeArea>> PledgeRepository::areas() const
{
    QSqlDatabase db = m_database.connection();
    QList<PledgeArea> result;
    Status s = forEachRow(db, QStringLiteral("SELECT id, code, title FROM pledge_area"), {},
                          [&](const QSqlQuery& q) {
                              result << PledgeArea{q.value(0).toString(), q.value(1).toString(),
                                                   q.value(2).toString()};
                          });
    if (!s)
        return s.error();
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return codeLessThan(a.code, b.code); });
    return result;
}

Result<QList<PledgeGoal>> PledgeRepository::goals() const
{
    QSqlDatabase db = m_database.connection();
    QList<PledgeGoal> result;
    Status s = forEachRow(db, QStringLiteral("SELECT id, area_id, code, title FROM pledge_goal"),
                          {}, [&](const QSqlQuery& q) {
                              result << PledgeGoal{q.value(0).toString(), q.value(1).toString(),
                                                   q.value(2).toString(), q.value(3).toString()};
                          });
    if (!s)
        return s.error();
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return codeLessThan(a.code, b.code); });
    return result;
}

Result<QList<PledgeSummary>> PledgeRepository::summaries(std::optional<QDate> asOf,
                                                         const QStringList& onlyIds) const
{
    QSqlDatabase db = m_database.connection();
    // An id filter as a JSON array bound to one parameter (no SQL built from values).
    const bool filtered = !onlyIds.isEmpty();
    const QString idsJson = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(onlyIds)).toJson(QJsonDocument::Compact));
    const QString pledgeFilter =
        filtered ? QStringLiteral(" WHERE p.id IN (SELECT value FROM json_each(?))") : QString();
    const QString indicatorFilter =
        filtered ? QStringLiteral(" WHERE pledge_id IN (SELECT value FROM json_each(?))")
                 : QString();
    const QString valueFilter =
        filtered ? QStringLiteral(" WHERE indicator_id IN (SELECT id FROM pledge_indicator WHERE "
                                  "pledge_id IN (SELECT value FROM json_each(?)))")
                 : QString();
    const QVariantList filterParams = filtered ? QVariantList{idsJson} : QVariantList{};
    QList<PledgeSummary> result;
    QList<int> basisYears;
    QHash<QString, int> pledgeIndex;
    Status s = forEachRow(
        db,
        QStringLiteral(
            "SELECT p.id, p.goal_id, p.code, p.title, p.status, p.timing, p.updated_at, "
            "(SELECT d.department FROM pledge_department d WHERE d.pledge_id = p.id AND "
            "d.role = 'lead' ORDER BY d.position LIMIT 1), "
            "p.budget_prior + p.budget_after_term + (SELECT coalesce(sum(b.amount), 0) FROM "
            "pledge_budget b WHERE b.pledge_id = p.id), (SELECT coalesce(sum(e.amount), 0) FROM "
            "pledge_budget_executed e WHERE e.pledge_id = p.id), p.basis_date FROM pledge p") +
            pledgeFilter,
        filterParams, [&](const QSqlQuery& q) {
            PledgeSummary summary;
            summary.id = q.value(0).toString();
            summary.goalId = q.value(1).toString();
            summary.code = q.value(2).toString();
            summary.title = q.value(3).toString();
            summary.status = enumOr(q.value(4), PledgeStatus::OnTrack);
            summary.timing = enumOr(q.value(5), Timing::WithinTerm);
            summary.updatedAt = q.value(6).toString();
            summary.leadDepartment = q.value(7).toString();
            summary.plannedBudget = q.value(8).toDouble();
            summary.executedBudget = q.value(9).toDouble();
            pledgeIndex.insert(summary.id, int(result.size()));
            basisYears << fulfilment::basisYearOf(
                asOf ? *asOf : QDate::fromString(q.value(10).toString(), Qt::ISODate));
            result << summary;
        });
    if (!s)
        return s.error();

    // Indicators and their yearly values, to compute the rates without loading whole cards.
    QList<QList<Indicator>> indicators(result.size());
    QHash<QString, std::pair<int, int>> indicatorIndex; // id -> (pledge, position)
    s = forEachRow(db,
                   QStringLiteral("SELECT id, pledge_id, kind, baseline FROM pledge_indicator") +
                       indicatorFilter + QStringLiteral(" ORDER BY pledge_id, position"),
                   filterParams, [&](const QSqlQuery& q) {
                       const int p = pledgeIndex.value(q.value(1).toString(), -1);
                       if (p < 0)
                           return;
                       Indicator indicator;
                       indicator.kind = enumOr(q.value(2), IndicatorKind::Cumulative);
                       if (!q.value(3).isNull())
                           indicator.baseline = q.value(3).toDouble();
                       indicatorIndex.insert(q.value(0).toString(), {p, int(indicators[p].size())});
                       indicators[p] << indicator;
                   });
    if (!s)
        return s.error();
    s = forEachRow(
        db,
        QStringLiteral("SELECT indicator_id, year, target, actual FROM indicator_value") +
            valueFilter,
        filterParams, [&](const QSqlQuery& q) {
            const auto it = indicatorIndex.constFind(q.value(0).toString());
            if (it == indicatorIndex.cend())
                return;
            Indicator& indicator = indicators[it->first][it->second];
            const int year = q.value(1).toInt();
            if (!q.value(2).isNull())
                indicator.targets.insert(year, q.value(2).toDouble());
            if (!q.value(3).isNull())
                indicator.actuals.insert(year, q.value(3).toDouble());
        });
    if (!s)
        return s.error();
    for (int i = 0; i < result.size(); ++i)
        result[i].rate = fulfilment::pledgeRate(indicators.at(i), basisYears.at(i));

    // Sort by code, computing each code's key once.
    QList<std::pair<QList<int>, int>> order;
    order.reserve(result.size());
    for (int i = 0; i < result.size(); ++i)
        order.append({codeSortKey(result.at(i).code), i});
    std::sort(order.begin(), order.end());
    QList<PledgeSummary> sorted;
    sorted.reserve(result.size());
    for (const auto& entry : std::as_const(order))
        sorted << std::move(result[entry.second]);
    return sorted;
}

Result<Pledge> PledgeRepository::loadByCode(const QString& code) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    if (Status s = prepare(query, QStringLiteral("SELECT id FROM pledge WHERE code = ?")); !s)
        return s.error();
    if (Status s = exec(query, {code}); !s)
        return s.error();
    if (!query.next())
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::PledgeRepository",
                                                 "There is no pledge with the code %1.")
                         .arg(code));
    return load(query.value(0).toString());
}

Result<Pledge> PledgeRepository::load(const QString& id) const
{
    QSqlDatabase db = m_database.connection();
    Pledge p;
    bool found = false;
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT id, goal_id, code, title, policy_goal, timing, body_national, "
                       "body_province, body_city, body_private, is_new, budget_kind, "
                       "required_budget, budget_prior, budget_after_term, status, basis_date, "
                       "plan_html, updated_at FROM pledge WHERE id = ?"),
        {id}, [&](const QSqlQuery& q) {
            found = true;
            p.id = q.value(0).toString();
            p.goalId = q.value(1).toString();
            p.code = q.value(2).toString();
            p.title = q.value(3).toString();
            p.policyGoal = q.value(4).toString();
            p.timing = enumOr(q.value(5), Timing::WithinTerm);
            p.bodyNational = q.value(6).toBool();
            p.bodyProvince = q.value(7).toBool();
            p.bodyCity = q.value(8).toBool();
            p.bodyPrivate = q.value(9).toBool();
            p.isNew = q.value(10).toBool();
            p.budgetKind = enumOr(q.value(11), BudgetKind::Budget);
            p.requiredBudget = q.value(12).toDouble();
            p.budgetPrior = q.value(13).toDouble();
            p.budgetAfterTerm = q.value(14).toDouble();
            p.status = enumOr(q.value(15), PledgeStatus::OnTrack);
            p.basisDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
            p.planHtml = q.value(17).toString();
            p.updatedAt = q.value(18).toString();
        });
    if (!s)
        return s.error();
    if (!found)
        return Error(Error::Kind::NotFound,
                     QCoreApplication::translate("openmayor::PledgeRepository",
                                                 "The pledge no longer exists."),
                     id);

    s = forEachRow(
        db,
        QStringLiteral("SELECT id, name, start_quarter, end_quarter, note FROM pledge_task "
                       "WHERE pledge_id = ? ORDER BY position"),
        {id}, [&](const QSqlQuery& q) {
            p.tasks << PledgeTask{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString()};
        });
    if (s)
        s = forEachRow(db,
                       QStringLiteral("SELECT id, source, year, amount FROM pledge_budget "
                                      "WHERE pledge_id = ? ORDER BY year, source"),
                       {id}, [&](const QSqlQuery& q) {
                           p.planned << BudgetCell{q.value(0).toString(),
                                                   enumOr(q.value(1), FundingSource::Other),
                                                   q.value(2).toInt(), q.value(3).toDouble()};
                       });
    if (s)
        s = forEachRow(db,
                       QStringLiteral("SELECT id, year, amount FROM pledge_budget_executed "
                                      "WHERE pledge_id = ? ORDER BY year"),
                       {id}, [&](const QSqlQuery& q) {
                           p.executed << ExecutedAmount{q.value(0).toString(), q.value(1).toInt(),
                                                        q.value(2).toDouble()};
                       });
    if (s)
        s = forEachRow(db,
                       QStringLiteral("SELECT id, date_from, date_to, text FROM pledge_progress "
                                      "WHERE pledge_id = ? ORDER BY position"),
                       {id}, [&](const QSqlQuery& q) {
                           p.progress
                               << ProgressRecord{q.value(0).toString(), q.value(1).toString(),
                                                 q.value(2).toString(), q.value(3).toString()};
                       });
    if (s)
        s = forEachRow(db,
                       QStringLiteral("SELECT id, name, unit, kind, baseline FROM pledge_indicator "
                                      "WHERE pledge_id = ? ORDER BY position"),
                       {id}, [&](const QSqlQuery& q) {
                           Indicator indicator;
                           indicator.id = q.value(0).toString();
                           indicator.name = q.value(1).toString();
                           indicator.unit = q.value(2).toString();
                           indicator.kind = enumOr(q.value(3), IndicatorKind::Cumulative);
                           if (!q.value(4).isNull())
                               indicator.baseline = q.value(4).toDouble();
                           p.indicators << indicator;
                       });
    for (Indicator& indicator : p.indicators) {
        if (!s)
            break;
        s = forEachRow(db,
                       QStringLiteral("SELECT year, target, actual FROM indicator_value "
                                      "WHERE indicator_id = ? ORDER BY year"),
                       {indicator.id}, [&](const QSqlQuery& q) {
                           if (!q.value(1).isNull())
                               indicator.targets.insert(q.value(0).toInt(), q.value(1).toDouble());
                           if (!q.value(2).isNull())
                               indicator.actuals.insert(q.value(0).toInt(), q.value(2).toDouble());
                       });
    }
    if (s)
        s = forEachRow(db,
                       QStringLiteral("SELECT id, role, department, team, leader, leader_phone, "
                                      "officer, officer_phone FROM pledge_department "
                                      "WHERE pledge_id = ? ORDER BY position"),
                       {id}, [&](const QSqlQuery& q) {
                           p.departments << DepartmentContact{
                               q.value(0).toString(), enumOr(q.value(1), DepartmentRole::Lead),
                               q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString(),
                               q.value(6).toString(), q.value(7).toString()};
                       });
    if (!s)
        return s.error();
    return p;
}

Status PledgeRepository::saveTerm(Term& term)
{
    return m_database.transaction([&](QSqlDatabase& db) { return saveInTransaction(db, term); });
}

Status PledgeRepository::saveInTransaction(QSqlDatabase& db, Term& term)
{
    if (term.id.isEmpty())
        term.id = newId();
    return exec(
        db,
        QStringLiteral("INSERT INTO term (id, name, start_date, end_date) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                       "start_date = excluded.start_date, end_date = excluded.end_date"),
        {term.id, term.name, term.start.toString(Qt::ISODate), term.end.toString(Qt::ISODate)});
}

Status PledgeRepository::saveArea(PledgeArea& area, const QString& termId)
{
    Status s = m_database.transaction(
        [&](QSqlDatabase& db) { return saveInTransaction(db, area, termId); });
    if (s && m_notifier)
        emit m_notifier->pledgesChanged({});
    return s;
}

Status PledgeRepository::saveInTransaction(QSqlDatabase& db, PledgeArea& area,
                                           const QString& termId)
{
    if (area.id.isEmpty())
        area.id = newId();
    return exec(
        db,
        QStringLiteral("INSERT INTO pledge_area (id, term_id, code, title) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET code = excluded.code, "
                       "title = excluded.title, updated_at = excluded.updated_at"),
        {area.id, termId, area.code, area.title});
}

Status PledgeRepository::saveGoal(PledgeGoal& goal)
{
    Status s =
        m_database.transaction([&](QSqlDatabase& db) { return saveInTransaction(db, goal); });
    if (s && m_notifier)
        emit m_notifier->pledgesChanged({});
    return s;
}

Status PledgeRepository::saveInTransaction(QSqlDatabase& db, PledgeGoal& goal)
{
    if (goal.id.isEmpty())
        goal.id = newId();
    return exec(
        db,
        QStringLiteral("INSERT INTO pledge_goal (id, area_id, code, title) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, "
                       "code = excluded.code, title = excluded.title, "
                       "updated_at = excluded.updated_at"),
        {goal.id, goal.areaId, goal.code, goal.title});
}

Status PledgeRepository::save(Pledge& p, const QString& updatedBy)
{
    const QString previousUpdatedAt = p.updatedAt;
    Status s = m_database.transaction(
        [&](QSqlDatabase& db) { return saveInTransaction(db, p, updatedBy); });
    if (s) {
        if (m_notifier)
            emit m_notifier->pledgesChanged({p.id});
    } else {
        p.updatedAt = previousUpdatedAt; // as before: set only once the write is committed
    }
    return s;
}

Status PledgeRepository::saveInTransaction(QSqlDatabase& db, Pledge& p, const QString& updatedBy)
{
    if (p.id.isEmpty())
        p.id = newId();
    const QString now = Clock::nowIso();
    auto assignIds = [](auto& parts) {
        for (auto& part : parts)
            if (part.id.isEmpty())
                part.id = newId();
    };
    assignIds(p.tasks);
    assignIds(p.planned);
    assignIds(p.executed);
    assignIds(p.progress);
    assignIds(p.indicators);
    assignIds(p.departments);

    Status r = exec(
        db,
        QStringLiteral(
            "INSERT INTO pledge (id, goal_id, code, title, policy_goal, timing, body_national, "
            "body_province, body_city, body_private, is_new, budget_kind, required_budget, "
            "budget_prior, budget_after_term, status, basis_date, plan_html, updated_at, "
            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET goal_id = excluded.goal_id, code = excluded.code, "
            "title = excluded.title, policy_goal = excluded.policy_goal, timing = "
            "excluded.timing, body_national = excluded.body_national, body_province = "
            "excluded.body_province, body_city = excluded.body_city, body_private = "
            "excluded.body_private, is_new = excluded.is_new, budget_kind = "
            "excluded.budget_kind, required_budget = excluded.required_budget, budget_prior = "
            "excluded.budget_prior, budget_after_term = excluded.budget_after_term, status = "
            "excluded.status, basis_date = excluded.basis_date, plan_html = "
            "excluded.plan_html, updated_at = excluded.updated_at, updated_by = "
            "excluded.updated_by"),
        {p.id,
         p.goalId,
         p.code,
         p.title,
         p.policyGoal,
         toKey(p.timing),
         int(p.bodyNational),
         int(p.bodyProvince),
         int(p.bodyCity),
         int(p.bodyPrivate),
         int(p.isNew),
         toKey(p.budgetKind),
         p.requiredBudget,
         p.budgetPrior,
         p.budgetAfterTerm,
         toKey(p.status),
         textOrNull(p.basisDate.toString(Qt::ISODate)),
         p.planHtml,
         now,
         updatedBy});
    if (!r)
        return r;

    const QString pid = QStringLiteral("pledge_id");
    if (!(r = deleteOthers(db, QStringLiteral("pledge_task"), pid, p.id, idsOf(p.tasks))))
        return r;
    for (int i = 0; i < p.tasks.size(); ++i) {
        const PledgeTask& t = p.tasks.at(i);
        r = exec(
            db,
            QStringLiteral("INSERT INTO pledge_task (id, pledge_id, position, name, "
                           "start_quarter, end_quarter, note) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                           "name = excluded.name, start_quarter = excluded.start_quarter, "
                           "end_quarter = excluded.end_quarter, note = excluded.note "
                           "WHERE position IS NOT excluded.position OR name IS NOT excluded.name "
                           "OR start_quarter IS NOT excluded.start_quarter OR end_quarter IS NOT "
                           "excluded.end_quarter OR note IS NOT excluded.note"),
            {t.id, p.id, i, t.name, t.startQuarter, t.endQuarter, t.note});
        if (!r)
            return r;
    }

    if (!(r = deleteOthers(db, QStringLiteral("pledge_budget"), pid, p.id, idsOf(p.planned))))
        return r;
    for (const BudgetCell& c : std::as_const(p.planned)) {
        r = exec(db,
                 QStringLiteral("INSERT INTO pledge_budget (id, pledge_id, source, year, amount) "
                                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                "source = excluded.source, year = excluded.year, "
                                "amount = excluded.amount "
                                "WHERE source IS NOT excluded.source OR year IS NOT excluded.year "
                                "OR amount IS NOT excluded.amount"),
                 {c.id, p.id, toKey(c.source), c.year, c.amount});
        if (!r)
            return r;
    }

    if (!(r = deleteOthers(db, QStringLiteral("pledge_budget_executed"), pid, p.id,
                           idsOf(p.executed))))
        return r;
    for (const ExecutedAmount& e : std::as_const(p.executed)) {
        r = exec(db,
                 QStringLiteral("INSERT INTO pledge_budget_executed (id, pledge_id, year, amount) "
                                "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                "year = excluded.year, amount = excluded.amount "
                                "WHERE year IS NOT excluded.year OR amount IS NOT excluded.amount"),
                 {e.id, p.id, e.year, e.amount});
        if (!r)
            return r;
    }

    if (!(r = deleteOthers(db, QStringLiteral("pledge_progress"), pid, p.id, idsOf(p.progress))))
        return r;
    for (int i = 0; i < p.progress.size(); ++i) {
        const ProgressRecord& g = p.progress.at(i);
        r = exec(
            db,
            QStringLiteral(
                "INSERT INTO pledge_progress (id, pledge_id, position, date_from, "
                "date_to, text) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO "
                "UPDATE SET position = excluded.position, date_from = "
                "excluded.date_from, date_to = excluded.date_to, "
                "text = excluded.text "
                "WHERE position IS NOT excluded.position OR date_from IS NOT excluded.date_from OR "
                "date_to IS NOT excluded.date_to OR text IS NOT excluded.text"),
            {g.id, p.id, i, g.dateFrom, textOrNull(g.dateTo), g.text});
        if (!r)
            return r;
    }

    if (!(r = deleteOthers(db, QStringLiteral("pledge_indicator"), pid, p.id, idsOf(p.indicators))))
        return r;
    for (int i = 0; i < p.indicators.size(); ++i) {
        const Indicator& ind = p.indicators.at(i);
        r = exec(
            db,
            QStringLiteral("INSERT INTO pledge_indicator (id, pledge_id, position, name, unit, "
                           "kind, baseline) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) "
                           "DO UPDATE SET position = excluded.position, name = excluded.name, "
                           "unit = excluded.unit, kind = excluded.kind, "
                           "baseline = excluded.baseline "
                           "WHERE position IS NOT excluded.position OR name IS NOT excluded.name "
                           "OR unit IS NOT excluded.unit OR kind IS NOT excluded.kind OR baseline "
                           "IS NOT excluded.baseline"),
            {ind.id, p.id, i, ind.name, ind.unit, toKey(ind.kind), optionalValue(ind.baseline)});
        if (!r)
            return r;
        // yearly values: one row per year that has a target or an actual
        QMap<int, bool> years;
        for (auto it = ind.targets.cbegin(); it != ind.targets.cend(); ++it)
            years.insert(it.key(), true);
        for (auto it = ind.actuals.cbegin(); it != ind.actuals.cend(); ++it)
            years.insert(it.key(), true);
        QStringList yearList;
        for (auto it = years.cbegin(); it != years.cend(); ++it)
            yearList << QString::number(it.key());
        r = exec(db,
                 QStringLiteral("DELETE FROM indicator_value WHERE indicator_id = ? AND "
                                "year NOT IN (SELECT value FROM json_each(?))"),
                 {ind.id, QString(u'[' + yearList.join(u',') + u']')});
        if (!r)
            return r;
        for (auto it = years.cbegin(); it != years.cend(); ++it) {
            const int year = it.key();
            const QVariant target = ind.targets.contains(year)
                                        ? QVariant(ind.targets.value(year))
                                        : QVariant(QMetaType(QMetaType::Double));
            const QVariant actual = ind.actuals.contains(year)
                                        ? QVariant(ind.actuals.value(year))
                                        : QVariant(QMetaType(QMetaType::Double));
            r = exec(db,
                     QStringLiteral("INSERT INTO indicator_value (id, indicator_id, year, target, "
                                    "actual) VALUES (?, ?, ?, ?, ?) ON CONFLICT (indicator_id, "
                                    "year) DO UPDATE SET target = excluded.target, "
                                    "actual = excluded.actual WHERE target IS NOT excluded.target "
                                    "OR actual IS NOT excluded.actual"),
                     {newId(), ind.id, year, target, actual});
            if (!r)
                return r;
        }
    }

    if (!(r = deleteOthers(db, QStringLiteral("pledge_department"), pid, p.id,
                           idsOf(p.departments))))
        return r;
    for (int i = 0; i < p.departments.size(); ++i) {
        const DepartmentContact& d = p.departments.at(i);
        r = exec(
            db,
            QStringLiteral(
                "INSERT INTO pledge_department (id, pledge_id, position, role, "
                "department, team, leader, leader_phone, officer, officer_phone) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                "SET position = excluded.position, role = excluded.role, "
                "department = excluded.department, team = excluded.team, "
                "leader = excluded.leader, leader_phone = excluded.leader_phone, "
                "officer = excluded.officer, officer_phone = excluded.officer_phone "
                "WHERE position IS NOT excluded.position OR role IS NOT excluded.role OR "
                "department IS NOT excluded.department OR team IS NOT excluded.team OR leader IS "
                "NOT excluded.leader OR leader_phone IS NOT excluded.leader_phone OR officer IS "
                "NOT excluded.officer OR officer_phone IS NOT excluded.officer_phone"),
            {d.id, p.id, i, toKey(d.role), d.department, d.team, d.leader, d.leaderPhone, d.officer,
             d.officerPhone});
        if (!r)
            return r;
    }
    p.updatedAt = now;
    return {};
}

} // namespace openmayor
