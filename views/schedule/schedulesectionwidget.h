#pragma once

#include "common/result.h"
#include "domain/scheduleevent.h"
#include "storage/schedulerepository.h"

#include <QDate>
#include <QWidget>

class QAction;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace openmayor {

class ChangeNotifier;
class EventDialog;
class MonthView;
class ScheduleEventModel;
class Settings;
class TimeGridView;

// The schedule section (시장24시): month, week and day calendars and a list over one
// ScheduleEventModel, with navigation (previous / today / next). Every change — create,
// edit, move, resize, delete — is one undo command on the main window's stack and is in
// the store at once.
class ScheduleSectionWidget : public QWidget
{
    Q_OBJECT
public:
    enum class ViewMode
    {
        Month,
        Week,
        Day,
        List
    };

    ScheduleSectionWidget(const QString& title, const Database& database, ChangeNotifier* notifier,
                          QUndoStack* undoStack, Settings* settings, QWidget* parent = nullptr);

    ScheduleEventModel* model() const { return m_model; }
    MonthView* monthView() const { return m_month; }
    TimeGridView* weekView() const { return m_week; }
    TimeGridView* dayView() const { return m_day; }
    QTableView* listView() const { return m_list; }
    // The dialog open for creating or editing, if any.
    EventDialog* eventDialog() const;

    ViewMode viewMode() const { return m_mode; }
    void setViewMode(ViewMode mode);
    QDate anchorDate() const { return m_anchor; }
    void setAnchorDate(const QDate& date);
    void goPrevious();
    void goNext();
    void goToday();
    QString periodTitle() const;

    // Opens the event dialog for a new event (Ctrl+N, double-click on an empty slot).
    void createEvent(const QDateTime& start, const QDateTime& end, bool allDay);
    // Ctrl+N and the New Event button: 09:00 today when today is shown, else on the shown day.
    void createEventOnShownDay();
    void editEvent(const QString& id);
    Status deleteEvent(const QString& id);
    // A drag's outcome: the event now runs [start, end).
    Status changeEventTime(const QString& id, const QDateTime& start, const QDateTime& end);

signals:
    void errorOccurred(const QString& message);

private:
    void buildToolbar(QWidget* bar);
    void connectView(class CalendarView* view);
    void refreshRange();
    void updateSummary();
    Status push(std::optional<ScheduleEvent> before, std::optional<ScheduleEvent> after,
                const QString& description);
    void openDialog(const ScheduleEvent& event, bool isNew);
    QString selectedEventId() const;

    ScheduleRepository m_repository;
    QUndoStack* m_undoStack;
    Settings* m_settings;
    ScheduleEventModel* m_model;
    ViewMode m_mode = ViewMode::Month;
    QDate m_anchor;
    QLabel* m_title;
    QLabel* m_period;
    QLabel* m_summary;
    QButtonGroup* m_modeButtons;
    QStackedWidget* m_stack;
    MonthView* m_month;
    TimeGridView* m_week;
    TimeGridView* m_day;
    QTableView* m_list;
};

} // namespace openmayor
