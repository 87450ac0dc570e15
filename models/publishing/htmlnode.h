#pragma once

#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace openmayor {

// One node of a parsed, sanitized HTML fragment: an element with its (allowed)
// attributes and children, or a run of decoded text. The sanitizer builds these trees,
// the pre-publish checker reads them and masking edits their text.
struct HtmlNode
{
    enum class Kind
    {
        Element,
        Text
    };

    Kind kind = Kind::Element;
    QString name;                                  // element name, lower case
    QList<std::pair<QString, QString>> attributes; // decoded values, in output order
    QString text;                                  // decoded text of a Text node
    std::vector<HtmlNode> children;

    // Set while parsing only: the tag this element came from ("b" for a strong, "p" for a
    // Word list paragraph turned into li); empty for elements the parser inserted itself.
    QString sourceName;

    static HtmlNode element(const QString& name);
    static HtmlNode textNode(const QString& text);

    bool isElement() const { return kind == Kind::Element; }
    bool isText() const { return kind == Kind::Text; }
    bool is(QStringView tag) const { return kind == Kind::Element && name == tag; }
    QString attribute(QStringView attributeName) const;
    bool hasAttribute(QStringView attributeName) const;
    void setAttribute(const QString& attributeName, const QString& value);
    void removeAttribute(QStringView attributeName);
    // The decoded text of this node and its descendants, without any separators.
    QString textContent() const;
};

// Serializes children of a fragment root: text escaped (&, <, >, no-break space as
// &nbsp;), attribute values double-quoted and escaped, void elements without end tags.
QString serializeHtml(const std::vector<HtmlNode>& nodes);

bool isVoidElement(QStringView name);
bool isBlockElement(QStringView name);

} // namespace openmayor
