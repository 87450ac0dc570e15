#include "eventchip.h"

#include "itemmodels/scheduleeventmodel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace openmayor {

namespace {
constexpr qreal radius = 3.0;

QString internalBadge()
{
    return QCoreApplication::translate("openmayor::EventChip", "Internal");
}

void paintHatch(QPainter& painter, const QRectF& rect, const QColor& color)
{
    painter.save();
    painter.setClipRect(rect);
    QPen pen(color, 1.0);
    pen.setCosmetic(true);
    painter.setPen(pen);
    const qreal step = 6.0;
    for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

// Draws `text` elided into `rect`; returns the width used.
qreal drawElided(QPainter& painter, const QRectF& rect, const QString& text, bool strike)
{
    QFont font = painter.font();
    font.setStrikeOut(strike);
    painter.setFont(font);
    const QString elided =
        painter.fontMetrics().elidedText(text, Qt::ElideRight, qMax(0, int(rect.width())));
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, elided);
    return painter.fontMetrics().horizontalAdvance(elided);
}
// Draws `text` wrapped (at words, or anywhere in a long word) into at most `maxLines`
// lines from the top of `rect`, the last one elided; returns the lines used.
int drawWrapped(QPainter& painter, const QRectF& rect, const QString& text, int maxLines,
                bool strike)
{
    QFont font = painter.font();
    font.setStrikeOut(strike);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int used = 0;
    while (used < maxLines) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(rect.width());
        const bool more = textLine.textStart() + textLine.textLength() < text.size();
        const QString shown =
            used == maxLines - 1 && more
                ? fm.elidedText(text.mid(textLine.textStart()), Qt::ElideRight, rect.width())
                : text.mid(textLine.textStart(), textLine.textLength());
        painter.drawText(
            QRectF(rect.left(), rect.top() + used * fm.height(), rect.width(), fm.height()),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, shown.trimmed());
        ++used;
    }
    layout.endLayout();
    return qMax(1, used);
}
} // namespace

QColor categoryColor(const QString& category)
{
    // A fixed palette, chosen by a stable hash of the category, readable on white.
    static const QColor palette[] = {QColor(0x1a, 0x73, 0xe8), QColor(0x0b, 0x80, 0x43),
                                     QColor(0xc2, 0x5b, 0x00), QColor(0x8e, 0x24, 0xaa),
                                     QColor(0x00, 0x79, 0x6b), QColor(0xd5, 0x00, 0x00),
                                     QColor(0x3f, 0x51, 0xb5), QColor(0x79, 0x55, 0x48)};
    uint hash = 0;
    for (QChar c : category)
        hash = hash * 31 + c.unicode();
    return palette[hash % std::size(palette)];
}

QString eventToolTip(const ScheduleEvent& e, bool overlapping)
{
    QStringList lines{e.title, scheduleformat::dayTitle(e.start.date()) + u' ' +
                                   scheduleformat::spanText(e)};
    if (!e.place.isEmpty())
        lines << e.place;
    QStringList marks{labelOf(e.visibility), labelOf(e.status)};
    if (!e.category.isEmpty())
        marks.prepend(e.category);
    lines << marks.join(QStringLiteral(" · "));
    if (overlapping)
        lines << QCoreApplication::translate("openmayor::EventChip", "⚠ Overlaps another event");
    return lines.join(u'\n');
}

void paintEventChip(QPainter& painter, const QRectF& rect, const ScheduleEvent& e,
                    const EventChipState& state)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool cancelled = e.status == EventStatus::Cancelled;
    const bool internal = e.visibility == Visibility::Internal;
    QColor accent = cancelled ? QColor(0x9e, 0x9e, 0x9e) : categoryColor(e.category);
    QColor fill = accent;
    fill.setAlphaF(internal ? 0.06f : 0.16f);
    if (state.dragging)
        painter.setOpacity(0.6);

    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    painter.fillPath(path, QColor(Qt::white));
    painter.fillPath(path, fill);
    if (internal) {
        QColor hatch = accent;
        hatch.setAlphaF(0.28f);
        painter.save();
        painter.setClipPath(path);
        paintHatch(painter, box, hatch);
        painter.restore();
    }
    // left bar
    painter.fillRect(QRectF(box.left(), box.top(), 3.0, box.height()), accent);

    QPen outline(state.selected ? QColor(0x20, 0x20, 0x20) : accent, state.selected ? 2.0 : 1.0);
    outline.setCosmetic(true);
    if (internal)
        outline.setStyle(Qt::DashLine);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    // Text area
    QRectF text = box.adjusted(6.0, 1.0, -3.0, -1.0);
    const QFontMetricsF fm(painter.font());
    const qreal line = fm.height();

    // Badges on the right: ⚠ for an overlap, "내부" for internal
    auto badge = [&](const QString& label, const QColor& color) {
        QFont small = painter.font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        const QFontMetricsF sfm(small);
        const qreal w = sfm.horizontalAdvance(label) + 6.0;
        if (w > text.width() * 0.5)
            return;
        const QRectF r(text.right() - w,
                       text.top() + (qMin(line, text.height()) - sfm.height()) / 2, w,
                       sfm.height());
        painter.save();
        painter.setFont(small);
        QPen pen(color, 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(QColor(Qt::white));
        painter.drawRoundedRect(r, 2.0, 2.0);
        painter.drawText(r, Qt::AlignCenter, label);
        painter.restore();
        text.setRight(r.left() - 2.0);
    };
    if (state.overlapping && !cancelled)
        badge(QStringLiteral("⚠"), QColor(0xc6, 0x28, 0x28));
    if (internal)
        badge(internalBadge(), QColor(0x42, 0x42, 0x42));

    painter.setPen(cancelled ? QColor(0x75, 0x75, 0x75) : QColor(0x1f, 0x1f, 0x1f));
    const QString time = e.allDay ? QString() : scheduleformat::timeText(e.start.time());
    if (!state.block || text.height() < 2 * line) {
        QString label = e.title;
        if (state.showTime && !time.isEmpty())
            label = time + u' ' + e.title;
        drawElided(painter, QRectF(text.left(), text.top(), text.width(), line), label, cancelled);
    } else {
        // a block: the title wrapped over the lines it needs, then the time, then the place
        const int lines = int(text.height() / line);
        QFont bold = painter.font();
        bold.setBold(true);
        painter.setFont(bold);
        const int titleLines =
            drawWrapped(painter, text, e.title, std::clamp(lines - 1, 1, 6), cancelled);
        QFont normal = bold;
        normal.setBold(false);
        painter.setFont(normal);
        painter.setPen(QColor(0x42, 0x42, 0x42));
        const qreal width = box.right() - text.left() - 3;
        drawElided(painter, QRectF(text.left(), text.top() + titleLines * line, width, line),
                   scheduleformat::spanText(e), cancelled);
        if (titleLines + 2 <= lines && !e.place.isEmpty())
            drawElided(painter,
                       QRectF(text.left(), text.top() + (titleLines + 1) * line, width, line),
                       e.place, false);
    }
    painter.restore();
}

} // namespace openmayor
