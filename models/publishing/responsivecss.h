#pragma once

#include <QString>

namespace openmayor {

// QTextDocument understands a subset of CSS 2.1 and no media queries. The portal preview
// therefore picks the @media blocks that apply to a viewport width itself and hands
// QTextDocument plain rules:
//   @media (max-width: 767px) { … }                       kept when width <= 767
//   @media (min-width: 768px) and (max-width: 1199px) { … } kept when both hold
//   @media screen and (min-width: 1200px), print { … }    a comma is "or"
// Media types all/screen hold, print and others do not; widths are px (or em = 16 px);
// any other feature makes its query false. Kept blocks are inlined where they stand, so
// their rules follow (and override) the ones before them; comments are removed.
QString cssForWidth(const QString& css, int widthPx);

// Whether one media query list (the text between "@media" and "{") holds at a width.
bool mediaQueryMatches(const QString& queryList, int widthPx);

// The last value in px of a custom property ("--page-gutter: 16px;") in `css`, or
// `fallback`: the preview reads its layout widths from portal.css this way.
int cssPixelProperty(const QString& css, const QString& name, int fallback);

} // namespace openmayor
