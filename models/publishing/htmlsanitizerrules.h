#pragma once

// Internal to the sanitizer: the allow-list tables, attribute and style rules, and the
// clean-up pass over the built tree. Not for use outside models/publishing.

#include "htmlnode.h"
#include "htmlsanitizer.h"
#include "htmltokenizer.h"

#include <QStringList>

namespace openmayor::sanitizer {

enum class ElementAction
{
    Keep,
    Unwrap,          // the tag goes, its content stays
    DropWithRawText, // script, style, …: the raw text up to the end tag goes too
    DropWithContent, // svg, form, …: everything up to the matching end tag goes
    DropVoid         // meta, link, input, …: nothing to skip
};

// b → strong, i → em, strike/del → s, tfoot → tbody; other names unchanged.
QString canonicalName(const QString& name);
ElementAction actionFor(const QString& canonical);

// The allowed attributes of an element, validated and in a fixed order.
QList<std::pair<QString, QString>> allowedAttributes(const QString& element,
                                                     const HtmlToken& token);
// Elements (strong, em, u, s, sup, sub) that stand for what a style attribute said.
QStringList semanticWrappers(const QString& style);
// True for Word's list paragraphs (class MsoListParagraph…, or mso-list in the style).
bool isWordListParagraph(const HtmlToken& token);
// True for a Word list marker such as "1." "가)" "iv." (an ordered list).
bool isOrderedListMarker(const QString& marker);

// Unwraps placeholders, spans without attributes and links without href, removes empty
// inline elements, rows, lists and tables, merges text; the Paste mode clean-ups too.
void cleanTree(std::vector<HtmlNode>& nodes, HtmlSanitizer::Mode mode);

} // namespace openmayor::sanitizer
