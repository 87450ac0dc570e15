#include "calendarview.h"

#include "itemmodels/scheduleeventmodel.h"

#include <QKeyEvent>

#include <cmath>

namespace openmayor {

CalendarView::CalendarView(ScheduleEventModel* model, QWidget* parent)
    : QWidget(parent), m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectedId.isEmpty() && m_model->rowOfEvent(m_selectedId) < 0)
            setSelectedEventId({});
        update();
    });
}

void CalendarView::setSelectedEventId(const QString& id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    update();
    emit selectionChanged(id);
}

int CalendarView::snapped(qreal minutes)
{
    return int(std::lround(minutes / snapMinutes)) * snapMinutes;
}

const ScheduleEvent* CalendarView::selectedEvent() const
{
    const int row = m_model->rowOfEvent(m_selectedId);
    return row < 0 ? nullptr : &m_model->eventAt(row);
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    // arrows walk through the events in time order
    const int step = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down ? 1
                     : event->key() == Qt::Key_Left || event->key() == Qt::Key_Up  ? -1
                                                                                   : 0;
    if (step != 0 && event->modifiers() == Qt::NoModifier && m_model->rowCount() > 0) {
        const int current = m_model->rowOfEvent(m_selectedId);
        const int next = current < 0 ? (step > 0 ? 0 : m_model->rowCount() - 1)
                                     : qBound(0, current + step, m_model->rowCount() - 1);
        setSelectedEventId(m_model->eventAt(next).id);
        return;
    }
    if (!m_selectedId.isEmpty()) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            emit eventActivated(m_selectedId);
            return;
        case Qt::Key_Delete:
            emit deleteRequested(m_selectedId);
            return;
        default:
            break;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace openmayor
