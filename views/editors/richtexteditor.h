#pragma once

#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QTextEdit;
class QToolBar;

namespace openmayor {

class RichTextArea;

// A rich-text body editor with a small toolbar: heading levels, bold, italic, bullet and
// numbered lists, a table with a header row, a link, and an image from the media library
// with its required alt text. It stores the HTML body only (no style header); images
// refer to the media library as "media:<id>" and keep their alt text; header rows are
// written as <th> cells. html() is sanitized as the store keeps it (HtmlSanitizer), so
// reloading a saved body does not reset the cursor; pasted HTML goes through
// HtmlSanitizer::cleanPaste first.
class RichTextEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextEditor(QWidget* parent = nullptr);

    // Shows `html` unless it is what the editor holds already (keeps the cursor).
    void setHtml(const QString& html);
    QString html() const;
    QTextEdit* textEdit() const;
    QToolBar* toolBar() const { return m_toolBar; }
    void setAccessibleName(const QString& name);

    struct PickedImage
    {
        QString mediaId;
        QString altText;
        QImage image;
    };
    // Where images come from: the picker asks the user (file + alt text), the loader
    // returns the picture of a media id for display.
    void setImagePicker(std::function<std::optional<PickedImage>()> picker);
    void setImageLoader(std::function<QImage(const QString& mediaId)> loader);

    // The toolbar's operations, also for tests and keyboard users.
    void setHeading(int level); // 0 = paragraph, 2..4
    void toggleList(bool numbered);
    void insertTable(int rows, int columns);
    void insertLink(const QString& href, const QString& text = {});
    void insertImage(const PickedImage& image);

    // Selects `length` characters from `offset` in the document's plain text (as
    // QTextDocument::toPlainText counts them), scrolls there and takes the focus.
    void selectPlainText(int offset, int length);

    static QString mediaSource(const QString& mediaId);

signals:
    // The user changed the text (not emitted by setHtml).
    void contentEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateToolbar();
    void askForLink();
    void askForTable();

    RichTextArea* m_edit;
    QToolBar* m_toolBar;
    QComboBox* m_heading;
    QAction* m_bold;
    QAction* m_italic;
    QAction* m_bullets;
    QAction* m_numbers;
    QAction* m_table;
    QAction* m_link;
    QAction* m_image;
    mutable QString m_shownHtml; // the HTML last shown or handed out
    bool m_loading = false;
    std::function<std::optional<PickedImage>()> m_picker;
};

} // namespace openmayor
