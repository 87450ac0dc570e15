#include "htmlnode.h"

namespace openmayor {

HtmlNode HtmlNode::element(const QString& name)
{
    HtmlNode node;
    node.kind = Kind::Element;
    node.name = name;
    return node;
}

HtmlNode HtmlNode::textNode(const QString& text)
{
    HtmlNode node;
    node.kind = Kind::Text;
    node.text = text;
    return node;
}

QString HtmlNode::attribute(QStringView attributeName) const
{
    for (const auto& [key, value] : attributes)
        if (key == attributeName)
            return value;
    return {};
}

bool HtmlNode::hasAttribute(QStringView attributeName) const
{
    for (const auto& attribute : attributes)
        if (attribute.first == attributeName)
            return true;
    return false;
}

void HtmlNode::setAttribute(const QString& attributeName, const QString& value)
{
    for (auto& attribute : attributes) {
        if (attribute.first == attributeName) {
            attribute.second = value;
            return;
        }
    }
    attributes.append({attributeName, value});
}

void HtmlNode::removeAttribute(QStringView attributeName)
{
    attributes.removeIf([&](const auto& attribute) { return attribute.first == attributeName; });
}

QString HtmlNode::textContent() const
{
    if (isText())
        return text;
    QString result;
    for (const HtmlNode& child : children)
        result += child.textContent();
    return result;
}

bool isVoidElement(QStringView name)
{
    return name == u"br" || name == u"hr" || name == u"img";
}

bool isBlockElement(QStringView name)
{
    static const QList<QStringView> blocks = {
        u"p",  u"h1",      u"h2",         u"h3",         u"h4",    u"h5",    u"h6", u"ul",
        u"ol", u"li",      u"blockquote", u"table",      u"thead", u"tbody", u"tr", u"th",
        u"td", u"caption", u"figure",     u"figcaption", u"div",   u"hr",    u"pre"};
    return blocks.contains(name);
}

namespace {

void escapeInto(QString& out, const QString& text, bool inAttribute)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            if (inAttribute)
                out += QStringLiteral("&quot;");
            else
                out += c;
            break;
        case 0x00A0:
            out += QStringLiteral("&nbsp;");
            break;
        default:
            out += c;
        }
    }
}

void serializeInto(QString& out, const HtmlNode& node)
{
    if (node.isText()) {
        escapeInto(out, node.text, false);
        return;
    }
    out += u'<' + node.name;
    for (const auto& [key, value] : node.attributes) {
        out += u' ' + key + QStringLiteral("=\"");
        escapeInto(out, value, true);
        out += u'"';
    }
    out += u'>';
    if (isVoidElement(node.name))
        return;
    for (const HtmlNode& child : node.children)
        serializeInto(out, child);
    out += QStringLiteral("</") + node.name + u'>';
}

} // namespace

QString serializeHtml(const std::vector<HtmlNode>& nodes)
{
    QString out;
    for (const HtmlNode& node : nodes)
        serializeInto(out, node);
    return out;
}

} // namespace openmayor
