#include "responsivecss.h"

#include <QRegularExpression>

namespace openmayor {

namespace {

QString withoutComments(const QString& css)
{
    static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString out = css;
    out.remove(comment);
    return out;
}

// The index just after the '}' that closes the '{' at `open` (or the end of the text).
qsizetype blockEnd(const QString& css, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < css.size(); ++i) {
        if (css.at(i) == u'{')
            ++depth;
        else if (css.at(i) == u'}' && --depth == 0)
            return i + 1;
    }
    return css.size();
}

bool queryMatches(const QString& query, int widthPx)
{
    static const QRegularExpression feature(
        QStringLiteral("^\\(\\s*(min|max)-width\\s*:\\s*([0-9.]+)\\s*(px|em|rem)?\\s*\\)$"));
    QString rest = query.simplified().toLower();
    if (rest.startsWith(u"only "))
        rest = rest.mid(5);
    bool holds = true;
    const QStringList parts = rest.split(QStringLiteral(" and "), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part == u"all" || part == u"screen")
            continue;
        const auto match = feature.match(part);
        if (!match.hasMatch())
            return false; // print, orientation, not …: not in this preview
        double limit = match.captured(2).toDouble();
        if (match.captured(3) == u"em" || match.captured(3) == u"rem")
            limit *= 16;
        holds = holds && (match.captured(1) == u"min" ? widthPx >= limit : widthPx <= limit);
    }
    return holds && !parts.isEmpty();
}

} // namespace

bool mediaQueryMatches(const QString& queryList, int widthPx)
{
    const QStringList queries = queryList.split(u',');
    for (const QString& query : queries)
        if (queryMatches(query, widthPx))
            return true;
    return false;
}

QString cssForWidth(const QString& css, int widthPx)
{
    const QString text = withoutComments(css);
    static const QRegularExpression media(QStringLiteral("@media\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const auto match = media.match(text, pos);
        if (!match.hasMatch()) {
            out += text.mid(pos);
            break;
        }
        out += text.mid(pos, match.capturedStart() - pos);
        const qsizetype open = text.indexOf(u'{', match.capturedEnd());
        if (open < 0)
            break; // a broken trailing @media: dropped
        const qsizetype end = blockEnd(text, open);
        const QString queries = text.mid(match.capturedEnd(), open - match.capturedEnd());
        if (mediaQueryMatches(queries, widthPx)) {
            const qsizetype innerEnd = text.at(end - 1) == u'}' ? end - 1 : end;
            out += cssForWidth(text.mid(open + 1, innerEnd - open - 1), widthPx);
        }
        pos = end;
    }
    return out;
}

int cssPixelProperty(const QString& css, const QString& name, int fallback)
{
    const QRegularExpression property(QRegularExpression::escape(name) +
                                      QStringLiteral("\\s*:\\s*([0-9]+)px"));
    int value = fallback;
    for (auto it = property.globalMatch(css); it.hasNext();)
        value = it.next().captured(1).toInt();
    return value;
}

} // namespace openmayor
