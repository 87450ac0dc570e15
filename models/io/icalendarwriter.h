#pragma once

#include "common/result.h"
#include "domain/scheduleevent.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace openmayor {
class ScheduleRepository;
}

namespace openmayor::ical {

// iCalendar (RFC 5545) export of the mayor's schedule, written by hand for exact control:
// UTF-8, CRLF, content lines folded at 75 octets (never inside a UTF-8 character), TEXT
// escaping of \ ; , and newlines, stable UID and SEQUENCE, a VTIMEZONE for Asia/Seoul
// (TZID=Asia/Seoul, +0900, no daylight saving) used by every timed event, all-day events
// as VALUE=DATE with an exclusive DTEND. Internal events are CLASS:PRIVATE; the
// department and the status "done" travel as X-OPENMAYOR-DEPARTMENT / X-OPENMAYOR-STATUS.

struct ExportOptions
{
    QDate from;              // first day included; invalid = open
    QDate to;                // last day included; invalid = open
    bool publicOnly = false; // internal events are left out entirely
    QDateTime stamp;         // DTSTAMP (UTC); Clock::now() when invalid
};

// The calendar holding `events` (those matching options.publicOnly; the range is the
// caller's business, see exportSchedule) in the given order.
QByteArray writeCalendar(const QList<ScheduleEvent>& events, const ExportOptions& options);

// Reads the events in the options' range from `repository` and writes them to `path`
// atomically (nothing is left half-written). Returns the number of events written.
Result<int> exportSchedule(const ScheduleRepository& repository, const QString& path,
                           const ExportOptions& options);

// Building blocks, public for tests.
QString escapeText(const QString& text);
// One content line (UTF-8, without line break) folded into lines of at most 75 octets,
// each ended by CRLF.
QByteArray foldLine(const QByteArray& line);

} // namespace openmayor::ical
