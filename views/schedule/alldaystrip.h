#pragma once

#include <QDate>
#include <QRectF>
#include <QWidget>

namespace openmayor {

class TimeGridView;

// The top of the time grid: the day titles and a row of all-day events (spanning the days
// they cover, in lanes). Click a day title to open that day; drag an all-day event to
// another day to move it; double-click an empty spot to create an all-day event.
class AllDayStrip : public QWidget
{
    Q_OBJECT
public:
    explicit AllDayStrip(TimeGridView* view);

    QRectF chipRect(const QString& eventId) const;
    void relayout();

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
        int row = -1;
    };
    QList<Chip> layoutChips() const;
    qreal titleHeight() const;
    qreal chipHeight() const;
    int dayAt(qreal x) const;

    TimeGridView* m_view;
    QString m_pressId;
    QPointF m_pressPos;
    bool m_dragging = false;
    int m_dropDay = -1;
};

} // namespace openmayor
