#include "monthview.h"

#include "common/clock.h"
#include "eventchip.h"
#include "itemmodels/scheduleeventmodel.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace openmayor {

namespace {
constexpr int weeks = 6;
constexpr qreal gap = 2.0;

QColor weekdayColor(int dayOfWeek, bool inMonth)
{
    QColor c = dayOfWeek == Qt::Sunday     ? QColor(0xc6, 0x28, 0x28)
               : dayOfWeek == Qt::Saturday ? QColor(0x15, 0x65, 0xc0)
                                           : QColor(0x30, 0x30, 0x30);
    if (!inMonth)
        c.setAlphaF(0.4f);
    return c;
}

// The last date an event covers (its end is exclusive).
QDate lastDateOf(const ScheduleEvent& e)
{
    if (e.end.time() == QTime(0, 0) && e.end.date() > e.start.date())
        return e.end.date().addDays(-1);
    return qMax(e.start.date(), e.end.date());
}
} // namespace

MonthView::MonthView(ScheduleEventModel* model, QWidget* parent) : CalendarView(model, parent)
{
    setMouseTracking(true);
    setAnchorDate(Clock::today());
}

void MonthView::setAnchorDate(const QDate& date)
{
    m_month = QDate(date.year(), date.month(), 1);
    const int firstDay = QLocale().firstDayOfWeek();
    m_first = m_month.addDays(-((m_month.dayOfWeek() - firstDay + 7) % 7));
    update();
}

qreal MonthView::headerHeight() const
{
    return fontMetrics().height() + 10.0;
}

qreal MonthView::chipHeight() const
{
    return fontMetrics().height() + 4.0;
}

QRectF MonthView::cellRect(const QDate& date) const
{
    const qint64 index = m_first.daysTo(date);
    if (index < 0 || index >= 7 * weeks)
        return {};
    const qreal w = width() / 7.0;
    const qreal h = (height() - headerHeight()) / weeks;
    return QRectF((index % 7) * w, headerHeight() + (index / 7) * h, w, h);
}

QDate MonthView::dateAt(const QPointF& pos) const
{
    if (pos.y() < headerHeight() || pos.x() < 0 || pos.x() >= width() || pos.y() >= height())
        return {};
    const int column = int(pos.x() / (width() / 7.0));
    const int row = int((pos.y() - headerHeight()) / ((height() - headerHeight()) / weeks));
    return m_first.addDays(qBound(0, row, weeks - 1) * 7 + qBound(0, column, 6));
}

QList<int> MonthView::rowsOn(const QDate& date) const
{
    QList<int> rows;
    const QList<ScheduleEvent>& events = model()->events();
    for (int row = 0; row < events.size(); ++row) {
        const ScheduleEvent& e = events.at(row);
        if (e.start.date() <= date && date <= lastDateOf(e))
            rows << row;
    }
    // all-day first, then by start (the model is ordered by start already)
    std::stable_sort(rows.begin(), rows.end(), [&events](int a, int b) {
        return events.at(a).allDay && !events.at(b).allDay;
    });
    return rows;
}

MonthView::Layout MonthView::layoutChips() const
{
    Layout layout;
    const qreal dayLine = fontMetrics().height() + 6.0;
    const qreal ch = chipHeight();
    for (int i = 0; i < 7 * weeks; ++i) {
        const QDate date = m_first.addDays(i);
        const QRectF cell = cellRect(date);
        const QList<int> rows = rowsOn(date);
        const qreal room = cell.height() - dayLine - gap;
        const qreal tallHeight = ch + fontMetrics().height();
        const bool tall = rows.size() * (tallHeight + gap) <= room;
        const qreal height = tall ? tallHeight : ch;
        const int capacity = qMax(0, int(room / (height + gap)));
        const int shown = rows.size() <= capacity ? int(rows.size()) : qMax(0, capacity - 1);
        qreal y = cell.top() + dayLine;
        for (int k = 0; k < shown; ++k) {
            layout.chips.append(
                {QRectF(cell.left() + 3, y, cell.width() - 6, height), rows.at(k), date, tall});
            y += height + gap;
        }
        if (shown < rows.size()) {
            layout.hidden.insert(date, int(rows.size()) - shown);
            layout.more.append({QRectF(cell.left() + 3, y, cell.width() - 6, ch), date});
        }
    }
    return layout;
}

QRectF MonthView::chipRect(const QString& eventId, const QDate& date) const
{
    const Layout layout = layoutChips();
    for (const Chip& chip : layout.chips)
        if (chip.date == date && model()->eventAt(chip.row).id == eventId)
            return chip.rect;
    return {};
}

int MonthView::hiddenCount(const QDate& date) const
{
    return layoutChips().hidden.value(date);
}

const MonthView::Chip* MonthView::chipAt(const Layout& layout, const QPointF& pos) const
{
    for (const Chip& chip : layout.chips)
        if (chip.rect.contains(pos))
            return &chip;
    return nullptr;
}

void MonthView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const qreal hh = headerHeight();
    const QLocale locale;

    // weekday header
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    for (int c = 0; c < 7; ++c) {
        const QDate date = m_first.addDays(c);
        const QRectF r(c * width() / 7.0, 0, width() / 7.0, hh);
        painter.setPen(weekdayColor(date.dayOfWeek(), true));
        painter.drawText(r, Qt::AlignCenter,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
    }
    painter.setFont(font());

    // cells
    const QDate today = Clock::today();
    QPen gridPen(pal.color(QPalette::Mid), 1.0);
    gridPen.setCosmetic(true);
    for (int i = 0; i < 7 * weeks; ++i) {
        const QDate date = m_first.addDays(i);
        const QRectF cell = cellRect(date);
        const bool inMonth = date.month() == m_month.month();
        if (!inMonth)
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        if (m_dragging && date == m_dropDate)
            painter.fillRect(cell, QColor(0x1a, 0x73, 0xe8, 40));
        painter.setPen(gridPen);
        painter.drawRect(cell);
        const QString number = QString::number(date.day());
        const QRectF numberRect(cell.left() + 4, cell.top() + 2, fontMetrics().height() + 8,
                                fontMetrics().height() + 2);
        if (date == today) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x1a, 0x73, 0xe8));
            painter.drawRoundedRect(numberRect, numberRect.height() / 2, numberRect.height() / 2);
            painter.restore();
            painter.setPen(Qt::white);
        } else {
            painter.setPen(weekdayColor(date.dayOfWeek(), inMonth));
        }
        painter.drawText(numberRect, Qt::AlignCenter, number);
    }

    // chips
    const Layout layout = layoutChips();
    for (const Chip& chip : layout.chips) {
        const ScheduleEvent& e = model()->eventAt(chip.row);
        EventChipState state;
        state.overlapping = model()->isOverlapping(e.id);
        state.selected = e.id == selectedEventId();
        state.dragging = m_dragging && e.id == m_pressId;
        state.block = chip.tall;
        paintEventChip(painter, chip.rect, e, state);
    }
    painter.setPen(pal.color(QPalette::Text));
    for (const auto& [area, date] : layout.more)
        painter.drawText(area.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("+%n more", nullptr, layout.hidden.value(date)));

    // the dragged event where it would land
    if (m_dragging && m_dropDate.isValid() && m_dropDate != m_pressDate) {
        const int row = model()->rowOfEvent(m_pressId);
        const QRectF cell = cellRect(m_dropDate);
        if (row >= 0 && cell.isValid()) {
            EventChipState state;
            state.selected = true;
            paintEventChip(painter,
                           QRectF(cell.left() + 3, cell.top() + fontMetrics().height() + 6,
                                  cell.width() - 6, chipHeight()),
                           model()->eventAt(row), state);
        }
    }
    if (hasFocus()) {
        QPen focusPen(QColor(0x1a, 0x73, 0xe8), 2.0);
        focusPen.setCosmetic(true);
        painter.setPen(focusPen);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

bool MonthView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Layout layout = layoutChips();
        if (const Chip* chip = chipAt(layout, help->pos())) {
            const ScheduleEvent& e = model()->eventAt(chip->row);
            QToolTip::showText(help->globalPos(), eventToolTip(e, model()->isOverlapping(e.id)),
                               this, chip->rect.toAlignedRect());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return CalendarView::event(event);
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return CalendarView::mousePressEvent(event);
    const Layout layout = layoutChips();
    for (const auto& [area, date] : layout.more)
        if (area.contains(event->position())) {
            emit dayRequested(date);
            return;
        }
    const Chip* chip = chipAt(layout, event->position());
    m_dragging = false;
    m_pressPos = event->position();
    m_pressId = chip ? model()->eventAt(chip->row).id : QString();
    m_pressDate = chip ? chip->date : dateAt(event->position());
    setSelectedEventId(m_pressId);
}

void MonthView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressId.isEmpty() || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging &&
        (event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dropDate = dateAt(event->position());
    setCursor(Qt::ClosedHandCursor);
    update();
}

void MonthView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const bool dropped = m_dragging && m_dropDate.isValid() && m_dropDate != m_pressDate;
    const QString id = m_pressId;
    const qint64 days = dropped ? m_pressDate.daysTo(m_dropDate) : 0;
    m_dragging = false;
    m_pressId.clear();
    unsetCursor();
    update();
    const int row = model()->rowOfEvent(id);
    if (dropped && row >= 0) {
        const ScheduleEvent& e = model()->eventAt(row);
        emit eventChangeRequested(id, e.start.addDays(days), e.end.addDays(days));
    }
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Layout layout = layoutChips();
    if (const Chip* chip = chipAt(layout, event->position())) {
        emit eventActivated(model()->eventAt(chip->row).id);
        return;
    }
    const QDate date = dateAt(event->position());
    if (date.isValid())
        emit createRequested(QDateTime(date, QTime(9, 0)), QDateTime(date, QTime(10, 0)), false);
}

} // namespace openmayor
