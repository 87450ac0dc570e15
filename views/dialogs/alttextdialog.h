#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace openmayor {

// Asks for the alt text (대체 텍스트) of a picture being inserted; OK stays disabled until
// there is some, because every published image needs one.
class AltTextDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AltTextDialog(const QString& fileName, QWidget* parent = nullptr);

    QString altText() const;
    QLineEdit* altTextEdit() const { return m_altText; }

private:
    QLineEdit* m_altText;
    QDialogButtonBox* m_buttons;
};

} // namespace openmayor
