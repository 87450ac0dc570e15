#include "portalpreview.h"

#include "htmlsanitizer.h"
#include "responsivecss.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace openmayor {

namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QImage decodeDataUrl(const QString& source)
{
    const qsizetype comma = source.indexOf(u',');
    if (!source.startsWith(u"data:image/") || comma < 0)
        return {};
    return QImage::fromData(QByteArray::fromBase64(source.mid(comma + 1).toLatin1()));
}

// Gives every image a width and height that fit the content width.
void fitImages(std::vector<HtmlNode>& nodes, int contentWidth,
               const std::function<QSize(const HtmlNode&)>& naturalSize)
{
    for (HtmlNode& node : nodes) {
        if (node.is(u"img")) {
            const QSize natural = naturalSize(node);
            const int width = std::min(natural.width(), contentWidth);
            const int height =
                int(std::lround(double(natural.height()) * width / std::max(1, natural.width())));
            node.setAttribute(QStringLiteral("width"), QString::number(width));
            node.setAttribute(QStringLiteral("height"), QString::number(height));
        }
        fitImages(node.children, contentWidth, naturalSize);
    }
}

// QTextDocument does not know figure and figcaption: give it blocks that portal.css styles.
void mapFigures(std::vector<HtmlNode>& nodes)
{
    for (HtmlNode& node : nodes) {
        if (node.is(u"figure")) {
            node.name = QStringLiteral("div");
            node.setAttribute(QStringLiteral("class"), QStringLiteral("figure"));
        } else if (node.is(u"figcaption")) {
            node.name = QStringLiteral("p");
            node.setAttribute(QStringLiteral("class"), QStringLiteral("caption"));
        }
        mapFigures(node.children);
    }
}

} // namespace

PortalPreview::PortalPreview()
    : PortalPreview(resourceText(QStringLiteral(":/preview/portal.html")),
                    resourceText(QStringLiteral(":/preview/portal.css")))
{}

PortalPreview::PortalPreview(QString templateHtml, QString styleSheet)
    : m_template(std::move(templateHtml)), m_styleSheet(std::move(styleSheet))
{}

QList<int> PortalPreview::standardWidths()
{
    return {360, 768, 1280};
}

QString PortalPreview::styleSheet(int width) const
{
    return cssForWidth(m_styleSheet, width);
}

int PortalPreview::contentWidth(int width) const
{
    const QString css = styleSheet(width);
    const int gutter = cssPixelProperty(css, QStringLiteral("--page-gutter"), 16);
    const int maximum = cssPixelProperty(css, QStringLiteral("--content-max-width"), 960);
    return std::max(100, std::min(width - 2 * gutter, maximum));
}

QImage PortalPreview::imageFor(const QString& source, const QString& alt, QSize size) const
{
    QImage image = source.startsWith(u"data:") ? decodeDataUrl(source)
                   : m_resolver                ? m_resolver(source)
                                               : QImage();
    if (!image.isNull())
        return image;
    // the portal would show the picture here: a grey box with its alt text
    image = QImage(size, QImage::Format_RGB32);
    image.fill(QColor(0xE5, 0xE7, 0xEB));
    QPainter painter(&image);
    painter.setPen(QColor(0x6B, 0x72, 0x80));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    QFont font = painter.font();
    font.setPixelSize(std::max(10, size.height() / 12));
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     alt.isEmpty() ? source.section(u'/', -1) : alt);
    return image;
}

PortalPreview::Page PortalPreview::page(const PortalItem& item, int width) const
{
    Page page;
    const int content = contentWidth(width);
    std::vector<HtmlNode> body = HtmlSanitizer::parse(item.bodyHtml);
    mapFigures(body);
    fitImages(body, content, [&](const HtmlNode& img) {
        const QString source = img.attribute(u"src");
        QSize declared(img.attribute(u"width").toInt(), img.attribute(u"height").toInt());
        if (declared.width() <= 0)
            declared = QSize(640, 360);
        else if (declared.height() <= 0)
            declared.setHeight(declared.width() * 9 / 16);
        if (!page.images.contains(source))
            page.images.insert(source, imageFor(source, img.attribute(u"alt"), declared));
        const QImage& image = page.images.value(source);
        return img.attribute(u"width").toInt() > 0 ? declared : image.size();
    });

    auto block = [](const char* cssClass, const QString& innerHtml) {
        return innerHtml.isEmpty() ? QString()
                                   : QStringLiteral("<p class=\"") + QLatin1String(cssClass) +
                                         QStringLiteral("\">") + innerHtml + QStringLiteral("</p>");
    };
    QStringList meta;
    for (const QString& line : item.meta)
        meta << line.toHtmlEscaped();
    QString attachments;
    if (!item.attachmentNames.isEmpty()) {
        attachments = QStringLiteral("<p class=\"attachments-title\">") +
                      QCoreApplication::translate("PortalPreview", "Attachments").toHtmlEscaped() +
                      QStringLiteral("</p><ul class=\"attachments\">");
        for (const QString& name : item.attachmentNames)
            attachments += QStringLiteral("<li>") + name.toHtmlEscaped() + QStringLiteral("</li>");
        attachments += QStringLiteral("</ul>");
    }

    QString html = m_template;
    html.replace(QStringLiteral("{{SECTION}}"), item.section.toHtmlEscaped());
    html.replace(QStringLiteral("{{TITLE}}"), item.title.toHtmlEscaped());
    html.replace(QStringLiteral("{{SUBTITLE}}"), block("subtitle", item.subtitle.toHtmlEscaped()));
    html.replace(QStringLiteral("{{META}}"), block("meta", meta.join(QStringLiteral(" · "))));
    html.replace(QStringLiteral("{{ATTACHMENTS}}"), attachments);
    html.replace(QStringLiteral("{{CONTENT_WIDTH}}"), QString::number(content));
    html.replace(QStringLiteral("{{GUTTER}}"), QString::number((width - content) / 2));
    html.replace(QStringLiteral("{{VIEWPORT}}"), QString::number(width));
    html.replace(QStringLiteral("{{BODY}}"), serializeHtml(body)); // last: it is user content
    page.html = html;
    return page;
}

QString PortalPreview::html(const PortalItem& item, int width) const
{
    return page(item, width).html;
}

QImage PortalPreview::render(const PortalItem& item, int width) const
{
    const Page p = page(item, width);
    QTextDocument document;
    document.setDocumentMargin(0);
    QFont font;
    font.setFamilies({QStringLiteral("Malgun Gothic"), QStringLiteral("NanumGothic"),
                      QStringLiteral("Noto Sans CJK KR"), QStringLiteral("sans-serif")});
    font.setPixelSize(16);
    document.setDefaultFont(font);
    // QTextDocument's CSS parser gives up on custom properties: hand it the rest
    static const QRegularExpression customProperty(QStringLiteral("--[A-Za-z0-9-]+\\s*:[^;}]*;?"));
    document.setDefaultStyleSheet(styleSheet(width).remove(customProperty));
    for (auto it = p.images.cbegin(); it != p.images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(p.html);
    document.setTextWidth(width);
    const int height = std::max(1, int(std::ceil(document.size().height())));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    document.drawContents(&painter);
    return image;
}

} // namespace openmayor
