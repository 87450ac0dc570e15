#pragma once

#include "common/result.h"
#include "domain/scheduleevent.h"
#include "icalendarreader.h"

#include <QStringList>

namespace openmayor {
class ScheduleRepository;
}

namespace openmayor::ical {

// What importing an .ics file does to the schedule: each VEVENT is matched with a stored
// event by UID. New when no event has the UID; updated when its SEQUENCE is higher than the
// stored one or its content (title, times, all-day, place, category, department,
// visibility, status, description) differs; else unchanged. Nothing is ever deleted.
struct ScheduleChange
{
    enum class Kind
    {
        New,
        Updated,
        Unchanged
    };
    Kind kind = Kind::New;
    ScheduleEvent event;       // as it will be saved (an update keeps the stored id and workflow)
    int line = 0;              // the line of BEGIN:VEVENT in the file
    QStringList changedFields; // for updates: "title", "start", "end", "all_day", "place",
                               // "category", "department", "visibility", "status",
                               // "description", "sequence"
};

struct ScheduleImportPlan
{
    QList<ScheduleChange> changes; // in the file's order
    QStringList warnings;          // translated, "Line N: …"

    int count(ScheduleChange::Kind kind) const;
    bool changesAnything() const;
};

// The preview (nothing is written). Fails when two events of the file share a UID.
Result<ScheduleImportPlan> planScheduleImport(const CalendarContents& contents,
                                              const ScheduleRepository& repository);
// Writes the new and updated events in one transaction (ScheduleRepository::saveAll):
// on any failure nothing changes. Returns the plan with the events as stored.
Result<ScheduleImportPlan> applyScheduleImport(const ScheduleImportPlan& plan,
                                               ScheduleRepository& repository);

} // namespace openmayor::ical
