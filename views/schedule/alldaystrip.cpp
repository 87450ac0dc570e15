#include "alldaystrip.h"

#include "common/clock.h"
#include "eventchip.h"
#include "itemmodels/scheduleeventmodel.h"
#include "timegridcanvas.h"
#include "timegridview.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace openmayor {

namespace {
constexpr qreal gap = 2.0;
}

AllDayStrip::AllDayStrip(TimeGridView* view) : QWidget(view), m_view(view)
{
    setFocusPolicy(Qt::NoFocus);
    relayout();
}

qreal AllDayStrip::titleHeight() const
{
    return fontMetrics().height() + 12.0;
}

qreal AllDayStrip::chipHeight() const
{
    return fontMetrics().height() + 4.0;
}

int AllDayStrip::dayAt(qreal x) const
{
    return m_view->canvas()->columns().dayAt(x);
}

QList<AllDayStrip::Chip> AllDayStrip::layoutChips() const
{
    QList<Chip> chips;
    const DayColumns c = m_view->canvas()->columns();
    const QDate first = m_view->firstVisibleDate();
    const QDate last = m_view->lastVisibleDate();
    QList<QDate> laneEnds; // the first free date of each lane
    const QList<ScheduleEvent>& events = m_view->model()->events();
    for (int row = 0; row < events.size(); ++row) {
        const ScheduleEvent& e = events.at(row);
        if (!e.allDay)
            continue;
        const QDate from = std::max(e.start.date(), first);
        const QDate to = std::min(e.end.date().addDays(-1), last);
        if (to < from)
            continue;
        qsizetype lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > from)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(to.addDays(1));
        else
            laneEnds[lane] = to.addDays(1);
        const qreal left = c.dayLeft(int(first.daysTo(from))) + 2.0;
        const qreal right = c.dayLeft(int(first.daysTo(to)) + 1) - 2.0;
        chips.append({QRectF(left, titleHeight() + 2.0 + lane * (chipHeight() + gap), right - left,
                             chipHeight()),
                      row});
    }
    return chips;
}

void AllDayStrip::relayout()
{
    int lanes = 1;
    for (const Chip& chip : layoutChips())
        lanes = std::max(lanes, int((chip.rect.top() - titleHeight()) / (chipHeight() + gap)) + 1);
    setFixedHeight(int(titleHeight() + 4.0 + lanes * (chipHeight() + gap)));
    update();
}

QRectF AllDayStrip::chipRect(const QString& eventId) const
{
    for (const Chip& chip : layoutChips())
        if (m_view->model()->eventAt(chip.row).id == eventId)
            return chip.rect;
    return {};
}

void AllDayStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const DayColumns c = m_view->canvas()->columns();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QDate today = Clock::today();
    QFont bold = font();
    bold.setBold(true);
    for (int day = 0; day < c.days; ++day) {
        const QDate date = m_view->firstVisibleDate().addDays(day);
        const QRectF title(c.dayLeft(day), 0, c.dayWidth(), titleHeight());
        if (m_dragging && day == m_dropDay)
            painter.fillRect(QRectF(c.dayLeft(day), 0, c.dayWidth(), height()),
                             QColor(0x1a, 0x73, 0xe8, 40));
        painter.setFont(date == today ? bold : font());
        painter.setPen(date == today                      ? QColor(0x1a, 0x73, 0xe8)
                       : date.dayOfWeek() == Qt::Sunday   ? QColor(0xc6, 0x28, 0x28)
                       : date.dayOfWeek() == Qt::Saturday ? QColor(0x15, 0x65, 0xc0)
                                                          : pal.color(QPalette::Text));
        painter.drawText(title, Qt::AlignCenter | Qt::TextSingleLine,
                         fontMetrics().elidedText(scheduleformat::dayTitle(date), Qt::ElideRight,
                                                  int(title.width()) - 4));
    }
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(0, titleHeight(), c.gutter - 6, chipHeight() + 4),
                     Qt::AlignRight | Qt::AlignVCenter, tr("All day"));
    QPen line(pal.color(QPalette::Mid), 1.0);
    line.setCosmetic(true);
    painter.setPen(line);
    painter.drawLine(QPointF(c.gutter, titleHeight()), QPointF(width(), titleHeight()));
    painter.drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
    for (int day = 0; day <= c.days; ++day)
        painter.drawLine(QPointF(c.dayLeft(day), titleHeight()), QPointF(c.dayLeft(day), height()));

    ScheduleEventModel* model = m_view->model();
    for (const Chip& chip : layoutChips()) {
        const ScheduleEvent& e = model->eventAt(chip.row);
        EventChipState state;
        state.overlapping = model->isOverlapping(e.id);
        state.selected = e.id == m_view->selectedEventId();
        state.dragging = m_dragging && e.id == m_pressId;
        paintEventChip(painter, chip.rect, e, state);
    }
}

bool AllDayStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QToolTip::hideText();
        for (const Chip& chip : layoutChips())
            if (chip.rect.contains(help->pos())) {
                const ScheduleEvent& e = m_view->model()->eventAt(chip.row);
                QToolTip::showText(help->globalPos(),
                                   eventToolTip(e, m_view->model()->isOverlapping(e.id)), this,
                                   chip.rect.toAlignedRect());
            }
        return true;
    }
    return QWidget::event(event);
}

void AllDayStrip::mousePressEvent(QMouseEvent* event)
{
    m_view->setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    m_pressId.clear();
    m_dragging = false;
    m_pressPos = event->position();
    if (event->position().y() < titleHeight()) {
        if (m_view->dayCount() > 1 && event->position().x() >= m_view->canvas()->columns().gutter)
            emit m_view->dayRequested(
                m_view->firstVisibleDate().addDays(dayAt(event->position().x())));
        return;
    }
    for (const Chip& chip : layoutChips())
        if (chip.rect.contains(event->position()))
            m_pressId = m_view->model()->eventAt(chip.row).id;
    m_view->setSelectedEventId(m_pressId);
}

void AllDayStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressId.isEmpty() || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging &&
        (event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dropDay = dayAt(event->position().x());
    update();
}

void AllDayStrip::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int days = m_dragging ? m_dropDay - dayAt(m_pressPos.x()) : 0;
    const QString id = m_pressId;
    m_dragging = false;
    m_pressId.clear();
    update();
    const int row = m_view->model()->rowOfEvent(id);
    if (days != 0 && row >= 0) {
        const ScheduleEvent& e = m_view->model()->eventAt(row);
        emit m_view->eventChangeRequested(id, e.start.addDays(days), e.end.addDays(days));
    }
}

void AllDayStrip::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || event->position().y() < titleHeight())
        return;
    for (const Chip& chip : layoutChips())
        if (chip.rect.contains(event->position())) {
            emit m_view->eventActivated(m_view->model()->eventAt(chip.row).id);
            return;
        }
    if (event->position().x() < m_view->canvas()->columns().gutter)
        return;
    const QDate date = m_view->firstVisibleDate().addDays(dayAt(event->position().x()));
    emit m_view->createRequested(QDateTime(date, QTime(0, 0)),
                                 QDateTime(date.addDays(1), QTime(0, 0)), true);
}

} // namespace openmayor
