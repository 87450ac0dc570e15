// ScheduleRepository: save (UID, SEQUENCE, validation), saveAll atomicity, the range
// query, removal, change notifications and the overlap rule.
#include "testsupport.h"

#include "common/changenotifier.h"
#include "storage/database.h"
#include "storage/schedulerepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace openmayor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(openmayor::ScheduleEvent)

namespace {

ScheduleEvent timed(const QString& title, const QDateTime& start, int minutes)
{
    ScheduleEvent e;
    e.title = title;
    e.start = start;
    e.end = start.addSecs(minutes * 60);
    return e;
}

ScheduleEvent allDay(const QString& title, const QDate& first, int days)
{
    ScheduleEvent e;
    e.title = title;
    e.allDay = true;
    e.start = QDateTime(first, QTime(0, 0));
    e.end = QDateTime(first.addDays(days), QTime(0, 0));
    return e;
}

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute));
}

QStringList titlesOf(const QList<ScheduleEvent>& events)
{
    QStringList titles;
    for (const ScheduleEvent& e : events)
        titles << e.title;
    return titles;
}

} // namespace

class TestScheduleRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void insertAssignsIdAndUid();
    void sequenceRisesOnlyWhenContentChanges();
    void importedSequenceIsKept();
    void validation_data();
    void validation();
    void saveAllIsAtomic();
    void duplicateUidIsRefused();
    void rangeQuery();
    void removeAndReinsertWithSameId();
    void overlapping();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_database;
    ChangeNotifier m_notifier;
};

void TestScheduleRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto database = Database::open(m_dir->filePath(u"s.sqlite"_s), Database::Mode::CreateIfMissing);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    m_database = *database;
}

void TestScheduleRepository::cleanup()
{
    if (m_database)
        m_database->close();
    m_database.reset();
    m_dir.reset();
}

void TestScheduleRepository::insertAssignsIdAndUid()
{
    ScheduleRepository repository(*m_database, &m_notifier);
    QSignalSpy spy(&m_notifier, &ChangeNotifier::contentChanged);
    auto saved = repository.save(timed(u"  간부회의 "_s, at(4, 1, 9), 60));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QCOMPARE(saved->title, u"간부회의"_s); // trimmed
    QCOMPARE(saved->id.size(), 36);
    QVERIFY(saved->icalUid.endsWith(u"@openmayor.naju.go.kr"_s));
    QCOMPARE(saved->icalUid.size(), 36 + 21);
    QCOMPARE(saved->icalSequence, 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ContentType>(), ContentType::ScheduleEvent);
    QCOMPARE(spy.at(0).at(1).toStringList(), QStringList{saved->id});

    auto loaded = repository.event(saved->id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, *saved);
    auto byUid = repository.eventByUid(saved->icalUid);
    QVERIFY(byUid);
    QCOMPARE(byUid->id, saved->id);
    auto missing = repository.eventByUid(u"nobody@example.org"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestScheduleRepository::sequenceRisesOnlyWhenContentChanges()
{
    ScheduleRepository repository(*m_database, &m_notifier);
    auto first = repository.save(timed(u"현장 방문"_s, at(4, 2, 14), 90));
    QVERIFY(first);
    QSignalSpy spy(&m_notifier, &ChangeNotifier::contentChanged);

    auto same = repository.save(*first);
    QVERIFY(same);
    QCOMPARE(same->icalSequence, 0);
    QCOMPARE(spy.count(), 0); // nothing written, nothing announced

    ScheduleEvent moved = *first;
    moved.start = moved.start.addSecs(3600);
    moved.end = moved.end.addSecs(3600);
    auto second = repository.save(moved);
    QVERIFY(second);
    QCOMPARE(second->icalSequence, 1);
    QCOMPARE(second->icalUid, first->icalUid);
    QCOMPARE(spy.count(), 1);

    ScheduleEvent retitled = *second;
    retitled.place = u"영산포"_s;
    auto third = repository.save(retitled);
    QVERIFY(third);
    QCOMPARE(third->icalSequence, 2);
    QCOMPARE(repository.event(first->id)->icalSequence, 2);
}

void TestScheduleRepository::importedSequenceIsKept()
{
    ScheduleRepository repository(*m_database, nullptr);
    auto first = repository.save(timed(u"회의"_s, at(4, 3, 10), 30));
    QVERIFY(first);
    ScheduleEvent fromFile = *first;
    fromFile.title = u"회의 (변경)"_s;
    fromFile.icalSequence = 5; // another calendar raised it several times
    auto saved = repository.save(fromFile);
    QVERIFY(saved);
    QCOMPARE(saved->icalSequence, 5);
}

void TestScheduleRepository::validation_data()
{
    QTest::addColumn<ScheduleEvent>("event");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty title") << timed(u"   "_s, at(4, 1, 9), 60) << u"title"_s;
    QTest::newRow("end before start") << timed(u"x"_s, at(4, 1, 9), -30) << u"end before"_s;
    ScheduleEvent noStart = timed(u"x"_s, at(4, 1, 9), 30);
    noStart.start = QDateTime();
    QTest::newRow("no start") << noStart << u"valid start"_s;
    ScheduleEvent badId = timed(u"x"_s, at(4, 1, 9), 30);
    badId.id = u"not-a-uuid"_s;
    QTest::newRow("id not a UUID") << badId << u"UUID"_s;
    QTest::newRow("all-day without a day")
        << allDay(u"x"_s, QDate(2024, 4, 1), 0) << u"later day"_s;
}

void TestScheduleRepository::validation()
{
    QFETCH(ScheduleEvent, event);
    QFETCH(QString, expected);
    ScheduleRepository repository(*m_database, nullptr);
    auto saved = repository.save(event);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Invalid);
    QVERIFY2(saved.error().message.contains(expected), qPrintable(saved.error().message));
    QCOMPARE(repository.events({}, {})->size(), 0);
}

void TestScheduleRepository::saveAllIsAtomic()
{
    ScheduleRepository repository(*m_database, &m_notifier);
    QSignalSpy spy(&m_notifier, &ChangeNotifier::contentChanged);
    auto saved =
        repository.saveAll({timed(u"첫째"_s, at(4, 5, 9), 30), timed(u""_s, at(4, 5, 10), 30)});
    QVERIFY(!saved);
    QCOMPARE(repository.events({}, {})->size(), 0);
    QCOMPARE(spy.count(), 0);

    saved =
        repository.saveAll({timed(u"첫째"_s, at(4, 5, 9), 30), timed(u"둘째"_s, at(4, 5, 10), 30)});
    QVERIFY(saved);
    QCOMPARE(saved->size(), 2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toStringList().size(), 2);
}

void TestScheduleRepository::duplicateUidIsRefused()
{
    ScheduleRepository repository(*m_database, nullptr);
    ScheduleEvent a = timed(u"가"_s, at(4, 6, 9), 30);
    a.icalUid = u"same@example.org"_s;
    QVERIFY(repository.save(a));
    ScheduleEvent b = timed(u"나"_s, at(4, 6, 11), 30);
    b.icalUid = a.icalUid;
    auto saved = repository.save(b);
    QVERIFY(!saved);
    QVERIFY2(saved.error().message.contains(u"same@example.org"_s),
             qPrintable(saved.error().message));
    QCOMPARE(repository.events({}, {})->size(), 1);
}

void TestScheduleRepository::rangeQuery()
{
    ScheduleRepository repository(*m_database, nullptr);
    QVERIFY(repository.saveAll(
        {allDay(u"D 축제"_s, QDate(2024, 5, 3), 1), timed(u"B 오전"_s, at(5, 3, 9), 60),
         timed(u"C 오후"_s, at(5, 3, 15), 60), timed(u"A 오전"_s, at(5, 3, 9), 30),
         timed(u"E 다음날"_s, at(5, 4, 0), 30), timed(u"F 순간"_s, at(5, 2, 23, 30), 0)}));
    const QDateTime day(QDate(2024, 5, 3), QTime(0, 0));
    auto events = repository.events(day, day.addDays(1));
    QVERIFY(events);
    // Ordered by start, then title; the all-day event starts at midnight.
    QCOMPARE(titlesOf(*events), (QStringList{u"D 축제"_s, u"A 오전"_s, u"B 오전"_s, u"C 오후"_s}));
    // The end is exclusive: the all-day event is not on 4 May, nor in a range ending on 3 May.
    QCOMPARE(titlesOf(*repository.events(day.addDays(1), day.addDays(2))),
             QStringList{u"E 다음날"_s});
    QCOMPARE(titlesOf(*repository.events(day.addDays(-1), day)), QStringList{u"F 순간"_s});
    // A zero-length event at the start of the range belongs to it.
    QCOMPARE(titlesOf(*repository.events(at(5, 2, 23, 30), at(5, 2, 23, 45))),
             QStringList{u"F 순간"_s});
    QCOMPARE(titlesOf(*repository.events(at(5, 3, 9, 30), at(5, 3, 10))),
             QStringList({u"D 축제"_s, u"B 오전"_s}));
    // Open bounds.
    QCOMPARE(repository.events({}, {})->size(), 6);
    QCOMPARE(titlesOf(*repository.events(at(5, 3, 16), {})),
             (QStringList{u"D 축제"_s, u"E 다음날"_s}));
    QCOMPARE(repository.events({}, at(5, 3, 0))->size(), 1);
}

void TestScheduleRepository::removeAndReinsertWithSameId()
{
    ScheduleRepository repository(*m_database, &m_notifier);
    auto saved = repository.save(timed(u"삭제할 일정"_s, at(4, 9, 9), 30));
    QVERIFY(saved);
    QSignalSpy spy(&m_notifier, &ChangeNotifier::contentChanged);
    QVERIFY(repository.remove(saved->id));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(repository.event(saved->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(repository.remove(saved->id).error().kind, Error::Kind::NotFound);
    // Undo of a removal: the same id and UID come back.
    auto restored = repository.save(*saved);
    QVERIFY(restored);
    QCOMPARE(restored->id, saved->id);
    QCOMPARE(restored->icalUid, saved->icalUid);
}

void TestScheduleRepository::overlapping()
{
    auto withId = [](ScheduleEvent e, const QString& id) {
        e.id = id;
        return e;
    };
    ScheduleEvent cancelled = withId(timed(u"c"_s, at(6, 1, 9, 15), 30), u"cancelled"_s);
    cancelled.status = EventStatus::Cancelled;
    const QList<ScheduleEvent> events = {
        withId(timed(u"a"_s, at(6, 1, 9), 60), u"a"_s),
        withId(timed(u"b"_s, at(6, 1, 9, 30), 60), u"b"_s),  // overlaps a
        withId(timed(u"c"_s, at(6, 1, 10, 30), 30), u"c"_s), // touches b's end: no overlap
        withId(timed(u"d"_s, at(6, 1, 14), 0), u"d"_s),      // zero-length …
        withId(timed(u"e"_s, at(6, 1, 14), 0), u"e"_s),      // … at the same moment
        withId(timed(u"f"_s, at(6, 1, 16), 120), u"f"_s),    // contains g
        withId(timed(u"g"_s, at(6, 1, 16, 30), 30), u"g"_s),
        withId(allDay(u"h"_s, QDate(2024, 6, 1), 1), u"h"_s), // all-day: not a slot
        cancelled,
    };
    QStringList ids = ScheduleRepository::overlapping(events);
    ids.sort();
    QCOMPARE(ids, (QStringList{u"a"_s, u"b"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s}));
}

QTEST_GUILESS_MAIN(TestScheduleRepository)
#include "tst_schedulerepository.moc"
