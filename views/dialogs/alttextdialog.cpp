#include "alttextdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace openmayor {

AltTextDialog::AltTextDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent), m_altText(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Alt Text"));
    auto* intro =
        new QLabel(tr("Describe what <b>%1</b> shows for readers who cannot see it (required).")
                       .arg(fileName.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    m_altText->setMaxLength(500);
    m_altText->setAccessibleName(tr("Alt text"));
    m_altText->setPlaceholderText(tr("e.g. The mayor talks with farmers in a pear orchard"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_altText);
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_altText, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString AltTextDialog::altText() const
{
    return m_altText->text().trimmed();
}

} // namespace openmayor
