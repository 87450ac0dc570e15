// iCalendar input that is odd or broken: time zones (Windows names, zones only the file
// defines, path-like ids), folds inside a UTF-8 character, a UID used twice, and broken
// files that must change nothing and name the line at fault.
#include "schedulestores.h"
#include "testsupport.h"

#include "io/icalendarreader.h"
#include "io/scheduleimport.h"
#include "storage/schedulerepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace openmayor;
using namespace Qt::StringLiterals;

class TestICalendarInput : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_stores = std::make_unique<test::ScheduleStores>(); }
    void cleanup() { m_stores.reset(); }

    void timeZones();
    void foldInsideUtf8IsTolerated();
    void duplicateUidIsRefused();
    void brokenFilesChangeNothing_data();
    void brokenFilesChangeNothing();

private:
    std::unique_ptr<test::ScheduleStores> m_stores;
};

void TestICalendarInput::timeZones()
{
    const QByteArray calendar =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Zones//EN\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:Custom Plus One\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\nUID:pacific\r\nSUMMARY:Windows zone without VTIMEZONE\r\n"
        "DTSTART;TZID=\"Pacific Standard Time\":20240402T170000\r\n"
        "DTEND;TZID=\"Pacific Standard Time\":20240402T180000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:custom\r\nSUMMARY:zone only the file defines\r\n"
        "DTSTART;TZID=Custom Plus One:20240402T100000\r\n"
        "DTEND;TZID=Custom Plus One:20240402T113000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:path\r\nSUMMARY:path-like IANA id\r\n"
        "DTSTART;TZID=/mozilla.org/20050126_1/Asia/Tokyo:20240402T100000\r\n"
        "DURATION:PT45M\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    auto read = ical::readCalendar(calendar);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read->events.size(), 3);
    // 17:00 PDT (UTC-7 in April) is 00:00 UTC, 09:00 in Seoul the next day.
    QCOMPARE(read->events.at(0).start, QDateTime(QDate(2024, 4, 3), QTime(9, 0)));
    QCOMPARE(read->events.at(0).end, QDateTime(QDate(2024, 4, 3), QTime(10, 0)));
    // 10:00 at +0100 is 09:00 UTC, 18:00 in Seoul.
    QCOMPARE(read->events.at(1).start, QDateTime(QDate(2024, 4, 2), QTime(18, 0)));
    QCOMPARE(read->events.at(1).end, QDateTime(QDate(2024, 4, 2), QTime(19, 30)));
    // Tokyo has Seoul's offset; DURATION gives the end.
    QCOMPARE(read->events.at(2).start, QDateTime(QDate(2024, 4, 2), QTime(10, 0)));
    QCOMPARE(read->events.at(2).end, QDateTime(QDate(2024, 4, 2), QTime(10, 45)));

    QByteArray unknown = calendar;
    unknown.replace("Custom Plus One:20240402T113000", "Nowhere Standard Time:20240402T113000");
    auto refused = ical::readCalendar(unknown);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(u"Line 22: "_s),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(u"Nowhere Standard Time"_s));
}

void TestICalendarInput::foldInsideUtf8IsTolerated()
{
    // "SUMMARY:가나다" folded between the second and third octet of 나 (E1 82 98 → EB 82 98).
    QByteArray calendar = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:split\n"
                          "DTSTART;VALUE=DATE:20240402\nSUMMARY:가\xEB\x82\n \x98다\n"
                          "END:VEVENT\nEND:VCALENDAR\n";
    auto read = ical::readCalendar(calendar);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read->events.at(0).title, u"가나다"_s);
    QCOMPARE(read->events.at(0).end, QDateTime(QDate(2024, 4, 3), QTime(0, 0))); // one day
}

void TestICalendarInput::duplicateUidIsRefused()
{
    const QByteArray calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                "BEGIN:VEVENT\r\nUID:twice\r\nDTSTART:20240402T010000Z\r\n"
                                "SUMMARY:one\r\nEND:VEVENT\r\n"
                                "BEGIN:VEVENT\r\nUID:twice\r\nDTSTART:20240403T010000Z\r\n"
                                "SUMMARY:two\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const Database database = m_stores->empty(u"dup.sqlite"_s);
    const ScheduleRepository repository(database, nullptr);
    auto plan = ical::planScheduleImport(*ical::readCalendar(calendar), repository);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.startsWith(u"Line 8: "_s), qPrintable(plan.error().message));
    QVERIFY(plan.error().message.contains(u"line 3"_s));
}

void TestICalendarInput::brokenFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // the start of the message

    QTest::newRow("unterminated event")
        << test::readFile(test::dataPath(u"icalendar/broken-unterminated-event.ics"_s))
        << u"Line 9: BEGIN:VEVENT is never closed"_s;
    QTest::newRow("invalid date") << test::readFile(
                                         test::dataPath(u"icalendar/broken-invalid-date.ics"_s))
                                  << u"Line 12: “20240231T100000” is not a valid date"_s;

    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                            "DTSTART:20240402T010000Z\r\n";
    const QByteArray tail = "END:VEVENT\r\nEND:VCALENDAR\r\n";
    QTest::newRow("event inside event") << head + "BEGIN:VEVENT\r\n" + tail + tail
                                        << u"Line 6: BEGIN:VEVENT inside VEVENT of line 3"_s;
    QTest::newRow("END does not match")
        << head + "END:VTODO\r\n" + tail << u"Line 6: END:VTODO does not close BEGIN:VEVENT"_s;
    QTest::newRow("no DTSTART") << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n") + tail
                                << u"Line 2: the event that begins here has no start"_s;
    QTest::newRow("bad SEQUENCE") << head + "SEQUENCE:two\r\n" + tail
                                  << u"Line 6: “two” is not a valid SEQUENCE"_s;
    QTest::newRow("hour 25") << QByteArray(head).replace("T010000Z", "T250000Z") + tail
                             << u"Line 5: “20240402T250000Z” is not a valid date"_s;
    QTest::newRow("ends before it starts") << head + "DTEND:20240402T000000Z\r\n" + tail
                                           << u"Line 6: A schedule event cannot end before"_s;
    QTest::newRow("bad DURATION") << head + "DURATION:PT\r\n" + tail
                                  << u"Line 6: “PT” is not a valid DURATION"_s;
    QTest::newRow("not a content line")
        << head + "this line has no colon\r\n" + tail
        << u"Line 6: “this line has no colon” is not an iCalendar"_s;
    QTest::newRow("CP949 text") << head + "SUMMARY:\xBD\xC3\xC0\xE5\r\n" + tail
                                << u"Line 6: the line is not UTF-8 text"_s;
    QTest::newRow("text after the calendar") << head + tail + "BEGIN:VEVENT\r\n"
                                             << u"Line 8: there is more text after END:VCALENDAR"_s;

    QByteArray huge = head + "DESCRIPTION:" + QByteArray(10 * 1024 * 1024, 'a') + "\r\n" + tail;
    QTest::newRow("10 MB description")
        << huge << u"Line 6: the value of DESCRIPTION is larger than 1024 KB"_s;
    QByteArray hugeFolded = head + "DESCRIPTION:";
    for (int i = 0; i < 10 * 1024 * 1024 / 73; ++i)
        hugeFolded += QByteArray(73, 'b') + "\r\n ";
    hugeFolded += "end\r\n" + tail;
    QTest::newRow("10 MB folded description")
        << hugeFolded << u"Line 6: the value of DESCRIPTION is larger than 1024 KB"_s;

    QRandomGenerator random(20240402);
    QByteArray garbage(4096, Qt::Uninitialized);
    for (char& c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("binary garbage") << garbage << u"Line 1: "_s;
    QTest::newRow("garbage after the header")
        << QByteArray("BEGIN:VCALENDAR\r\n") + garbage.replace('\n', '\x01')
        << u"Line 2: the line holds control characters or binary data"_s;
    QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << u"The file is empty"_s;
}

void TestICalendarInput::brokenFilesChangeNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Database database = m_stores->demo();
    ScheduleRepository repository(database, nullptr);
    const QByteArray before = test::ScheduleStores::tableHash(database);

    QFile file(m_stores->path(u"broken.ics"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    auto read = ical::readCalendarFile(m_stores->path(u"broken.ics"_s));
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Invalid);
    QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().message));
    QVERIFY(!read.error().message.contains(u'\n')); // one line
    QVERIFY(read.error().message.size() < 300);     // no 10 MB quotes
    QCOMPARE(test::ScheduleStores::tableHash(database), before);
}

QTEST_GUILESS_MAIN(TestICalendarInput)
#include "tst_icalendarinput.moc"
