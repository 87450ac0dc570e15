#pragma once

#include "portalitem.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace openmayor {

// Renders a content item as the portal would show it at a viewport width, from the HTML
// template and stylesheet in resources/preview (portal.html, portal.css) that the team
// can adjust. There is no browser engine here (Qt 6.4 without WebEngine): QTextDocument
// lays the page out, with the CSS of the @media blocks that apply to the width
// (responsivecss.h) and images scaled down to the content width, which portal.css sets
// with --page-gutter and --content-max-width. The body is sanitized first.
//
// Template placeholders: {{SECTION}} {{TITLE}} (escaped text), {{SUBTITLE}} {{META}}
// {{BODY}} {{ATTACHMENTS}} (blocks, empty when there is nothing), {{CONTENT_WIDTH}}
// {{GUTTER}} (px) and {{VIEWPORT}} (the width in px).
class PortalPreview
{
public:
    // Returns the picture for an image source (media:<id>, a path, a URL) or a null image;
    // unresolved images are drawn as a grey box with their alt text.
    using ImageResolver = std::function<QImage(const QString& source)>;

    PortalPreview(); // the template and stylesheet from the resources
    PortalPreview(QString templateHtml, QString styleSheet);

    void setImageResolver(ImageResolver resolver) { m_resolver = std::move(resolver); }

    // Phone, tablet and PC widths of the portal (360, 768, 1280 px).
    static QList<int> standardWidths();

    QString styleSheet(int width) const;
    int contentWidth(int width) const;
    QString html(const PortalItem& item, int width) const;
    // The page at `width` device-independent pixels; as tall as its content.
    QImage render(const PortalItem& item, int width) const;

private:
    struct Page
    {
        QString html;
        QHash<QString, QImage> images;
    };
    Page page(const PortalItem& item, int width) const;
    QImage imageFor(const QString& source, const QString& alt, QSize size) const;

    QString m_template;
    QString m_styleSheet;
    ImageResolver m_resolver;
};

} // namespace openmayor
