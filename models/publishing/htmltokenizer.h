#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace openmayor {

// One token of HTML as a browser's tokenizer would cut it (WHATWG §13.2.5, simplified):
// names lower-cased, character references decoded in text and attribute values.
struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag,
        Comment,        // comments, CDATA, doctypes, <?xml …?>: never output
        DownlevelIf,    // Word's <![if …]> (the condition is in `text`)
        DownlevelEndif, // Word's <![endif]>
        EndOfInput
    };

    Type type = Type::EndOfInput;
    QString name;
    QList<std::pair<QString, QString>> attributes; // first occurrence of a name wins
    bool selfClosing = false;
    QString text;

    QString attribute(QStringView attributeName) const;
};

class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView input) : m_input(input) {}

    HtmlToken next();
    // Skips the raw text of a <script>, <style>, … up to and including its end tag (or to
    // the end of the input when the end tag is missing).
    void skipRawText(const QString& elementName);

private:
    HtmlToken readText();
    HtmlToken readStartTag();
    HtmlToken readEndTag();
    HtmlToken readMarkupDeclaration();
    HtmlToken skipTo(QStringView terminator);
    QChar peek(qsizetype ahead = 0) const;
    void skipWhitespace();

    QStringView m_input;
    qsizetype m_pos = 0;
};

// Decodes character references (&amp; &#106; &#x6A; &colon; …) as a browser does,
// including numeric references without the closing semicolon.
QString decodeHtmlEntities(QStringView text);

} // namespace openmayor
