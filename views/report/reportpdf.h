#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace openmayor {

// Lays HTML out on paged devices (a PDF file, a printer, a print preview): the document
// font is a Korean-capable family so Hangul is embedded as text, every page carries a
// footer line with its number, and `page-break-before: always` starts a new page.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(openmayor::ReportPdf)

public:
    // The first installed family of Malgun Gothic, Apple SD Gothic Neo, NanumBarunGothic,
    // NanumGothic, Noto Sans (CJK) KR (TrueType outlines first: Qt embeds those as
    // selectable text), at `pointSize`.
    static QFont documentFont(qreal pointSize = 9.0);

    // Paints `html` page by page on `device` (already set up: page size, margins,
    // resolution); `footer` is printed left of "page / pages" at the foot of every page.
    static Status render(QPagedPaintDevice* device, const QString& html, const QString& footer);

    // Writes an A4 portrait PDF (300 dpi, 15 mm margins, title and creator set) through a
    // temporary file: on any failure nothing is left at `path`.
    static Status writePdf(const QString& path, const QString& html, const QString& title,
                           const QString& footer);

    // Figures as the reports print them: amounts without needless decimals ("40", "12.5"),
    // rates rounded half up to one decimal ("87.5") or "—" when there is no rate.
    static QString amount(double value);
    static QString rate(const std::optional<double>& value);
};

} // namespace openmayor
