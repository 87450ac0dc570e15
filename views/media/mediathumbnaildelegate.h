#pragma once

#include <QStyledItemDelegate>

namespace openmayor {

// Draws a media grid cell as usual, plus a warning badge on images that have no alt text
// (MediaListModel::MissingAltTextRole), so they stand out before publishing.
class MediaThumbnailDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace openmayor
