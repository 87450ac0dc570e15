#pragma once

#include "domain/scheduleevent.h"

#include <QDate>
#include <QHash>
#include <QRectF>
#include <QWidget>

namespace openmayor {

class TimeGridView;

// Geometry shared by the time grid and its all-day strip: a gutter for the hour labels,
// then one column per day.
struct DayColumns
{
    qreal gutter = 0;
    qreal width = 0;
    int days = 1;
    qreal dayWidth() const { return days > 0 ? (width - gutter) / days : 0; }
    qreal dayLeft(int day) const { return gutter + day * dayWidth(); }
    int dayAt(qreal x) const;
};

// The 24 hours of the time grid (inside a scroll area). Paints the hours and the timed
// events of the view's days, and turns mouse drags into move and resize requests.
class TimeGridCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TimeGridCanvas(TimeGridView* view);

    qreal hourHeight() const { return m_hourHeight; }
    // Fits the working day (07:00–22:00) into `height` where there is room for it.
    void fitHours(int viewportHeight);
    DayColumns columns() const;
    qreal yOf(const QTime& time) const;
    // The block of an event on one of the view's dates (empty when not shown that day).
    QRectF eventRect(const QString& eventId, const QDate& date) const;
    QPointF pointAt(const QDate& date, const QTime& time) const;

    QSize sizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Block
    {
        QRectF rect;
        int row = -1;
        QDate date;
        bool endsHere = false; // the event's end is on this day (its bottom edge can be dragged)
    };
    QList<Block> layoutBlocks() const;
    const Block* blockAt(const QList<Block>& blocks, const QPointF& pos) const;
    QRectF rectFor(const QDateTime& start, const QDateTime& end, const QDate& date, int column,
                   int columnCount) const;
    QDateTime timeAt(const QPointF& pos) const;

    enum class Drag
    {
        None,
        Pending,
        Move,
        Resize
    };
    TimeGridView* m_view;
    qreal m_hourHeight = 48;
    Drag m_drag = Drag::None;
    bool m_resizeHandle = false;
    QString m_pressId;
    QPointF m_pressPos;
    QDateTime m_previewStart;
    QDateTime m_previewEnd;
};

} // namespace openmayor
