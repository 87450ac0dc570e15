#pragma once

#include <QStyledItemDelegate>

namespace openmayor {

// Paints an item's HtmlRole text (simple inline HTML such as <b>) in place of its display
// text; items without it are painted as usual. The display text stays plain, for
// accessibility and keyboard search.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int HtmlRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace openmayor
