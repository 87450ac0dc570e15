#pragma once

#include "common/result.h"
#include "database.h"
#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace openmayor {

// A stretch of a displayed text that matched a search word.
struct TextRange
{
    int start = 0;
    int length = 0;
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

// One item that matches a search, with what the result list shows of it.
struct SearchHit
{
    ContentType type = ContentType::Page;
    QString id;
    QString section; // the navigation's section key (greeting, press, pledges, ...)
    QString title;
    QString snippet; // plain text around the first match in the item's text
    QList<TextRange> titleMatches;
    QList<TextRange> snippetMatches;
};

// The hits of one section, in the order of the overall result.
struct SearchSectionHits
{
    QString section;
    QList<SearchHit> hits;
};

// Full-text search across all content (the search_document table and its FTS5 trigram
// index, migration 0002). Every word of the query must occur in the item (title, header
// fields, captions or body text; case-insensitive; markup never matches). Words of three
// or more characters are looked up in the trigram index, which yields the `rankedWindow`
// most recently indexed items that have them; a query of only shorter words (Korean
// "공약", one character) scans the search text with instr(), newest first, until `limit`
// items are found (a word that is nowhere reads everything). The hits are ranked by where
// the words occur (title, then header fields and captions, then body), newer first among
// equals. Not bm25: its document frequencies count every match of every word, which took
// 0.4 s for a word in 68k of 128k items (bench_search). Characters of FTS5 syntax in the
// query are searched as text. Rows the index has not caught up with yet (SearchIndex,
// after a bulk write) are scanned with instr() for every word, so they are found too.
class SearchRepository
{
public:
    explicit SearchRepository(Database database);

    // At most `limit` hits, best first; an empty query gives no hits.
    Result<QList<SearchHit>> search(const QString& text, int limit) const;

    // The query's words: split at white space, duplicates dropped.
    static QStringList words(const QString& text);
    // Hits grouped by section, the sections in the order of their best hit.
    static QList<SearchSectionHits> groupBySection(const QList<SearchHit>& hits);

    // Shortest word the trigram index can find.
    static constexpr int indexedWordLength = 3;
    // How many of the newest trigram matches are ranked.
    static constexpr int rankedWindow = 300;

private:
    Database m_database;
};

} // namespace openmayor
