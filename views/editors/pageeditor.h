#pragma once

#include "contenteditor.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace openmayor {

// A singleton page (인사말, 프로필, 비전 및 목표): title and rich text; the profile page
// also has the mayor's photo from the media library.
class PageEditor : public ContentEditor
{
    Q_OBJECT
public:
    explicit PageEditor(const ContentEditorContext& context, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    RichTextEditor* bodyEditor() const { return m_body; }
    // Sets the profile photo to a media library entry (empty: none), as one undo step.
    bool setPhoto(const QString& mediaId);

protected:
    void retranslate() override;

private:
    void refreshPhoto();

    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QWidget* m_photoRow;
    QLabel* m_photo;
    QLabel* m_photoNote;
    QPushButton* m_choosePhoto;
    QPushButton* m_removePhoto;
    RichTextEditor* m_body;
};

} // namespace openmayor
