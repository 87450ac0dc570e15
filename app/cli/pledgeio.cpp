// `import pledges FILE` and `export pledges FILE` (DESIGN.md §5, §5a): .json in the
// interchange format, .csv as the CSV file set of io/pledgecsv.h.
#include "cli.h"

#include "io/pledgecsv.h"
#include "io/pledgeimport.h"
#include "io/pledgeinterchange.h"
#include "storage/database.h"
#include "storage/pledgerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace openmayor::cli {

namespace {

enum class FileKind
{
    Json,
    Csv,
    Unknown
};

FileKind kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return FileKind::Json;
    if (suffix == u"csv")
        return FileKind::Csv;
    return FileKind::Unknown;
}

// Checks `KIND FILE`; returns the exit code of a usage error, or 0.
int checkArguments(const Context& context, const char* command)
{
    if (context.arguments.size() != 2)
        return context.fail(QCoreApplication::translate("Cli", "%1 takes a kind and a file, e.g. "
                                                               "\"%1 pledges pledges.json\".")
                                .arg(QString::fromLatin1(command)),
                            Usage);
    if (context.arguments.first() != u"pledges")
        return context.fail(QCoreApplication::translate("Cli", "%1 knows \"pledges\" and "
                                                               "\"schedule\", not \"%2\".")
                                .arg(QString::fromLatin1(command), context.arguments.first()),
                            Usage);
    if (kindOf(context.arguments.at(1)) == FileKind::Unknown)
        return context.fail(
            QCoreApplication::translate("Cli", "The pledge file must end in .json or .csv: %1")
                .arg(context.arguments.at(1)),
            Usage);
    return Ok;
}

} // namespace

int runImport(const Context& context)
{
    if (context.arguments.size() == 2 && context.arguments.first() == u"schedule")
        return runScheduleImport(context);
    if (int code = checkArguments(context, "import"); code != Ok)
        return code;
    const QString path = context.arguments.at(1);
    if (!QFileInfo(path).isFile())
        return context.fail(QCoreApplication::translate("Cli", "The file %1 does not exist.")
                                .arg(QDir::toNativeSeparators(path)));

    Result<PledgeBook> book = Error();
    if (kindOf(path) == FileKind::Json) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QCoreApplication::translate("Cli", "Cannot read %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        book = interchange::parseJson(file.readAll());
    } else {
        book = interchange::importCsv(path);
    }
    if (!book)
        return context.fail(book.error().fullText());

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    auto plan = interchange::applyImport(*book, *database, nullptr);
    if (!plan)
        return context.fail(plan.error().fullText());

    using Kind = interchange::PledgeChange::Kind;
    const int added = plan->count(Kind::New);
    const int updated = plan->count(Kind::Updated);
    const int unchanged = plan->count(Kind::Unchanged);
    if (context.json()) {
        const QJsonObject counts{{QStringLiteral("added"), added},
                                 {QStringLiteral("updated"), updated},
                                 {QStringLiteral("unchanged"), unchanged},
                                 {QStringLiteral("new_areas"), int(plan->newAreas.size())},
                                 {QStringLiteral("new_goals"), int(plan->newGoals.size())}};
        *context.out << QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Indented));
        return Ok;
    }
    *context.out << QCoreApplication::translate(
                        "Cli", "Pledges imported: %1 added, %2 updated, %3 unchanged.")
                        .arg(added)
                        .arg(updated)
                        .arg(unchanged)
                 << '\n';
    return Ok;
}

int runExport(const Context& context)
{
    if (context.arguments.size() == 2 && context.arguments.first() == u"schedule")
        return runScheduleExport(context);
    if (int code = checkArguments(context, "export"); code != Ok)
        return code;
    const QString path = context.arguments.at(1);
    const FileKind kind = kindOf(path);
    const QString encodingName = context.parser->value(QStringLiteral("encoding")).toLower();
    interchange::CsvEncoding encoding = interchange::CsvEncoding::Utf8Bom;
    if (encodingName == u"cp949" && kind == FileKind::Csv)
        encoding = interchange::CsvEncoding::Cp949;
    else if (!encodingName.isEmpty() && encodingName != u"utf-8" && encodingName != u"utf8")
        return context.fail(QCoreApplication::translate(
                                "Cli", "--encoding is utf-8 or cp949 (cp949 for .csv only)."),
                            Usage);

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    const PledgeRepository repository(*database, nullptr);
    auto book = interchange::readBook(repository);
    if (!book)
        return context.fail(book.error().fullText());

    if (kind == FileKind::Csv) {
        if (Status s = interchange::exportCsv(*book, path, encoding); !s)
            return context.fail(s.error().fullText());
    } else {
        QSaveFile file(path);
        const QByteArray bytes = interchange::exportJson(*book);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return context.fail(QCoreApplication::translate("Cli", "Cannot write %1: %2")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    *context.out << QCoreApplication::translate("Cli", "Pledges exported: %1 to %2")
                        .arg(book->pledges.size())
                        .arg(QDir::toNativeSeparators(path))
                 << '\n';
    return Ok;
}

} // namespace openmayor::cli
