#pragma once

#include "common/result.h"
#include "domain/pledge.h"

class QUndoStack;

namespace openmayor {

class PledgeRepository;

// The facade through which every pledge edit goes (STYLE.md 6): validates, writes, and
// pushes one undo command only when the write succeeded, so a refused edit leaves neither
// the store nor the undo history changed. `before` is taken by value: the write notifies the
// views, which may reload the very object the caller passed.
Status pushPledgeEdit(QUndoStack* stack, PledgeRepository* repository, Pledge before, Pledge after,
                      const QString& description, const QString& mergeKey = {});

// Checks the card's own rules (the schema checks the rest): a code like 7-1-3, a title,
// no negative amounts, quarters and dates well formed.
Status validatePledge(const Pledge& pledge);

} // namespace openmayor
