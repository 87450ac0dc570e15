#pragma once

#include "common/brandtheme.h"

#include <QDialog>
#include <QMap>

class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace openmayor {

// Edits the infographic brand (colours, font, logo, organisation, source line, footer) and
// shows the WCAG contrast of every text colour pair as it changes: ratio and "passes" or
// "below 4.5:1" in words, not only in colour.
class ThemeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ThemeDialog(const BrandTheme& theme, QWidget* parent = nullptr);

    BrandTheme theme() const { return m_theme; }
    void setTheme(const BrandTheme& theme);
    // The contrast report as shown (rich text).
    QString contrastReport() const;

private:
    enum ColourRole
    {
        Background,
        Text,
        Primary,
        Secondary,
        Accent
    };
    QColor& colourOf(ColourRole role);
    void pickColour(ColourRole role);
    void showTheme();
    void updateContrast();

    BrandTheme m_theme;
    QMap<ColourRole, QPushButton*> m_colourButtons;
    QFontComboBox* m_font;
    QLineEdit* m_logo;
    QLineEdit* m_organisation;
    QLineEdit* m_sourceLine;
    QLineEdit* m_footer;
    QLabel* m_contrast;
};

// "14.7:1 — passes" / "3.0:1 — below 4.5:1" lines for a theme, as HTML.
QString contrastReportHtml(const BrandTheme& theme);

} // namespace openmayor
