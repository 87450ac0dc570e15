#pragma once

#include "contenteditor.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace openmayor {

// An SNS link (나주시 SNS): platform, address (checked: http/https; a warning when the host
// is not the platform's), label.
class SnsLinkEditor : public ContentEditor
{
    Q_OBJECT
public:
    explicit SnsLinkEditor(const ContentEditorContext& context, QWidget* parent = nullptr);

    QComboBox* platformCombo() const { return m_platform; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* labelEdit() const { return m_label; }
    QString hostWarning() const;

protected:
    void retranslate() override;

private:
    QFormLayout* m_form;
    QComboBox* m_platform;
    QLineEdit* m_url;
    QLineEdit* m_label;
    QLineEdit* m_department;
    QLabel* m_warning;
};

} // namespace openmayor
