#pragma once

#include "contenteditor.h"

class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace openmayor {

// A press release (보도자료): the structured header (number, title, subtitle, department,
// manager and officer with phones, distribution time, embargo), the body as rich text,
// and the attachments, which are files in the media library.
class PressReleaseEditor : public ContentEditor
{
    Q_OBJECT
public:
    explicit PressReleaseEditor(const ContentEditorContext& context, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* releaseNoEdit() const { return m_releaseNo; }
    QDateTimeEdit* embargoEdit() const { return m_embargo; }
    RichTextEditor* bodyEditor() const { return m_body; }
    QListWidget* attachmentList() const { return m_attachments; }

    // Adds local files as attachments (one undo step); false when one could not be added.
    bool addAttachments(const QStringList& paths);
    bool removeAttachment(int row);

protected:
    void retranslate() override;

private:
    void refreshAttachments();

    QGroupBox* m_header;
    QLabel* m_labels[11];
    QLineEdit* m_releaseNo;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QLineEdit* m_department;
    QLineEdit* m_manager;
    QLineEdit* m_managerPhone;
    QLineEdit* m_officer;
    QLineEdit* m_officerPhone;
    QDateTimeEdit* m_distributed;
    QDateTimeEdit* m_embargo;
    RichTextEditor* m_body;
    QGroupBox* m_attachmentBox;
    QListWidget* m_attachments;
    QPushButton* m_addAttachment;
    QPushButton* m_removeAttachment;
};

} // namespace openmayor
