// The schedule's storage, undo commands and item model: what is saved comes back the same,
// edits are one undo step each (create / edit / delete and back), refused edits change
// nothing, overlaps are found, and the model follows every change through the notifier.
#include "commands/scheduleedits.h"
#include "common/changenotifier.h"
#include "common/clock.h"
#include "itemmodels/scheduleeventmodel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/schedulerepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;

namespace {
ScheduleEvent timed(const QString& title, const QDateTime& start, int minutes)
{
    ScheduleEvent e;
    e.title = title;
    e.start = start;
    e.end = start.addSecs(minutes * 60);
    return e;
}

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute));
}
} // namespace

class TestScheduleModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndReadBack();
    void rangeIncludesEventsThatOverlapIt();
    void overlappingIgnoresCancelledAndTouchingEvents();
    void createEditDeleteAreUndoable();
    void refusedEditChangesNothing();
    void modelFollowsTheNotifierAndPassesTheTester();
    void initialDateIsTheNextEventOrTheLast();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
};

void TestScheduleModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("s.sqlite")),
                             Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    m_db = *db;
    m_notifier = std::make_unique<ChangeNotifier>();
}

void TestScheduleModel::cleanup()
{
    m_notifier.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
    Clock::reset();
}

void TestScheduleModel::saveAndReadBack()
{
    ScheduleRepository repository(*m_db, m_notifier.get());
    ScheduleEvent e = timed(QStringLiteral("간부회의 주재"), at(5, 3, 9, 30), 90);
    e.place = QStringLiteral("시청 중회의실");
    e.category = QStringLiteral("회의");
    e.department = QStringLiteral("총무과");
    e.visibility = Visibility::Internal;
    e.description = QStringLiteral("첫 줄\n둘째 줄; 쉼표, 역슬래시 \\");
    auto saved = repository.save(e);
    QVERIFY(saved.ok());
    QVERIFY(!saved->id.isEmpty());
    QVERIFY(!saved->icalUid.isEmpty());
    ScheduleEvent expected = e;
    expected.id = saved->id;
    expected.icalUid = saved->icalUid;
    QCOMPARE(*saved, expected);
    QCOMPARE(*repository.event(saved->id), expected);

    // all-day: dates only, exclusive end
    ScheduleEvent allDay;
    allDay.title = QStringLiteral("국비 확보 출장");
    allDay.allDay = true;
    allDay.start = QDateTime(QDate(2024, 5, 6), QTime(0, 0));
    allDay.end = QDateTime(QDate(2024, 5, 8), QTime(0, 0));
    auto savedAllDay = repository.save(allDay);
    QVERIFY(savedAllDay.ok());
    QCOMPARE(savedAllDay->start, allDay.start);
    QCOMPARE(savedAllDay->end, allDay.end);

    // a change raises SEQUENCE; the same content again does not
    ScheduleEvent moved = *saved;
    moved.start = moved.start.addSecs(3600);
    moved.end = moved.end.addSecs(3600);
    auto movedSaved = repository.save(moved);
    QVERIFY(movedSaved.ok());
    QCOMPARE(movedSaved->icalSequence, saved->icalSequence + 1);
    auto again = repository.save(*movedSaved);
    QVERIFY(again.ok());
    QCOMPARE(again->icalSequence, movedSaved->icalSequence);

    QVERIFY(repository.remove(saved->id).ok());
    QCOMPARE(repository.event(saved->id).error().kind, Error::Kind::NotFound);
}

void TestScheduleModel::rangeIncludesEventsThatOverlapIt()
{
    ScheduleRepository repository(*m_db, nullptr);
    QVERIFY(
        repository.save(timed(QStringLiteral("전날 밤"), at(5, 2, 23), 120)).ok()); // into 3 May
    QVERIFY(repository.save(timed(QStringLiteral("당일"), at(5, 3, 10), 60)).ok());
    QVERIFY(repository.save(timed(QStringLiteral("다음날"), at(5, 4, 0), 60)).ok());
    ScheduleEvent allDay;
    allDay.title = QStringLiteral("종일");
    allDay.allDay = true;
    allDay.start = QDateTime(QDate(2024, 5, 4), QTime(0, 0));
    allDay.end = QDateTime(QDate(2024, 5, 5), QTime(0, 0));
    QVERIFY(repository.save(allDay).ok());

    auto day = repository.events(QDateTime(QDate(2024, 5, 3), QTime(0, 0)),
                                 QDateTime(QDate(2024, 5, 4), QTime(0, 0)));
    QVERIFY(day.ok());
    QStringList titles;
    for (const ScheduleEvent& e : *day)
        titles << e.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("전날 밤"), QStringLiteral("당일")}));
    auto next = repository.events(QDateTime(QDate(2024, 5, 4), QTime(0, 0)),
                                  QDateTime(QDate(2024, 5, 5), QTime(0, 0)));
    QVERIFY(next.ok());
    QCOMPARE(next->size(), 2); // the all-day event and the midnight one
}

void TestScheduleModel::overlappingIgnoresCancelledAndTouchingEvents()
{
    auto withId = [](ScheduleEvent e, const QString& id) {
        e.id = id;
        return e;
    };
    const ScheduleEvent a =
        withId(timed(QStringLiteral("a"), at(5, 3, 9), 60), QStringLiteral("a"));
    const ScheduleEvent b =
        withId(timed(QStringLiteral("b"), at(5, 3, 9, 30), 60), QStringLiteral("b"));
    const ScheduleEvent touching =
        withId(timed(QStringLiteral("c"), at(5, 3, 10, 30), 30), QStringLiteral("c"));
    ScheduleEvent cancelled =
        withId(timed(QStringLiteral("d"), at(5, 3, 9), 120), QStringLiteral("d"));
    cancelled.status = EventStatus::Cancelled;
    QStringList ids = ScheduleRepository::overlapping({a, b, touching, cancelled});
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestScheduleModel::createEditDeleteAreUndoable()
{
    ScheduleRepository repository(*m_db, m_notifier.get());
    QUndoStack stack;
    auto created = pushScheduleEdit(&stack, repository, std::nullopt,
                                    timed(QStringLiteral("현장 점검"), at(5, 3, 14), 60),
                                    QStringLiteral("add"));
    QVERIFY(created.ok());
    const QString id = created->id;
    QCOMPARE(stack.count(), 1);

    ScheduleEvent edited = *created;
    edited.title = QStringLiteral("영산강 현장 점검");
    edited.status = EventStatus::Done;
    QVERIFY(pushScheduleEdit(&stack, repository, *created, edited, QStringLiteral("edit")).ok());
    QCOMPARE(repository.event(id)->title, QStringLiteral("영산강 현장 점검"));

    QVERIFY(pushScheduleEdit(&stack, repository, *repository.event(id), std::nullopt,
                             QStringLiteral("delete"))
                .ok());
    QVERIFY(!repository.event(id).ok());
    QCOMPARE(stack.count(), 3);

    stack.undo(); // delete
    QCOMPARE(repository.event(id)->title, QStringLiteral("영산강 현장 점검"));
    QCOMPARE(repository.event(id)->icalUid, created->icalUid);
    stack.undo(); // edit
    QCOMPARE(repository.event(id)->title, QStringLiteral("현장 점검"));
    QCOMPARE(repository.event(id)->status, EventStatus::Planned);
    stack.undo(); // create
    QVERIFY(!repository.event(id).ok());
    stack.redo();
    QCOMPARE(repository.event(id)->title, QStringLiteral("현장 점검")); // same id again
    stack.redo();
    stack.redo();
    QVERIFY(!repository.event(id).ok());
}

void TestScheduleModel::refusedEditChangesNothing()
{
    ScheduleRepository repository(*m_db, m_notifier.get());
    QUndoStack stack;
    auto created = pushScheduleEdit(&stack, repository, std::nullopt,
                                    timed(QStringLiteral("회의"), at(5, 3, 14), 60), QString());
    QVERIFY(created.ok());

    ScheduleEvent backwards = *created;
    backwards.end = backwards.start.addSecs(-60);
    ScheduleEvent untitled = *created;
    untitled.title = QStringLiteral("   ");
    ScheduleEvent halfDay = *created;
    halfDay.allDay = true; // an all-day event at 14:00 is not whole days
    for (const ScheduleEvent& bad : {backwards, untitled, halfDay}) {
        auto refused = pushScheduleEdit(&stack, repository, *created, bad, QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(stack.count(), 1);
        QCOMPARE(*repository.event(created->id), *created);
    }
}

void TestScheduleModel::modelFollowsTheNotifierAndPassesTheTester()
{
    ScheduleRepository repository(*m_db, m_notifier.get());
    ScheduleEventModel model(repository, m_notifier.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(QDateTime(QDate(2024, 5, 1), QTime(0, 0)),
                   QDateTime(QDate(2024, 6, 1), QTime(0, 0)));
    QCOMPARE(model.rowCount(), 0);

    auto first = repository.save(timed(QStringLiteral("시민 직소상담실"), at(5, 3, 10), 60));
    QVERIFY(first.ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ScheduleEventModel::TitleColumn).data().toString(),
             QStringLiteral("시민 직소상담실"));
    QCOMPARE(model.index(0, 0).data(ScheduleEventModel::IdRole).toString(), first->id);
    QVERIFY(!model.isOverlapping(first->id));

    auto second = repository.save(timed(QStringLiteral("기자 간담회"), at(5, 3, 10, 30), 60));
    QVERIFY(second.ok());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isOverlapping(first->id));
    QVERIFY(model.index(model.rowOfEvent(second->id), 0)
                .data(ScheduleEventModel::OverlapRole)
                .toBool());
    QVERIFY(model.index(model.rowOfEvent(second->id), ScheduleEventModel::TimeColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("⚠")));

    // out of range: not shown
    QVERIFY(repository.save(timed(QStringLiteral("6월 일정"), at(6, 3, 10), 60)).ok());
    QCOMPARE(model.rowCount(), 2);

    ScheduleEvent cancelled = *second;
    cancelled.status = EventStatus::Cancelled;
    QVERIFY(repository.save(cancelled).ok());
    QVERIFY(!model.isOverlapping(first->id));
    QVERIFY(model.index(model.rowOfEvent(second->id), ScheduleEventModel::TitleColumn)
                .data(Qt::FontRole)
                .value<QFont>()
                .strikeOut());
    QVERIFY(repository.remove(first->id).ok());
    QCOMPARE(model.rowCount(), 1);
}

void TestScheduleModel::initialDateIsTheNextEventOrTheLast()
{
    QVERIFY(DemoData::populate(*m_db, MediaLibrary::defaultRootFor(m_db->path())).ok());
    ScheduleRepository repository(*m_db, nullptr);
    Clock::pin(QDateTime(QDate(2024, 4, 1), QTime(8, 0)));
    // the first event after "today"
    auto april = repository.events(QDateTime(QDate(2024, 4, 1), QTime(8, 0)), {});
    QVERIFY(april.ok() && !april->isEmpty());
    QCOMPARE(ScheduleEventModel::startDate(repository), april->first().start.date());
    // nothing ahead: the last event
    Clock::pin(QDateTime(QDate(2026, 1, 1), QTime(8, 0)));
    auto all = repository.events({}, {});
    QVERIFY(all.ok());
    QCOMPARE(ScheduleEventModel::startDate(repository), all->last().start.date());
    QCOMPARE(all->last().start.date().year(), 2024);
    // an empty schedule: today
    ScheduleRepository empty(*Database::open(m_dir->filePath(QStringLiteral("e.sqlite")),
                                             Database::Mode::CreateIfMissing),
                             nullptr);
    QCOMPARE(ScheduleEventModel::startDate(empty), QDate(2026, 1, 1));
}

QTEST_GUILESS_MAIN(TestScheduleModel)
#include "tst_schedulemodel.moc"
