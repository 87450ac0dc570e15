// openmayor-cli search: full-text search across all content; index: the index's catch-up.
#include "cli.h"

#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/searchrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace openmayor::cli {

int runSearch(const Context& context)
{
    if (context.arguments.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "search needs the text to find."),
                            Usage);
    const QString text = context.arguments.join(u' ');
    int limit = 50;
    if (context.parser->isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = context.parser->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return context.fail(
                QCoreApplication::translate("Cli", "--limit takes a whole number of at least 1."),
                Usage);
    }
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    auto hits = SearchRepository(*database).search(text, limit);
    if (!hits)
        return context.fail(hits.error().fullText());

    if (context.json()) {
        QJsonArray array;
        for (const SearchHit& hit : std::as_const(*hits))
            array.append(QJsonObject{{QStringLiteral("type"), toKey(hit.type)},
                                     {QStringLiteral("section"), hit.section},
                                     {QStringLiteral("id"), hit.id},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), hit.snippet}});
        *context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const SearchHit& hit : std::as_const(*hits))
        *context.out << labelOf(hit.type) << '\t' << hit.title << '\t' << hit.snippet << '\n';
    if (hits->isEmpty())
        *context.out << QCoreApplication::translate("Cli", "Nothing found.") << '\n';
    return Ok;
}

int runIndex(const Context& context)
{
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    const bool progress = context.parser->isSet(QStringLiteral("progress"));
    qint64 indexed = 0;
    const Status done = SearchIndex::catchUpAll(*database, [&](qint64 doneRows, qint64 totalRows) {
        indexed = doneRows;
        if (progress)
            *context.err << QCoreApplication::translate("Cli", "indexing") << ' ' << doneRows << '/'
                         << totalRows << Qt::endl;
        return true;
    });
    if (!done)
        return context.fail(done.error().fullText());
    if (context.json())
        *context.out << QJsonDocument(QJsonObject{{QStringLiteral("indexed"), indexed}})
                            .toJson(QJsonDocument::Compact)
                     << '\n';
    else
        *context.out << QCoreApplication::translate(
                            "Cli", "The search index is up to date (%n item(s) added).", nullptr,
                            int(indexed))
                     << '\n';
    return Ok;
}

} // namespace openmayor::cli
