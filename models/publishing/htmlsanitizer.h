#pragma once

#include "htmlnode.h"

#include <QString>

#include <optional>
#include <vector>

namespace openmayor {

// The allow-list sanitizer for everything the editors store and publish (issue 4, "Sanitized
// HTML"). It tokenizes like a browser, rebuilds a well-formed tree from an allow-list of
// elements and attributes, and serializes it again, so the output is balanced, escaped
// and free of script, event attributes, unsafe URLs, style and comments, whatever the
// input was. The output is stable: sanitize(sanitize(x)) == sanitize(x).
//
// Decisions (tests/data/sanitizer has a case for each):
// - Elements: p br h1–h6 strong em u s ul ol li blockquote table thead tbody tr th td
//   caption a img figure figcaption span div hr sub sup code pre; b/i/strike/tfoot become
//   strong/em/s/tbody. Unknown elements (font, center, o:p, html, body, …) are unwrapped;
//   script style iframe object embed form svg math template head xml title noscript
//   textarea select button audio video canvas are dropped with their content; meta link
//   base input are dropped. span without attributes and a without href are unwrapped.
// - Attributes: a href/title/target/rel (target only _blank or _self; _blank always gets
//   rel="noopener noreferrer"); img src/alt/width/height (pixels); th scope/colspan/rowspan;
//   td colspan/rowspan; ol start; lang anywhere. Everything else, class and on* included,
//   is dropped.
// - style: only text-align (left/right/center/justify) survives, on blocks and cells (a
//   legacy align attribute becomes it too). Bold, italic, underline, strike-through and
//   super/subscript given as style become strong/em/u/s/sup/sub, so nothing depends on
//   style; nothing can hide text because no other property is kept.
// - URLs: http, https, mailto, tel, media: (the media library) and relative references.
//   Images may also be data:image/png|jpeg|gif;base64. Character references, tabs, line
//   breaks, control and invisible characters are removed before the scheme is read, so
//   "jav&#x61;script:" and "java\tscript:" are refused; anything else with a scheme is too.
// - Well-formedness: p, li and table parts close as browsers close them; li outside a list
//   gets a ul, cells outside a row get a tr (and a table); whitespace between list items and
//   table parts is dropped; empty inline elements, rows and lists are removed.
class HtmlSanitizer
{
public:
    enum class Mode
    {
        Stored, // what editors save and publish
        Paste   // content pasted from HWP or Word: additionally cleans their markup
    };

    static QString sanitize(const QString& html);
    // Paste cleaner for HWP and Word: conditional comments and <xml>/<meta> are dropped
    // with the rest; additionally whitespace is collapsed, Word list paragraphs
    // (MsoListParagraph, mso-list) become ul/ol items, empty spacer paragraphs and div
    // wrappers are removed, single paragraphs in table cells are unwrapped, and a first
    // table row whose cells are all bold becomes header cells (th scope="col").
    static QString cleanPaste(const QString& html);

    // The sanitized tree (the same one sanitize() serializes).
    static std::vector<HtmlNode> parse(const QString& html, Mode mode = Mode::Stored);

    enum class UrlUse
    {
        Link,
        Image
    };
    // The URL as it will be written, or nothing when it is not allowed.
    static std::optional<QString> safeUrl(const QString& value, UrlUse use);
};

} // namespace openmayor
