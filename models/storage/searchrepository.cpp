#include "searchrepository.h"

#include "searchindex.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace openmayor {

namespace {

constexpr int snippetLead = 30;    // characters shown before the first match
constexpr int snippetLength = 120; // characters shown in all
constexpr int titleWeight = 10;    // a word in the title counts as much as ten in the body
constexpr int detailWeight = 3;    // header fields, captions, file names

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

// A text with its lower-case copy: case-insensitive search becomes a plain (fast) search
// of the lower-case words in the copy, whose positions are those of the text whenever
// lower-casing kept its length (else the slower case-insensitive search is used).
class FoldedText
{
public:
    explicit FoldedText(QString text)
        : m_text(std::move(text)), m_folded(m_text.toLower()),
          m_aligned(m_folded.size() == m_text.size())
    {}
    const QString& text() const { return m_text; }
    // `word` must be lower-case.
    qsizetype find(const QString& word, qsizetype from = 0) const
    {
        return m_aligned ? m_folded.indexOf(word, from)
                         : m_text.indexOf(word, from, Qt::CaseInsensitive);
    }
    bool contains(const QString& word) const { return find(word) >= 0; }

private:
    QString m_text;
    QString m_folded;
    bool m_aligned;
};

// Every occurrence of every (lower-case) word in `text`, sorted, overlapping ones merged.
QList<TextRange> matchesIn(const FoldedText& text, const QStringList& words)
{
    QList<TextRange> ranges;
    for (const QString& word : words)
        for (qsizetype at = text.find(word); at >= 0; at = text.find(word, at + word.size()))
            ranges.append({int(at), int(word.size())});
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

// The part of `source` around the first match, with "…" where it was cut.
void makeSnippet(const FoldedText& source, const QStringList& words, SearchHit& hit)
{
    const QString& text = source.text();
    qsizetype first = -1;
    for (const QString& word : words) {
        const qsizetype at = source.find(word);
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
    hit.snippetMatches = matchesIn(FoldedText(hit.snippet), words);
}

// A verified candidate: the hit without its highlights yet, what orders it (the field
// weights of its matches, then its date) and the text its snippet comes from.
struct RankedHit
{
    SearchHit hit;
    int score = 0;
    QString sortDate;
    QString snippetSource;
};

// Checks a candidate row against the readable text (`words` lower-case); false if a word
// occurs only inside markup.
bool acceptCandidate(const QSqlQuery& query, const QStringList& words, RankedHit& ranked)
{
    const FoldedText title(query.value(3).toString());
    const FoldedText detail(query.value(4).toString().simplified());
    const FoldedText body(plainTextOfHtml(query.value(5).toString()));
    bool inBody = false;
    bool inDetail = false;
    for (const QString& word : words) {
        const bool t = title.contains(word);
        const bool d = detail.contains(word);
        const bool b = body.contains(word);
        if (!t && !d && !b)
            return false;
        ranked.score += (t ? titleWeight : 0) + (d ? detailWeight : 0) + (b ? 1 : 0);
        inBody = inBody || b;
        inDetail = inDetail || d;
    }
    const auto type = fromKey<ContentType>(query.value(0).toString());
    if (!type)
        return false;
    ranked.hit.type = *type;
    ranked.hit.id = query.value(1).toString();
    ranked.hit.section = query.value(2).toString();
    ranked.hit.title = title.text();
    ranked.sortDate = query.value(6).toString();
    ranked.snippetSource =
        inBody || (!inDetail && !body.text().isEmpty()) ? body.text() : detail.text();
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
    const QString columns = QStringLiteral("SELECT d.item_table, d.item_id, d.section, d.title, "
                                           "d.detail, d.body_html, d.sort_date ");
    QString sql;
    int candidates = limit;
    // items a bulk write left without a document (SearchIndex) are the newest: their views
    // are scanned for every word, before anything else
    auto pending = SearchIndex::documentsPending(db);
    if (!pending)
        return pending.error();
    QString waiting;
    QVariantList waitingParams;
    auto scanWaiting = [&](const QString& from, const QString& order) {
        QStringList everyWord;
        for (const QString& word : queryWords)
            everyWord << instrCondition(word, waitingParams);
        waitingParams << rankedWindow;
        waiting += QStringLiteral("SELECT * FROM (") + columns + from +
                   everyWord.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ") + order +
                   QStringLiteral(" LIMIT ?) UNION ALL ");
    };
    if (*pending)
        scanWaiting(QStringLiteral("FROM search_pending_document d WHERE "),
                    QStringLiteral("d.sort_date DESC"));
    if (!indexed.isEmpty()) {
        // documents the index has not caught up with yet are the next newest: scanned for
        // every word, they come before the index's window
        auto waitingFrom = SearchIndex::unindexedFrom(db);
        if (!waitingFrom)
            return waitingFrom.error();
        if (*waitingFrom > 0) {
            waitingParams << *waitingFrom;
            scanWaiting(QStringLiteral("FROM search_document d WHERE d.doc_id >= ? AND "),
                        QStringLiteral("d.doc_id DESC"));
        }
        // the trigram index gives the newest `rankedWindow` items that have the long words
        params.prepend(indexed.join(u' '));
        params.insert(1, rankedWindow);
        sql =
            columns + QStringLiteral("FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                                     "ORDER BY rowid DESC LIMIT ?) m "
                                     "JOIN search_document d ON d.doc_id = m.rowid");
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        candidates = qMax(limit, rankedWindow);
    } else {
        // short words only: a scan, newest first, that stops at the limit
        sql = columns + QStringLiteral("FROM search_document d WHERE ") +
              conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY d.doc_id DESC");
        if (*pending) // after the pending items; LIMIT -1 keeps the subquery's order
            sql = QStringLiteral("SELECT * FROM (") + sql + QStringLiteral(" LIMIT -1)");
    }
    sql.prepend(waiting);
    params = waitingParams + params;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (Status s = prepare(query, sql); !s)
        return s.error();
    if (Status s = exec(query, params); !s)
        return s.error();
    QStringList lowerWords;
    for (const QString& word : queryWords)
        lowerWords << word.toLower();
    QList<RankedHit> ranked;
    while (ranked.size() < candidates && query.next()) {
        RankedHit candidate;
        if (acceptCandidate(query, lowerWords, candidate))
            ranked << candidate;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedHit& a, const RankedHit& b) {
        return a.score != b.score ? a.score > b.score : a.sortDate > b.sortDate;
    });
    QList<SearchHit> hits;
    for (qsizetype i = 0; i < ranked.size() && i < limit; ++i) {
        SearchHit& hit = ranked[i].hit;
        hit.titleMatches = matchesIn(FoldedText(hit.title), lowerWords);
        makeSnippet(FoldedText(ranked.at(i).snippetSource), lowerWords, hit);
        hits << hit;
    }
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
