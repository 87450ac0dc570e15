#pragma once

#include "contenteditor.h"

class QDateEdit;
class QFormLayout;
class QLineEdit;

namespace openmayor {

// A speech (말과 글): title, event, place, date and the full text.
class SpeechEditor : public ContentEditor
{
    Q_OBJECT
public:
    explicit SpeechEditor(const ContentEditorContext& context, QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* eventEdit() const { return m_event; }
    QDateEdit* dateEdit() const { return m_date; }
    RichTextEditor* bodyEditor() const { return m_body; }

protected:
    void retranslate() override;

private:
    QFormLayout* m_form;
    QLineEdit* m_title;
    QLineEdit* m_event;
    QLineEdit* m_place;
    QDateEdit* m_date;
    QLineEdit* m_department;
    RichTextEditor* m_body;
};

} // namespace openmayor
