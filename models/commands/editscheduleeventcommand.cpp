#include "editscheduleeventcommand.h"

namespace openmayor {

EditScheduleEventCommand::EditScheduleEventCommand(ScheduleRepository repository,
                                                   std::optional<ScheduleEvent> before,
                                                   std::optional<ScheduleEvent> after,
                                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_repository(std::move(repository)), m_before(std::move(before)),
      m_after(std::move(after))
{}

void EditScheduleEventCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_lastStatus = apply(m_after, m_before);
}

void EditScheduleEventCommand::undo()
{
    m_lastStatus = apply(m_before, m_after);
}

Status EditScheduleEventCommand::apply(const std::optional<ScheduleEvent>& target,
                                       const std::optional<ScheduleEvent>& current)
{
    if (!target)
        return current ? m_repository.remove(current->id) : Status();
    // Write the remembered content over whatever row version and sequence the row has now,
    // so that undo is itself a new change for sync and for calendar subscribers.
    ScheduleEvent event = *target;
    if (auto stored = m_repository.event(event.id)) {
        event.rowVersion = stored->rowVersion;
        event.icalSequence = stored->icalSequence;
    }
    auto saved = m_repository.save(event);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace openmayor
