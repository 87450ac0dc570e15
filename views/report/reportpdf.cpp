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
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>

namespace openmayor {

namespace {

// The look of every report: ruled tables like the printed card, shaded label cells.
// QTextDocument understands this CSS subset (tags and classes, borders, padding, colours);
// its lengths are device pixels, so "@N" below stands for N points at the device's `dpi`.
QString reportStyleSheet(int dpi)
{
    QString css = QStringLiteral(
        "body { color: #000000; }"
        "table.grid { border-collapse: collapse; border-style: solid; border-color: #404040; "
        "  margin-top: @1; margin-bottom: @1; }"
        "table.grid td, table.grid th { border-style: solid; border-color: #404040; "
        "  vertical-align: middle; }"
        "th { font-weight: bold; background-color: #e6e6e6; }"
        "td.label { font-weight: bold; background-color: #e6e6e6; text-align: center; }"
        "td.num { text-align: right; }"
        "td.mark { text-align: center; }"
        "td.on { text-align: center; background-color: #a8a8a8; font-weight: bold; }"
        "p.section { font-size: 11pt; font-weight: bold; margin-top: @10; margin-bottom: @4; }"
        "p.subsection { font-size: 10pt; font-weight: bold; text-align: center; "
        "  margin-top: @10; margin-bottom: @2; }"
        "p.unit { font-size: 8pt; text-align: right; margin-top: 0px; margin-bottom: @2; }"
        "p.note { font-size: 8pt; margin-top: @2; }"
        "p.title { font-size: 16pt; font-weight: bold; text-align: center; margin-bottom: @8; }"
        "p.goal { font-size: 10pt; margin-top: @9; }"
        "p.record { margin-top: @1.5; margin-bottom: @1.5; margin-left: @6; }"
        // Tables inside the stored plan HTML (e.g. the menu of the section) get rules too.
        "div.plan table { border-collapse: collapse; border-width: 1px; border-style: solid; "
        "  border-color: #808080; margin-top: @3; margin-bottom: @3; }"
        "div.plan td, div.plan th { border-width: 1px; border-style: solid; border-color: #808080; "
        "  padding: @1.5; }");
    static const QRegularExpression points(QStringLiteral("@([0-9.]+)"));
    QString result;
    qsizetype last = 0;
    for (auto it = points.globalMatch(css); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(css).mid(last, match.capturedStart() - last);
        result += QString::number(qMax(1, qRound(match.captured(1).toDouble() * dpi / 72.0))) +
                  QStringLiteral("px");
        last = match.capturedEnd();
    }
    return result + QStringView(css).mid(last);
}

// Headings are marked with an anchor named "keep-with-next" (see PledgeCardReport).
bool isHeading(const QTextBlock& block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().charFormat().anchorNames().contains(QStringLiteral("keep-with-next")))
            return true;
    return false;
}

// The first heading after each forced page break that would end its page: the heading on
// one page, the first line of what follows on the next. Headings that start a page already
// are left alone (what follows is simply longer than a page). Returns block numbers.
QList<int> orphanedHeadings(QTextDocument& document, qreal pageHeight)
{
    QList<int> found;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    bool searching = true;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const bool forcedBreak =
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        if (forcedBreak)
            searching = true; // what comes after a forced break moves independently
        const QTextBlock next = block.next();
        if (forcedBreak || !searching || !next.isValid() || !isHeading(block))
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const QRectF following = layout->blockBoundingRect(next);
        const qreal firstLine = next.layout() && next.layout()->lineCount() > 0
                                    ? next.layout()->lineAt(0).height()
                                    : following.height();
        const int headingPage = int(heading.top() / pageHeight);
        if (int((following.top() + qMin(firstLine, following.height())) / pageHeight) !=
            headingPage) {
            found.append(block.blockNumber());
            searching = false; // later positions shift once this heading moves
        }
    }
    return found;
}

} // namespace

QFont ReportPdf::documentFont(qreal pointSize)
{
    // TrueType outlines first: Qt's PDF engine embeds those as selectable text (Noto Sans CJK
    // is CFF and may come out as outlines). NanumBarunGothic before NanumGothic: NanumGothic
    // maps control characters to its space glyph, so Qt's ToUnicode map turns every space
    // into U+0001 and copied text loses its spaces.
    const QStringList preferred = {
        QStringLiteral("Malgun Gothic"),     QStringLiteral("Apple SD Gothic Neo"),
        QStringLiteral("NanumBarunGothic"),  QStringLiteral("NanumGothic"),
        QStringLiteral("Noto Sans KR"),      QStringLiteral("Noto Sans CJK KR"),
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
    QFont footerFont = documentFont(7.5);
    const QFontMetricsF metrics(footerFont, device);
    const qreal footerHeight = metrics.height() * 2.5;
    const qreal width = device->width();
    const qreal pageHeight = device->height() - footerHeight;
    if (width <= 0 || pageHeight <= 0)
        return Error(Error::Kind::Invalid, tr("The page is too small for the report."));

    // Lays the document out again with a page break before each heading that would be left
    // alone at the foot of a page, until none is (the layout is built afresh each time, as
    // changing formats of a laid-out document does not move what follows reliably).
    std::unique_ptr<QTextDocument> document;
    QList<int> breaks;
    for (int pass = 0; pass < 100; ++pass) {
        document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(device);
        document->setDefaultFont(documentFont());
        document->setDefaultStyleSheet(reportStyleSheet(device->logicalDpiY()));
        document->setDocumentMargin(0);
        document->setHtml(html);
        if (!breaks.isEmpty()) {
            QTextCursor cursor(document.get());
            cursor.beginEditBlock();
            for (int number : std::as_const(breaks)) {
                const QTextBlock block = document->findBlockByNumber(number);
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() |
                                          QTextFormat::PageBreak_AlwaysBefore);
                cursor.setPosition(block.position());
                cursor.setBlockFormat(format);
            }
            cursor.endEditBlock();
        }
        document->setPageSize(QSizeF(width, pageHeight));
        const QList<int> orphans = orphanedHeadings(*document, pageHeight);
        if (orphans.isEmpty())
            break;
        breaks += orphans;
    }
    const int pages = document->pageCount();

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
        document->documentLayout()->draw(&painter, context);
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
            return Error(s.error().kind,
                         tr("Cannot write %1: %2").arg(nativePath, s.error().message),
                         s.error().detail);
        }
    } // the writer flushes the PDF into the file here
    if (file.error() != QFileDevice::NoError || !file.commit())
        return Error(Error::Kind::Io, tr("Cannot write %1.").arg(nativePath), file.errorString());
    return {};
}

QString ReportPdf::amount(double value)
{
    return QLocale().toString(fulfilment::roundFigure(value, 3, fulfilment::Rounding::HalfUp), 'g',
                              15);
}

QString ReportPdf::rate(const std::optional<double>& value)
{
    if (!value)
        return QStringLiteral("—");
    return QLocale().toString(fulfilment::roundFigure(*value, 1, fulfilment::Rounding::HalfUp), 'f',
                              1);
}

} // namespace openmayor
