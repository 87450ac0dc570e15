#pragma once

#include "common/result.h"
#include "domain/pledgebook.h"
#include "storage/database.h"

#include <QStringList>

namespace openmayor {
class ChangeNotifier;
class PledgeRepository;
} // namespace openmayor

namespace openmayor::interchange {

// Reading the store's pledge book for export, and importing a book into the store
// (DESIGN.md §5a): new pledges are added, pledges whose code exists are updated (all
// parts replaced by the file's, the pledge keeping its id), nothing is deleted; missing
// term, areas and goals are created by code (titles and term dates follow the file).

// The whole book: the latest term, every area and goal, every pledge card.
// (Areas carry no term in the repository's API; with several terms all areas come out.)
Result<PledgeBook> readBook(const PledgeRepository& repository);

// What an import would do to one pledge of the file.
struct PledgeChange
{
    enum class Kind
    {
        New,
        Updated,
        Unchanged
    };
    Kind kind = Kind::New;
    QString code;
    QString title;
    QString existingId;       // the stored pledge's id; empty for a new one
    QStringList changedParts; // §5a keys that differ: "title", "status", "goal", "tasks", ...
};

struct ImportPlan
{
    bool newTerm = false;     // the file's term is not in the store (matched by name)
    bool updatedTerm = false; // same name, other dates
    QStringList newAreas, updatedAreas, newGoals, updatedGoals; // codes
    QList<PledgeChange> pledges;                                // in the file's order

    int count(PledgeChange::Kind kind) const;
    bool changesAnything() const;
};

// The preview of an import (nothing is written). Fails when the file refers to a goal or
// an area that is neither in the file nor in the store.
Result<ImportPlan> planImport(const PledgeBook& incoming, const PledgeRepository& repository);

// Applies the import in one transaction: on any failure nothing changes. Returns the plan
// that was applied. Announces the change on `notifier` after the commit.
Result<ImportPlan> applyImport(const PledgeBook& incoming, const Database& database,
                               ChangeNotifier* notifier,
                               const QString& updatedBy = QStringLiteral("import"));

} // namespace openmayor::interchange
