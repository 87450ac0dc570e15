#pragma once

#include "common/result.h"
#include "domain/content.h"

class QUndoStack;

namespace openmayor {

class ContentItemRepository;

// The facade through which every content edit goes (STYLE.md 6), like pushPledgeEdit:
// validates, writes, and pushes one undo command only when the write succeeded, so a
// refused edit leaves neither the store nor the undo history changed.

// Saves `after` (an edit of `before`, same id). `mergeKey`: consecutive edits with the same
// non-empty key merge into one undo step (typing in one field).
Status pushContentEdit(QUndoStack* stack, ContentItemRepository* repository, ContentItem before,
                       ContentItem after, const QString& who, const QString& description,
                       const QString& mergeKey = {});
// Creates `item` (empty id); returns it as stored, with its new id.
Result<ContentItem> pushContentCreate(QUndoStack* stack, ContentItemRepository* repository,
                                      ContentItem item, const QString& who,
                                      const QString& description);
// Deletes `item`; undo puts it back with the same id, parts and workflow state.
Status pushContentDelete(QUndoStack* stack, ContentItemRepository* repository, ContentItem item,
                         const QString& who, const QString& description);

} // namespace openmayor
