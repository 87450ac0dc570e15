#pragma once

#include "calendarview.h"

#include <QRectF>

namespace openmayor {

// A month as six weeks of day cells. Each cell lists its events as chips (time and title);
// what does not fit becomes "+N more", which opens the day. Drag a chip to another day to
// move the event there (same time of day); double-click an empty cell to create an event.
class MonthView : public CalendarView
{
    Q_OBJECT
public:
    explicit MonthView(ScheduleEventModel* model, QWidget* parent = nullptr);

    void setAnchorDate(const QDate& date) override;
    QDate firstVisibleDate() const override { return m_first; }
    QDate lastVisibleDate() const override { return m_first.addDays(41); }
    QDate month() const { return m_month; }

    // Geometry for tests and hit-testing, in logical widget coordinates.
    QRectF cellRect(const QDate& date) const;
    QRectF chipRect(const QString& eventId, const QDate& date) const;
    QDate dateAt(const QPointF& pos) const;
    // The number of events a cell hides behind "+N more".
    int hiddenCount(const QDate& date) const;

    QSize sizeHint() const override { return {800, 600}; }
    QSize minimumSizeHint() const override { return {420, 360}; }

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Chip
    {
        QRectF rect;
        int row = -1; // model row
        QDate date;
        bool tall = false; // two lines (title, time) when the cell has room
    };
    struct Layout
    {
        QList<Chip> chips;
        QList<QPair<QRectF, QDate>> more; // "+N more" areas
        QHash<QDate, int> hidden;
    };
    Layout layoutChips() const;
    QList<int> rowsOn(const QDate& date) const;
    qreal headerHeight() const;
    qreal chipHeight() const;
    const Chip* chipAt(const Layout& layout, const QPointF& pos) const;

    QDate m_month; // first of the month shown
    QDate m_first; // first date of the grid
    // drag state
    QString m_pressId;
    QDate m_pressDate;
    QPointF m_pressPos;
    bool m_dragging = false;
    QDate m_dropDate;
};

} // namespace openmayor
