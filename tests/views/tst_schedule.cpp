// The schedule section (시장24시) driven as a user would, on the demo database: it opens on a
// month with the demo events, creates through the dialog, moves and resizes by mouse drags
// (15-minute steps), deletes with Del, and every change is one undo step already in the store.
#include "common/changenotifier.h"
#include "common/clock.h"
#include "common/settings.h"
#include "common/translations.h"
#include "itemmodels/scheduleeventmodel.h"
#include "mainwindow.h"
#include "schedule/alldaystrip.h"
#include "schedule/eventchip.h"
#include "schedule/eventdialog.h"
#include "schedule/monthview.h"
#include "schedule/schedulesectionwidget.h"
#include "schedule/timegridcanvas.h"
#include "schedule/timegridview.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/schedulerepository.h"
#include "testsupport.h"
#include "widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace openmayor;

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnTheMonthOfTheNextEvent();
    void createThroughTheDialog();
    void dialogRefusesBadInput();
    void doubleClickOnAnEmptySlotCreatesThere();
    void dragInWeekViewMovesByTheDraggedAmount();
    void dragBottomEdgeResizes();
    void dragInMonthViewMovesAcrossDays();
    void deleteKeyDeletesAndUndoRestores();
    void overlappingEventsAreFlaggedAndSideBySide();
    void listViewShowsTheSameEvents();
    void internalAndCancelledEventsLookDifferent();
    void navigationAndViewShortcuts();

private:
    ScheduleSectionWidget* openSection();
    ScheduleEvent stored(const QString& id) const;
    QList<ScheduleEvent> storedEvents(const QDate& first, const QDate& last) const;
    // A timed event of the shown week that does not start on the week's last day.
    ScheduleEvent timedEventInWeek() const;
    void drag(QWidget* widget, const QPointF& from, const QPointF& to);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<MainWindow> m_window;
    ScheduleSectionWidget* m_section = nullptr;
};

void TestSchedule::init()
{
    QVERIFY(installTranslations(QStringLiteral("ko")));
    // "today" is 1 April 2024: the demo's next event is in April
    Clock::pin(QDateTime(QDate(2024, 4, 1), QTime(8, 0)));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("demo.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY(db.ok());
    QVERIFY(DemoData::populate(*db, MediaLibrary::defaultRootFor(path)).ok());
    m_db = *db;
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("s.ini")), nullptr);
    m_notifier = std::make_unique<ChangeNotifier>();
    m_window = std::make_unique<MainWindow>(m_settings.get(), m_notifier.get());
    m_window->setDatabase(*m_db);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_section = openSection();
    QVERIFY(m_section);
}

void TestSchedule::cleanup()
{
    m_section = nullptr;
    m_window.reset();
    m_notifier.reset();
    if (m_db)
        m_db->close();
    m_db.reset();
    m_dir.reset();
    Clock::reset();
}

ScheduleSectionWidget* TestSchedule::openSection()
{
    if (!m_window->showSection(QStringLiteral("schedule")))
        return nullptr;
    return qobject_cast<ScheduleSectionWidget*>(
        m_window->sectionWidget(QStringLiteral("schedule")));
}

ScheduleEvent TestSchedule::stored(const QString& id) const
{
    auto event = ScheduleRepository(*m_db, nullptr).event(id);
    return event ? *event : ScheduleEvent();
}

QList<ScheduleEvent> TestSchedule::storedEvents(const QDate& first, const QDate& last) const
{
    auto events =
        ScheduleRepository(*m_db, nullptr)
            .events(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
    return events ? *events : QList<ScheduleEvent>();
}

ScheduleEvent TestSchedule::timedEventInWeek() const
{
    const TimeGridView* week = m_section->weekView();
    for (const ScheduleEvent& e : m_section->model()->events())
        if (!e.allDay && e.start.date() < week->lastVisibleDate() &&
            e.start.date() >= week->firstVisibleDate() && e.start.time() <= QTime(18, 0))
            return e;
    return {};
}

void TestSchedule::drag(QWidget* widget, const QPointF& from, const QPointF& to)
{
    const QPoint start = from.toPoint();
    const QPoint end = to.toPoint();
    QTest::mousePress(widget, Qt::LeftButton, Qt::NoModifier, start);
    // in steps, as a hand would, so that the drag starts past the drag distance
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(widget, start + (end - start) * i / 4);
    QTest::mouseRelease(widget, Qt::LeftButton, Qt::NoModifier, end);
}

void TestSchedule::opensOnTheMonthOfTheNextEvent()
{
    QCOMPARE(m_section->viewMode(), ScheduleSectionWidget::ViewMode::Month);
    QCOMPARE(m_section->anchorDate().month(), 4);
    QCOMPARE(m_section->anchorDate().year(), 2024);
    QCOMPARE(m_section->periodTitle(), QStringLiteral("2024년 4월"));
    MonthView* month = m_section->monthView();
    const QList<ScheduleEvent> april =
        storedEvents(month->firstVisibleDate(), month->lastVisibleDate());
    QVERIFY(april.size() >= 8);
    QCOMPARE(m_section->model()->rowCount(), april.size());
    // every event of the grid has a chip on its day (or is counted in "+N more")
    for (const ScheduleEvent& e : april)
        QVERIFY2(!month->chipRect(e.id, e.start.date()).isEmpty() ||
                     month->hiddenCount(e.start.date()) > 0,
                 qPrintable(e.title));
    QVERIFY(!month->grab().isNull());
}

void TestSchedule::createThroughTheDialog()
{
    auto* add = m_section->findChild<QToolButton*>(QStringLiteral("newEvent"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    EventDialog* dialog = m_section->eventDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("title"))
        ->setText(QStringLiteral("[예시] 기자 간담회"));
    dialog->findChild<QDateTimeEdit*>(QStringLiteral("start"))
        ->setDateTime(QDateTime(QDate(2024, 4, 10), QTime(14, 0)));
    dialog->findChild<QDateTimeEdit*>(QStringLiteral("end"))
        ->setDateTime(QDateTime(QDate(2024, 4, 10), QTime(15, 30)));
    dialog->findChild<QLineEdit*>(QStringLiteral("place"))->setText(QStringLiteral("브리핑룸"));
    auto* visibility = dialog->findChild<QComboBox*>(QStringLiteral("visibility"));
    visibility->setCurrentIndex(visibility->findData(QStringLiteral("internal")));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_section->eventDialog());

    QCOMPARE(m_window->undoStack()->count(), 1);
    QList<ScheduleEvent> found;
    for (const ScheduleEvent& e : storedEvents(QDate(2024, 4, 10), QDate(2024, 4, 10)))
        if (e.title == QStringLiteral("[예시] 기자 간담회"))
            found << e;
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().start, QDateTime(QDate(2024, 4, 10), QTime(14, 0)));
    QCOMPARE(found.first().end, QDateTime(QDate(2024, 4, 10), QTime(15, 30)));
    QCOMPARE(found.first().visibility, Visibility::Internal);
    QCOMPARE(found.first().place, QStringLiteral("브리핑룸"));
    QVERIFY(m_section->model()->rowOfEvent(found.first().id) >= 0);
    QVERIFY(!m_section->monthView()->chipRect(found.first().id, QDate(2024, 4, 10)).isEmpty() ||
            m_section->monthView()->hiddenCount(QDate(2024, 4, 10)) > 0);

    m_window->undoStack()->undo();
    QCOMPARE(stored(found.first().id).id, QString());
    QCOMPARE(m_section->model()->rowOfEvent(found.first().id), -1);
    m_window->undoStack()->redo();
    QCOMPARE(stored(found.first().id).title, QStringLiteral("[예시] 기자 간담회"));
}

void TestSchedule::dialogRefusesBadInput()
{
    const int before = m_section->model()->rowCount();
    QTest::keyClick(m_section->monthView(), Qt::Key_N, Qt::ControlModifier);
    EventDialog* dialog = m_section->eventDialog();
    QVERIFY2(dialog, "Ctrl+N opens the dialog");
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(m_section->eventDialog());
    QVERIFY(!dialog->validationMessage().isEmpty()); // no title

    dialog->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("회의"));
    auto* start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("start"));
    dialog->findChild<QDateTimeEdit*>(QStringLiteral("end"))
        ->setDateTime(start->dateTime().addSecs(-3600));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(m_section->eventDialog());
    QVERIFY(!dialog->validationMessage().isEmpty()); // end before start

    dialog->reject();
    QTRY_VERIFY(!m_section->eventDialog());
    QCOMPARE(m_section->model()->rowCount(), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestSchedule::doubleClickOnAnEmptySlotCreatesThere()
{
    m_section->setViewMode(ScheduleSectionWidget::ViewMode::Week);
    m_section->setAnchorDate(QDate(2024, 4, 10));
    TimeGridCanvas* canvas = m_section->weekView()->canvas();
    const QDate day = m_section->weekView()->firstVisibleDate().addDays(1);
    for (const ScheduleEvent& e : m_section->model()->events())
        QVERIFY(e.allDay || e.start.date() != day || e.start.time() > QTime(8, 0));
    // a little below 07:30: the slot starts at 07:30 (15-minute slots)
    const QPointF slot = canvas->pointAt(day, QTime(7, 35));
    QTest::mouseDClick(canvas, Qt::LeftButton, Qt::NoModifier, slot.toPoint());
    EventDialog* dialog = m_section->eventDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->event().start, QDateTime(day, QTime(7, 30)));
    QCOMPARE(dialog->event().end, QDateTime(day, QTime(8, 30)));
    QVERIFY(!dialog->event().allDay);
    dialog->findChild<QLineEdit*>(QStringLiteral("title"))->setText(QStringLiteral("조찬 간담회"));
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_section->eventDialog());
    const QList<ScheduleEvent> onDay = storedEvents(day, day);
    QVERIFY(std::any_of(onDay.begin(), onDay.end(), [&day](const ScheduleEvent& e) {
        return e.title == QStringLiteral("조찬 간담회") && e.start == QDateTime(day, QTime(7, 30));
    }));

    // the all-day row creates an all-day event
    AllDayStrip* strip = m_section->weekView()->allDayStrip();
    const DayColumns columns = canvas->columns();
    QTest::mouseDClick(
        strip, Qt::LeftButton, Qt::NoModifier,
        QPoint(int(columns.dayLeft(6) + columns.dayWidth() / 2), strip->height() - 4));
    dialog = m_section->eventDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->event().allDay);
    QCOMPARE(dialog->event().start.date(), m_section->weekView()->lastVisibleDate());
    QCOMPARE(dialog->event().end.date(), m_section->weekView()->lastVisibleDate().addDays(1));
    dialog->reject();
}

void TestSchedule::dragInWeekViewMovesByTheDraggedAmount()
{
    m_section->setViewMode(ScheduleSectionWidget::ViewMode::Week);
    m_section->setAnchorDate(QDate(2024, 4, 10));
    TimeGridView* week = m_section->weekView();
    QCoreApplication::processEvents();
    const ScheduleEvent original = timedEventInWeek();
    QVERIFY2(!original.id.isEmpty(), "the demo week holds a timed event");
    TimeGridCanvas* canvas = week->canvas();
    const QRectF rect = canvas->eventRect(original.id, original.start.date());
    QVERIFY(!rect.isEmpty());
    const qreal dayWidth = canvas->columns().dayWidth();
    const QPointF from(rect.center().x(), rect.top() + 5);
    // one day to the right and 1 h 30 min down
    drag(canvas, from, from + QPointF(dayWidth, canvas->hourHeight() * 1.5));

    const ScheduleEvent moved = stored(original.id);
    QCOMPARE(moved.start, original.start.addDays(1).addSecs(90 * 60));
    QCOMPARE(moved.end, original.end.addDays(1).addSecs(90 * 60));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_section->model()->eventAt(m_section->model()->rowOfEvent(original.id)).start,
             moved.start);

    m_window->undoStack()->undo();
    QCOMPARE(stored(original.id).start, original.start);
    QCOMPARE(stored(original.id).end, original.end);

    // a drag of 20 minutes snaps to 15
    drag(canvas, from, from + QPointF(0, canvas->hourHeight() * 20 / 60));
    QCOMPARE(stored(original.id).start, original.start.addSecs(15 * 60));
}

void TestSchedule::dragBottomEdgeResizes()
{
    m_section->setViewMode(ScheduleSectionWidget::ViewMode::Week);
    m_section->setAnchorDate(QDate(2024, 4, 10));
    const ScheduleEvent probe = timedEventInWeek();
    QVERIFY(!probe.id.isEmpty());
    m_section->setViewMode(ScheduleSectionWidget::ViewMode::Day);
    m_section->setAnchorDate(probe.start.date());
    TimeGridCanvas* canvas = m_section->dayView()->canvas();
    const QRectF rect = canvas->eventRect(probe.id, probe.start.date());
    QVERIFY(!rect.isEmpty());
    const QPointF edge(rect.center().x(), rect.bottom() - 2);
    drag(canvas, edge, edge + QPointF(0, canvas->hourHeight()));
    const ScheduleEvent resized = stored(probe.id);
    QCOMPARE(resized.start, probe.start);
    QCOMPARE(resized.end, probe.end.addSecs(3600));
    m_window->undoStack()->undo();
    QCOMPARE(stored(probe.id).end, probe.end);
}

void TestSchedule::dragInMonthViewMovesAcrossDays()
{
    MonthView* month = m_section->monthView();
    ScheduleEvent original;
    QRectF chip;
    for (const ScheduleEvent& e : m_section->model()->events()) {
        chip = month->chipRect(e.id, e.start.date());
        if (!chip.isEmpty() && e.start.date().addDays(7) <= month->lastVisibleDate()) {
            original = e;
            break;
        }
    }
    QVERIFY(!original.id.isEmpty());
    const QRectF target = month->cellRect(original.start.date().addDays(7));
    drag(month, chip.center(), target.center());
    QCOMPARE(stored(original.id).start, original.start.addDays(7));
    QCOMPARE(stored(original.id).end, original.end.addDays(7));
    m_window->undoStack()->undo();
    QCOMPARE(stored(original.id).start, original.start);
}

void TestSchedule::deleteKeyDeletesAndUndoRestores()
{
    MonthView* month = m_section->monthView();
    const ScheduleEvent victim = m_section->model()->eventAt(0);
    const QRectF chip = month->chipRect(victim.id, victim.start.date());
    QVERIFY(!chip.isEmpty());
    QTest::mouseClick(month, Qt::LeftButton, Qt::NoModifier, chip.center().toPoint());
    QCOMPARE(month->selectedEventId(), victim.id);
    QTest::keyClick(month, Qt::Key_Delete);
    QCOMPARE(stored(victim.id).id, QString());
    QCOMPARE(m_section->model()->rowOfEvent(victim.id), -1);
    m_window->undoStack()->undo();
    const ScheduleEvent back = stored(victim.id);
    QCOMPARE(back.title, victim.title);
    QCOMPARE(back.start, victim.start);
    QCOMPARE(back.icalUid, victim.icalUid);
    QVERIFY(m_section->model()->rowOfEvent(victim.id) >= 0);
}

void TestSchedule::overlappingEventsAreFlaggedAndSideBySide()
{
    m_section->setViewMode(ScheduleSectionWidget::ViewMode::Week);
    m_section->setAnchorDate(QDate(2024, 4, 10));
    const ScheduleEvent existing = timedEventInWeek();
    QVERIFY(!existing.id.isEmpty());
    QVERIFY(!m_section->model()->isOverlapping(existing.id));
    ScheduleEvent clash;
    clash.title = QStringLiteral("겹치는 일정");
    clash.start = existing.start.addSecs(30 * 60);
    clash.end = clash.start.addSecs(3600);
    ScheduleRepository repository(*m_db, m_notifier.get());
    auto saved = repository.save(clash);
    QVERIFY(saved.ok());

    ScheduleEventModel* model = m_section->model();
    QVERIFY(model->isOverlapping(existing.id));
    QVERIFY(model->isOverlapping(saved->id));
    QVERIFY(model->index(model->rowOfEvent(saved->id), 0)
                .data(ScheduleEventModel::OverlapRole)
                .toBool());
    TimeGridCanvas* canvas = m_section->weekView()->canvas();
    const QRectF a = canvas->eventRect(existing.id, existing.start.date());
    const QRectF b = canvas->eventRect(saved->id, existing.start.date());
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY2(!a.intersects(b), "overlapping events sit side by side");
    QVERIFY(a.width() < canvas->columns().dayWidth() / 2 + 1);

    // the tooltip gives what the narrow blocks elide
    const QString tip = eventToolTip(existing, model->isOverlapping(existing.id));
    QVERIFY(tip.contains(existing.title));
    QVERIFY(tip.contains(existing.place));
    QVERIFY(tip.contains(QStringLiteral("⚠")));

    // a cancelled event clashes with nothing
    ScheduleEvent cancelled = *saved;
    cancelled.status = EventStatus::Cancelled;
    QVERIFY(repository.save(cancelled).ok());
    QVERIFY(!model->isOverlapping(existing.id));
}

void TestSchedule::listViewShowsTheSameEvents()
{
    m_section->setViewMode(ScheduleSectionWidget::ViewMode::List);
    QTableView* list = m_section->listView();
    QVERIFY(list->isVisible());
    const QList<ScheduleEvent> april = storedEvents(QDate(2024, 4, 1), QDate(2024, 4, 30));
    QCOMPARE(list->model()->rowCount(), april.size());
    for (int row = 0; row < april.size(); ++row)
        QCOMPARE(list->model()->index(row, ScheduleEventModel::TitleColumn).data().toString(),
                 april.at(row).title);
    // Enter on a row opens it
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(m_section->eventDialog());
    QCOMPARE(m_section->eventDialog()->event().id, april.first().id);
    m_section->eventDialog()->reject();
}

void TestSchedule::internalAndCancelledEventsLookDifferent()
{
    ScheduleEvent e;
    e.title = QStringLiteral("간부회의 주재");
    e.category = QStringLiteral("회의");
    e.start = QDateTime(QDate(2024, 4, 1), QTime(9, 0));
    e.end = e.start.addSecs(3600);
    auto render = [](const ScheduleEvent& event, qreal dpr) {
        QImage image(QSize(240, 40) * dpr, QImage::Format_ARGB32);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintEventChip(painter, QRectF(0, 0, 240, 40), event, {});
        return image;
    };
    ScheduleEvent internal = e;
    internal.visibility = Visibility::Internal;
    ScheduleEvent cancelled = e;
    cancelled.status = EventStatus::Cancelled;
    QVERIFY(render(e, 1) != render(internal, 1));
    QVERIFY(render(e, 1) != render(cancelled, 1));
    // HiDPI: the same drawing at twice the pixels
    QCOMPARE(render(internal, 2).size(), QSize(480, 80));
}

void TestSchedule::navigationAndViewShortcuts()
{
    m_section->monthView()->setFocus();
    QTest::keyClick(m_section->monthView(), Qt::Key_PageDown);
    QCOMPARE(m_section->periodTitle(), QStringLiteral("2024년 5월"));
    QTest::keyClick(m_section->monthView(), Qt::Key_W);
    QCOMPARE(m_section->viewMode(), ScheduleSectionWidget::ViewMode::Week);
    const QDate weekStart = m_section->weekView()->firstVisibleDate();
    QTest::keyClick(m_section->weekView(), Qt::Key_PageDown);
    QCOMPARE(m_section->weekView()->firstVisibleDate(), weekStart.addDays(7));
    QTest::keyClick(m_section->weekView(), Qt::Key_T);
    QCOMPARE(m_section->anchorDate(), QDate(2024, 4, 1));
    QTest::keyClick(m_section->weekView(), Qt::Key_D);
    QCOMPARE(m_section->viewMode(), ScheduleSectionWidget::ViewMode::Day);
    QCOMPARE(m_settings->scheduleView(), QStringLiteral("day"));
}

QTEST_MAIN(TestSchedule)
#include "tst_schedule.moc"
