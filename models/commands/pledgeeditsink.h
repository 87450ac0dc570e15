#pragma once

#include "common/result.h"
#include "domain/pledge.h"

namespace openmayor {

// What the card's item models edit through: the card as it is now, and a way to apply a
// changed copy of it. The card editor implements it by pushing an undo command; tests may
// implement it directly. Models call refresh() on themselves after the sink reloads.
class PledgeEditSink
{
public:
    virtual ~PledgeEditSink() = default;
    virtual const Pledge& pledge() const = 0;
    // Applies `after` as one undoable edit named `description` (already translated).
    // `mergeKey`: consecutive edits with the same non-empty key merge into one undo step.
    virtual Status applyEdit(const Pledge& after, const QString& description,
                             const QString& mergeKey = {}) = 0;
};

} // namespace openmayor
