#include "richtexteditor.h"

#include "publishing/htmlsanitizer.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace openmayor {

// The text area: resolves "media:<id>" images through the editor's loader, and cleans
// pasted HTML (Word, HWP, web pages) before it reaches the document.
class RichTextArea : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;
    std::function<QImage(const QString&)> loader;

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override
    {
        return source->hasHtml() || source->hasText();
    }

    void insertFromMimeData(const QMimeData* source) override
    {
        if (source->hasHtml()) {
            textCursor().insertHtml(HtmlSanitizer::cleanPaste(source->html()));
            ensureCursorVisible();
        } else if (source->hasText()) {
            insertPlainText(source->text());
        }
    }

    QVariant loadResource(int type, const QUrl& name) override
    {
        const QString source = name.toString();
        if (type == QTextDocument::ImageResource && loader &&
            source.startsWith(QStringLiteral("media:"))) {
            QImage image = loader(source.mid(6));
            if (!image.isNull()) {
                if (image.width() > 480)
                    image = image.scaledToWidth(480, Qt::SmoothTransformation);
                return image;
            }
        }
        return QTextEdit::loadResource(type, name);
    }
};

namespace {
// QTextDocument writes header rows as <td> cells inside <thead>; the portal (and screen
// readers) need <th>.
QString headerCellsAsTh(QString html)
{
    static const QRegularExpression head(QStringLiteral("<thead>(.*?)</thead>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    auto it = head.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString inner = m.captured(1);
        inner.replace(QStringLiteral("<td"), QStringLiteral("<th"));
        inner.replace(QStringLiteral("</td>"), QStringLiteral("</th>"));
        out += html.mid(last, m.capturedStart() - last) + QStringLiteral("<thead>") + inner +
               QStringLiteral("</thead>");
        last = m.capturedEnd();
    }
    out += html.mid(last);
    return out;
}
} // namespace

RichTextEditor::RichTextEditor(QWidget* parent)
    : QWidget(parent), m_edit(new RichTextArea(this)), m_toolBar(new QToolBar(this)),
      m_heading(new QComboBox(this))
{
    m_edit->setAcceptRichText(true);
    // stored tables carry no presentation (the sanitizer drops it): draw their grid here;
    // header cells stay left-aligned as inserted, so a reloaded body writes the same HTML
    m_edit->document()->setDefaultStyleSheet(QStringLiteral(
        "table { border-collapse: collapse; } th { text-align: left; } "
        "th, td { border-width: 1px; border-style: solid; border-color: #8c8c8c; padding: 4px; }"));
    m_edit->setTabChangesFocus(true);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_heading->setFocusPolicy(Qt::NoFocus);
    for (int level : {0, 2, 3, 4})
        m_heading->addItem(QString(), level);
    m_toolBar->addWidget(m_heading);
    m_toolBar->addSeparator();
    m_bold = m_toolBar->addAction(QString(), this, [this] {
        QTextCharFormat format;
        format.setFontWeight(m_bold->isChecked() ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(format);
    });
    m_bold->setCheckable(true);
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic = m_toolBar->addAction(QString(), this, [this] {
        QTextCharFormat format;
        format.setFontItalic(m_italic->isChecked());
        m_edit->mergeCurrentCharFormat(format);
    });
    m_italic->setCheckable(true);
    m_italic->setShortcut(QKeySequence::Italic);
    QFont boldFont = font();
    boldFont.setBold(true);
    QFont italicFont = font();
    italicFont.setItalic(true);
    m_toolBar->addSeparator();
    m_bullets = m_toolBar->addAction(QString(), this, [this] { toggleList(false); });
    m_numbers = m_toolBar->addAction(QString(), this, [this] { toggleList(true); });
    m_toolBar->addSeparator();
    m_table = m_toolBar->addAction(QString(), this, &RichTextEditor::askForTable);
    m_link = m_toolBar->addAction(QString(), this, &RichTextEditor::askForLink);
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_image = m_toolBar->addAction(QString(), this, [this] {
        if (!m_picker)
            return;
        if (auto picked = m_picker())
            insertImage(*picked);
    });
    for (QAction* action : {m_bold, m_italic, m_link})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QList<QAction*> actions = m_toolBar->actions();
    for (QAction* action : actions)
        if (QWidget* button = m_toolBar->widgetForAction(action))
            button->setFocusPolicy(Qt::NoFocus);
    if (QWidget* button = m_toolBar->widgetForAction(m_bold))
        button->setFont(boldFont);
    if (QWidget* button = m_toolBar->widgetForAction(m_italic))
        button->setFont(italicFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);

    connect(m_heading, &QComboBox::activated, this,
            [this](int index) { setHeading(m_heading->itemData(index).toInt()); });
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit contentEdited();
    });
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateToolbar);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateToolbar);
    retranslate();
}

QTextEdit* RichTextEditor::textEdit() const
{
    return m_edit;
}

void RichTextEditor::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
}

void RichTextEditor::retranslate()
{
    m_heading->setItemText(0, tr("Paragraph"));
    m_heading->setItemText(1, tr("Heading 2"));
    m_heading->setItemText(2, tr("Heading 3"));
    m_heading->setItemText(3, tr("Heading 4"));
    m_heading->setToolTip(tr("Paragraph style"));
    m_bold->setText(tr("B", "bold button"));
    m_bold->setToolTip(tr("Bold (Ctrl+B)"));
    m_italic->setText(tr("I", "italic button"));
    m_italic->setToolTip(tr("Italic (Ctrl+I)"));
    m_bullets->setText(tr("• List"));
    m_bullets->setToolTip(tr("Bulleted list"));
    m_numbers->setText(tr("1. List"));
    m_numbers->setToolTip(tr("Numbered list"));
    m_table->setText(tr("Table"));
    m_table->setToolTip(tr("Insert a table with a header row"));
    m_link->setText(tr("Link"));
    m_link->setToolTip(tr("Link the selected text (Ctrl+K)"));
    m_image->setText(tr("Image"));
    m_image->setToolTip(tr("Insert a picture from a file, with its alt text"));
}

void RichTextEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RichTextEditor::setImagePicker(std::function<std::optional<PickedImage>()> picker)
{
    m_picker = std::move(picker);
    m_image->setEnabled(bool(m_picker));
}

void RichTextEditor::setImageLoader(std::function<QImage(const QString&)> loader)
{
    m_edit->loader = std::move(loader);
}

QString RichTextEditor::mediaSource(const QString& mediaId)
{
    return QStringLiteral("media:") + mediaId;
}

void RichTextEditor::setHtml(const QString& html)
{
    if (html == m_shownHtml)
        return;
    m_loading = true;
    m_shownHtml = html;
    m_edit->setHtml(html);
    m_loading = false;
}

QString RichTextEditor::html() const
{
    // the body only: QTextEdit's full document carries a style header per save
    QString html = m_edit->toHtml();
    const qsizetype start = html.indexOf(QStringLiteral("<body"));
    const qsizetype open = start < 0 ? -1 : html.indexOf(u'>', start);
    const qsizetype end = html.lastIndexOf(QStringLiteral("</body>"));
    if (open >= 0 && end > open)
        html = html.mid(open + 1, end - open - 1).trimmed();
    html = HtmlSanitizer::sanitize(headerCellsAsTh(html));
    if (m_edit->document()->isEmpty())
        html.clear();
    // what the store will hold, so that reloading it does not reset the cursor
    m_shownHtml = html;
    return html;
}

void RichTextEditor::selectPlainText(int offset, int length)
{
    QTextCursor cursor(m_edit->document());
    const int end = m_edit->document()->characterCount() - 1;
    cursor.setPosition(qBound(0, offset, end));
    cursor.setPosition(qBound(0, offset + qMax(0, length), end), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    m_edit->setFocus();
}

void RichTextEditor::setHeading(int level)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    cursor.mergeBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
    m_edit->setFocus();
}

void RichTextEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextListFormat::Style style =
        numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    cursor.beginEditBlock();
    if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
        // leave the list: the block becomes a plain paragraph again
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else {
        QTextListFormat format;
        format.setStyle(style);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    m_edit->setFocus();
}

void RichTextEditor::insertTable(int rows, int columns)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextTable* table = cursor.insertTable(qMax(rows, 2), qMax(columns, 1), format);
    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    for (int c = 0; c < table->columns(); ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        cell.setCharFormat(header);
        cell.insertText(tr("Heading %1").arg(c + 1), header);
    }
    cursor.endEditBlock();
    m_edit->setTextCursor(table->cellAt(1, 0).firstCursorPosition());
    m_edit->setFocus();
}

void RichTextEditor::insertLink(const QString& href, const QString& text)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setFontUnderline(true);
    format.setForeground(palette().link());
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(format);
    } else {
        cursor.insertText(text.isEmpty() ? href : text, format);
        cursor.setCharFormat(QTextCharFormat());
        m_edit->setTextCursor(cursor);
    }
    m_edit->setFocus();
}

void RichTextEditor::insertImage(const PickedImage& image)
{
    const QString source = mediaSource(image.mediaId);
    if (!image.image.isNull())
        m_edit->document()->addResource(
            QTextDocument::ImageResource, QUrl(source),
            image.image.width() > 480 ? image.image.scaledToWidth(480, Qt::SmoothTransformation)
                                      : image.image);
    QTextImageFormat format;
    format.setName(source);
    format.setProperty(QTextFormat::ImageAltText, image.altText);
    m_edit->textCursor().insertImage(format);
    m_edit->setFocus();
}

void RichTextEditor::askForLink()
{
    bool ok = false;
    const QString href =
        QInputDialog::getText(this, tr("Insert Link"), tr("Web address (https://…):"),
                              QLineEdit::Normal, QStringLiteral("https://"), &ok)
            .trimmed();
    const QUrl url(href, QUrl::StrictMode);
    if (!ok || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http" && url.scheme() != u"mailto"))
        return;
    insertLink(href);
}

void RichTextEditor::askForTable()
{
    bool ok = false;
    const int columns =
        QInputDialog::getInt(this, tr("Insert Table"),
                             tr("Columns (the first row holds the headings):"), 3, 1, 12, 1, &ok);
    if (ok)
        insertTable(3, columns);
}

void RichTextEditor::updateToolbar()
{
    const QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat format = cursor.charFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::Bold);
    m_italic->setChecked(format.fontItalic());
    m_heading->setCurrentIndex(qMax(0, m_heading->findData(cursor.blockFormat().headingLevel())));
}

} // namespace openmayor
