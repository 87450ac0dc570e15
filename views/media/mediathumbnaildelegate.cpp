#include "mediathumbnaildelegate.h"

#include "itemmodels/medialistmodel.h"

#include <QPainter>

namespace openmayor {

void MediaThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(MediaListModel::MissingAltTextRole).toBool())
        return;
    const int side = qMax(14, option.fontMetrics.height());
    const int iconRight = option.rect.center().x() + option.decorationSize.width() / 2;
    const QRect badge(qMin(iconRight, option.rect.right() - 2) - side + 4, option.rect.top() + 2,
                      side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(QColor(0xd9, 0x7a, 0x00));
    painter->drawEllipse(badge);
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

} // namespace openmayor
