#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/pledge.h"

namespace openmayor {

class ChangeNotifier;

// Reads and writes the pledge book. Every write runs in one transaction and is announced
// on the notifier after it commits.
class PledgeRepository
{
public:
    PledgeRepository(Database database, ChangeNotifier* notifier);
    const Database& database() const { return m_database; }

    Result<QList<Term>> terms() const;
    Result<QList<PledgeArea>> areas() const;
    Result<QList<PledgeGoal>> goals() const;
    // All pledges (or those of `onlyIds`) ordered by code, with their rates computed as of
    // each pledge's basis date, or as of `asOf` for all when given.
    Result<QList<PledgeSummary>> summaries(std::optional<QDate> asOf = std::nullopt,
                                           const QStringList& onlyIds = {}) const;

    Result<Pledge> load(const QString& id) const;
    Result<Pledge> loadByCode(const QString& code) const;

    Status saveTerm(Term& term);
    Status saveArea(PledgeArea& area, const QString& termId);
    Status saveGoal(PledgeGoal& goal);
    // Inserts or updates the pledge and replaces its parts with the value's; ids of new
    // parts are assigned and written back into `pledge`.
    Status save(Pledge& pledge, const QString& updatedBy = {});

    // The same writes inside a transaction the caller has opened on `db` (e.g. an import
    // that must apply everything or nothing). They neither commit nor notify: the caller
    // commits and announces the change. Ids are assigned as by the calls above.
    static Status saveInTransaction(QSqlDatabase& db, Term& term);
    static Status saveInTransaction(QSqlDatabase& db, PledgeArea& area, const QString& termId);
    static Status saveInTransaction(QSqlDatabase& db, PledgeGoal& goal);
    static Status saveInTransaction(QSqlDatabase& db, Pledge& pledge, const QString& updatedBy);

private:
    Database m_database;
    ChangeNotifier* m_notifier;
};

} // namespace openmayor
