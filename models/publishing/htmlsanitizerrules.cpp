#include "htmlsanitizerrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace openmayor::sanitizer {

namespace {

bool isHeading(QStringView name)
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
}

QString positiveNumber(const QString& value, int maximum)
{
    static const QRegularExpression pixels(QStringLiteral("^\\s*(\\d{1,5})\\s*(px)?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = pixels.match(value);
    if (!match.hasMatch())
        return {};
    const int number = match.captured(1).toInt();
    return number >= 1 && number <= maximum ? QString::number(number) : QString();
}

// "a: b; c: 'd'" → {a: b, c: d}; property names lower-cased, quotes and !important gone.
QHash<QString, QString> styleProperties(const QString& style)
{
    QHash<QString, QString> properties;
    const QStringList declarations = style.split(u';', Qt::SkipEmptyParts);
    for (const QString& declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString name = declaration.left(colon).trimmed().toLower();
        QString value = declaration.mid(colon + 1).trimmed().toLower();
        value.remove(QStringLiteral("!important"));
        value.remove(u'"');
        value.remove(u'\'');
        properties.insert(name, value.trimmed());
    }
    return properties;
}

QString textAlignOf(const HtmlToken& token)
{
    static const QStringList alignments = {QStringLiteral("left"), QStringLiteral("right"),
                                           QStringLiteral("center"), QStringLiteral("justify")};
    QString align = styleProperties(token.attribute(u"style")).value(QStringLiteral("text-align"));
    if (align.isEmpty())
        align = token.attribute(u"align").trimmed().toLower();
    if (align == u"middle")
        align = QStringLiteral("center");
    return alignments.contains(align) ? align : QString();
}

bool alignable(const QString& element)
{
    return element == u"p" || isHeading(element) || element == u"td" || element == u"th" ||
           element == u"div" || element == u"li" || element == u"caption" ||
           element == u"figcaption";
}

} // namespace

QString canonicalName(const QString& name)
{
    static const QHash<QString, QString> renamed = {
        {QStringLiteral("b"), QStringLiteral("strong")},
        {QStringLiteral("i"), QStringLiteral("em")},
        {QStringLiteral("strike"), QStringLiteral("s")},
        {QStringLiteral("del"), QStringLiteral("s")},
        {QStringLiteral("tfoot"), QStringLiteral("tbody")}};
    return renamed.value(name, name);
}

ElementAction actionFor(const QString& canonical)
{
    static const QSet<QString> kept = {
        QStringLiteral("p"),          QStringLiteral("br"),      QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("strong"),
        QStringLiteral("em"),         QStringLiteral("u"),       QStringLiteral("s"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("li"),
        QStringLiteral("blockquote"), QStringLiteral("table"),   QStringLiteral("thead"),
        QStringLiteral("tbody"),      QStringLiteral("tr"),      QStringLiteral("th"),
        QStringLiteral("td"),         QStringLiteral("caption"), QStringLiteral("a"),
        QStringLiteral("img"),        QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("span"),       QStringLiteral("div"),     QStringLiteral("hr"),
        QStringLiteral("sub"),        QStringLiteral("sup"),     QStringLiteral("code"),
        QStringLiteral("pre")};
    static const QSet<QString> rawText = {QStringLiteral("script"),   QStringLiteral("style"),
                                          QStringLiteral("textarea"), QStringLiteral("title"),
                                          QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                          QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                          QStringLiteral("noscript"), QStringLiteral("plaintext")};
    static const QSet<QString> withContent = {
        QStringLiteral("object"),   QStringLiteral("form"),     QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("template"), QStringLiteral("xml"),
        QStringLiteral("head"),     QStringLiteral("select"),   QStringLiteral("button"),
        QStringLiteral("applet"),   QStringLiteral("frameset"), QStringLiteral("audio"),
        QStringLiteral("video"),    QStringLiteral("canvas"),   QStringLiteral("map"),
        QStringLiteral("colgroup"), QStringLiteral("datalist")};
    static const QSet<QString> voids = {
        QStringLiteral("meta"),  QStringLiteral("link"),   QStringLiteral("base"),
        QStringLiteral("input"), QStringLiteral("embed"),  QStringLiteral("frame"),
        QStringLiteral("param"), QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("area"),  QStringLiteral("col"),    QStringLiteral("keygen"),
        QStringLiteral("wbr")};
    if (kept.contains(canonical))
        return ElementAction::Keep;
    if (rawText.contains(canonical))
        return ElementAction::DropWithRawText;
    if (withContent.contains(canonical))
        return ElementAction::DropWithContent;
    if (voids.contains(canonical))
        return ElementAction::DropVoid;
    return ElementAction::Unwrap;
}

QList<std::pair<QString, QString>> allowedAttributes(const QString& element, const HtmlToken& token)
{
    QList<std::pair<QString, QString>> out;
    auto add = [&](const QString& name, const QString& value) {
        if (!value.isEmpty())
            out.append({name, value});
    };
    if (element == u"a") {
        if (auto href =
                HtmlSanitizer::safeUrl(token.attribute(u"href"), HtmlSanitizer::UrlUse::Link))
            add(QStringLiteral("href"), *href);
        add(QStringLiteral("title"), token.attribute(u"title").trimmed());
        const QString target = token.attribute(u"target").trimmed().toLower();
        if (target == u"_blank" || target == u"_self")
            add(QStringLiteral("target"), target);
        if (target == u"_blank") {
            add(QStringLiteral("rel"), QStringLiteral("noopener noreferrer"));
        } else {
            static const QStringList allowedRel = {
                QStringLiteral("nofollow"), QStringLiteral("noopener"),
                QStringLiteral("noreferrer"), QStringLiteral("external")};
            QStringList rel;
            const QStringList words =
                token.attribute(u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
            for (const QString& word : words)
                if (allowedRel.contains(word) && !rel.contains(word))
                    rel << word;
            add(QStringLiteral("rel"), rel.join(u' '));
        }
    } else if (element == u"img") {
        if (auto src =
                HtmlSanitizer::safeUrl(token.attribute(u"src"), HtmlSanitizer::UrlUse::Image))
            add(QStringLiteral("src"), *src);
        // alt="" is kept: it differs from a missing alt for the pre-publish check
        for (const auto& [key, value] : token.attributes)
            if (key == u"alt")
                out.append({QStringLiteral("alt"), value.trimmed()});
        add(QStringLiteral("width"), positiveNumber(token.attribute(u"width"), 9999));
        add(QStringLiteral("height"), positiveNumber(token.attribute(u"height"), 9999));
    } else if (element == u"th" || element == u"td") {
        if (element == u"th") {
            static const QStringList scopes = {QStringLiteral("row"), QStringLiteral("col"),
                                               QStringLiteral("rowgroup"),
                                               QStringLiteral("colgroup")};
            const QString scope = token.attribute(u"scope").trimmed().toLower();
            if (scopes.contains(scope))
                add(QStringLiteral("scope"), scope);
        }
        const QString colspan = positiveNumber(token.attribute(u"colspan"), 100);
        if (colspan != u"1")
            add(QStringLiteral("colspan"), colspan);
        const QString rowspan = positiveNumber(token.attribute(u"rowspan"), 100);
        if (rowspan != u"1")
            add(QStringLiteral("rowspan"), rowspan);
    } else if (element == u"ol") {
        const QString start = positiveNumber(token.attribute(u"start"), 99999);
        if (start != u"1")
            add(QStringLiteral("start"), start);
    }
    if (alignable(element)) {
        const QString align = textAlignOf(token);
        if (!align.isEmpty())
            add(QStringLiteral("style"), QStringLiteral("text-align: ") + align);
    }
    static const QRegularExpression language(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    const QString lang = token.attribute(u"lang").trimmed();
    if (language.match(lang).hasMatch())
        add(QStringLiteral("lang"), lang);
    return out;
}

QStringList semanticWrappers(const QString& style)
{
    if (style.isEmpty())
        return {};
    const QHash<QString, QString> p = styleProperties(style);
    QStringList wrappers;
    const QString weight = p.value(QStringLiteral("font-weight"));
    if (weight == u"bold" || weight == u"bolder" || weight.toInt() >= 600)
        wrappers << QStringLiteral("strong");
    if (p.value(QStringLiteral("font-style")) == u"italic" ||
        p.value(QStringLiteral("font-style")) == u"oblique")
        wrappers << QStringLiteral("em");
    const QString decoration = p.value(QStringLiteral("text-decoration")) + u' ' +
                               p.value(QStringLiteral("text-decoration-line"));
    if (decoration.contains(u"underline"))
        wrappers << QStringLiteral("u");
    if (decoration.contains(u"line-through"))
        wrappers << QStringLiteral("s");
    const QString vertical = p.value(QStringLiteral("vertical-align"));
    if (vertical == u"super")
        wrappers << QStringLiteral("sup");
    else if (vertical == u"sub")
        wrappers << QStringLiteral("sub");
    return wrappers;
}

bool isWordListParagraph(const HtmlToken& token)
{
    return token.attribute(u"class").contains(u"MsoListParagraph", Qt::CaseInsensitive) ||
           token.attribute(u"style").contains(u"mso-list:", Qt::CaseInsensitive);
}

bool isOrderedListMarker(const QString& marker)
{
    static const QRegularExpression ordered(
        QStringLiteral("^\\s*\\(?([0-9]+|[a-zA-Z]|[ivxIVX]+|[가-힣])[.)]"));
    return ordered.match(marker).hasMatch();
}

} // namespace openmayor::sanitizer
