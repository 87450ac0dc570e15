#include "timegridview.h"

#include "alldaystrip.h"
#include "common/clock.h"
#include "itemmodels/scheduleeventmodel.h"
#include "timegridcanvas.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace openmayor {

TimeGridView::TimeGridView(int days, ScheduleEventModel* model, QWidget* parent)
    : CalendarView(model, parent), m_days(days)
{
    m_canvas = new TimeGridCanvas(this);
    m_allDay = new AllDayStrip(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // always there, so that the day columns of the strip and the grid line up
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(0);
    top->addWidget(m_allDay, 1);
    top->addSpacing(m_scroll->verticalScrollBar()->sizeHint().width());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);

    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_allDay->relayout();
        m_canvas->update();
    });
    connect(this, &CalendarView::selectionChanged, this, [this] {
        m_allDay->update();
        m_canvas->update();
    });
    setAnchorDate(Clock::today());
}

void TimeGridView::setAnchorDate(const QDate& date)
{
    if (m_days == 7) {
        const int firstDay = QLocale().firstDayOfWeek();
        m_first = date.addDays(-((date.dayOfWeek() - firstDay + 7) % 7));
    } else {
        m_first = date;
    }
    m_allDay->relayout();
    m_canvas->update();
}

void TimeGridView::scrollToTime(const QTime& time)
{
    // a little above, so that the hour's label is not cut
    m_scroll->verticalScrollBar()->setValue(int(m_canvas->yOf(time) - fontMetrics().height()));
}

bool TimeGridView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_scroll->viewport() || event->type() != QEvent::Resize)
        return CalendarView::eventFilter(watched, event);
    const qreal before = m_canvas->hourHeight();
    const int top = m_scroll->verticalScrollBar()->value();
    m_canvas->fitHours(m_scroll->viewport()->height() - fontMetrics().height());
    if (!qFuzzyCompare(before, m_canvas->hourHeight()))
        m_scroll->verticalScrollBar()->setValue(int(top * m_canvas->hourHeight() / before));
    return false;
}

void TimeGridView::showEvent(QShowEvent* event)
{
    CalendarView::showEvent(event);
    if (!m_scrolledOnce) {
        m_scrolledOnce = true;
        // after the layout has given the grid its height
        QMetaObject::invokeMethod(
            this, [this] { scrollToTime(QTime(7, 0)); }, Qt::QueuedConnection);
    }
}

} // namespace openmayor
