#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace openmayor::ical {

// The structural pre-scan of an .ics file, before libical sees it. libical is lenient (it
// repairs or drops what it cannot parse and reports no line numbers), so this pass finds
// what makes a file unusable and names the line: bytes that are not UTF-8 text, values
// over the size limit, lines that are not content lines, BEGIN/END that do not balance,
// malformed DATE / DATE-TIME / SEQUENCE values and unknown time zones of an event.

constexpr qint64 maxFileBytes = 32 * 1024 * 1024; // a schedule of years fits many times
constexpr qint64 maxValueBytes = 1024 * 1024;     // one property (e.g. DESCRIPTION)

struct ScannedEvent
{
    int beginLine = 0;
    QHash<QByteArray, int> propertyLines; // upper-case name → line of its first occurrence
};

struct ScannedCalendar
{
    QByteArray unfolded;        // the logical lines joined by CRLF, without BOM (libical's input)
    QList<ScannedEvent> events; // top-level VEVENTs in file order
    QSet<QByteArray> declaredZones; // TZIDs of the file's VTIMEZONEs
};

Result<ScannedCalendar> scanCalendar(const QByteArray& bytes);

// The zone a TZID names: an IANA id ("Asia/Seoul"), a Windows name as Outlook writes it
// ("Korea Standard Time"), or a path ending in an IANA id ("/mozilla.org/…/Asia/Seoul").
// Invalid when unknown (the file's own VTIMEZONE may still define it).
QTimeZone zoneForTzid(const QByteArray& tzid);

// An error about line `line` of the file (translated, "Line N: …").
Error lineError(int line, const QString& message);

} // namespace openmayor::ical
