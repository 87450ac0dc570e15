// The clean-up pass of the sanitizer over the tree it built (see htmlsanitizerrules.h).

#include "htmlsanitizerrules.h"

#include <QRegularExpression>
#include <QSet>

namespace openmayor::sanitizer {

namespace {

using Mode = HtmlSanitizer::Mode;

bool isFormatting(QStringView name)
{
    return name == u"strong" || name == u"em" || name == u"u" || name == u"s" || name == u"sub" ||
           name == u"sup" || name == u"code";
}

bool removedWhenEmpty(QStringView name)
{
    return isFormatting(name) || name == u"span" || name == u"a" || name == u"ul" ||
           name == u"ol" || name == u"tr" || name == u"thead" || name == u"tbody" ||
           name == u"table";
}

bool isTextContainer(QStringView name)
{
    return name == u"p" || name == u"li" || name == u"td" || name == u"th" || name == u"caption" ||
           name == u"figcaption" || name == u"blockquote" ||
           (name.size() == 2 && name.at(0) == u'h');
}

bool isBlank(const QString& text, bool nbspIsBlank)
{
    for (const QChar c : text)
        if (!(c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' ||
              (nbspIsBlank && c == QChar(0x00A0))))
            return false;
    return true;
}

bool isBlankText(const HtmlNode& node, bool nbspIsBlank = false)
{
    return node.isText() && isBlank(node.text, nbspIsBlank);
}

// Word's and HWP's spacer paragraphs: only spaces, no-break spaces and line breaks.
bool isSpacerParagraph(const HtmlNode& p)
{
    for (const HtmlNode& child : p.children)
        if (!(isBlankText(child, true) || child.is(u"br")))
            return false;
    return true;
}

void mergeText(std::vector<HtmlNode>& nodes, Mode mode, bool blockParent, bool inPre)
{
    std::vector<HtmlNode> merged;
    for (HtmlNode& node : nodes) {
        if (node.isText() && node.text.isEmpty())
            continue;
        if (node.isText() && !merged.empty() && merged.back().isText())
            merged.back().text += node.text;
        else
            merged.push_back(std::move(node));
    }
    if (inPre) {
        nodes = std::move(merged);
        return;
    }
    if (mode == Mode::Paste) {
        static const QRegularExpression spaces(QStringLiteral("  +"));
        for (HtmlNode& node : merged)
            if (node.isText())
                node.text.replace(spaces, QStringLiteral(" "));
    }
    {
        // white space between blocks (or at the edges of a block) is not rendered
        std::vector<HtmlNode> kept;
        for (size_t i = 0; i < merged.size(); ++i) {
            if (isBlankText(merged[i])) {
                const bool afterBlock =
                    i == 0 ? blockParent && mode == Mode::Paste
                           : merged[i - 1].isElement() && isBlockElement(merged[i - 1].name);
                const bool beforeBlock =
                    i + 1 == merged.size()
                        ? blockParent && mode == Mode::Paste
                        : merged[i + 1].isElement() && isBlockElement(merged[i + 1].name);
                if (afterBlock || beforeBlock)
                    continue;
            }
            kept.push_back(std::move(merged[i]));
        }
        merged = std::move(kept);
    }
    nodes = std::move(merged);
}

void trimEdges(HtmlNode& block)
{
    auto& children = block.children;
    if (!children.empty() && children.front().isText()) {
        QString& text = children.front().text;
        qsizetype n = 0;
        while (n < text.size() && text.at(n) == u' ')
            ++n;
        text.remove(0, n);
    }
    if (!children.empty() && children.back().isText()) {
        QString& text = children.back().text;
        while (!text.isEmpty() && text.back() == u' ')
            text.chop(1);
    }
    children.erase(std::remove_if(children.begin(), children.end(),
                                  [](const HtmlNode& n) { return n.isText() && n.text.isEmpty(); }),
                   children.end());
}

// Cell attributes in the order allowedAttributes() writes them.
void setCellAttribute(HtmlNode& cell, const QString& name, const QString& value)
{
    static const QStringList order = {QStringLiteral("scope"), QStringLiteral("colspan"),
                                      QStringLiteral("rowspan"), QStringLiteral("style"),
                                      QStringLiteral("lang")};
    cell.setAttribute(name, value);
    std::stable_sort(cell.attributes.begin(), cell.attributes.end(),
                     [](const auto& a, const auto& b) {
                         return order.indexOf(a.first) < order.indexOf(b.first);
                     });
}

const HtmlNode* onlyElementChild(const HtmlNode& node)
{
    const HtmlNode* only = nullptr;
    for (const HtmlNode& child : node.children) {
        if (isBlankText(child, true))
            continue;
        if (!child.isElement() || only)
            return nullptr;
        only = &child;
    }
    return only;
}

// <td><p style="text-align: center">x</p></td> → <td style="text-align: center">x</td>
void unwrapSingleParagraph(HtmlNode& cell)
{
    const HtmlNode* p = onlyElementChild(cell);
    if (!p || !p->is(u"p"))
        return;
    const QString style = p->attribute(u"style");
    std::vector<HtmlNode> content = p->children;
    cell.children = std::move(content);
    if (!style.isEmpty() && !cell.hasAttribute(u"style"))
        setCellAttribute(cell, QStringLiteral("style"), style);
}

HtmlNode* firstRow(HtmlNode& table)
{
    for (HtmlNode& child : table.children) {
        if (child.is(u"tr"))
            return &child;
        if (child.is(u"thead") || child.is(u"tbody"))
            for (HtmlNode& row : child.children)
                if (row.is(u"tr"))
                    return &row;
    }
    return nullptr;
}

bool hasHeaderCell(const HtmlNode& node)
{
    if (node.is(u"th"))
        return true;
    for (const HtmlNode& child : node.children)
        if (!child.is(u"table") && hasHeaderCell(child))
            return true;
    return false;
}

// A pasted table whose first row is all bold gets real header cells.
void promoteHeaderRow(HtmlNode& table)
{
    HtmlNode* row = firstRow(table);
    if (!row || hasHeaderCell(table))
        return;
    int bold = 0;
    for (const HtmlNode& cell : row->children) {
        if (!cell.is(u"td"))
            continue;
        const HtmlNode* only = onlyElementChild(cell);
        if (only && only->is(u"strong"))
            ++bold;
        else if (!cell.children.empty() && !isBlank(cell.textContent(), true))
            return;
    }
    if (bold == 0)
        return;
    for (HtmlNode& cell : row->children) {
        if (!cell.is(u"td"))
            continue;
        cell.name = QStringLiteral("th");
        setCellAttribute(cell, QStringLiteral("scope"), QStringLiteral("col"));
        if (const HtmlNode* strong = onlyElementChild(cell)) {
            std::vector<HtmlNode> content = strong->children;
            cell.children = std::move(content);
        }
        trimEdges(cell);
    }
}

void clean(std::vector<HtmlNode>& nodes, Mode mode, QSet<QString>& formatting, bool blockParent,
           bool inPre)
{
    std::vector<HtmlNode> out;
    for (HtmlNode& node : nodes) {
        if (node.isText()) {
            out.push_back(std::move(node));
            continue;
        }
        const bool isFormat = isFormatting(node.name);
        const bool redundant = isFormat && formatting.contains(node.name);
        if (isFormat && !redundant)
            formatting.insert(node.name);
        clean(node.children, mode, formatting,
              node.name.isEmpty() ? blockParent : isBlockElement(node.name),
              inPre || node.is(u"pre"));
        if (isFormat && !redundant)
            formatting.remove(node.name);

        const bool unwrap = node.name.isEmpty() || redundant ||
                            (node.is(u"span") && node.attributes.isEmpty()) ||
                            (node.is(u"a") && !node.hasAttribute(u"href")) ||
                            (mode == Mode::Paste && node.is(u"div"));
        if (unwrap) {
            for (HtmlNode& child : node.children)
                out.push_back(std::move(child));
            continue;
        }
        if (node.children.empty() && removedWhenEmpty(node.name))
            continue;
        if (mode == Mode::Paste) {
            if (node.is(u"p") && isSpacerParagraph(node))
                continue;
            if (node.is(u"td") || node.is(u"th"))
                unwrapSingleParagraph(node);
            if (node.is(u"table"))
                promoteHeaderRow(node);
            if (isTextContainer(node.name))
                trimEdges(node);
        }
        out.push_back(std::move(node));
    }
    mergeText(out, mode, blockParent, inPre);
    nodes = std::move(out);
}

} // namespace

void cleanTree(std::vector<HtmlNode>& nodes, HtmlSanitizer::Mode mode)
{
    QSet<QString> formatting;
    clean(nodes, mode, formatting, true, false);
}

} // namespace openmayor::sanitizer
