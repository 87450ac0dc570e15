#include "schedulesectionwidget.h"

#include "commands/scheduleedits.h"
#include "common/clock.h"
#include "common/settings.h"
#include "eventdialog.h"
#include "itemmodels/scheduleeventmodel.h"
#include "monthview.h"
#include "timegridview.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace openmayor {

namespace {
const QStringList modeKeys = {QStringLiteral("month"), QStringLiteral("week"),
                              QStringLiteral("day"), QStringLiteral("list")};

QAction* addShortcut(QWidget* owner, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

ScheduleSectionWidget::ScheduleSectionWidget(const QString& title, const Database& database,
                                             ChangeNotifier* notifier, QUndoStack* undoStack,
                                             Settings* settings, QWidget* parent)
    : QWidget(parent), m_repository(database, notifier), m_undoStack(undoStack),
      m_settings(settings), m_model(new ScheduleEventModel(m_repository, notifier, this)),
      m_title(new QLabel(title, this)), m_period(new QLabel(this)), m_summary(new QLabel(this)),
      m_modeButtons(new QButtonGroup(this)), m_stack(new QStackedWidget(this)),
      m_month(new MonthView(m_model, this)), m_week(new TimeGridView(7, m_model, this)),
      m_day(new TimeGridView(1, m_model, this)), m_list(new QTableView(this))
{
    connect(m_model, &ScheduleEventModel::loadFailed, this, &ScheduleSectionWidget::errorOccurred);
    m_month->setObjectName(QStringLiteral("monthView"));
    m_week->setObjectName(QStringLiteral("weekView"));
    m_day->setObjectName(QStringLiteral("dayView"));
    m_list->setObjectName(QStringLiteral("listView"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_period->setObjectName(QStringLiteral("period"));
    QFont periodFont = m_period->font();
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.2);
    m_period->setFont(periodFont);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 10);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ScheduleEventModel::TitleColumn,
                                                     QHeaderView::Stretch);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        editEvent(index.data(ScheduleEventModel::IdRole).toString());
    });
    QAction* openRow =
        addShortcut(m_list, {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openRow->setShortcutContext(Qt::WidgetShortcut);
    connect(openRow, &QAction::triggered, this, [this] { editEvent(selectedEventId()); });
    QAction* deleteRow = addShortcut(m_list, {QKeySequence::Delete});
    deleteRow->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteRow, &QAction::triggered, this, [this] {
        if (!selectedEventId().isEmpty())
            static_cast<void>(deleteEvent(selectedEventId())); // errors go to errorOccurred
    });

    for (CalendarView* view :
         {static_cast<CalendarView*>(m_month), static_cast<CalendarView*>(m_week),
          static_cast<CalendarView*>(m_day)})
        connectView(view);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_day);
    m_stack->addWidget(m_list);

    auto* bar = new QWidget(this);
    buildToolbar(bar);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    connect(addShortcut(this, {QKeySequence::New}), &QAction::triggered, this,
            &ScheduleSectionWidget::createEventOnShownDay);
    connect(addShortcut(this, {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}),
            &QAction::triggered, this, &ScheduleSectionWidget::goPrevious);
    connect(
        addShortcut(this, {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}),
        &QAction::triggered, this, &ScheduleSectionWidget::goNext);
    connect(addShortcut(this, {QKeySequence(Qt::Key_T)}), &QAction::triggered, this,
            &ScheduleSectionWidget::goToday);
    const Qt::Key modeShortcuts[] = {Qt::Key_M, Qt::Key_W, Qt::Key_D, Qt::Key_L};
    for (int i = 0; i < 4; ++i)
        connect(addShortcut(this, {QKeySequence(modeShortcuts[i])}), &QAction::triggered, this,
                [this, i] { setViewMode(ViewMode(i)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScheduleSectionWidget::updateSummary);

    m_anchor = ScheduleEventModel::startDate(m_repository);
    const int savedMode = settings ? int(modeKeys.indexOf(settings->scheduleView())) : 0;
    m_mode = ViewMode(qMax(0, savedMode));
    setViewMode(m_mode);
}

void ScheduleSectionWidget::buildToolbar(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_title);
    row->addSpacing(16);
    auto button = [bar, row](const QString& text, const QString& toolTip) {
        auto* b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(toolTip);
        b->setAutoRaise(false);
        row->addWidget(b);
        return b;
    };
    connect(button(tr("Today"), tr("Go to today (T)")), &QToolButton::clicked, this,
            &ScheduleSectionWidget::goToday);
    connect(button(QStringLiteral("‹"), tr("Previous (Page Up)")), &QToolButton::clicked, this,
            &ScheduleSectionWidget::goPrevious);
    connect(button(QStringLiteral("›"), tr("Next (Page Down)")), &QToolButton::clicked, this,
            &ScheduleSectionWidget::goNext);
    row->addSpacing(8);
    row->addWidget(m_period);
    row->addStretch(1);
    const QString labels[] = {tr("Month"), tr("Week"), tr("Day"), tr("List")};
    const QString keys[] = {QStringLiteral("M"), QStringLiteral("W"), QStringLiteral("D"),
                            QStringLiteral("L")};
    for (int i = 0; i < 4; ++i) {
        QToolButton* b = button(labels[i], tr("%1 view (%2)").arg(labels[i], keys[i]));
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("view-") + modeKeys.at(i));
        m_modeButtons->addButton(b, i);
    }
    connect(m_modeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setViewMode(ViewMode(id)); });
    row->addSpacing(12);
    QToolButton* add = button(tr("New Event"), tr("Add an event (Ctrl+N)"));
    add->setObjectName(QStringLiteral("newEvent"));
    connect(add, &QToolButton::clicked, this, &ScheduleSectionWidget::createEventOnShownDay);
}

void ScheduleSectionWidget::connectView(CalendarView* view)
{
    connect(view, &CalendarView::eventActivated, this, &ScheduleSectionWidget::editEvent);
    connect(view, &CalendarView::createRequested, this, &ScheduleSectionWidget::createEvent);
    connect(view, &CalendarView::deleteRequested, this,
            [this](const QString& id) { static_cast<void>(deleteEvent(id)); });
    connect(view, &CalendarView::eventChangeRequested, this,
            [this](const QString& id, const QDateTime& start, const QDateTime& end) {
                static_cast<void>(changeEventTime(id, start, end)); // reported by push()
            });
    connect(view, &CalendarView::dayRequested, this, [this](const QDate& date) {
        m_anchor = date;
        setViewMode(ViewMode::Day);
    });
}

EventDialog* ScheduleSectionWidget::eventDialog() const
{
    return findChild<EventDialog*>();
}

void ScheduleSectionWidget::setViewMode(ViewMode mode)
{
    m_mode = mode;
    if (m_settings)
        m_settings->setScheduleView(modeKeys.at(int(mode)));
    if (QAbstractButton* b = m_modeButtons->button(int(mode)))
        b->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    refreshRange();
    m_stack->currentWidget()->setFocus();
}

void ScheduleSectionWidget::setAnchorDate(const QDate& date)
{
    m_anchor = date;
    refreshRange();
}

void ScheduleSectionWidget::goPrevious()
{
    switch (m_mode) {
    case ViewMode::Month:
    case ViewMode::List:
        setAnchorDate(m_anchor.addMonths(-1));
        break;
    case ViewMode::Week:
        setAnchorDate(m_anchor.addDays(-7));
        break;
    case ViewMode::Day:
        setAnchorDate(m_anchor.addDays(-1));
        break;
    }
}

void ScheduleSectionWidget::goNext()
{
    switch (m_mode) {
    case ViewMode::Month:
    case ViewMode::List:
        setAnchorDate(m_anchor.addMonths(1));
        break;
    case ViewMode::Week:
        setAnchorDate(m_anchor.addDays(7));
        break;
    case ViewMode::Day:
        setAnchorDate(m_anchor.addDays(1));
        break;
    }
}

void ScheduleSectionWidget::goToday()
{
    setAnchorDate(Clock::today());
}

QString ScheduleSectionWidget::periodTitle() const
{
    switch (m_mode) {
    case ViewMode::Week:
        return scheduleformat::monthTitle(m_week->firstVisibleDate()) + QStringLiteral("  ·  ") +
               scheduleformat::dayTitle(m_week->firstVisibleDate()) + QStringLiteral(" – ") +
               scheduleformat::dayTitle(m_week->lastVisibleDate());
    case ViewMode::Day:
        return QLocale().toString(m_anchor, QLocale::LongFormat);
    case ViewMode::Month:
    case ViewMode::List:
        break;
    }
    return scheduleformat::monthTitle(m_anchor);
}

void ScheduleSectionWidget::refreshRange()
{
    m_month->setAnchorDate(m_anchor);
    m_week->setAnchorDate(m_anchor);
    m_day->setAnchorDate(m_anchor);
    QDate first;
    QDate last;
    switch (m_mode) {
    case ViewMode::Month:
        first = m_month->firstVisibleDate();
        last = m_month->lastVisibleDate();
        break;
    case ViewMode::Week:
        first = m_week->firstVisibleDate();
        last = m_week->lastVisibleDate();
        break;
    case ViewMode::Day:
        first = last = m_anchor;
        break;
    case ViewMode::List:
        first = QDate(m_anchor.year(), m_anchor.month(), 1);
        last = first.addMonths(1).addDays(-1);
        break;
    }
    m_model->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
    m_period->setText(periodTitle());
}

void ScheduleSectionWidget::updateSummary()
{
    int internal = 0;
    int overlapping = 0;
    for (const ScheduleEvent& e : m_model->events()) {
        internal += e.visibility == Visibility::Internal;
        overlapping += m_model->isOverlapping(e.id);
    }
    QStringList parts{tr("%n event(s)", nullptr, int(m_model->events().size()))};
    if (internal > 0)
        parts << tr("%n internal (hatched, not published)", nullptr, internal);
    if (overlapping > 0)
        parts << tr("⚠ %n overlapping", nullptr, overlapping);
    parts << tr("double-click to add, drag to move, Del to delete");
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

QString ScheduleSectionWidget::selectedEventId() const
{
    if (m_mode == ViewMode::List) {
        const QModelIndex current = m_list->currentIndex();
        return current.isValid() ? current.data(ScheduleEventModel::IdRole).toString() : QString();
    }
    return static_cast<CalendarView*>(m_stack->currentWidget())->selectedEventId();
}

Status ScheduleSectionWidget::push(std::optional<ScheduleEvent> before,
                                   std::optional<ScheduleEvent> after, const QString& description)
{
    auto result = pushScheduleEdit(m_undoStack, m_repository, std::move(before), std::move(after),
                                   description);
    if (!result) {
        emit errorOccurred(result.error().message);
        return result.error();
    }
    return {};
}

void ScheduleSectionWidget::openDialog(const ScheduleEvent& event, bool isNew)
{
    if (EventDialog* open = eventDialog()) {
        open->raise();
        return;
    }
    QStringList categories;
    for (const ScheduleEvent& e : m_model->events())
        if (!e.category.isEmpty() && !categories.contains(e.category))
            categories << e.category;
    categories.sort();
    auto* dialog = new EventDialog(event, isNew, categories, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<ScheduleEvent> before =
        isNew ? std::nullopt : std::optional<ScheduleEvent>(event);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const ScheduleEvent after = dialog->event();
        if (before && after == *before)
            return;
        const QString text = before ? tr("Edit event \"%1\"").arg(after.title)
                                    : tr("Add event \"%1\"").arg(after.title);
        if (push(before, after, text) && !before)
            setAnchorDate(after.start.date());
    });
    dialog->open();
}

void ScheduleSectionWidget::createEvent(const QDateTime& start, const QDateTime& end, bool allDay)
{
    ScheduleEvent event;
    event.start = start;
    event.end = end;
    event.allDay = allDay;
    openDialog(event, true);
}

void ScheduleSectionWidget::createEventOnShownDay()
{
    // today when it is on screen, else the day the view is about; 09:00 for an hour
    const QDate today = Clock::today();
    const bool todayShown =
        m_model->rangeStart().date() <= today && today < m_model->rangeEnd().date();
    const QDateTime start(todayShown ? today : m_anchor, QTime(9, 0));
    createEvent(start, start.addSecs(3600), false);
}

void ScheduleSectionWidget::editEvent(const QString& id)
{
    const int row = m_model->rowOfEvent(id);
    if (row >= 0)
        openDialog(m_model->eventAt(row), false);
}

Status ScheduleSectionWidget::deleteEvent(const QString& id)
{
    const int row = m_model->rowOfEvent(id);
    if (row < 0)
        return {};
    const ScheduleEvent event = m_model->eventAt(row);
    return push(event, std::nullopt, tr("Delete event \"%1\"").arg(event.title));
}

Status ScheduleSectionWidget::changeEventTime(const QString& id, const QDateTime& start,
                                              const QDateTime& end)
{
    const int row = m_model->rowOfEvent(id);
    if (row < 0)
        return {};
    const ScheduleEvent before = m_model->eventAt(row);
    ScheduleEvent after = before;
    after.start = start;
    after.end = end;
    const bool moved = before.start.secsTo(before.end) == start.secsTo(end);
    return push(before, after,
                moved ? tr("Move event \"%1\"").arg(before.title)
                      : tr("Change the end of \"%1\"").arg(before.title));
}

} // namespace openmayor
