#include "icalendarreader.h"

#include "icalendarscan.h"
#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <libical/ical.h>

#include <memory>

namespace openmayor::ical {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

QString textOf(const char* value)
{
    return value ? QString::fromUtf8(value) : QString();
}

const QTimeZone& seoul()
{
    static const QTimeZone zone = QTimeZone::isTimeZoneIdAvailable("Asia/Seoul")
                                      ? QTimeZone("Asia/Seoul")
                                      : QTimeZone(9 * 3600);
    return zone;
}

// Seoul wall-clock time (no zone attached) of a DTSTART/DTEND value.
QDateTime seoulWallClock(const icaltimetype& value, const QByteArray& tzid)
{
    const QDate date(value.year, value.month, value.day);
    if (value.is_date)
        return QDateTime(date, QTime(0, 0));
    const QTime time(value.hour, value.minute, std::min(value.second, 59));
    QDateTime inSeoul;
    if (icaltime_is_utc(value)) {
        inSeoul = QDateTime(date, time, Qt::UTC).toTimeZone(seoul());
    } else if (!tzid.isEmpty()) {
        if (const QTimeZone zone = zoneForTzid(tzid); zone.isValid()) {
            inSeoul = QDateTime(date, time, zone).toTimeZone(seoul());
        } else if (value.zone) { // defined only by the file's VTIMEZONE
            const icaltimetype utc =
                icaltime_convert_to_zone(value, icaltimezone_get_utc_timezone());
            inSeoul = QDateTime(QDate(utc.year, utc.month, utc.day),
                                QTime(utc.hour, utc.minute, std::min(utc.second, 59)), Qt::UTC)
                          .toTimeZone(seoul());
        } else {
            return {};
        }
    } else {
        return QDateTime(date, time); // floating: Seoul time
    }
    return QDateTime(inSeoul.date(), inSeoul.time());
}

QByteArray tzidOf(icalproperty* property)
{
    if (!property)
        return {};
    icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return parameter ? QByteArray(icalparameter_get_tzid(parameter)) : QByteArray();
}

class EventReader
{
public:
    EventReader(icalcomponent* event, const ScannedEvent& scan, QStringList& warnings)
        : m_event(event), m_scan(scan), m_warnings(warnings)
    {}

    // The event, or nullopt when it is to be skipped; an Error when it is unusable.
    Result<std::optional<ScheduleEvent>> read();

private:
    int lineOf(const char* property) const
    {
        return m_scan.propertyLines.value(property, m_scan.beginLine);
    }
    void readTexts(ScheduleEvent& e) const;
    Status readTimes(ScheduleEvent& e) const;

    icalcomponent* m_event;
    const ScannedEvent& m_scan;
    QStringList& m_warnings;
};

Result<std::optional<ScheduleEvent>> EventReader::read()
{
    // What libical could not parse it left out and noted. The values that matter (times,
    // DURATION, SEQUENCE) were checked by the scan, so the rest only warrants a warning;
    // an empty property (Google writes "DESCRIPTION:") is simply absent.
    for (icalproperty* p = icalcomponent_get_first_property(m_event, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(m_event, ICAL_XLICERROR_PROPERTY)) {
        const QString problem = textOf(icalproperty_get_xlicerror(p)).trimmed();
        if (!problem.startsWith(u"No value for"))
            m_warnings << lineError(m_scan.beginLine,
                                    QCoreApplication::translate(
                                        "ICalendar", "a part of the event was left out (%1).")
                                        .arg(problem))
                              .message;
    }
    if (m_scan.propertyLines.contains("RECURRENCE-ID")) {
        m_warnings << lineError(m_scan.beginLine,
                                QCoreApplication::translate(
                                    "ICalendar", "a changed occurrence of a repeating event is not "
                                                 "imported."))
                          .message;
        return std::optional<ScheduleEvent>();
    }
    ScheduleEvent e;
    readTexts(e);
    if (Status s = readTimes(e); !s)
        return s.error();
    if (e.icalUid.isEmpty()) {
        // Derived from the content, so that importing the same file again matches it.
        const QByteArray key =
            (e.title + u'|' + e.start.toString(Qt::ISODate) + u'|' + e.end.toString(Qt::ISODate))
                .toUtf8();
        e.icalUid =
            QString::fromLatin1(
                QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32)) +
            QStringLiteral("@import.openmayor.naju.go.kr");
    }
    if (m_scan.propertyLines.contains("RRULE") || m_scan.propertyLines.contains("RDATE"))
        m_warnings << lineError(
                          lineOf("RRULE"),
                          QCoreApplication::translate(
                              "ICalendar", "“%1” repeats; only its first occurrence is imported.")
                              .arg(e.title))
                          .message;
    auto normalized = ScheduleRepository::normalized(e);
    if (!normalized)
        return lineError(lineOf(m_scan.propertyLines.contains("DTEND") ? "DTEND" : "DTSTART"),
                         normalized.error().message);
    return std::optional<ScheduleEvent>(*normalized);
}

void EventReader::readTexts(ScheduleEvent& e) const
{
    e.icalUid = textOf(icalcomponent_get_uid(m_event)).trimmed();
    e.icalSequence = std::max(0, icalcomponent_get_sequence(m_event));
    e.title = textOf(icalcomponent_get_summary(m_event)).trimmed();
    if (e.title.isEmpty())
        e.title = QCoreApplication::translate("ICalendar", "(No title)");
    e.place = textOf(icalcomponent_get_location(m_event)).trimmed();
    e.description = textOf(icalcomponent_get_description(m_event));
    e.description.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList categories;
    for (icalproperty* p = icalcomponent_get_first_property(m_event, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(m_event, ICAL_CATEGORIES_PROPERTY))
        categories << textOf(icalproperty_get_categories(p)).trimmed();
    categories.removeAll(QString());
    e.category = categories.join(QStringLiteral(", "));
    if (icalproperty* p = icalcomponent_get_first_property(m_event, ICAL_CLASS_PROPERTY)) {
        const icalproperty_class c = icalproperty_get_class(p);
        if (c == ICAL_CLASS_PRIVATE || c == ICAL_CLASS_CONFIDENTIAL)
            e.visibility = Visibility::Internal;
    }
    if (icalcomponent_get_status(m_event) == ICAL_STATUS_CANCELLED)
        e.status = EventStatus::Cancelled;
    for (icalproperty* p = icalcomponent_get_first_property(m_event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(m_event, ICAL_X_PROPERTY)) {
        const QByteArray name = QByteArray(icalproperty_get_x_name(p)).toUpper();
        const QString value = textOf(icalproperty_get_x(p)).trimmed();
        if (name == "X-OPENMAYOR-DEPARTMENT")
            e.department = value;
        else if (name == "X-OPENMAYOR-STATUS" && value.compare(u"done", Qt::CaseInsensitive) == 0 &&
                 e.status != EventStatus::Cancelled)
            e.status = EventStatus::Done;
    }
}

Status EventReader::readTimes(ScheduleEvent& e) const
{
    icalproperty* startProperty = icalcomponent_get_first_property(m_event, ICAL_DTSTART_PROPERTY);
    icalproperty* endProperty = icalcomponent_get_first_property(m_event, ICAL_DTEND_PROPERTY);
    const icaltimetype start = icalcomponent_get_dtstart(m_event);
    // DTEND, or DTSTART + DURATION, or the RFC's defaults (one day, or no length).
    const icaltimetype end = icalcomponent_get_dtend(m_event);
    e.start = seoulWallClock(start, tzidOf(startProperty));
    e.end = seoulWallClock(end, endProperty ? tzidOf(endProperty) : tzidOf(startProperty));
    if (!e.start.isValid())
        return lineError(lineOf("DTSTART"),
                         QCoreApplication::translate("ICalendar", "the start cannot be read."));
    if (!e.end.isValid())
        return lineError(lineOf("DTEND"),
                         QCoreApplication::translate("ICalendar", "the end cannot be read."));
    e.allDay = start.is_date;
    // Outlook marks all-day events written as midnight-to-midnight date-times.
    for (icalproperty* p = icalcomponent_get_first_property(m_event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(m_event, ICAL_X_PROPERTY))
        if (QByteArray(icalproperty_get_x_name(p)).toUpper() == "X-MICROSOFT-CDO-ALLDAYEVENT" &&
            QByteArray(icalproperty_get_x(p)).trimmed().toUpper() == "TRUE" &&
            e.start.time() == QTime(0, 0) && e.end.time() == QTime(0, 0))
            e.allDay = true;
    if (e.allDay && e.end.date() <= e.start.date() && e.end >= e.start)
        e.end = QDateTime(e.start.date().addDays(1), QTime(0, 0)); // a zero-length all-day event
    return {};
}

} // namespace

Result<CalendarContents> readCalendar(const QByteArray& bytes)
{
    auto scanned = scanCalendar(bytes);
    if (!scanned)
        return scanned.error();
    const ComponentPtr root(icalparser_parse_string(scanned->unfolded.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        return Error(Error::Kind::Invalid,
                     QCoreApplication::translate("ICalendar", "The calendar cannot be read."),
                     textOf(icalerror_strerror(icalerrno)));
    CalendarContents contents;
    qsizetype index = 0;
    for (icalcomponent* event =
             icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT);
         event;
         event = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT), ++index) {
        if (index >= scanned->events.size())
            return Error(Error::Kind::Invalid,
                         QCoreApplication::translate("ICalendar", "The calendar cannot be read."),
                         QStringLiteral("libical found more events than the scan"));
        const ScannedEvent& scan = scanned->events.at(index);
        auto read = EventReader(event, scan, contents.warnings).read();
        if (!read)
            return read.error();
        if (!read->has_value())
            continue;
        contents.events << **read;
        contents.lines << scan.beginLine;
    }
    return contents;
}

Result<CalendarContents> readCalendarFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, QCoreApplication::translate("ICalendar", "Cannot read %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxFileBytes)
        return Error(
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "ICalendar", "The file is larger than %1 MB; it is not a schedule to import.")
                .arg(maxFileBytes / (1024 * 1024)));
    return readCalendar(file.readAll());
}

} // namespace openmayor::ical
