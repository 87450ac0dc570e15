#pragma once

#include "domain/scheduleevent.h"

#include <QDate>
#include <QWidget>

namespace openmayor {

class ScheduleEventModel;

// What the month and time-grid views share: the model they draw, the date they show, the
// selected event, and the requests they make of the section (which turns each into an
// undoable edit). Arrow keys select the previous or next event, Enter opens it, Del deletes it.
class CalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarView(ScheduleEventModel* model, QWidget* parent = nullptr);

    ScheduleEventModel* model() const { return m_model; }
    QString selectedEventId() const { return m_selectedId; }
    void setSelectedEventId(const QString& id);

    // The date the view is about; each view shows the month, week or day around it.
    virtual void setAnchorDate(const QDate& date) = 0;
    // The [first, last] dates the view shows (the model's range must cover them).
    virtual QDate firstVisibleDate() const = 0;
    virtual QDate lastVisibleDate() const = 0;

    // 15-minute snapping for moves and resizes.
    static constexpr int snapMinutes = 15;
    static int snapped(qreal minutes);

signals:
    void selectionChanged(const QString& id);
    void eventActivated(const QString& id);
    void createRequested(const QDateTime& start, const QDateTime& end, bool allDay);
    // A drag moved or resized the event to [start, end).
    void eventChangeRequested(const QString& id, const QDateTime& start, const QDateTime& end);
    void deleteRequested(const QString& id);
    // "+N more" or a day heading was clicked.
    void dayRequested(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    const ScheduleEvent* selectedEvent() const;

private:
    ScheduleEventModel* m_model;
    QString m_selectedId;
};

} // namespace openmayor
