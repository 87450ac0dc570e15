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
    Result<ScheduleEvent> save(const ScheduleEvent& event);
    // Saves many in one transaction (imports); nothing is written when one fails.
    Result<QList<ScheduleEvent>> saveAll(const QList<ScheduleEvent>& events);
    Status remove(const QString& id);

    // Ids of the events in `events` that overlap another non-cancelled event.
    static QStringList overlapping(const QList<ScheduleEvent>& events);

private:
    Database m_database;
    ChangeNotifier* m_notifier;
};

} // namespace openmayor
