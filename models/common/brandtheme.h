#pragma once

#include <QColor>
#include <QString>

namespace openmayor {

// The communications team's brand for infographics: colours, font, logo, footer and source
// line. Stored in the settings (Settings::brandTheme) and edited once in the theme dialog.
struct BrandTheme
{
    QColor background{0xff, 0xff, 0xff};
    QColor text{0x1f, 0x29, 0x37};
    QColor primary{0x00, 0x5b, 0xac};   // headline band, big numbers, first series
    QColor secondary{0x1e, 0x71, 0x45}; // second series
    QColor accent{0xe0, 0x7a, 0x10};    // highlights (final target, current point)
    QString fontFamily;                 // empty: the first installed Korean family
    QString logoPath;                   // an image file; empty: no logo
    QString organisation = QStringLiteral("나주시");
    QString sourceLine = QStringLiteral("출처: 나주시 「365일 열린시장실」 공약이행 현황");
    QString footer = QStringLiteral("나주시 정책홍보실");

    bool operator==(const BrandTheme&) const = default;
};

namespace contrast {

// WCAG 2.x relative luminance of an sRGB colour (0 black .. 1 white).
double relativeLuminance(const QColor& colour);
// WCAG contrast ratio (1 .. 21) of two colours, order-independent.
double ratio(const QColor& a, const QColor& b);
// The WCAG AA minimum for normal text.
constexpr double minimumNormalText = 4.5;

// A pair of theme colours that text is drawn in/on, with its ratio.
struct Check
{
    QString what; // translated: "Text on background"
    QColor foreground;
    QColor background;
    double ratio = 0;
    bool passes() const { return ratio >= minimumNormalText; }
};
// The pairs an infographic draws text with: text and primary on the background, the
// background colour on the primary band.
QList<Check> checkTheme(const BrandTheme& theme);

} // namespace contrast
} // namespace openmayor
