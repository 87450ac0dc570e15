#pragma once

#include "calendarview.h"

class QScrollArea;

namespace openmayor {

class AllDayStrip;
class TimeGridCanvas;

// The week (7 days) or one day as a time grid: a header with the day titles and an all-day
// row, and below it 24 scrollable hours (07:00–22:00 in view at first). Overlapping events
// sit side by side and carry ⚠; drag an event to move it (15-minute steps, across days in
// the week) or its bottom edge to change its end; double-click an empty slot to create one.
class TimeGridView : public CalendarView
{
    Q_OBJECT
public:
    TimeGridView(int days, ScheduleEventModel* model, QWidget* parent = nullptr);

    void setAnchorDate(const QDate& date) override;
    QDate firstVisibleDate() const override { return m_first; }
    QDate lastVisibleDate() const override { return m_first.addDays(m_days - 1); }
    int dayCount() const { return m_days; }

    TimeGridCanvas* canvas() const { return m_canvas; }
    AllDayStrip* allDayStrip() const { return m_allDay; }
    QScrollArea* scrollArea() const { return m_scroll; }
    // Scrolls so that `time` is at the top of the visible hours.
    void scrollToTime(const QTime& time);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int m_days;
    QDate m_first;
    bool m_scrolledOnce = false;
    AllDayStrip* m_allDay;
    TimeGridCanvas* m_canvas;
    QScrollArea* m_scroll;
};

} // namespace openmayor
