#include "settingsdialog.h"

#include "common/settings.h"
#include "common/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace openmayor {

SettingsDialog::SettingsDialog(Settings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_dataFile(new QLineEdit(this)), m_userName(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    // Language names are shown in their own language.
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(settings->language()));

    m_dataFile->setText(QDir::toNativeSeparators(settings->dataFile()));
    m_dataFile->setPlaceholderText(QDir::toNativeSeparators(Settings::defaultDataFile()));
    m_dataFile->setClearButtonEnabled(true);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_dataFile, 1);
    fileRow->addWidget(browseButton);

    auto* note = new QLabel(tr("The data file is used from the next start. Leave it empty for "
                               "the default file in your user folder."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // recorded as who saved, reviewed or published content; empty: the Windows user name
    if (settings->userName() != Settings::systemUserName())
        m_userName->setText(settings->userName());
    m_userName->setPlaceholderText(Settings::systemUserName());
    m_userName->setMaxLength(100);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Data file:"), fileRow);
    form->addRow(QString(), note);
    form->addRow(tr("&Your name:"), m_userName);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Data file"),
        m_dataFile->text().isEmpty() ? Settings::defaultDataFile() : m_dataFile->text(),
        tr("OpenMayor databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_dataFile->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        installTranslations(language); // sends LanguageChange to every widget
    }
    m_settings->setDataFile(QDir::fromNativeSeparators(m_dataFile->text().trimmed()));
    m_settings->setUserName(m_userName->text());
    QDialog::accept();
}

} // namespace openmayor
