#include "icalendarwriter.h"

#include "common/clock.h"
#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace openmayor::ical {

namespace {

constexpr int maxLineOctets = 75;

QString dateValue(const QDate& date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString localDateTimeValue(const QDateTime& value)
{
    return value.date().toString(QStringLiteral("yyyyMMdd")) + u'T' +
           value.time().toString(QStringLiteral("HHmm")) + QStringLiteral("00");
}

// Control characters other than the newline and the tab are not allowed in a content line;
// CR LF and lone CRs become newlines.
QString withoutControls(const QString& text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    unified.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t'; });
    return unified;
}

class CalendarText
{
public:
    void line(const QString& nameAndValue) { m_bytes += foldLine(nameAndValue.toUtf8()); }
    void text(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            line(QString::fromLatin1(name) + u':' + escapeText(value));
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

void writeSeoulTimeZone(CalendarText& out)
{
    out.line(QStringLiteral("BEGIN:VTIMEZONE"));
    out.line(QStringLiteral("TZID:Asia/Seoul"));
    out.line(QStringLiteral("X-LIC-LOCATION:Asia/Seoul"));
    out.line(QStringLiteral("BEGIN:STANDARD"));
    out.line(QStringLiteral("DTSTART:19700101T000000"));
    out.line(QStringLiteral("TZOFFSETFROM:+0900"));
    out.line(QStringLiteral("TZOFFSETTO:+0900"));
    out.line(QStringLiteral("TZNAME:KST"));
    out.line(QStringLiteral("END:STANDARD"));
    out.line(QStringLiteral("END:VTIMEZONE"));
}

void writeEvent(CalendarText& out, const ScheduleEvent& e, const QString& stamp)
{
    out.line(QStringLiteral("BEGIN:VEVENT"));
    out.text("UID", e.icalUid);
    out.line(QStringLiteral("SEQUENCE:") + QString::number(e.icalSequence));
    out.line(QStringLiteral("DTSTAMP:") + stamp);
    if (e.allDay) {
        out.line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(e.start.date()));
        out.line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(e.end.date()));
    } else {
        out.line(QStringLiteral("DTSTART;TZID=Asia/Seoul:") + localDateTimeValue(e.start));
        out.line(QStringLiteral("DTEND;TZID=Asia/Seoul:") + localDateTimeValue(e.end));
    }
    out.text("SUMMARY", withoutControls(e.title));
    out.text("LOCATION", withoutControls(e.place));
    out.text("CATEGORIES", withoutControls(e.category));
    out.text("DESCRIPTION", withoutControls(e.description));
    out.line(e.status == EventStatus::Cancelled ? QStringLiteral("STATUS:CANCELLED")
                                                : QStringLiteral("STATUS:CONFIRMED"));
    out.line(e.visibility == Visibility::Internal ? QStringLiteral("CLASS:PRIVATE")
                                                  : QStringLiteral("CLASS:PUBLIC"));
    out.line(e.allDay ? QStringLiteral("TRANSP:TRANSPARENT") : QStringLiteral("TRANSP:OPAQUE"));
    out.text("X-OPENMAYOR-DEPARTMENT", withoutControls(e.department));
    if (e.status == EventStatus::Done)
        out.line(QStringLiteral("X-OPENMAYOR-STATUS:done"));
    out.line(QStringLiteral("END:VEVENT"));
}

} // namespace

QString escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u';':
            escaped += QStringLiteral("\\;");
            break;
        case u',':
            escaped += QStringLiteral("\\,");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldLine(const QByteArray& line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 60 * 3 + 2);
    qsizetype pos = 0;
    int budget = maxLineOctets; // the first line has 75 octets, continuations 74 after the space
    while (line.size() - pos > budget) {
        qsizetype cut = pos + budget;
        // Step back to the first byte of a UTF-8 character (continuation bytes are 10xxxxxx).
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(pos, cut - pos);
        folded += "\r\n ";
        pos = cut;
        budget = maxLineOctets - 1;
    }
    folded += line.mid(pos);
    folded += "\r\n";
    return folded;
}

QByteArray writeCalendar(const QList<ScheduleEvent>& events, const ExportOptions& options)
{
    QList<const ScheduleEvent*> chosen;
    bool anyTimed = false;
    for (const ScheduleEvent& e : events) {
        if (options.publicOnly && e.visibility == Visibility::Internal)
            continue;
        chosen << &e;
        anyTimed = anyTimed || !e.allDay;
    }
    const QDateTime stampTime = (options.stamp.isValid() ? options.stamp : Clock::now()).toUTC();
    const QString stamp = stampTime.toString(QStringLiteral("yyyyMMdd")) + u'T' +
                          stampTime.toString(QStringLiteral("HHmmss")) + u'Z';

    CalendarText out;
    out.line(QStringLiteral("BEGIN:VCALENDAR"));
    out.line(QStringLiteral("VERSION:2.0"));
    out.line(QStringLiteral("PRODID:-//Naju City//OpenMayor Studio " OPENMAYOR_VERSION "//KO"));
    out.line(QStringLiteral("CALSCALE:GREGORIAN"));
    out.line(QStringLiteral("METHOD:PUBLISH"));
    out.text("X-WR-CALNAME", QCoreApplication::translate("ICalendar", "Mayor's schedule"));
    out.line(QStringLiteral("X-WR-TIMEZONE:Asia/Seoul"));
    if (anyTimed)
        writeSeoulTimeZone(out);
    for (const ScheduleEvent* e : std::as_const(chosen))
        writeEvent(out, *e, stamp);
    out.line(QStringLiteral("END:VCALENDAR"));
    return out.bytes();
}

Result<int> exportSchedule(const ScheduleRepository& repository, const QString& path,
                           const ExportOptions& options)
{
    const QDateTime from =
        options.from.isValid() ? QDateTime(options.from, QTime(0, 0)) : QDateTime();
    const QDateTime to =
        options.to.isValid() ? QDateTime(options.to.addDays(1), QTime(0, 0)) : QDateTime();
    auto events = repository.events(from, to);
    if (!events)
        return events.error();
    if (options.publicOnly)
        events->removeIf(
            [](const ScheduleEvent& e) { return e.visibility == Visibility::Internal; });
    const QByteArray bytes = writeCalendar(*events, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Kind::Io,
                     QCoreApplication::translate("ICalendar", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    return int(events->size());
}

} // namespace openmayor::ical
