// iCalendar import and export (models/io/icalendar*, scheduleimport): folding and
// escaping, the demo schedule's round trip, an independent parser (python3-icalendar) on
// our output, golden Outlook- and Google-style samples, re-import of an edited file.
// Time zones and broken files: tst_icalendarinput.cpp.
#include "schedulestores.h"
#include "testsupport.h"

#include "common/clock.h"
#include "io/icalendarreader.h"
#include "io/icalendarwriter.h"
#include "io/scheduleimport.h"
#include "storage/database.h"
#include "storage/schedulerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QUtf8StringView>
#include <QtTest>

#include <memory>

using namespace openmayor;
using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime& value, bool allDay)
{
    return allDay ? value.date().toString(Qt::ISODate) : value.toString(u"yyyy-MM-ddTHH:mm"_s);
}

// The event in the form of expected.json and of tests/support/ics_events.py.
QJsonObject eventJson(const ScheduleEvent& e)
{
    return {{u"uid"_s, e.icalUid},
            {u"sequence"_s, e.icalSequence},
            {u"title"_s, e.title},
            {u"start"_s, timeText(e.start, e.allDay)},
            {u"end"_s, timeText(e.end, e.allDay)},
            {u"all_day"_s, e.allDay},
            {u"place"_s, e.place},
            {u"category"_s, e.category},
            {u"department"_s, e.department},
            {u"visibility"_s, toKey(e.visibility)},
            {u"status"_s, toKey(e.status)},
            {u"description"_s, e.description}};
}

QJsonArray eventsJson(const QList<ScheduleEvent>& events)
{
    QJsonArray array;
    for (const ScheduleEvent& e : events)
        array.append(eventJson(e));
    return array;
}

// Each physical line of `bytes` (which must end in CRLF) with its CRLF removed.
QList<QByteArray> physicalLines(const QByteArray& bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeLast(); // after the final line break
    for (QByteArray& line : lines)
        line.chop(1);
    return lines;
}

// A python3 that has the icalendar module: $OPENMAYOR_PYTHON3, python3 on PATH, or the
// system's (a user's pyenv may come first on PATH without Debian's modules).
QString pythonWithIcalendar(QStringList& tried)
{
    QStringList candidates;
    if (qEnvironmentVariableIsSet("OPENMAYOR_PYTHON3"))
        candidates << qEnvironmentVariable("OPENMAYOR_PYTHON3");
    candidates << QStandardPaths::findExecutable(u"python3"_s) << u"/usr/bin/python3"_s;
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.isEmpty() || tried.contains(candidate))
            continue;
        tried << candidate;
        QProcess process;
        process.start(candidate, {u"-c"_s, u"import icalendar"_s});
        if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
            process.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void escaping();
    void escapingRoundTrips();
    void foldingKeepsUtf8Whole_data();
    void foldingKeepsUtf8Whole();
    void exportedDemoIsWellFormed();
    void publicOnlyAndRange();
    void roundTripChangesNothing();
    void roundTripThroughEmptyStore();
    void independentParserAgrees();
    void goldenSamples_data();
    void goldenSamples();
    void reimportOfEditedFileUpdates();

private:
    Database demoStore() { return m_stores->demo(); }
    Database emptyStore(const QString& name) { return m_stores->empty(name); }
    static QByteArray tableHash(const Database& database)
    {
        return test::ScheduleStores::tableHash(database);
    }
    QString path(const QString& name) const { return m_stores->path(name); }

    std::unique_ptr<test::ScheduleStores> m_stores;
    const QDateTime m_stamp = QDateTime(QDate(2024, 6, 1), QTime(3, 0), Qt::UTC);
};

void TestICalendar::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    Clock::pin(m_stamp);
}

void TestICalendar::cleanupTestCase()
{
    Clock::reset();
}

void TestICalendar::init()
{
    m_stores = std::make_unique<test::ScheduleStores>();
}

void TestICalendar::cleanup()
{
    m_stores.reset();
}

void TestICalendar::escaping()
{
    QCOMPARE(ical::escapeText(u"a,b;c\\d\ne"_s), u"a\\,b\\;c\\\\d\\ne"_s);
    QCOMPARE(ical::escapeText(u"시장실: 열림"_s), u"시장실: 열림"_s); // ':' needs no escape
}

void TestICalendar::escapingRoundTrips()
{
    ScheduleEvent e;
    e.title = u"a,b;c\\d \\n는 글자, \\, 도 글자"_s;
    e.place = u"\\;\\,\\\\"_s;
    e.category = u"행사, 축제"_s;
    e.department = u"총무과\n(겸직)"_s;
    e.description = u"줄 하나\n줄 둘\r\n줄 셋\\n아님\n"_s;
    e.start = QDateTime(QDate(2024, 8, 15), QTime(0, 0));
    e.end = e.start.addDays(1);
    e.allDay = true;
    e.icalUid = u"escape;test,uid@example.org"_s;
    const QByteArray bytes = ical::writeCalendar({e}, {});
    QVERIFY(bytes.contains("SUMMARY:a\\,b\\;c\\\\d \\\\n는 글자\\, \\\\\\, 도 글자\r\n"));
    auto read = ical::readCalendar(bytes);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    const ScheduleEvent& back = read->events.at(0);
    QCOMPARE(back.title, e.title);
    QCOMPARE(back.place, e.place);
    QCOMPARE(back.category, e.category);
    QCOMPARE(back.department, e.department);
    QCOMPARE(back.description, u"줄 하나\n줄 둘\n줄 셋\\n아님\n"_s); // CR LF becomes LF
    QCOMPARE(back.icalUid, e.icalUid);
}

void TestICalendar::foldingKeepsUtf8Whole_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("ascii") << u"DESCRIPTION:"_s + QString(200, u'x');
    // Three-octet Hangul after prefixes of every length mod 3, so cuts fall everywhere.
    for (int pad = 0; pad < 3; ++pad)
        QTest::addRow("hangul after %d", pad)
            << u"SUMMARY:"_s + QString(pad, u'a') + QString(60, u'가').replace(7, 1, u"나"_s);
    QTest::newRow("four-octet") << u"LOCATION:x"_s + QString::fromUtf8("😀가😀😀나다😀").repeated(9);
    QTest::newRow("exactly 75") << u"SUMMARY:"_s + QString(67, u'y');
    QTest::newRow("76") << u"SUMMARY:"_s + QString(68, u'y');
}

void TestICalendar::foldingKeepsUtf8Whole()
{
    QFETCH(QString, line);
    const QByteArray folded = ical::foldLine(line.toUtf8());
    QVERIFY(folded.endsWith("\r\n"));
    QByteArray unfolded;
    const QList<QByteArray> lines = physicalLines(folded);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& physical = lines.at(i);
        QVERIFY2(physical.size() <= 75, physical.constData());
        QVERIFY2(QUtf8StringView(physical).isValidUtf8(), "a fold split a UTF-8 character");
        QVERIFY(!physical.contains('\r'));
        if (i + 1 < lines.size())
            QVERIFY(physical.size() >= 72); // folds as late as the characters allow
        if (i > 0) {
            QVERIFY(physical.startsWith(' '));
            unfolded += physical.mid(1);
        } else {
            unfolded += physical;
        }
    }
    QCOMPARE(QString::fromUtf8(unfolded), line);
    QCOMPARE(lines.size() == 1, line.toUtf8().size() <= 75);
}

void TestICalendar::exportedDemoIsWellFormed()
{
    const Database database = demoStore();
    const ScheduleRepository repository(database, nullptr);
    auto events = repository.events({}, {});
    QVERIFY(events);
    QCOMPARE(events->size(), 40);
    const QByteArray bytes = ical::writeCalendar(*events, {});
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Naju City//"));
    QVERIFY(bytes.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    for (const QByteArray& line : physicalLines(bytes)) {
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY(QUtf8StringView(line).isValidUtf8());
    }
    QVERIFY(bytes.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\n"));
    QVERIFY(bytes.contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"));
    QVERIFY(!bytes.contains("DAYLIGHT"));
    QVERIFY(bytes.contains("DTSTAMP:20240601T030000Z\r\n"));

    int allDay = 0, internal = 0, cancelled = 0, done = 0;
    for (const ScheduleEvent& e : std::as_const(*events)) {
        allDay += e.allDay;
        internal += e.visibility == Visibility::Internal;
        cancelled += e.status == EventStatus::Cancelled;
        done += e.status == EventStatus::Done;
        QVERIFY(bytes.contains(QByteArray("UID:" + e.icalUid.toUtf8() + "\r\n")));
    }
    QVERIFY(allDay > 0 && internal > 0 && cancelled > 0 && done > 0);
    QCOMPARE(int(bytes.count("BEGIN:VEVENT\r\n")), 40);
    QCOMPARE(int(bytes.count("DTSTART;VALUE=DATE:")), allDay);
    QCOMPARE(int(bytes.count("DTEND;VALUE=DATE:")), allDay);
    QCOMPARE(int(bytes.count("DTSTART;TZID=Asia/Seoul:")), 40 - allDay);
    QCOMPARE(int(bytes.count("CLASS:PRIVATE\r\n")), internal);
    QCOMPARE(int(bytes.count("CLASS:PUBLIC\r\n")), 40 - internal);
    QCOMPARE(int(bytes.count("STATUS:CANCELLED\r\n")), cancelled);
    QCOMPARE(int(bytes.count("X-OPENMAYOR-STATUS:done\r\n")), done);
    QCOMPARE(int(bytes.count("X-OPENMAYOR-DEPARTMENT:총무과\r\n")), 40);

    // Only all-day events: no VTIMEZONE is needed.
    QList<ScheduleEvent> allDayOnly = *events;
    allDayOnly.removeIf([](const ScheduleEvent& e) { return !e.allDay; });
    QVERIFY(!ical::writeCalendar(allDayOnly, {}).contains("VTIMEZONE"));
}

void TestICalendar::publicOnlyAndRange()
{
    const Database database = demoStore();
    const ScheduleRepository repository(database, nullptr);
    const QList<ScheduleEvent> all = *repository.events({}, {});

    ical::ExportOptions options;
    options.publicOnly = true;
    auto written = ical::exportSchedule(repository, path(u"public.ics"_s), options);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
    const QByteArray bytes = test::readFile(path(u"public.ics"_s));
    auto read = ical::readCalendar(bytes);
    QVERIFY(read);
    int publicCount = 0;
    for (const ScheduleEvent& e : all) {
        const bool isPublic = e.visibility == Visibility::Public;
        publicCount += isPublic;
        // Internal events are left out entirely, not merely marked.
        QCOMPARE(bytes.contains(e.icalUid.toUtf8()), isPublic);
    }
    QCOMPARE(*written, publicCount);
    QCOMPARE(read->events.size(), publicCount);
    QVERIFY(!bytes.contains("CLASS:PRIVATE"));

    // --from / --to: whole days, both included.
    options = {};
    options.from = QDate(2024, 4, 1);
    options.to = QDate(2024, 4, 30);
    written = ical::exportSchedule(repository, path(u"april.ics"_s), options);
    QVERIFY(written);
    int april = 0;
    for (const ScheduleEvent& e : all)
        april += e.start.date() <= options.to && e.end > QDateTime(options.from, QTime(0, 0));
    QVERIFY(april > 0 && april < 40);
    QCOMPARE(*written, april);
    QCOMPARE(ical::readCalendarFile(path(u"april.ics"_s))->events.size(), april);
}

void TestICalendar::roundTripChangesNothing()
{
    const Database database = demoStore();
    ScheduleRepository repository(database, nullptr);
    const QByteArray before = tableHash(database);
    QVERIFY(ical::exportSchedule(repository, path(u"demo.ics"_s), {}));

    auto read = ical::readCalendarFile(path(u"demo.ics"_s));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(read->events.size(), 40);
    QVERIFY(read->warnings.isEmpty());
    auto plan = ical::planScheduleImport(*read, repository);
    QVERIFY(plan);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::Unchanged), 40);
    QVERIFY(!plan->changesAnything());
    QVERIFY(ical::applyScheduleImport(*plan, repository));
    QCOMPARE(tableHash(database), before);
}

void TestICalendar::roundTripThroughEmptyStore()
{
    const Database demo = demoStore();
    const ScheduleRepository source(demo, nullptr);
    const QList<ScheduleEvent> original = *source.events({}, {});
    const QByteArray first = ical::writeCalendar(original, {});

    const Database empty = emptyStore(u"empty.sqlite"_s);
    ScheduleRepository target(empty, nullptr);
    auto plan = ical::planScheduleImport(*ical::readCalendar(first), target);
    QVERIFY(plan);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::New), 40);
    QVERIFY(ical::applyScheduleImport(*plan, target));
    const QList<ScheduleEvent> copied = *target.events({}, {});
    QCOMPARE(eventsJson(copied), eventsJson(original));
    QCOMPARE(ical::writeCalendar(copied, {}), first); // byte for byte
    for (const ScheduleEvent& e : copied)
        QCOMPARE(e.workflow, WorkflowState::Draft); // imported events await review
}

void TestICalendar::independentParserAgrees()
{
    QStringList tried;
    const QString python = pythonWithIcalendar(tried);
    if (python.isEmpty())
        QFAIL(qPrintable(u"no python3 with the icalendar module (Debian: python3-icalendar); "
                         "tried: "_s +
                         tried.join(u", "_s)));

    const Database database = demoStore();
    ScheduleRepository repository(database, nullptr);
    // Text that needs every escape, a long folded Korean line and a 4-octet character.
    ScheduleEvent special;
    special.title = u"쉼표, 세미콜론; 역슬래시 \\ 그리고 \"따옴표\" — 😀"_s;
    special.place = u"나주시청, 3층; 회의실 \\A"_s;
    special.category = u"회의, 내부"_s;
    special.department = u"기획예산과; 예산팀"_s;
    // (python3-icalendar 4.0.3 wrongly decodes an escaped backslash before "n" as a
    // newline, so that case is left to escapingRoundTrips.)
    special.description = u"첫 줄\n둘째 줄; 셋째, 넷째 \\ 끝\n\n"_s + QString(120, u'긴');
    special.start = QDateTime(QDate(2024, 7, 1), QTime(9, 5));
    special.end = QDateTime(QDate(2024, 7, 1), QTime(23, 59));
    special.status = EventStatus::Done;
    special.visibility = Visibility::Internal;
    QVERIFY(repository.save(special));
    const QList<ScheduleEvent> events = *repository.events({}, {});
    QVERIFY(ical::exportSchedule(repository, path(u"demo.ics"_s), {}));

    QProcess process;
    process.start(python,
                  {test::sourceDir() + u"/tests/support/ics_events.py"_s, path(u"demo.ics"_s)});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray theirs = parsed.array();
    const QJsonArray ours = eventsJson(events);
    QCOMPARE(theirs.size(), ours.size());
    for (qsizetype i = 0; i < ours.size(); ++i)
        QCOMPARE(theirs.at(i).toObject(), ours.at(i).toObject());

    // And our own reader gives the special event back unchanged.
    const Database empty = emptyStore(u"copy.sqlite"_s);
    ScheduleRepository copy(empty, nullptr);
    QVERIFY(ical::applyScheduleImport(
        *ical::planScheduleImport(*ical::readCalendarFile(path(u"demo.ics"_s)), copy), copy));
    auto back = copy.eventByUid(events.last().icalUid);
    QVERIFY(back);
    QCOMPARE(eventJson(*back), eventJson(events.last()));
    QCOMPARE(back->title, special.title);
}

void TestICalendar::goldenSamples_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("outlook") << u"icalendar/outlook-korea-standard-time"_s;
    QTest::newRow("google") << u"icalendar/google-utc-bom"_s;
}

void TestICalendar::goldenSamples()
{
    QFETCH(QString, folder);
    const QByteArray input = test::readFile(test::dataPath(folder + u"/input.ics"_s));
    QVERIFY(!input.isEmpty());
    const QJsonObject expected =
        QJsonDocument::fromJson(test::readFile(test::dataPath(folder + u"/expected.json"_s)))
            .object();
    QVERIFY(!expected.isEmpty());

    auto read = ical::readCalendar(input);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
    const QJsonArray events = eventsJson(read->events);
    const QJsonArray wanted = expected.value(u"events"_s).toArray();
    QCOMPARE(events.size(), wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i)
        QCOMPARE(events.at(i).toObject(), wanted.at(i).toObject());
    QCOMPARE(read->warnings.size(), expected.value(u"warnings"_s).toInt());
    for (const QString& warning : std::as_const(read->warnings))
        QVERIFY2(warning.startsWith(u"Line "_s), qPrintable(warning));

    // Imported into a store, the events are stored as read; a second import is a no-op.
    const Database database = emptyStore(u"golden.sqlite"_s);
    ScheduleRepository repository(database, nullptr);
    auto plan = ical::planScheduleImport(*read, repository);
    QVERIFY(plan);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::New), int(wanted.size()));
    QVERIFY(ical::applyScheduleImport(*plan, repository));
    for (const QJsonValue& value : wanted) {
        auto stored = repository.eventByUid(value[u"uid"_s].toString());
        QVERIFY(stored);
        QCOMPARE(eventJson(*stored), value.toObject());
    }
    const QByteArray hash = tableHash(database);
    plan = ical::planScheduleImport(*ical::readCalendar(input), repository);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::Unchanged), int(wanted.size()));
    QVERIFY(ical::applyScheduleImport(*plan, repository));
    QCOMPARE(tableHash(database), hash);
}

void TestICalendar::reimportOfEditedFileUpdates()
{
    const Database database = demoStore();
    ScheduleRepository repository(database, nullptr);
    QList<ScheduleEvent> events = *repository.events({}, {});
    // What another calendar does on an edit: new text, SEQUENCE + 1, same UID.
    ScheduleEvent& edited = events[3];
    const QString id = edited.id;
    edited.title = u"[예시] 변경된 일정 제목"_s;
    edited.place = u"영산포 선착장"_s;
    edited.icalSequence += 1;
    const QByteArray file = ical::writeCalendar(events, {});

    auto plan = ical::planScheduleImport(*ical::readCalendar(file), repository);
    QVERIFY(plan);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::Updated), 1);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::New), 0);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::Unchanged), 39);
    const ical::ScheduleChange& change = plan->changes.at(3);
    QCOMPARE(change.kind, ical::ScheduleChange::Kind::Updated);
    QCOMPARE(change.changedFields, (QStringList{u"title"_s, u"place"_s, u"sequence"_s}));
    QVERIFY(change.line > 0);
    QVERIFY(ical::applyScheduleImport(*plan, repository));

    QCOMPARE(repository.events({}, {})->size(), 40); // updated, not duplicated
    auto stored = repository.event(id);
    QVERIFY(stored);
    QCOMPARE(stored->title, edited.title);
    QCOMPARE(stored->place, edited.place);
    QCOMPARE(stored->icalSequence, edited.icalSequence);
    QCOMPARE(stored->workflow, WorkflowState::Published); // kept from the store

    // The same file again: nothing left to do.
    plan = ical::planScheduleImport(*ical::readCalendar(file), repository);
    QCOMPARE(plan->count(ical::ScheduleChange::Kind::Unchanged), 40);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
