#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace openmayor {

// One finding of the pre-publish check (issue 4, "Pre-publish check").
struct PublishFinding
{
    enum class Code
    {
        ImageWithoutAlt,     // blocking: <img> without alt text (missing or empty)
        TableWithoutHeader,  // blocking: a table without any th cell
        SkippedHeadingLevel, // warning: e.g. h2 followed by h4 (the page title is h1)
        VagueLinkText,       // warning: "여기", "클릭", "click here", "more", "더보기" …
        NewWindowWithoutNotice, // warning: target=_blank without "새 창" in text or title
        ResidentNumber,         // blocking: personal data (personaldata.h)
        MobileNumber,           // blocking
        EmailAddress,           // blocking
        UnderEmbargo            // blocking: a press release before its embargo ends (workflow)
    };
    enum class Severity
    {
        Blocking, // publishing is refused until it is fixed
        Warning
    };
    enum class Source
    {
        Body,       // the item's HTML
        Attachment, // an attachment's file name
        Field       // another field of the item (see `field`)
    };

    Code code = Code::ImageWithoutAlt;
    Severity severity = Severity::Blocking;
    QString message; // translated, one line
    Source source = Source::Body;
    // Where to jump in an editor: the field key ("body_html", "attachments", "photos",
    // "embargo_until"); set by checkBeforePublishing (models/domain/workflow.h).
    QString field;

    // Where, for the body: the element concerned (for text findings the element holding
    // the text), as its tag name and its index among all elements of the sanitized body in
    // document order; and the offset in the body's plain text (as QTextDocument lays it
    // out: one '\n' between blocks and table cells, one more after a table, one U+FFFC per
    // image; tests compare with QTextDocument::toPlainText()) so an editor can put its
    // cursor there. Personal data found in an href, title or alt attribute has `attribute` set
    // and `attributeOffset` within its value.
    QString element;
    int elementIndex = -1;
    int textOffset = -1;
    int length = 0;
    QString attribute;
    int attributeOffset = -1;
    // For attachments: which one; textOffset and length are then within its file name.
    int attachmentIndex = -1;
    QString attachmentName;

    QString matchedText; // the personal data, the link text, the heading text …
    QString excerpt;     // a short context line for the findings list

    bool isBlocking() const { return severity == Severity::Blocking; }
    bool isPersonalData() const;
    // Stable keys for JSON and tests: "image-without-alt", "mobile-number", …
    static QString codeKey(Code code);
    static QString severityKey(Severity severity);
};

class PublishChecker
{
public:
    // Checks the item's HTML (sanitized first, as it would be published) and its
    // attachments' file names.
    static QList<PublishFinding> check(const QString& html,
                                       const QStringList& attachmentNames = {});
    static bool hasBlocking(const QList<PublishFinding>& findings);

    // One-click masking (010-1234-****, 900101-1******, ho**@example.com) of one
    // personal-data finding of the body, in text (or the attribute it was found in) only; the
    // result is sanitized HTML. Fails when the finding is not personal data or no longer
    // matches the HTML (check again).
    static Result<QString> mask(const QString& html, const PublishFinding& finding);
    // Every personal-data finding of the body masked.
    static QString maskAll(const QString& html);
    // An attachment's file name with its personal data masked.
    static QString maskAttachmentName(const QString& fileName);
};

} // namespace openmayor
