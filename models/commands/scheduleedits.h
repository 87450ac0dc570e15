#pragma once

#include "common/result.h"
#include "domain/scheduleevent.h"

#include <optional>

class QUndoStack;

namespace openmayor {

class ScheduleRepository;

// The facade through which every schedule edit goes (STYLE.md 6): validates, writes, and
// pushes one undo command only when the write succeeded, so a refused edit leaves neither
// the store nor the undo history changed. No `before` creates, no `after` deletes.
// Returns the event as stored (for a deletion: the deleted event).
Result<ScheduleEvent> pushScheduleEdit(QUndoStack* stack, const ScheduleRepository& repository,
                                       std::optional<ScheduleEvent> before,
                                       std::optional<ScheduleEvent> after,
                                       const QString& description);

// The event's own rules, each with one translated message: a title, a start and an end,
// no end before the start, all-day events on whole dates, lengths within reason.
Status validateScheduleEvent(const ScheduleEvent& event);

} // namespace openmayor
