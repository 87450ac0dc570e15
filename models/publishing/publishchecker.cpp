#include "publishchecker.h"

#include "htmlsanitizer.h"
#include "personaldata.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace openmayor {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("PublishChecker", text);
}

constexpr QChar objectReplacement = QChar(0xFFFC);

struct TextSource
{
    HtmlNode* node = nullptr; // the text node, or nullptr for separators and images
    int offset = 0;
    int elementIndex = -1; // the element holding the character
};

struct ElementVisit
{
    HtmlNode* node;
    int textOffset;
};

// The body as plain text laid out like QTextDocument::toPlainText(), with the source of
// every character, and its elements in document order.
class BodyText
{
public:
    explicit BodyText(std::vector<HtmlNode>& roots)
    {
        for (HtmlNode& node : roots)
            walk(node, -1, false);
    }

    QString plain;
    std::vector<TextSource> sources;
    std::vector<ElementVisit> elements;

    QString excerpt(qsizetype start, qsizetype length) const
    {
        const qsizetype context = 16;
        const qsizetype from = qMax<qsizetype>(0, start - context);
        const qsizetype to = qMin(plain.size(), start + length + context);
        QString text = plain.mid(from, to - from);
        text.replace(u'\n', u' ');
        text.remove(objectReplacement);
        return (from > 0 ? QStringLiteral("…") : QString()) + text.trimmed() +
               (to < plain.size() ? QStringLiteral("…") : QString());
    }

private:
    void append(QChar c, HtmlNode* node, int offset, int elementIndex)
    {
        plain += c;
        sources.push_back({node, offset, elementIndex});
    }

    void breakLine(int elementIndex)
    {
        if (!plain.isEmpty() && plain.back() != u'\n')
            append(u'\n', nullptr, 0, elementIndex);
    }

    void walk(HtmlNode& node, int owner, bool inPre)
    {
        if (node.isText()) {
            for (int k = 0; k < node.text.size(); ++k) {
                QChar c = node.text.at(k);
                if (!inPre && (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')) {
                    if (plain.isEmpty() || plain.back() == u' ' || plain.back() == u'\n')
                        continue;
                    c = u' ';
                }
                append(c, &node, k, owner);
            }
            return;
        }
        const int index = int(elements.size());
        const bool block = isBlockElement(node.name);
        if (block)
            breakLine(index);
        elements.push_back({&node, int(plain.size())});
        if (node.is(u"img"))
            append(objectReplacement, nullptr, 0, index);
        else if (node.is(u"br"))
            append(u'\n', nullptr, 0, index);
        for (HtmlNode& child : node.children)
            walk(child, index, inPre || node.is(u"pre"));
        if (block)
            breakLine(index);
        if (node.is(u"table")) // QTextDocument keeps an empty block after a table
            append(u'\n', nullptr, 0, index);
    }
};

PublishFinding::Code codeFor(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::ResidentNumber:
        return PublishFinding::Code::ResidentNumber;
    case PersonalDataKind::MobileNumber:
        return PublishFinding::Code::MobileNumber;
    case PersonalDataKind::EmailAddress:
        break;
    }
    return PublishFinding::Code::EmailAddress;
}

QString personalDataMessage(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::ResidentNumber:
        return translated("Resident registration number: mask or remove it before publishing.");
    case PersonalDataKind::MobileNumber:
        return translated("Mobile phone number: mask or remove it before publishing.");
    case PersonalDataKind::EmailAddress:
        break;
    }
    return translated("E-mail address: mask or remove it before publishing.");
}

QString simplified(const QString& text)
{
    QString s = text;
    s.replace(QChar(0x00A0), u' ');
    return s.simplified();
}

bool isVagueLinkText(const QString& text)
{
    static const QStringList vague = {QStringLiteral("여기"),
                                      QStringLiteral("이곳"),
                                      QStringLiteral("클릭"),
                                      QStringLiteral("여기클릭"),
                                      QStringLiteral("여기를클릭"),
                                      QStringLiteral("클릭하세요"),
                                      QStringLiteral("여기를클릭하세요"),
                                      QStringLiteral("바로가기"),
                                      QStringLiteral("더보기"),
                                      QStringLiteral("자세히"),
                                      QStringLiteral("자세히보기"),
                                      QStringLiteral("링크"),
                                      QStringLiteral("이동"),
                                      QStringLiteral("click"),
                                      QStringLiteral("clickhere"),
                                      QStringLiteral("here"),
                                      QStringLiteral("more"),
                                      QStringLiteral("readmore"),
                                      QStringLiteral("link"),
                                      QStringLiteral("this"),
                                      QStringLiteral("learnmore"),
                                      QStringLiteral("details")};
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    QString key = text.toLower();
    key.remove(noise);
    return vague.contains(key);
}

bool mentionsNewWindow(const QString& text)
{
    static const QRegularExpression notice(QStringLiteral("새\\s*창|새\\s*탭|new\\s+(window|tab)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return notice.match(text).hasMatch();
}

bool hasHeaderCell(const HtmlNode& node)
{
    for (const HtmlNode& child : node.children) {
        if (child.is(u"th"))
            return true;
        if (!child.is(u"table") && hasHeaderCell(child))
            return true;
    }
    return false;
}

PublishFinding elementFinding(PublishFinding::Code code, PublishFinding::Severity severity,
                              const QString& message, const ElementVisit& visit, int index)
{
    PublishFinding f;
    f.code = code;
    f.severity = severity;
    f.message = message;
    f.element = visit.node->name;
    f.elementIndex = index;
    f.textOffset = visit.textOffset;
    return f;
}

// Personal data in the attributes that are published as text or as a link target.
void checkAttributes(const ElementVisit& visit, int index, QList<PublishFinding>& findings)
{
    for (const QString& attribute :
         {QStringLiteral("href"), QStringLiteral("title"), QStringLiteral("alt")}) {
        const QString value = visit.node->attribute(attribute);
        for (const PersonalDataMatch& m : findPersonalData(value)) {
            PublishFinding f = elementFinding(codeFor(m.kind), PublishFinding::Severity::Blocking,
                                              personalDataMessage(m.kind), visit, index);
            f.attribute = attribute;
            f.attributeOffset = int(m.start);
            f.length = int(m.length);
            f.matchedText = m.text;
            f.excerpt = value;
            findings << f;
        }
    }
}

void checkElements(const BodyText& body, QList<PublishFinding>& findings)
{
    using Code = PublishFinding::Code;
    using Severity = PublishFinding::Severity;
    int previousHeading = 1; // the portal shows the item's title as h1
    for (int i = 0; i < int(body.elements.size()); ++i) {
        const ElementVisit& visit = body.elements[size_t(i)];
        const HtmlNode& node = *visit.node;
        if (node.is(u"img") && simplified(node.attribute(u"alt")).isEmpty()) {
            PublishFinding f = elementFinding(
                Code::ImageWithoutAlt, Severity::Blocking,
                translated("Image without alternative text: describe what it shows."), visit, i);
            f.length = 1;
            f.matchedText = node.attribute(u"src");
            f.excerpt = node.attribute(u"src").section(u'/', -1);
            findings << f;
        } else if (node.is(u"table") && !hasHeaderCell(node)) {
            PublishFinding f = elementFinding(
                Code::TableWithoutHeader, Severity::Blocking,
                translated("Table without header cells: mark its heading row or column."), visit,
                i);
            f.excerpt = simplified(node.textContent()).left(40);
            findings << f;
        } else if (node.name.size() == 2 && node.name.at(0) == u'h' && node.name.at(1).isDigit()) {
            const int level = node.name.at(1).digitValue();
            if (level > previousHeading + 1) {
                PublishFinding f =
                    elementFinding(Code::SkippedHeadingLevel, Severity::Warning,
                                   translated("Heading level skipped: h%1 follows h%2.")
                                       .arg(level)
                                       .arg(previousHeading),
                                   visit, i);
                f.matchedText = simplified(node.textContent());
                f.length = int(f.matchedText.size());
                f.excerpt = f.matchedText;
                findings << f;
            }
            previousHeading = level;
        } else if (node.is(u"a") && node.hasAttribute(u"href")) {
            const QString text = simplified(node.textContent());
            const QString title = simplified(node.attribute(u"title"));
            if (isVagueLinkText(text) && (title.isEmpty() || isVagueLinkText(title))) {
                PublishFinding f = elementFinding(
                    Code::VagueLinkText, Severity::Warning,
                    translated("Link text “%1” does not say where the link leads.").arg(text),
                    visit, i);
                f.matchedText = text;
                f.length = int(text.size());
                f.excerpt = text;
                findings << f;
            }
            if (node.attribute(u"target") == u"_blank" && !mentionsNewWindow(text + u' ' + title)) {
                PublishFinding f = elementFinding(
                    Code::NewWindowWithoutNotice, Severity::Warning,
                    translated("Link opens a new window without saying so: add “새 창” to its "
                               "text or title."),
                    visit, i);
                f.matchedText = text;
                f.length = int(text.size());
                f.excerpt = text;
                findings << f;
            }
        }
        checkAttributes(visit, i, findings);
    }
}

void checkText(const BodyText& body, QList<PublishFinding>& findings)
{
    for (const PersonalDataMatch& m : findPersonalData(body.plain)) {
        PublishFinding f;
        f.code = codeFor(m.kind);
        f.severity = PublishFinding::Severity::Blocking;
        f.message = personalDataMessage(m.kind);
        f.elementIndex = body.sources[size_t(m.start)].elementIndex;
        if (f.elementIndex >= 0)
            f.element = body.elements[size_t(f.elementIndex)].node->name;
        f.textOffset = int(m.start);
        f.length = int(m.length);
        f.matchedText = m.text;
        f.excerpt = body.excerpt(m.start, m.length);
        findings << f;
    }
}

bool sameFinding(const PublishFinding& a, const PublishFinding& b)
{
    return a.code == b.code && a.source == b.source && a.textOffset == b.textOffset &&
           a.elementIndex == b.elementIndex && a.attribute == b.attribute &&
           a.attributeOffset == b.attributeOffset && a.matchedText == b.matchedText;
}

// Masks one personal-data finding in the tree that `body` was built on.
void applyMask(BodyText& body, const PublishFinding& finding)
{
    const QString masked = maskedPersonalData(
        finding.code == PublishFinding::Code::ResidentNumber ? PersonalDataKind::ResidentNumber
        : finding.code == PublishFinding::Code::MobileNumber ? PersonalDataKind::MobileNumber
                                                             : PersonalDataKind::EmailAddress,
        finding.matchedText);
    if (!finding.attribute.isEmpty()) {
        HtmlNode* node = body.elements[size_t(finding.elementIndex)].node;
        QString value = node->attribute(finding.attribute);
        value.replace(finding.attributeOffset, finding.length, masked);
        node->setAttribute(finding.attribute, value);
        return;
    }
    for (int i = 0; i < finding.length; ++i) {
        const TextSource& source = body.sources[size_t(finding.textOffset + i)];
        if (source.node && masked.at(i) != finding.matchedText.at(i))
            source.node->text[source.offset] = masked.at(i);
    }
}

} // namespace

bool PublishFinding::isPersonalData() const
{
    return code == Code::ResidentNumber || code == Code::MobileNumber || code == Code::EmailAddress;
}

QString PublishFinding::codeKey(Code code)
{
    switch (code) {
    case Code::ImageWithoutAlt:
        return QStringLiteral("image-without-alt");
    case Code::TableWithoutHeader:
        return QStringLiteral("table-without-header");
    case Code::SkippedHeadingLevel:
        return QStringLiteral("skipped-heading-level");
    case Code::VagueLinkText:
        return QStringLiteral("vague-link-text");
    case Code::NewWindowWithoutNotice:
        return QStringLiteral("new-window-without-notice");
    case Code::ResidentNumber:
        return QStringLiteral("resident-number");
    case Code::MobileNumber:
        return QStringLiteral("mobile-number");
    case Code::EmailAddress:
        return QStringLiteral("email-address");
    case Code::UnderEmbargo:
        break;
    }
    return QStringLiteral("under-embargo");
}

QString PublishFinding::severityKey(Severity severity)
{
    return severity == Severity::Blocking ? QStringLiteral("blocking") : QStringLiteral("warning");
}

QList<PublishFinding> PublishChecker::check(const QString& html, const QStringList& attachmentNames)
{
    std::vector<HtmlNode> tree = HtmlSanitizer::parse(html);
    const BodyText body(tree);
    QList<PublishFinding> findings;
    checkElements(body, findings);
    checkText(body, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const auto& a, const auto& b) { return a.textOffset < b.textOffset; });
    for (int i = 0; i < attachmentNames.size(); ++i) {
        const QString& name = attachmentNames.at(i);
        for (const PersonalDataMatch& m : findPersonalData(name)) {
            PublishFinding f;
            f.code = codeFor(m.kind);
            f.severity = PublishFinding::Severity::Blocking;
            f.message = personalDataMessage(m.kind) + u' ' +
                        translated("(in the attachment name “%1”)").arg(name);
            f.source = PublishFinding::Source::Attachment;
            f.attachmentIndex = i;
            f.attachmentName = name;
            f.textOffset = int(m.start);
            f.length = int(m.length);
            f.matchedText = m.text;
            f.excerpt = name;
            findings << f;
        }
    }
    return findings;
}

bool PublishChecker::hasBlocking(const QList<PublishFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const PublishFinding& f) { return f.isBlocking(); });
}

Result<QString> PublishChecker::mask(const QString& html, const PublishFinding& finding)
{
    if (!finding.isPersonalData() || finding.source != PublishFinding::Source::Body)
        return Error(Error::Kind::Usage,
                     translated("Only personal data in the text can be masked."));
    std::vector<HtmlNode> tree = HtmlSanitizer::parse(html);
    BodyText body(tree);
    QList<PublishFinding> current;
    checkElements(body, current);
    checkText(body, current);
    const bool stillThere = std::any_of(current.cbegin(), current.cend(),
                                        [&](const auto& f) { return sameFinding(f, finding); });
    if (!stillThere)
        return Error(Error::Kind::Invalid,
                     translated("The text has changed since it was checked: check it again."));
    applyMask(body, finding);
    return serializeHtml(tree);
}

QString PublishChecker::maskAll(const QString& html)
{
    std::vector<HtmlNode> tree = HtmlSanitizer::parse(html);
    BodyText body(tree);
    QList<PublishFinding> findings;
    checkElements(body, findings);
    checkText(body, findings);
    for (const PublishFinding& f : std::as_const(findings))
        if (f.isPersonalData())
            applyMask(body, f);
    return serializeHtml(tree);
}

QString PublishChecker::maskAttachmentName(const QString& fileName)
{
    return maskPersonalData(fileName);
}

} // namespace openmayor
