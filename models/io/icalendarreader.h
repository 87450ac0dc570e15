#pragma once

#include "common/result.h"
#include "domain/scheduleevent.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace openmayor::ical {

// iCalendar (RFC 5545) import: a structural pre-scan of our own (icalendarscan.h) that
// names the line at fault, then libical for the values. Tolerates what Outlook and Google
// write: CRLF or LF, folded lines, a UTF-8 BOM, X- properties, Windows zone names ("Korea
// Standard Time"), UTC times (…Z) and floating times (taken as Seoul time). Every time is
// turned into Seoul wall-clock time, the schedule's own. Repeating events come in as their
// first occurrence (with a warning); changed occurrences (RECURRENCE-ID) are skipped.

struct CalendarContents
{
    // As they would be saved: id empty, icalUid and icalSequence from the file (a UID is
    // derived from the content when the file has none), workflow Draft.
    QList<ScheduleEvent> events;
    QList<int> lines;     // the line of each event's BEGIN:VEVENT
    QStringList warnings; // translated, "Line N: …"
};

// Fails with one translated message naming the line at fault ("Line 12: …").
Result<CalendarContents> readCalendar(const QByteArray& bytes);
Result<CalendarContents> readCalendarFile(const QString& path);

} // namespace openmayor::ical
