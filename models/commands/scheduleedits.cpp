#include "scheduleedits.h"

#include "editscheduleeventcommand.h"
#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace openmayor {

namespace {
Error invalid(const char* text)
{
    return Error(Error::Kind::Invalid,
                 QCoreApplication::translate("openmayor::ScheduleEdits", text));
}
} // namespace

Status validateScheduleEvent(const ScheduleEvent& e)
{
    if (e.title.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleEdits", "An event needs a title."));
    if (e.title.size() > 300)
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleEdits",
                                         "An event title has at most 300 characters."));
    if (!e.start.isValid() || !e.end.isValid())
        return invalid(
            QT_TRANSLATE_NOOP("openmayor::ScheduleEdits", "An event needs a valid start and end."));
    if (e.end < e.start)
        return invalid(
            QT_TRANSLATE_NOOP("openmayor::ScheduleEdits", "The end comes before the start."));
    if (e.allDay && (e.start.time() != QTime(0, 0) || e.end.time() != QTime(0, 0) ||
                     e.end.date() <= e.start.date()))
        return invalid(
            QT_TRANSLATE_NOOP("openmayor::ScheduleEdits", "An all-day event covers whole days."));
    if (e.start.daysTo(e.end) > 366)
        return invalid(
            QT_TRANSLATE_NOOP("openmayor::ScheduleEdits", "An event lasts at most one year."));
    if (e.place.size() > 300 || e.category.size() > 100 || e.department.size() > 100)
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleEdits",
                                         "Place, category or department is too long."));
    if (e.description.size() > 100000)
        return invalid(QT_TRANSLATE_NOOP("openmayor::ScheduleEdits",
                                         "The description has at most 100,000 characters."));
    return {};
}

Result<ScheduleEvent> pushScheduleEdit(QUndoStack* stack, const ScheduleRepository& repository,
                                       std::optional<ScheduleEvent> before,
                                       std::optional<ScheduleEvent> after,
                                       const QString& description)
{
    ScheduleRepository writer = repository;
    ScheduleEvent result;
    if (after) {
        if (Status s = validateScheduleEvent(*after); !s)
            return s.error();
        auto saved = writer.save(*after);
        if (!saved)
            return saved.error();
        result = *saved;
        after = *saved; // with id and UID, so that redo after undo recreates the same event
    } else if (before) {
        if (Status s = writer.remove(before->id); !s)
            return s.error();
        result = *before;
    } else {
        return result;
    }
    auto* command =
        new EditScheduleEventCommand(writer, std::move(before), std::move(after), description);
    command->markApplied();
    stack->push(command);
    return result;
}

} // namespace openmayor
