#include "timegridcanvas.h"

#include "calendarview.h"
#include "common/clock.h"
#include "eventchip.h"
#include "itemmodels/scheduleeventmodel.h"
#include "timegridview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace openmayor {

namespace {
constexpr int minutesPerDay = 24 * 60;
constexpr int workdayStartHour = 7; // the working day is shown brighter
constexpr int workdayEndHour = 22;
constexpr qreal resizeHandle = 6.0;
} // namespace

int DayColumns::dayAt(qreal x) const
{
    if (dayWidth() <= 0)
        return 0;
    return qBound(0, int(std::floor((x - gutter) / dayWidth())), days - 1);
}

TimeGridCanvas::TimeGridCanvas(TimeGridView* view) : QWidget(view), m_view(view)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    fitHours(0);
}

void TimeGridCanvas::fitHours(int viewportHeight)
{
    const qreal readable = std::max(40.0, fontMetrics().height() * 2.8);
    const qreal fitted = viewportHeight / qreal(workdayEndHour - workdayStartHour);
    const qreal height = std::max(readable, fitted);
    if (qFuzzyCompare(height, m_hourHeight))
        return;
    m_hourHeight = height;
    setMinimumHeight(int(std::ceil(24 * m_hourHeight)));
    update();
}

QSize TimeGridCanvas::sizeHint() const
{
    return {600, int(24 * hourHeight())};
}

DayColumns TimeGridCanvas::columns() const
{
    DayColumns c;
    c.gutter = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 16.0;
    c.width = width();
    c.days = m_view->dayCount();
    return c;
}

qreal TimeGridCanvas::yOf(const QTime& time) const
{
    return (time.hour() * 60 + time.minute()) * hourHeight() / 60.0;
}

QPointF TimeGridCanvas::pointAt(const QDate& date, const QTime& time) const
{
    const DayColumns c = columns();
    const int day = int(m_view->firstVisibleDate().daysTo(date));
    return {c.dayLeft(day) + c.dayWidth() / 2, yOf(time) + 1};
}

QRectF TimeGridCanvas::rectFor(const QDateTime& start, const QDateTime& end, const QDate& date,
                               int column, int columnCount) const
{
    const DayColumns c = columns();
    const int day = int(m_view->firstVisibleDate().daysTo(date));
    if (day < 0 || day >= c.days)
        return {};
    const qreal top = start.date() < date ? 0.0 : yOf(start.time());
    const qreal bottom = end.date() > date ? 24 * hourHeight() : yOf(end.time());
    const qreal usable = c.dayWidth() - 6.0;
    const qreal w = usable / columnCount;
    const qreal minHeight = fontMetrics().height() + 4.0;
    return QRectF(c.dayLeft(day) + 2.0 + column * w, top, w - 1.0,
                  std::max(bottom - top, minHeight));
}

QList<TimeGridCanvas::Block> TimeGridCanvas::layoutBlocks() const
{
    QList<Block> blocks;
    const QList<ScheduleEvent>& events = m_view->model()->events();
    for (int day = 0; day < m_view->dayCount(); ++day) {
        const QDate date = m_view->firstVisibleDate().addDays(day);
        const QDateTime from(date, QTime(0, 0));
        const QDateTime to(date.addDays(1), QTime(0, 0));
        struct Segment
        {
            int row;
            QDateTime start;
            QDateTime end;
            int column = 0;
        };
        QList<Segment> segments;
        for (int row = 0; row < events.size(); ++row) {
            const ScheduleEvent& e = events.at(row);
            if (e.allDay)
                continue;
            const bool inDay =
                (e.start < to && e.end > from) || (e.start == e.end && e.start.date() == date);
            if (inDay)
                segments.append({row, std::max(e.start, from), std::min(e.end, to)});
        }
        std::stable_sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) {
            return a.start < b.start || (a.start == b.start && a.end > b.end);
        });
        // Clusters of transitively overlapping segments share the day's width.
        int clusterBegin = 0;
        QList<QDateTime> columnEnds;
        QDateTime clusterEnd;
        auto finishCluster = [&](int clusterEndIndex) {
            for (int i = clusterBegin; i < clusterEndIndex; ++i) {
                const Segment& s = segments.at(i);
                const ScheduleEvent& e = events.at(s.row);
                blocks.append({rectFor(s.start, s.end, date, s.column, int(columnEnds.size())),
                               s.row, date, e.end <= to});
            }
        };
        for (int i = 0; i < segments.size(); ++i) {
            Segment& s = segments[i];
            if (i > clusterBegin && s.start >= clusterEnd) {
                finishCluster(i);
                clusterBegin = i;
                columnEnds.clear();
            }
            const qsizetype free =
                std::find_if(columnEnds.begin(), columnEnds.end(),
                             [&s](const QDateTime& end) { return end <= s.start; }) -
                columnEnds.begin();
            if (free == columnEnds.size())
                columnEnds.append(s.end);
            else
                columnEnds[free] = s.end;
            s.column = int(free);
            clusterEnd = i == clusterBegin ? s.end : std::max(clusterEnd, s.end);
        }
        finishCluster(int(segments.size()));
    }
    return blocks;
}

QRectF TimeGridCanvas::eventRect(const QString& eventId, const QDate& date) const
{
    for (const Block& block : layoutBlocks())
        if (block.date == date && m_view->model()->eventAt(block.row).id == eventId)
            return block.rect;
    return {};
}

const TimeGridCanvas::Block* TimeGridCanvas::blockAt(const QList<Block>& blocks,
                                                     const QPointF& pos) const
{
    // the last drawn is on top
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it)
        if (it->rect.contains(pos))
            return &*it;
    return nullptr;
}

QDateTime TimeGridCanvas::timeAt(const QPointF& pos) const
{
    const DayColumns c = columns();
    const QDate date = m_view->firstVisibleDate().addDays(c.dayAt(pos.x()));
    const int minutes =
        qBound(0,
               int(std::floor(pos.y() * 60.0 / hourHeight() / CalendarView::snapMinutes)) *
                   CalendarView::snapMinutes,
               minutesPerDay - CalendarView::snapMinutes);
    return QDateTime(date, QTime(0, 0)).addSecs(minutes * 60);
}

void TimeGridCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const DayColumns c = columns();
    const qreal hh = hourHeight();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    // outside the working day, a shade darker
    const QColor offHours = pal.color(QPalette::AlternateBase);
    painter.fillRect(QRectF(c.gutter, 0, c.width - c.gutter, yOf(QTime(workdayStartHour, 0))),
                     offHours);
    painter.fillRect(QRectF(c.gutter, yOf(QTime(workdayEndHour, 0)), c.width - c.gutter,
                            24 * hh - yOf(QTime(workdayEndHour, 0))),
                     offHours);
    const QDate today = Clock::today();
    for (int day = 0; day < c.days; ++day)
        if (m_view->firstVisibleDate().addDays(day) == today)
            painter.fillRect(QRectF(c.dayLeft(day), 0, c.dayWidth(), 24 * hh),
                             QColor(0x1a, 0x73, 0xe8, 14));

    QPen hourPen(pal.color(QPalette::Mid), 1.0);
    hourPen.setCosmetic(true);
    QPen halfPen(pal.color(QPalette::Midlight), 1.0, Qt::DotLine);
    halfPen.setCosmetic(true);
    const qreal labelHeight = fontMetrics().height();
    for (int hour = 0; hour < 24; ++hour) {
        const qreal y = hour * hh;
        painter.setPen(hourPen);
        painter.drawLine(QPointF(c.gutter - 4, y), QPointF(c.width, y));
        painter.setPen(halfPen);
        painter.drawLine(QPointF(c.gutter, y + hh / 2), QPointF(c.width, y + hh / 2));
        if (hour > 0) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRectF(0, y - labelHeight / 2, c.gutter - 8, labelHeight),
                             Qt::AlignRight | Qt::AlignVCenter,
                             scheduleformat::timeText(QTime(hour, 0)));
        }
    }
    painter.setPen(hourPen);
    for (int day = 0; day <= c.days; ++day)
        painter.drawLine(QPointF(c.dayLeft(day), 0), QPointF(c.dayLeft(day), 24 * hh));

    const QList<Block> blocks = layoutBlocks();
    ScheduleEventModel* model = m_view->model();
    for (const Block& block : blocks) {
        if (!block.rect.intersects(QRectF(event->rect())))
            continue;
        const ScheduleEvent& e = model->eventAt(block.row);
        EventChipState state;
        state.block = true;
        state.overlapping = model->isOverlapping(e.id);
        state.selected = e.id == m_view->selectedEventId();
        state.dragging = (m_drag == Drag::Move || m_drag == Drag::Resize) && e.id == m_pressId;
        paintEventChip(painter, block.rect, e, state);
    }

    // where a drag would put the event
    if ((m_drag == Drag::Move || m_drag == Drag::Resize) && m_previewStart.isValid()) {
        const int row = model->rowOfEvent(m_pressId);
        if (row >= 0) {
            ScheduleEvent preview = model->eventAt(row);
            preview.start = m_previewStart;
            preview.end = m_previewEnd;
            EventChipState state;
            state.block = true;
            state.selected = true;
            for (int day = 0; day < c.days; ++day) {
                const QDate date = m_view->firstVisibleDate().addDays(day);
                const QDateTime from(date, QTime(0, 0));
                if (preview.start < from.addDays(1) && preview.end > from)
                    paintEventChip(painter, rectFor(preview.start, preview.end, date, 0, 1),
                                   preview, state);
            }
        }
    }

    // the current time
    const QDateTime now = Clock::now().toLocalTime();
    const int todayColumn = int(m_view->firstVisibleDate().daysTo(now.date()));
    if (todayColumn >= 0 && todayColumn < c.days) {
        QPen nowPen(QColor(0xd5, 0x00, 0x00), 2.0);
        nowPen.setCosmetic(true);
        painter.setPen(nowPen);
        const qreal y = yOf(now.time());
        painter.drawLine(QPointF(c.dayLeft(todayColumn), y),
                         QPointF(c.dayLeft(todayColumn) + c.dayWidth(), y));
    }
}

bool TimeGridCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QList<Block> blocks = layoutBlocks();
        if (const Block* block = blockAt(blocks, help->pos())) {
            const ScheduleEvent& e = m_view->model()->eventAt(block->row);
            QToolTip::showText(help->globalPos(),
                               eventToolTip(e, m_view->model()->isOverlapping(e.id)), this,
                               block->rect.toAlignedRect());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimeGridCanvas::mousePressEvent(QMouseEvent* event)
{
    m_view->setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    const QList<Block> blocks = layoutBlocks();
    const Block* block = blockAt(blocks, event->position());
    m_pressPos = event->position();
    m_pressId = block ? m_view->model()->eventAt(block->row).id : QString();
    m_resizeHandle =
        block && block->endsHere && event->position().y() >= block->rect.bottom() - resizeHandle;
    m_drag = block ? Drag::Pending : Drag::None;
    m_previewStart = {};
    m_view->setSelectedEventId(m_pressId);
}

void TimeGridCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None) {
        // show the resize cursor over a bottom edge
        const QList<Block> blocks = layoutBlocks();
        const Block* block = blockAt(blocks, event->position());
        const bool onEdge = block && block->endsHere &&
                            event->position().y() >= block->rect.bottom() - resizeHandle;
        setCursor(onEdge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (m_drag == Drag::Pending) {
        if ((event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_resizeHandle ? Drag::Resize : Drag::Move;
    }
    const int row = m_view->model()->rowOfEvent(m_pressId);
    if (row < 0)
        return;
    const ScheduleEvent& e = m_view->model()->eventAt(row);
    const DayColumns c = columns();
    const int minutes =
        CalendarView::snapped((event->position().y() - m_pressPos.y()) * 60.0 / hourHeight());
    if (m_drag == Drag::Move) {
        const int days = c.dayAt(event->position().x()) - c.dayAt(m_pressPos.x());
        m_previewStart = e.start.addDays(days).addSecs(minutes * 60);
        m_previewEnd = e.end.addDays(days).addSecs(minutes * 60);
    } else {
        m_previewStart = e.start;
        m_previewEnd =
            std::max(e.end.addSecs(minutes * 60), e.start.addSecs(CalendarView::snapMinutes * 60));
    }
    update();
}

void TimeGridCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool dragged =
        (m_drag == Drag::Move || m_drag == Drag::Resize) && m_previewStart.isValid();
    const QString id = m_pressId;
    const QDateTime start = m_previewStart;
    const QDateTime end = m_previewEnd;
    m_drag = Drag::None;
    m_previewStart = {};
    update();
    const int row = m_view->model()->rowOfEvent(id);
    if (!dragged || row < 0)
        return;
    const ScheduleEvent& e = m_view->model()->eventAt(row);
    if (start != e.start || end != e.end)
        emit m_view->eventChangeRequested(id, start, end);
}

void TimeGridCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QList<Block> blocks = layoutBlocks();
    if (const Block* block = blockAt(blocks, event->position())) {
        emit m_view->eventActivated(m_view->model()->eventAt(block->row).id);
        return;
    }
    if (event->position().x() < columns().gutter)
        return;
    const QDateTime start = timeAt(event->position());
    emit m_view->createRequested(start, start.addSecs(3600), false);
}

} // namespace openmayor
