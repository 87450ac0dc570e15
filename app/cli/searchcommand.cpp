// openmayor-cli search: full-text search across all content.
#include "cli.h"

#include "storage/database.h"
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

} // namespace openmayor::cli
