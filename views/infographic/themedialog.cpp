#include "themedialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace openmayor {

QString contrastReportHtml(const BrandTheme& theme)
{
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const contrast::Check& check : contrast::checkTheme(theme)) {
        const QString verdict =
            check.passes() ? ThemeDialog::tr("✓ passes (at least %1:1)")
                                 .arg(QLocale().toString(contrast::minimumNormalText, 'f', 1))
                           : ThemeDialog::tr("✗ below %1:1")
                                 .arg(QLocale().toString(contrast::minimumNormalText, 'f', 1));
        html +=
            QStringLiteral("<tr><td><span style=\"background:%1;color:%2\">&nbsp;가A&nbsp;"
                           "</span></td><td>%3</td><td align=\"right\"><b>%4:1</b></td>"
                           "<td>%5</td></tr>")
                .arg(check.background.name(), check.foreground.name(), check.what.toHtmlEscaped(),
                     QLocale().toString(check.ratio, 'f', 2), verdict.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

ThemeDialog::ThemeDialog(const BrandTheme& theme, QWidget* parent)
    : QDialog(parent), m_theme(theme), m_font(new QFontComboBox(this)), m_logo(new QLineEdit(this)),
      m_organisation(new QLineEdit(this)), m_sourceLine(new QLineEdit(this)),
      m_footer(new QLineEdit(this)), m_contrast(new QLabel(this))
{
    setWindowTitle(tr("Infographic theme"));
    auto* form = new QFormLayout;
    const QList<std::pair<ColourRole, QString>> colours = {
        {Background, tr("Background")},
        {Text, tr("Text")},
        {Primary, tr("Primary (band, figures)")},
        {Secondary, tr("Secondary series")},
        {Accent, tr("Accent (targets, highlights)")}};
    for (const auto& [role, label] : colours) {
        auto* button = new QPushButton(this);
        button->setAccessibleName(label);
        connect(button, &QPushButton::clicked, this, [this, role = role] { pickColour(role); });
        m_colourButtons.insert(role, button);
        form->addRow(label, button);
    }
    form->addRow(tr("Font"), m_font);
    auto* logoRow = new QHBoxLayout;
    auto* browse = new QPushButton(tr("Choose…"), this);
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    form->addRow(tr("Logo image"), logoRow);
    form->addRow(tr("Organisation"), m_organisation);
    form->addRow(tr("Source line"), m_sourceLine);
    form->addRow(tr("Footer"), m_footer);

    m_contrast->setTextFormat(Qt::RichText);
    m_contrast->setAccessibleName(tr("Contrast check"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Contrast (WCAG 2, normal text needs 4.5:1):"), this));
    layout->addWidget(m_contrast);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Logo image"), m_logo->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!file.isEmpty())
            m_logo->setText(file);
    });
    connect(m_font, &QFontComboBox::currentFontChanged, this,
            [this](const QFont& font) { m_theme.fontFamily = font.family(); });
    connect(m_logo, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_theme.logoPath = text; });
    connect(m_organisation, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_theme.organisation = text; });
    connect(m_sourceLine, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_theme.sourceLine = text; });
    connect(m_footer, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_theme.footer = text; });
    showTheme();
}

void ThemeDialog::setTheme(const BrandTheme& theme)
{
    m_theme = theme;
    showTheme();
}

QColor& ThemeDialog::colourOf(ColourRole role)
{
    switch (role) {
    case Background:
        return m_theme.background;
    case Text:
        return m_theme.text;
    case Primary:
        return m_theme.primary;
    case Secondary:
        return m_theme.secondary;
    case Accent:
        break;
    }
    return m_theme.accent;
}

void ThemeDialog::pickColour(ColourRole role)
{
    const QColor chosen = QColorDialog::getColor(colourOf(role), this);
    if (!chosen.isValid())
        return;
    colourOf(role) = chosen;
    showTheme();
}

void ThemeDialog::showTheme()
{
    const BrandTheme theme = m_theme; // the field signals below write into m_theme
    for (auto it = m_colourButtons.cbegin(); it != m_colourButtons.cend(); ++it) {
        const QColor colour = colourOf(it.key());
        const QColor ink = contrast::ratio(colour, Qt::black) >= contrast::ratio(colour, Qt::white)
                               ? QColor(Qt::black)
                               : QColor(Qt::white);
        it.value()->setText(colour.name());
        it.value()->setStyleSheet(
            QStringLiteral("background-color: %1; color: %2;").arg(colour.name(), ink.name()));
    }
    if (!theme.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(theme.fontFamily));
    m_logo->setText(theme.logoPath);
    m_organisation->setText(theme.organisation);
    m_sourceLine->setText(theme.sourceLine);
    m_footer->setText(theme.footer);
    m_theme = theme;
    updateContrast();
}

void ThemeDialog::updateContrast()
{
    m_contrast->setText(contrastReport());
}

QString ThemeDialog::contrastReport() const
{
    return contrastReportHtml(m_theme);
}

} // namespace openmayor
