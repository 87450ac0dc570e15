#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/scheduleevent.h"

#include <QList>

namespace openmayor {

class ChangeNotifier;

// The mayor's schedule. Every write emits ChangeNotifier::contentChanged(ScheduleEvent, ids).
// Contract shared by the calendar view (views/schedule) and the iCalendar import/export
// (models/io/icalendar*): keep the signatures stable.
class ScheduleRepository
{
public:
    ScheduleRepository(Database database, ChangeNotifier* notifier);

    // Events that overlap [from, to) ordered by start, then title. Invalid bounds are open.
    Result<QList<ScheduleEvent>> events(const QDateTime& from, const QDateTime& to) const;
    Result<ScheduleEvent> event(const QString& id) const;
    Result<ScheduleEvent> eventByUid(const QString& icalUid) const; // NotFound when absent

    // Inserts (empty id) or updates the event; returns it as stored (id, UID, sequence,
    // row version filled in). Validates: title not empty, end >= start, all-day dates.
    // A non-empty id that is not stored is inserted with that id (undo of a removal).
    // SEQUENCE becomes max(given, stored + 1) when the content changes, so an import
    // keeps the file's higher SEQUENCE; an unchanged event is not written at all.
    Result<ScheduleEvent> save(const ScheduleEvent& event);
    // Saves many in one transaction (imports); nothing is written when one fails.
    Result<QList<ScheduleEvent>> saveAll(const QList<ScheduleEvent>& events);
    Status remove(const QString& id);

    // Ids of the events in `events` that overlap another non-cancelled event.
    // All-day events are left out (they mark a day, not a slot in it); two events that
    // start at the same moment overlap even when they have no length.
    static QStringList overlapping(const QList<ScheduleEvent>& events);

    // The event as save() would store it (title trimmed, minutes precision, all-day at
    // midnight), or the validation error. Used to preview imports without writing.
    static Result<ScheduleEvent> normalized(const ScheduleEvent& event);
    // A new globally unique UID ("<uuid>@openmayor.naju.go.kr").
    static QString newIcalUid();

private:
    Database m_database;
    ChangeNotifier* m_notifier;
};

} // namespace openmayor
