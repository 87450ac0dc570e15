#pragma once

#include "domain/scheduleevent.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace openmayor {

// How one event is drawn in the month and time-grid views. Everything is in logical
// coordinates (QRectF, cosmetic pens), so it is sharp at any device pixel ratio. Internal
// events are hatched with a dashed outline and a "내부" badge; cancelled ones struck through
// and greyed; overlapping ones carry a ⚠ marker. None of it relies on colour alone.
struct EventChipState
{
    bool overlapping = false;
    bool selected = false;
    bool dragging = false;
    bool showTime = true; // month chips: "09:00 title"; grid blocks: title, then time, place
    bool block = false;   // a block in the time grid (several lines when tall enough)
};

QColor categoryColor(const QString& category);
// The full text of an event for a tooltip (the chips elide): title, time, place and marks.
QString eventToolTip(const ScheduleEvent& event, bool overlapping);
void paintEventChip(QPainter& painter, const QRectF& rect, const ScheduleEvent& event,
                    const EventChipState& state);

} // namespace openmayor
