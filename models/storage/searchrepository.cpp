#include "searchrepository.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace openmayor {

namespace {

constexpr int snippetLead = 30;    // characters shown before the first match
constexpr int snippetLength = 120; // characters shown in all

int characterCount(const QString& word)
{
    return int(word.toUcs4().size());
}

bool hasCase(const QString& word)
{
    return word.toLower() != word.toUpper();
}

// An FTS5 string literal: the word as one phrase, its own double quotes doubled, so that
// AND, OR, NEAR, *, -, ^, : and parentheses are searched as text.
QString ftsPhrase(const QString& word)
{
    QString quoted = word;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// `instr` conditions for a word the trigram index cannot find; lower() folds ASCII only,
// the check in C++ afterwards folds the rest.
QString instrCondition(const QString& word, QVariantList& params)
{
    const bool fold = hasCase(word);
    const QString needle = fold ? word.toLower() : word;
    const QString pattern =
        fold ? QStringLiteral("instr(lower(d.%1), ?) > 0") : QStringLiteral("instr(d.%1, ?) > 0");
    QStringList parts;
    for (const char* column : {"title", "detail", "body_html"}) {
        parts << pattern.arg(QLatin1String(column));
        params << needle;
    }
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QChar decodeEntity(QStringView name)
{
    if (name == u"amp")
        return u'&';
    if (name == u"lt")
        return u'<';
    if (name == u"gt")
        return u'>';
    if (name == u"quot")
        return u'"';
    if (name == u"apos")
        return u'\'';
    if (name == u"nbsp")
        return u' ';
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code < 0xFFFF)
            return QChar(char16_t(code));
    }
    return {};
}

// The readable text of stored HTML: tags dropped (block ends become spaces), head, style
// and script content dropped, the common entities decoded, white space collapsed.
QString plainTextOfHtml(const QString& html)
{
    QString text;
    text.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0)
                break;
            const QStringView tag = QStringView(html).mid(i + 1, close - i - 1);
            i = close + 1;
            for (const QStringView hidden : {u"head", u"style", u"script"}) {
                if (tag.startsWith(hidden, Qt::CaseInsensitive)) {
                    const qsizetype end = html.indexOf(QStringLiteral("</") + hidden.toString(), i,
                                                       Qt::CaseInsensitive);
                    i = end < 0 ? n : end;
                }
            }
            text += u' ';
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 8) {
                const QChar decoded = decodeEntity(QStringView(html).mid(i + 1, semicolon - i - 1));
                if (!decoded.isNull()) {
                    text += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        text += c;
        ++i;
    }
    return text.simplified();
}

bool containsWord(const QString& text, const QString& word)
{
    return text.contains(word, Qt::CaseInsensitive);
}

// Every occurrence of every word in `text`, sorted, overlapping ones merged.
QList<TextRange> matchesIn(const QString& text, const QStringList& words)
{
    QList<TextRange> ranges;
    for (const QString& word : words) {
        for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(word, at + word.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(word.size())});
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange& a, const TextRange& b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange& r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.start <= merged.last().start + merged.last().length) {
            TextRange& last = merged.last();
            last.length = qMax(last.length, r.start + r.length - last.start);
        } else {
            merged.append(r);
        }
    }
    return merged;
}

// The part of `text` around the first match, with "…" where it was cut.
void makeSnippet(const QString& text, const QStringList& words, SearchHit& hit)
{
    qsizetype first = -1;
    for (const QString& word : words) {
        const qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    qsizetype start = first > snippetLead ? first - snippetLead : 0;
    if (start > 0 && text.at(start).isLowSurrogate())
        --start;
    qsizetype end = qMin(text.size(), start + snippetLength);
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    const QString ellipsis = QStringLiteral("…");
    hit.snippet = (start > 0 ? ellipsis : QString()) + text.mid(start, end - start).trimmed() +
                  (end < text.size() ? ellipsis : QString());
    hit.snippetMatches = matchesIn(hit.snippet, words);
}

// Checks a candidate row against the readable text and fills the hit; false if a word
// occurs only inside markup.
bool acceptCandidate(const QSqlQuery& query, const QStringList& words, SearchHit& hit)
{
    const QString title = query.value(3).toString();
    const QString detail = query.value(4).toString().simplified();
    const QString body = plainTextOfHtml(query.value(5).toString());
    for (const QString& word : words)
        if (!containsWord(title, word) && !containsWord(detail, word) && !containsWord(body, word))
            return false;
    const auto type = fromKey<ContentType>(query.value(0).toString());
    if (!type)
        return false;
    hit.type = *type;
    hit.id = query.value(1).toString();
    hit.section = query.value(2).toString();
    hit.title = title;
    hit.titleMatches = matchesIn(title, words);
    const bool bodyMatches = std::any_of(words.cbegin(), words.cend(),
                                         [&](const QString& w) { return containsWord(body, w); });
    const bool detailMatches = std::any_of(
        words.cbegin(), words.cend(), [&](const QString& w) { return containsWord(detail, w); });
    makeSnippet(bodyMatches || (!detailMatches && !body.isEmpty()) ? body : detail, words, hit);
    return true;
}

} // namespace

SearchRepository::SearchRepository(Database database) : m_database(std::move(database)) {}

QStringList SearchRepository::words(const QString& text)
{
    QStringList result;
    for (const QString& word : text.simplified().split(u' ', Qt::SkipEmptyParts))
        if (!result.contains(word, Qt::CaseInsensitive))
            result << word;
    return result;
}

Result<QList<SearchHit>> SearchRepository::search(const QString& text, int limit) const
{
    if (limit < 1)
        return Error(Error::Kind::Usage, QCoreApplication::translate(
                                             "openmayor::SearchRepository",
                                             "The number of search results must be at least 1."));
    const QStringList queryWords = words(text);
    if (queryWords.isEmpty())
        return QList<SearchHit>();

    QStringList indexed;
    QStringList conditions;
    QVariantList params;
    for (const QString& word : queryWords) {
        if (characterCount(word) >= indexedWordLength)
            indexed << ftsPhrase(word);
        else
            conditions << instrCondition(word, params);
    }

    QSqlDatabase db = m_database.connection();
    QList<SearchHit> hits;
    // Steps through the candidates of `sql` in its order, keeping the verified ones.
    auto collect = [&](const QString& sql, const QVariantList& bound) -> Status {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = prepare(query, sql); !s)
            return s;
        if (Status s = exec(query, bound); !s)
            return s;
        while (hits.size() < limit && query.next()) {
            SearchHit hit;
            if (acceptCandidate(query, queryWords, hit))
                hits << hit;
        }
        return {};
    };
    const QString columns = QStringLiteral(
        "SELECT d.item_table, d.item_id, d.section, d.title, d.detail, d.body_html ");

    if (!indexed.isEmpty()) {
        // bm25 (title matches weigh most, then header fields and captions, then the body)
        // over the most recently indexed matches only, so that a word found in most items
        // costs no more than a rare one.
        params.prepend(indexed.join(u' '));
        params.insert(1, rankedWindow);
        const QString sql =
            columns +
            QStringLiteral("FROM (SELECT rowid, bm25(search_fts, 10.0, 3.0, 1.0) AS score "
                           "FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC "
                           "LIMIT ?) m JOIN search_document d ON d.doc_id = m.rowid") +
            (conditions.isEmpty()
                 ? QString()
                 : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY m.score, d.sort_date DESC");
        if (Status s = collect(sql, params); !s)
            return s.error();
        return hits;
    }

    // Short words only: the newest items that have every word, stopping at the limit;
    // among those, the ones with every word in the title first.
    if (Status s = collect(columns +
                               QStringLiteral("FROM search_document d INDEXED BY "
                                              "search_document_recency WHERE ") +
                               conditions.join(QStringLiteral(" AND ")) +
                               QStringLiteral(" ORDER BY d.sort_date DESC"),
                           params);
        !s)
        return s.error();
    std::stable_partition(hits.begin(), hits.end(), [&](const SearchHit& hit) {
        return std::all_of(queryWords.cbegin(), queryWords.cend(),
                           [&](const QString& w) { return containsWord(hit.title, w); });
    });
    return hits;
}

QList<SearchSectionHits> SearchRepository::groupBySection(const QList<SearchHit>& hits)
{
    QList<SearchSectionHits> groups;
    for (const SearchHit& hit : hits) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const SearchSectionHits& g) {
            return g.section == hit.section;
        });
        if (group == groups.end()) {
            groups.append({hit.section, {}});
            group = groups.end() - 1;
        }
        group->hits << hit;
    }
    return groups;
}

} // namespace openmayor
