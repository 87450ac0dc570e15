#include "htmlsanitizer.h"

#include "htmlsanitizerrules.h"
#include "htmltokenizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace openmayor {

using namespace sanitizer;

namespace {

bool isTableSection(QStringView name)
{
    return name == u"table" || name == u"thead" || name == u"tbody" || name == u"tr";
}

bool isList(QStringView name)
{
    return name == u"ul" || name == u"ol";
}

bool isHeadingName(QStringView name)
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
}

// Block starts that close an open paragraph (WHATWG "close a p element").
bool closesParagraph(QStringView name)
{
    return name == u"p" || isHeadingName(name) || isList(name) || name == u"blockquote" ||
           name == u"table" || name == u"figure" || name == u"div" || name == u"hr" ||
           name == u"pre";
}

QString withoutControlCharacters(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') ||
                             (u >= 0x7F && u <= 0x9F) || u == 0xFFFE || u == 0xFFFF;
        if (!control)
            out += c;
    }
    return out;
}

// Nesting deeper than this is no document anyone wrote: its tags are ignored (their text
// is kept), so the passes over the tree never recurse too deep.
constexpr size_t maxDepth = 200;

class TreeBuilder
{
public:
    explicit TreeBuilder(HtmlSanitizer::Mode mode) : m_mode(mode) { m_stack.push_back(&m_root); }

    std::vector<HtmlNode> build(QStringView html)
    {
        HtmlTokenizer tokenizer(html);
        for (HtmlToken token = tokenizer.next(); token.type != HtmlToken::Type::EndOfInput;
             token = tokenizer.next()) {
            switch (token.type) {
            case HtmlToken::Type::Text:
                addText(token.text);
                break;
            case HtmlToken::Type::StartTag:
                startTag(token, tokenizer);
                break;
            case HtmlToken::Type::EndTag:
                endTag(token.name);
                break;
            case HtmlToken::Type::DownlevelIf:
                if (m_mode == HtmlSanitizer::Mode::Paste)
                    skipDownlevelBlock(token, tokenizer);
                break;
            default:
                break; // comments, CDATA, declarations, stray <![endif]>
            }
        }
        cleanTree(m_root.children, m_mode);
        return std::move(m_root.children);
    }

private:
    HtmlNode* top() const { return m_stack.back(); }

    HtmlNode* push(HtmlNode node)
    {
        top()->children.push_back(std::move(node));
        m_stack.push_back(&top()->children.back());
        return m_stack.back();
    }

    HtmlNode* pushImplicit(const QString& name) { return push(HtmlNode::element(name)); }

    void popTo(size_t index) // pops the element at `index` and everything above it
    {
        while (m_stack.size() > index && m_stack.size() > 1)
            m_stack.pop_back();
    }

    // The innermost open element named `name` (by its element name), or 0 when there is
    // none below a boundary.
    size_t findOpen(QStringView name, const QList<QStringView>& boundaries) const
    {
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            if (m_stack[i]->name == name)
                return i;
            if (boundaries.contains(m_stack[i]->name))
                return 0;
        }
        return 0;
    }

    void closeParagraph()
    {
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const HtmlNode* node = m_stack[i];
            if (node->sourceName == u"p") {
                popTo(i);
                return;
            }
            const QString& n = node->name;
            if (n == u"td" || n == u"th" || n == u"caption" || n == u"table")
                return;
        }
    }

    // A heading inside a heading (even through inline or unwrapped elements) closes it.
    void closeHeading()
    {
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const QString& n = m_stack[i]->name;
            if (isHeadingName(n)) {
                popTo(i);
                return;
            }
            if (isList(n) || n == u"li" || n == u"td" || n == u"th" || n == u"caption" ||
                n == u"table" || n == u"blockquote" || n == u"figure")
                return; // (not div: the paste cleaner unwraps divs afterwards)
        }
    }

    void closeListItem()
    {
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const QString& n = m_stack[i]->name;
            if (n == u"li") {
                popTo(i);
                return;
            }
            if (isList(n) || n == u"table" || n == u"td" || n == u"th" || n == u"caption" ||
                n == u"blockquote")
                return;
        }
    }

    size_t ensureTable()
    {
        const size_t table = findOpen(u"table", {});
        if (table > 0)
            return table;
        closeParagraph();
        prepareForContent();
        pushImplicit(QStringLiteral("table"));
        return m_stack.size() - 1;
    }

    void ensureRow()
    {
        const size_t table = ensureTable();
        const size_t row = findOpen(u"tr", {u"table"});
        if (row > table) {
            popTo(row + 1);
            return;
        }
        const size_t section =
            std::max(findOpen(u"thead", {u"table"}), findOpen(u"tbody", {u"table"}));
        popTo((section > table ? section : table) + 1);
        pushImplicit(QStringLiteral("tr"));
    }

    // Before content other than list items and table parts: open an li inside a bare list
    // (or leave Word's implicit list) and a cell inside bare table parts.
    void prepareForContent()
    {
        // lists and table parts that the parser opened itself end where other content starts
        while (m_stack.size() > 1 && (isList(top()->name) || isTableSection(top()->name)) &&
               (top()->sourceName.isEmpty() || top()->sourceName == u"#wordlist"))
            m_stack.pop_back();
        const QString& name = top()->name;
        if (isList(name)) {
            pushImplicit(QStringLiteral("li"));
        } else if (isTableSection(name)) {
            if (name != u"tr")
                ensureRow();
            pushImplicit(QStringLiteral("td"));
        }
    }

    void addText(QString text)
    {
        text = withoutControlCharacters(text);
        if (m_mode == HtmlSanitizer::Mode::Paste && findOpen(u"pre", {}) == 0) {
            static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
            text.replace(spaces, QStringLiteral(" "));
        }
        if (text.isEmpty())
            return;
        const bool blank = text.trimmed().isEmpty() && !text.contains(QChar(0x00A0));
        if (blank && (isList(top()->name) || isTableSection(top()->name)))
            return;
        prepareForContent();
        auto& children = top()->children;
        if (!children.empty() && children.back().isText())
            children.back().text += text;
        else
            children.push_back(HtmlNode::textNode(text));
    }

    void skipDownlevelBlock(const HtmlToken& opening, HtmlTokenizer& tokenizer)
    {
        QString marker;
        for (HtmlToken token = tokenizer.next(); token.type != HtmlToken::Type::EndOfInput &&
                                                 token.type != HtmlToken::Type::DownlevelEndif;
             token = tokenizer.next()) {
            if (token.type == HtmlToken::Type::Text)
                marker += token.text;
        }
        // Word's fake list bullet: "1." makes the list it starts ordered
        HtmlNode* list = m_stack.size() >= 3 ? m_stack[m_stack.size() - 2] : nullptr;
        if (opening.text.contains(u"supportLists", Qt::CaseInsensitive) && list &&
            list->sourceName == u"#wordlist" && list->children.size() == 1 &&
            isOrderedListMarker(marker))
            list->name = QStringLiteral("ol");
    }

    void startTag(const HtmlToken& token, HtmlTokenizer& tokenizer)
    {
        QString name = canonicalName(token.name);
        const ElementAction action = actionFor(name);
        if (action == ElementAction::DropVoid)
            return;
        if (action == ElementAction::DropWithRawText) {
            tokenizer.skipRawText(token.name); // <script/> is no shorter in HTML
            return;
        }
        if (action == ElementAction::DropWithContent) {
            if (!token.selfClosing)
                skipElement(token.name, tokenizer);
            return;
        }
        if (m_stack.size() > maxDepth && !isVoidElement(name))
            return; // deeper nesting is flattened: the tree stays small enough to recurse over
        if (action == ElementAction::Unwrap) {
            if (token.name.contains(u':') && token.selfClosing)
                return;
            HtmlNode placeholder = HtmlNode::element(QString());
            placeholder.sourceName = token.name;
            prepareForContent();
            push(std::move(placeholder));
            pushWrappers(token);
            return;
        }

        const bool wordListItem =
            m_mode == HtmlSanitizer::Mode::Paste && name == u"p" && isWordListParagraph(token);
        if (closesParagraph(name) || name == u"li")
            closeParagraph();
        if (isHeadingName(name))
            closeHeading();

        if (wordListItem) {
            if (!isList(top()->name)) {
                prepareForContent();
                HtmlNode list = HtmlNode::element(QStringLiteral("ul"));
                list.sourceName = QStringLiteral("#wordlist");
                push(std::move(list));
            }
            name = QStringLiteral("li");
        } else if (name == u"li") {
            closeListItem();
            if (!isList(top()->name) || top()->sourceName == u"#wordlist") {
                if (top()->sourceName == u"#wordlist")
                    m_stack.pop_back();
                prepareForContent();
                pushImplicit(QStringLiteral("ul"));
            }
        } else if (name == u"td" || name == u"th") {
            ensureRow();
        } else if (name == u"tr") {
            const size_t table = ensureTable();
            const size_t section =
                std::max(findOpen(u"thead", {u"table"}), findOpen(u"tbody", {u"table"}));
            popTo((section > table ? section : table) + 1);
        } else if (name == u"thead" || name == u"tbody") {
            popTo(ensureTable() + 1);
        } else if (name == u"caption") {
            const size_t table = findOpen(u"table", {});
            if (table == 0 || !top()->children.empty() || top() != m_stack[table]) {
                name.clear(); // a caption is the first thing in a table, or nothing
                prepareForContent();
            }
        } else {
            prepareForContent();
        }

        HtmlNode node = HtmlNode::element(name);
        node.sourceName = token.name;
        if (!name.isEmpty())
            node.attributes = allowedAttributes(name, token);
        if (m_mode == HtmlSanitizer::Mode::Paste) // Word marks every run with a language
            node.removeAttribute(u"lang");
        if (isVoidElement(name)) {
            if (name == u"img" && !node.hasAttribute(u"src"))
                return; // no (allowed) picture, nothing to show
            top()->children.push_back(std::move(node));
            return;
        }
        push(std::move(node));
        if (!isTableSection(name) && !isList(name))
            pushWrappers(token);
    }

    void pushWrappers(const HtmlToken& token)
    {
        // headings and header cells are bold already
        const bool bold = isHeadingName(top()->name) || top()->name == u"th";
        for (const QString& wrapper : semanticWrappers(token.attribute(u"style")))
            if (!(bold && wrapper == u"strong"))
                pushImplicit(wrapper);
    }

    void skipElement(const QString& name, HtmlTokenizer& tokenizer)
    {
        int depth = 1;
        for (HtmlToken token = tokenizer.next(); token.type != HtmlToken::Type::EndOfInput;
             token = tokenizer.next()) {
            if (token.type == HtmlToken::Type::StartTag && token.name == name && !token.selfClosing)
                ++depth;
            else if (token.type == HtmlToken::Type::EndTag && token.name == name && --depth == 0)
                return;
        }
    }

    void endTag(const QString& name)
    {
        const bool heading = isHeadingName(name);
        const bool tablePart = name == u"td" || name == u"th" || name == u"tr" ||
                               name == u"thead" || name == u"tbody" || name == u"tfoot" ||
                               name == u"caption";
        for (size_t i = m_stack.size() - 1; i > 0; --i) {
            const HtmlNode* node = m_stack[i];
            const bool matches =
                heading ? isHeadingName(node->sourceName) : node->sourceName == name;
            if (matches) {
                popTo(i);
                return;
            }
            if (name == u"table")
                continue;
            const QString& n = node->name;
            if (n == u"table" || (!tablePart && (n == u"td" || n == u"th" || n == u"caption")))
                return;
        }
    }

    HtmlSanitizer::Mode m_mode;
    HtmlNode m_root;
    std::vector<HtmlNode*> m_stack;
};

} // namespace

std::vector<HtmlNode> HtmlSanitizer::parse(const QString& html, Mode mode)
{
    return TreeBuilder(mode).build(html);
}

QString HtmlSanitizer::sanitize(const QString& html)
{
    return serializeHtml(parse(html, Mode::Stored));
}

QString HtmlSanitizer::cleanPaste(const QString& html)
{
    return serializeHtml(parse(html, Mode::Paste));
}

std::optional<QString> HtmlSanitizer::safeUrl(const QString& value, UrlUse use)
{
    // What a browser would read: no tabs, line breaks, controls or invisible characters.
    QString url;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool invisible = u < 0x20 || u == 0x7F || u == 0xAD || (u >= 0x200B && u <= 0x200F) ||
                               u == 0x2060 || u == 0xFEFF;
        if (!invisible)
            url += c;
    }
    url = url.trimmed();
    if (url.isEmpty())
        return std::nullopt;
    const qsizetype colon = url.indexOf(u':');
    qsizetype pathStart = url.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = url.indexOf(stop);
        if (at >= 0)
            pathStart = std::min(pathStart, at);
    }
    if (colon < 0 || colon > pathStart)
        return url; // a relative reference
    const QString scheme = url.left(colon).toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"media")
        return url;
    if (use == UrlUse::Link && (scheme == u"mailto" || scheme == u"tel"))
        return url;
    if (use == UrlUse::Image && scheme == u"data") {
        static const QRegularExpression image(
            QStringLiteral("^data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2}$"),
            QRegularExpression::CaseInsensitiveOption);
        QString compact = url;
        compact.remove(u' ');
        if (image.match(compact).hasMatch())
            return compact;
    }
    return std::nullopt;
}

} // namespace openmayor
