#include "richtextdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace openmayor {

namespace {
void layOut(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setHtml(html);
}
} // namespace

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    layOut(document, opt, html);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    const int top =
        textRect.top() + qMax(0, (textRect.height() - int(document.size().height())) / 2);
    painter->translate(textRect.left() + 2, top);
    painter->setClipRect(QRect(0, 0, textRect.width() - 2, textRect.height()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty())
        return base;
    QTextDocument document;
    layOut(document, option, html);
    return QSize(int(document.idealWidth()) + 4,
                 qMax(base.height(), int(document.size().height())));
}

} // namespace openmayor
