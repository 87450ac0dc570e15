#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace openmayor {

// One event of the mayor's schedule (시장24시), as stored in schedule_event (DESIGN.md §1).
// Times are local wall-clock times in Asia/Seoul without a zone (Qt::LocalTime semantics are
// not used: the date-times carry no offset). For an all-day event only the dates count and
// `end` is exclusive (a one-day event on 3 May has start 3 May 00:00, end 4 May 00:00).
struct ScheduleEvent
{
    QString id; // UUID; empty for a new event
    QString title;
    QDateTime start;
    QDateTime end; // exclusive, >= start
    bool allDay = false;
    QString place;
    QString category;
    QString department;
    Visibility visibility = Visibility::Public;
    EventStatus status = EventStatus::Planned;
    QString description;
    QString icalUid;      // stable UID for iCalendar; generated on first save when empty
    int icalSequence = 0; // SEQUENCE; raised on every save that changes the event
    WorkflowState workflow = WorkflowState::Draft;
    int rowVersion = 0;

    bool operator==(const ScheduleEvent&) const = default;
};

} // namespace openmayor
