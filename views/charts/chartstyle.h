#pragma once

#include "common/brandtheme.h"
#include "domain/enums.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <optional>

namespace openmayor::charts {

// How a chart looks: the brand's colours and font, and the size of its text. The GUI uses
// the default (point sizes of the desktop); images scale `textPixels` to their size.
struct ChartStyle
{
    BrandTheme theme;
    int textPixels = 0;      // 0: the desktop's point sizes; else the body text height in pixels
    bool interactive = true; // tooltips on hover (off for images)

    // The body font (scale 1) or a larger/smaller one; the theme's family, else the first
    // installed Korean family (ReportPdf::documentFont).
    QFont font(qreal scale = 1.0, bool bold = false) const;
    // The colour of the n-th data series: primary, secondary, accent, then fixed extras.
    QColor seriesColour(int n) const;
    // The colour of a budget source (국비/도비/시비/기타).
    QColor sourceColour(FundingSource source) const;
    // The colour of a status slice; statuses always carry a text label too.
    static QColor statusColour(PledgeStatus status);
};

// Figures as charts print them: "87.5", "40", "—" for none.
QString number(double value, int decimals = 1);
QString number(const std::optional<double>& value, int decimals = 1);
QString percent(const std::optional<double>& value);

} // namespace openmayor::charts
