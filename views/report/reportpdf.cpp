#include "reportpdf.h"

#include "domain/fulfilment.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace openmayor {

namespace {

// The look of every report: ruled tables like the printed card, shaded label cells.
// QTextDocument understands this CSS subset (tags and classes, borders, padding, colours).
QString reportStyleSheet()
{
    return QStringLiteral(
        "body { color: #000000; }"
        "table.grid { border-collapse: collapse; border-style: solid; border-color: #404040; }"
        "table.grid td, table.grid th { border-style: solid; border-color: #404040; "
        "  padding: 3px; vertical-align: middle; }"
        "th { font-weight: bold; background-color: #e6e6e6; }"
        "td.label { font-weight: bold; background-color: #e6e6e6; text-align: center; }"
        "td.num { text-align: right; }"
        "td.mark { text-align: center; }"
        "td.on { text-align: center; background-color: #b8b8b8; font-weight: bold; }"
        "p.section { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }"
        "p.subsection { font-size: 10pt; font-weight: bold; text-align: center; "
        "  margin-top: 10px; margin-bottom: 2px; }"
        "p.unit { font-size: 8pt; text-align: right; margin-top: 0px; margin-bottom: 2px; }"
        "p.note { font-size: 8pt; margin-top: 2px; }"
        "p.title { font-size: 16pt; font-weight: bold; text-align: center; margin-bottom: 6px; }"
        "p.goal { font-size: 10pt; margin-top: 10px; }"
        "p.record { margin-top: 1px; margin-bottom: 1px; }"
        // Tables inside the stored plan HTML (e.g. the menu of the section) get rules too.
        "div.plan table { border-collapse: collapse; border-width: 1px; border-style: solid; "
        "  border-color: #808080; margin-top: 4px; margin-bottom: 4px; }"
        "div.plan td, div.plan th { border-width: 1px; border-style: solid; border-color: #808080; "
        "  padding: 2px 6px; }");
}

} // namespace

QFont ReportPdf::documentFont(qreal pointSize)
{
    // Malgun Gothic and the Nanum fonts are TrueType; Noto Sans CJK is CFF, which Qt's PDF
    // engine may draw as outlines, so it comes last.
    const QStringList preferred = {QStringLiteral("Malgun Gothic"),  QStringLiteral("Apple SD Gothic Neo"),
                                   QStringLiteral("NanumGothic"),    QStringLiteral("NanumBarunGothic"),
                                   QStringLiteral("Noto Sans KR"),   QStringLiteral("Noto Sans CJK KR"),
                                   QStringLiteral("Source Han Sans KR")};
    const QStringList available = QFontDatabase::families();
    QFont font;
    for (const QString& family : preferred) {
        if (available.contains(family)) {
            font.setFamilies({family});
            break;
        }
    }
    font.setPointSizeF(pointSize);
    return font;
}

Status ReportPdf::render(QPagedPaintDevice* device, const QString& html, const QString& footer)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(documentFont());
    document.setDefaultStyleSheet(reportStyleSheet());
    document.setDocumentMargin(0);
    document.setHtml(html);

    QFont footerFont = documentFont(7.5);
    const QFontMetricsF metrics(footerFont, device);
    const qreal footerHeight = metrics.height() * 2.5;
    const qreal width = device->width();
    const qreal pageHeight = device->height() - footerHeight;
    if (width <= 0 || pageHeight <= 0)
        return Error(Error::Kind::Invalid, tr("The page is too small for the report."));
    document.setPageSize(QSizeF(width, pageHeight));
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return Error(Error::Kind::Io, tr("Cannot start drawing the report."));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error(Error::Kind::Io, tr("Cannot start page %1 of the report.").arg(page + 1));
        }
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, width, pageHeight);
        painter.setClipRect(context.clip); // table rules of the next page would show otherwise
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF footerRect(0, pageHeight, width, footerHeight);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                         tr("%1 / %2", "page number of page count").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error(Error::Kind::Io, tr("Cannot finish drawing the report."));
    return {};
}

Status ReportPdf::writePdf(const QString& path, const QString& html, const QString& title,
                           const QString& footer)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Io, tr("Cannot write %1.").arg(nativePath), file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("OpenMayor Studio ") + QStringLiteral(OPENMAYOR_VERSION));
        if (Status s = render(&writer, html, footer); !s) {
            file.cancelWriting();
            return Error(s.error().kind, tr("Cannot write %1: %2").arg(nativePath, s.error().message),
                         s.error().detail);
        }
    } // the writer flushes the PDF into the file here
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Error(Error::Kind::Io, tr("Cannot write %1.").arg(nativePath), file.errorString());
    return {};
}

QString ReportPdf::amount(double value)
{
    return QLocale().toString(fulfilment::roundFigure(value, 3, fulfilment::Rounding::HalfUp), 'g', 15);
}

QString ReportPdf::rate(const std::optional<double>& value)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(fulfilment::roundFigure(*value, 1, fulfilment::Rounding::HalfUp), 'f', 1);
}

} // namespace openmayor
