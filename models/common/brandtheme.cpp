#include "brandtheme.h"

#include <QCoreApplication>

#include <cmath>

namespace openmayor::contrast {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double ratio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QList<Check> checkTheme(const BrandTheme& theme)
{
    auto check = [](const char* what, const QColor& foreground, const QColor& background) {
        return Check{QCoreApplication::translate("openmayor::BrandTheme", what), foreground,
                     background, ratio(foreground, background)};
    };
    return {
        check(QT_TRANSLATE_NOOP("openmayor::BrandTheme", "Text on background"), theme.text,
              theme.background),
        check(QT_TRANSLATE_NOOP("openmayor::BrandTheme", "Primary colour on background"),
              theme.primary, theme.background),
        check(QT_TRANSLATE_NOOP("openmayor::BrandTheme", "Background colour on primary band"),
              theme.background, theme.primary),
        check(QT_TRANSLATE_NOOP("openmayor::BrandTheme", "Secondary colour on background"),
              theme.secondary, theme.background),
    };
}

} // namespace openmayor::contrast
