#pragma once

#include "common/result.h"
#include "domain/scheduleevent.h"
#include "storage/schedulerepository.h"

#include <QUndoCommand>

#include <optional>

namespace openmayor {

// One user edit of the schedule: the event before and after. No `before` is a creation,
// no `after` a deletion. redo() writes `after`, undo() writes `before`, both through the
// repository (which notifies the views). A deleted event comes back with its id and UID.
class EditScheduleEventCommand : public QUndoCommand
{
public:
    EditScheduleEventCommand(ScheduleRepository repository, std::optional<ScheduleEvent> before,
                             std::optional<ScheduleEvent> after, const QString& text,
                             QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;

    // Set when the edit was applied before the command was pushed (see pushScheduleEdit).
    void markApplied() { m_skipFirstRedo = true; }
    // The last write's outcome; undo/redo cannot return it.
    const Status& lastStatus() const { return m_lastStatus; }

private:
    Status apply(const std::optional<ScheduleEvent>& target,
                 const std::optional<ScheduleEvent>& current);

    ScheduleRepository m_repository;
    std::optional<ScheduleEvent> m_before;
    std::optional<ScheduleEvent> m_after;
    bool m_skipFirstRedo = false;
    Status m_lastStatus;
};

} // namespace openmayor
