#include "icalendarscan.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QUtf8StringView>

namespace openmayor::ical {

namespace {

struct ContentLine
{
    int line = 0;
    QByteArray name;                      // upper case
    QHash<QByteArray, QByteArray> params; // upper-case name → value without quotes
    QByteArray value;
};

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// NAME *(";" PARAM "=" VALUE *("," VALUE)) ":" VALUE, quoted parameter values allowed.
std::optional<ContentLine> parseContentLine(int line, const QByteArray& text)
{
    ContentLine parsed;
    parsed.line = line;
    qsizetype i = 0;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    if (i == 0 || i == text.size() || (text.at(i) != ':' && text.at(i) != ';'))
        return std::nullopt;
    parsed.name = text.left(i).toUpper();
    while (text.at(i) == ';') {
        const qsizetype nameStart = ++i;
        while (i < text.size() && isNameChar(text.at(i)))
            ++i;
        if (i == nameStart || i == text.size() || text.at(i) != '=')
            return std::nullopt;
        const QByteArray paramName = text.mid(nameStart, i - nameStart).toUpper();
        QByteArray paramValue;
        ++i;
        while (i < text.size() && text.at(i) != ':' && text.at(i) != ';') {
            if (text.at(i) == '"') {
                const qsizetype close = text.indexOf('"', i + 1);
                if (close < 0)
                    return std::nullopt;
                paramValue += text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                paramValue += text.at(i++);
            }
        }
        if (i == text.size())
            return std::nullopt;
        parsed.params.insert(paramName, paramValue);
    }
    parsed.value = text.mid(i + 1);
    return parsed;
}

bool allDigits(QByteArrayView v)
{
    return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isDate(QByteArrayView v)
{
    return v.size() == 8 && allDigits(v) &&
           QDate(v.first(4).toInt(), v.sliced(4, 2).toInt(), v.sliced(6, 2).toInt()).isValid();
}

bool isDateTime(QByteArrayView v)
{
    if (v.endsWith('Z'))
        v.chop(1);
    if (v.size() != 15 || v.at(8) != 'T' || !isDate(v.first(8)) || !allDigits(v.sliced(9)))
        return false;
    const int hour = v.sliced(9, 2).toInt(), minute = v.sliced(11, 2).toInt();
    const int second = v.sliced(13, 2).toInt();
    return hour < 24 && minute < 60 && second <= 60; // 60: a leap second
}

// DATE when VALUE=DATE; else DATE-TIME, or a bare DATE as some programs write it.
bool isValidTime(const ContentLine& line)
{
    const QByteArray type = line.params.value("VALUE").toUpper();
    if (type == "DATE")
        return isDate(line.value);
    if (!type.isEmpty() && type != "DATE-TIME")
        return false;
    return isDateTime(line.value) || isDate(line.value);
}

QString quoted(const QByteArray& text)
{
    return QString::fromUtf8(text.left(60)) + (text.size() > 60 ? QStringLiteral("…") : QString());
}

class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    Result<ScannedCalendar> scan(QByteArrayView bytes);

private:
    struct Open
    {
        QByteArray name;
        int line;
    };

    std::optional<Error> logicalLine(const ContentLine& line);
    std::optional<Error> eventProperty(const ContentLine& line);

    ScannedCalendar m_result;
    QList<Open> m_stack;
    bool m_calendarClosed = false;
    QList<std::pair<QByteArray, int>> m_zoneUses; // TZID, line
};

std::optional<Error> Scanner::logicalLine(const ContentLine& line)
{
    if (m_calendarClosed)
        return lineError(line.line, tr("there is more text after END:VCALENDAR."));
    if (m_stack.isEmpty() && !(line.name == "BEGIN" && line.value.toUpper() == "VCALENDAR"))
        return lineError(line.line,
                         tr("this is not an iCalendar file (it must begin with BEGIN:VCALENDAR)."));
    if (line.name == "BEGIN") {
        const QByteArray component = line.value.toUpper();
        for (const Open& open : std::as_const(m_stack))
            if (open.name == component || component == "VCALENDAR")
                return lineError(line.line, tr("BEGIN:%1 inside %2 of line %3 (is an END "
                                               "missing?).")
                                                .arg(QString::fromUtf8(component),
                                                     QString::fromUtf8(m_stack.last().name))
                                                .arg(m_stack.last().line));
        if (component == "VEVENT" && m_stack.size() == 1)
            m_result.events << ScannedEvent{line.line, {}};
        m_stack << Open{component, line.line};
        return std::nullopt;
    }
    if (line.name == "END") {
        const QByteArray component = line.value.toUpper();
        const Open open = m_stack.takeLast();
        if (open.name != component)
            return lineError(line.line,
                             tr("END:%1 does not close BEGIN:%2 of line %3.")
                                 .arg(QString::fromUtf8(component), QString::fromUtf8(open.name))
                                 .arg(open.line));
        if (component == "VEVENT" && m_stack.size() == 1 &&
            !m_result.events.last().propertyLines.contains("DTSTART"))
            return lineError(open.line, tr("the event that begins here has no start (DTSTART)."));
        m_calendarClosed = m_stack.isEmpty();
        return std::nullopt;
    }
    const QByteArray& component = m_stack.last().name;
    if (component == "VTIMEZONE" && line.name == "TZID")
        m_result.declaredZones.insert(line.value);
    if (component == "VEVENT" && m_stack.size() == 2)
        return eventProperty(line);
    return std::nullopt;
}

std::optional<Error> Scanner::eventProperty(const ContentLine& line)
{
    ScannedEvent& event = m_result.events.last();
    if (!event.propertyLines.contains(line.name))
        event.propertyLines.insert(line.name, line.line);
    static const QByteArrayList times = {"DTSTART", "DTEND", "RECURRENCE-ID", "DTSTAMP"};
    if (times.contains(line.name)) {
        if (!isValidTime(line))
            return lineError(line.line, tr("“%1” is not a valid date or date-time for %2.")
                                            .arg(quoted(line.value), QString::fromUtf8(line.name)));
        if (line.params.contains("TZID") && !line.value.endsWith('Z'))
            m_zoneUses << std::pair(line.params.value("TZID"), line.line);
    } else if (line.name == "DURATION") {
        static const QRegularExpression duration(
            QStringLiteral("^[+-]?P(\\d+W|(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?)$"));
        if (line.value == "P" || !duration.match(QString::fromLatin1(line.value)).hasMatch())
            return lineError(line.line,
                             tr("“%1” is not a valid DURATION.").arg(quoted(line.value)));
    } else if (line.name == "SEQUENCE") {
        if (line.value.isEmpty() || line.value.size() > 9 || !allDigits(line.value))
            return lineError(line.line,
                             tr("“%1” is not a valid SEQUENCE number.").arg(quoted(line.value)));
    }
    return std::nullopt;
}

Result<ScannedCalendar> Scanner::scan(QByteArrayView bytes)
{
    if (bytes.size() > maxFileBytes)
        return Error(Error::Kind::Invalid,
                     tr("The file is larger than %1 MB; it is not a schedule to import.")
                         .arg(maxFileBytes / (1024 * 1024)));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    // Physical lines (CRLF or LF) → logical lines (unfolded), each with its first line number.
    QList<std::pair<int, QByteArray>> logical;
    int lineNo = 0;
    qsizetype pos = 0;
    const auto tooLong = [](int line, QByteArrayView text) {
        qsizetype nameEnd = 0;
        while (nameEnd < std::min<qsizetype>(text.size(), 40) && isNameChar(text.at(nameEnd)))
            ++nameEnd;
        return lineError(line, tr("the value of %1 is larger than %2 KB.")
                                   .arg(QString::fromUtf8(text.first(nameEnd)))
                                   .arg(maxValueBytes / 1024));
    };
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        const qsizetype next = end < 0 ? bytes.size() : end + 1;
        if (end < 0)
            end = bytes.size();
        QByteArrayView physical = bytes.sliced(pos, end - pos);
        if (physical.endsWith('\r'))
            physical.chop(1);
        ++lineNo;
        pos = next;
        if (physical.size() > maxValueBytes)
            return tooLong(lineNo, physical);
        for (const char c : physical)
            if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
                return lineError(lineNo, tr("the line holds control characters or binary data; "
                                            "this is not an iCalendar text file."));
        if (physical.isEmpty())
            continue;
        if (physical.front() == ' ' || physical.front() == '\t') {
            if (logical.isEmpty())
                return lineError(lineNo, tr("a continuation line without a line before it."));
            logical.last().second += physical.sliced(1);
            if (logical.last().second.size() > maxValueBytes)
                return tooLong(logical.last().first, logical.last().second);
            continue;
        }
        logical.append({lineNo, physical.toByteArray()});
    }
    if (logical.isEmpty())
        return Error(Error::Kind::Invalid, tr("The file is empty; it holds no calendar."));

    for (const auto& [line, text] : std::as_const(logical)) {
        // Checked after unfolding: some programs fold inside a UTF-8 character.
        if (!QUtf8StringView(text).isValidUtf8())
            return lineError(line, tr("the line is not UTF-8 text (binary data or another "
                                      "encoding)."));
        const std::optional<ContentLine> parsed = parseContentLine(line, text);
        if (!parsed)
            return lineError(
                line, tr("“%1” is not an iCalendar content line (NAME:value).").arg(quoted(text)));
        if (std::optional<Error> error = logicalLine(*parsed))
            return *error;
        m_result.unfolded += text;
        m_result.unfolded += "\r\n";
    }
    if (!m_stack.isEmpty())
        return lineError(m_stack.last().line, tr("BEGIN:%1 is never closed (the file ends first).")
                                                  .arg(QString::fromUtf8(m_stack.last().name)));
    for (const auto& [tzid, line] : std::as_const(m_zoneUses))
        if (!m_result.declaredZones.contains(tzid) && !zoneForTzid(tzid).isValid())
            return lineError(line, tr("the time zone “%1” is unknown and the file does not "
                                      "define it (VTIMEZONE).")
                                       .arg(quoted(tzid)));
    return std::move(m_result);
}

} // namespace

Result<ScannedCalendar> scanCalendar(const QByteArray& bytes)
{
    return Scanner().scan(bytes);
}

QTimeZone zoneForTzid(const QByteArray& tzid)
{
    if (QTimeZone::isTimeZoneIdAvailable(tzid))
        return QTimeZone(tzid);
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid);
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    // Path-like ids end in an IANA id of two or three parts.
    const QByteArrayList parts = tzid.split('/');
    for (qsizetype n = 3; n >= 2; --n) {
        if (parts.size() <= n)
            continue;
        const QByteArray tail = parts.mid(parts.size() - n).join('/');
        if (QTimeZone::isTimeZoneIdAvailable(tail))
            return QTimeZone(tail);
    }
    return QTimeZone();
}

Error lineError(int line, const QString& message)
{
    return Error(Error::Kind::Invalid,
                 QCoreApplication::translate("ICalendar", "Line %1: %2").arg(line).arg(message));
}

} // namespace openmayor::ical
