#include "htmltokenizer.h"

#include <QHash>

#include <algorithm>

namespace openmayor {

namespace {

bool isHtmlWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

const QHash<QString, char32_t>& namedEntities()
{
    // The references that real documents (Word, HWP, editors) and attack strings use;
    // unknown names stay literal text, which the serializer escapes.
    static const QHash<QString, char32_t> table = {
        {QStringLiteral("amp"), U'&'},      {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},       {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("colon"), U':'},    {QStringLiteral("Tab"), U'\t'},
        {QStringLiteral("NewLine"), U'\n'}, {QStringLiteral("lpar"), U'('},
        {QStringLiteral("rpar"), U')'},     {QStringLiteral("sol"), U'/'},
        {QStringLiteral("bsol"), U'\\'},    {QStringLiteral("period"), U'.'},
        {QStringLiteral("comma"), U','},    {QStringLiteral("excl"), U'!'},
        {QStringLiteral("num"), U'#'},      {QStringLiteral("percnt"), U'%'},
        {QStringLiteral("semi"), U';'},     {QStringLiteral("equals"), U'='},
        {QStringLiteral("quest"), U'?'},    {QStringLiteral("commat"), U'@'},
        {QStringLiteral("lowbar"), U'_'},   {QStringLiteral("grave"), U'`'},
        {QStringLiteral("lsqb"), U'['},     {QStringLiteral("rsqb"), U']'},
        {QStringLiteral("lcub"), U'{'},     {QStringLiteral("rcub"), U'}'},
        {QStringLiteral("verbar"), U'|'},   {QStringLiteral("Hat"), U'^'},
        {QStringLiteral("copy"), 0xA9},     {QStringLiteral("reg"), 0xAE},
        {QStringLiteral("trade"), 0x2122},  {QStringLiteral("middot"), 0xB7},
        {QStringLiteral("bull"), 0x2022},   {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("ndash"), 0x2013},  {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("lsquo"), 0x2018},  {QStringLiteral("rsquo"), 0x2019},
        {QStringLiteral("ldquo"), 0x201C},  {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("laquo"), 0xAB},    {QStringLiteral("raquo"), 0xBB},
        {QStringLiteral("times"), 0xD7},    {QStringLiteral("divide"), 0xF7},
        {QStringLiteral("deg"), 0xB0},      {QStringLiteral("plusmn"), 0xB1},
        {QStringLiteral("sect"), 0xA7},     {QStringLiteral("para"), 0xB6},
        {QStringLiteral("euro"), 0x20AC},   {QStringLiteral("yen"), 0xA5},
        {QStringLiteral("won"), 0x20A9},    {QStringLiteral("larr"), 0x2190},
        {QStringLiteral("rarr"), 0x2192},   {QStringLiteral("uarr"), 0x2191},
        {QStringLiteral("darr"), 0x2193},   {QStringLiteral("shy"), 0xAD},
        {QStringLiteral("zwsp"), 0x200B},   {QStringLiteral("ensp"), 0x2002},
        {QStringLiteral("emsp"), 0x2003},   {QStringLiteral("thinsp"), 0x2009},
    };
    return table;
}

void appendCodePoint(QString& out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out += QString::fromUcs4(&cp, 1);
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == u'#') {
            qsizetype j = i + 2;
            const bool hex = j < n && (text.at(j) == u'x' || text.at(j) == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t value = 0;
            while (j < n) {
                const QChar d = text.at(j).toLower();
                int v = -1;
                if (d >= u'0' && d <= u'9')
                    v = d.unicode() - u'0';
                else if (hex && d >= u'a' && d <= u'f')
                    v = 10 + (d.unicode() - u'a');
                if (v < 0)
                    break;
                value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + char32_t(v);
                ++j;
            }
            if (j == digitsStart) { // "&#" without digits is literal text
                out += c;
                ++i;
                continue;
            }
            if (j < n && text.at(j) == u';')
                ++j;
            appendCodePoint(out, value);
            i = j;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && j - i <= 32 && (isAsciiAlpha(text.at(j)) || text.at(j).isDigit()))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1).toString();
        const auto found = namedEntities().constFind(name);
        const bool terminated = j < n && text.at(j) == u';';
        // like browsers, the oldest references also work without a semicolon
        const bool legacy = name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" ||
                            name == u"nbsp" || name == u"copy";
        if (found != namedEntities().constEnd() && (terminated || legacy)) {
            appendCodePoint(out, *found);
            i = terminated ? j + 1 : j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QString HtmlToken::attribute(QStringView attributeName) const
{
    for (const auto& [key, value] : attributes)
        if (key == attributeName)
            return value;
    return {};
}

QChar HtmlTokenizer::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_input.size() ? m_input.at(at) : QChar();
}

void HtmlTokenizer::skipWhitespace()
{
    while (m_pos < m_input.size() && isHtmlWhitespace(m_input.at(m_pos)))
        ++m_pos;
}

HtmlToken HtmlTokenizer::next()
{
    if (m_pos >= m_input.size())
        return {};
    if (peek() != u'<')
        return readText();
    const QChar after = peek(1);
    if (isAsciiAlpha(after))
        return readStartTag();
    if (after == u'/') {
        if (isAsciiAlpha(peek(2)))
            return readEndTag();
        if (peek(2) == u'>') { // "</>" is ignored
            m_pos += 3;
            return {HtmlToken::Type::Comment, {}, {}, false, {}};
        }
        m_pos += 2;
        return skipTo(u">"); // a bogus comment
    }
    if (after == u'!')
        return readMarkupDeclaration();
    if (after == u'?') {
        m_pos += 2;
        return skipTo(u">");
    }
    return readText();
}

HtmlToken HtmlTokenizer::readText()
{
    const qsizetype start = m_pos;
    ++m_pos; // the first character is text even when it is a lone '<'
    while (m_pos < m_input.size()) {
        if (m_input.at(m_pos) == u'<') {
            const QChar after = peek(1);
            if (isAsciiAlpha(after) || after == u'/' || after == u'!' || after == u'?')
                break;
        }
        ++m_pos;
    }
    HtmlToken token;
    token.type = HtmlToken::Type::Text;
    token.text = decodeHtmlEntities(m_input.mid(start, m_pos - start));
    return token;
}

HtmlToken HtmlTokenizer::skipTo(QStringView terminator)
{
    const qsizetype end = m_input.indexOf(terminator, m_pos);
    m_pos = end < 0 ? m_input.size() : end + terminator.size();
    return {HtmlToken::Type::Comment, {}, {}, false, {}};
}

HtmlToken HtmlTokenizer::readMarkupDeclaration()
{
    const QStringView rest = m_input.mid(m_pos);
    if (rest.startsWith(u"<!--")) {
        m_pos += 4;
        if (peek() == u'>') { // "<!-->"
            ++m_pos;
            return {HtmlToken::Type::Comment, {}, {}, false, {}};
        }
        if (peek() == u'-' && peek(1) == u'>') { // "<!--->"
            m_pos += 2;
            return {HtmlToken::Type::Comment, {}, {}, false, {}};
        }
        const qsizetype end = m_input.indexOf(u"-->", m_pos);
        const qsizetype bang = m_input.indexOf(u"--!>", m_pos);
        if (bang >= 0 && (end < 0 || bang < end)) {
            m_pos = bang + 4;
            return {HtmlToken::Type::Comment, {}, {}, false, {}};
        }
        m_pos = end < 0 ? m_input.size() : end + 3;
        return {HtmlToken::Type::Comment, {}, {}, false, {}};
    }
    if (rest.startsWith(u"<![CDATA[", Qt::CaseInsensitive)) {
        m_pos += 9;
        return skipTo(u"]]>");
    }
    if (rest.startsWith(u"<![endif]", Qt::CaseInsensitive)) {
        skipTo(u">");
        return {HtmlToken::Type::DownlevelEndif, {}, {}, false, {}};
    }
    if (rest.startsWith(u"<![if", Qt::CaseInsensitive)) {
        const qsizetype start = m_pos + 5;
        skipTo(u">");
        HtmlToken token{HtmlToken::Type::DownlevelIf, {}, {}, false, {}};
        token.text = m_input.mid(start, qMax<qsizetype>(0, m_pos - 1 - start)).trimmed().toString();
        return token;
    }
    m_pos += 2;
    return skipTo(u">"); // <!DOCTYPE …> and other declarations
}

HtmlToken HtmlTokenizer::readStartTag()
{
    ++m_pos;
    const qsizetype nameStart = m_pos;
    while (m_pos < m_input.size()) {
        const QChar c = m_input.at(m_pos);
        if (isHtmlWhitespace(c) || c == u'/' || c == u'>')
            break;
        ++m_pos;
    }
    HtmlToken token;
    token.type = HtmlToken::Type::StartTag;
    token.name = m_input.mid(nameStart, m_pos - nameStart).toString().toLower();
    while (true) {
        while (m_pos < m_input.size() &&
               (isHtmlWhitespace(m_input.at(m_pos)) || m_input.at(m_pos) == u'/')) {
            if (m_input.at(m_pos) == u'/' && peek(1) == u'>')
                token.selfClosing = true;
            ++m_pos;
        }
        if (m_pos >= m_input.size())
            return {}; // a tag cut off by the end of input is dropped
        if (m_input.at(m_pos) == u'>') {
            ++m_pos;
            return token;
        }
        const qsizetype attrStart = m_pos;
        ++m_pos; // the first character belongs to the name even when it is '='
        while (m_pos < m_input.size()) {
            const QChar c = m_input.at(m_pos);
            if (isHtmlWhitespace(c) || c == u'/' || c == u'>' || c == u'=')
                break;
            ++m_pos;
        }
        const QString attrName = m_input.mid(attrStart, m_pos - attrStart).toString().toLower();
        skipWhitespace();
        QString value;
        if (peek() == u'=') {
            ++m_pos;
            skipWhitespace();
            const QChar quote = peek();
            if (quote == u'"' || quote == u'\'') {
                const qsizetype end = m_input.indexOf(quote, m_pos + 1);
                if (end < 0)
                    return {}; // unterminated value: the tag never ends
                value = decodeHtmlEntities(m_input.mid(m_pos + 1, end - m_pos - 1));
                m_pos = end + 1;
            } else {
                const qsizetype valueStart = m_pos;
                while (m_pos < m_input.size() && !isHtmlWhitespace(m_input.at(m_pos)) &&
                       m_input.at(m_pos) != u'>')
                    ++m_pos;
                value = decodeHtmlEntities(m_input.mid(valueStart, m_pos - valueStart));
            }
        }
        const bool seen = std::any_of(token.attributes.cbegin(), token.attributes.cend(),
                                      [&](const auto& a) { return a.first == attrName; });
        if (!seen)
            token.attributes.append({attrName, value});
    }
}

HtmlToken HtmlTokenizer::readEndTag()
{
    m_pos += 2;
    const qsizetype nameStart = m_pos;
    while (m_pos < m_input.size()) {
        const QChar c = m_input.at(m_pos);
        if (isHtmlWhitespace(c) || c == u'/' || c == u'>')
            break;
        ++m_pos;
    }
    HtmlToken token;
    token.type = HtmlToken::Type::EndTag;
    token.name = m_input.mid(nameStart, m_pos - nameStart).toString().toLower();
    // attributes of end tags are ignored, but quoted '>' inside them must not end the tag
    while (m_pos < m_input.size() && m_input.at(m_pos) != u'>') {
        const QChar c = m_input.at(m_pos);
        if (c == u'"' || c == u'\'') {
            const qsizetype end = m_input.indexOf(c, m_pos + 1);
            if (end < 0)
                return {};
            m_pos = end;
        }
        ++m_pos;
    }
    if (m_pos >= m_input.size())
        return {};
    ++m_pos;
    return token;
}

void HtmlTokenizer::skipRawText(const QString& elementName)
{
    const QString endTag = QStringLiteral("</") + elementName;
    while (true) {
        const qsizetype at = m_input.indexOf(endTag, m_pos, Qt::CaseInsensitive);
        if (at < 0) {
            m_pos = m_input.size();
            return;
        }
        const qsizetype after = at + endTag.size();
        const QChar c = after < m_input.size() ? m_input.at(after) : QChar(u'>');
        if (isHtmlWhitespace(c) || c == u'/' || c == u'>') {
            m_pos = after;
            skipTo(u">");
            return;
        }
        m_pos = after;
    }
}

} // namespace openmayor
