// `import schedule FILE.ics [--dry-run]` and `export schedule FILE.ics [--from DATE]
// [--to DATE] [--public-only]` (DESIGN.md §5): iCalendar through io/icalendar*.
#include "cli.h"

#include "io/icalendarreader.h"
#include "io/icalendarwriter.h"
#include "io/scheduleimport.h"
#include "storage/database.h"
#include "storage/schedulerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace openmayor::cli {

namespace {

// The kind of a change as a JSON key.
QString changeKey(ical::ScheduleChange::Kind kind)
{
    switch (kind) {
    case ical::ScheduleChange::Kind::New:
        return QStringLiteral("new");
    case ical::ScheduleChange::Kind::Updated:
        return QStringLiteral("updated");
    case ical::ScheduleChange::Kind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QJsonObject planJson(const ical::ScheduleImportPlan& plan, bool dryRun)
{
    using Kind = ical::ScheduleChange::Kind;
    QJsonArray events;
    for (const ical::ScheduleChange& change : plan.changes) {
        QJsonObject event{{QStringLiteral("line"), change.line},
                          {QStringLiteral("uid"), change.event.icalUid},
                          {QStringLiteral("title"), change.event.title},
                          {QStringLiteral("change"), changeKey(change.kind)}};
        if (!change.changedFields.isEmpty())
            event.insert(QStringLiteral("changed_fields"),
                         QJsonArray::fromStringList(change.changedFields));
        events.append(event);
    }
    return {{QStringLiteral("new"), plan.count(Kind::New)},
            {QStringLiteral("updated"), plan.count(Kind::Updated)},
            {QStringLiteral("unchanged"), plan.count(Kind::Unchanged)},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
            {QStringLiteral("events"), events}};
}

// Reads --from / --to; an invalid date is a usage error (returns false after reporting).
bool dateOption(const Context& context, const char* name, QDate& date, int& code)
{
    const QString text = context.parser->value(QString::fromLatin1(name));
    if (text.isEmpty())
        return true;
    date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return true;
    code = context.fail(
        QCoreApplication::translate("Cli", "--%1 takes a date like 2024-05-31, not \"%2\".")
            .arg(QString::fromLatin1(name), text),
        Usage);
    return false;
}

bool isIcsFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(u"ics", Qt::CaseInsensitive) == 0;
}

} // namespace

int runScheduleImport(const Context& context)
{
    const QString path = context.arguments.at(1);
    if (!isIcsFile(path))
        return context.fail(
            QCoreApplication::translate("Cli", "The schedule file must end in .ics: %1").arg(path),
            Usage);
    if (!QFileInfo(path).isFile())
        return context.fail(QCoreApplication::translate("Cli", "The file %1 does not exist.")
                                .arg(QDir::toNativeSeparators(path)));
    auto contents = ical::readCalendarFile(path);
    if (!contents)
        return context.fail(contents.error().fullText());

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    ScheduleRepository repository(*database, nullptr);
    auto plan = ical::planScheduleImport(*contents, repository);
    if (!plan)
        return context.fail(plan.error().fullText());
    const bool dryRun = context.parser->isSet(QStringLiteral("dry-run"));
    if (!dryRun) {
        plan = ical::applyScheduleImport(*plan, repository);
        if (!plan)
            return context.fail(plan.error().fullText());
    }

    if (context.json()) {
        *context.out << QString::fromUtf8(
            QJsonDocument(planJson(*plan, dryRun)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    using Kind = ical::ScheduleChange::Kind;
    for (const QString& warning : std::as_const(plan->warnings))
        *context.out << warning << '\n';
    *context.out << (dryRun ? QCoreApplication::translate(
                                  "Cli", "Schedule import (dry run, nothing saved): %1 new, %2 "
                                         "updated, %3 unchanged.")
                            : QCoreApplication::translate(
                                  "Cli", "Schedule imported: %1 new, %2 updated, %3 unchanged."))
                        .arg(plan->count(Kind::New))
                        .arg(plan->count(Kind::Updated))
                        .arg(plan->count(Kind::Unchanged))
                 << '\n';
    return Ok;
}

int runScheduleExport(const Context& context)
{
    const QString path = context.arguments.at(1);
    if (!isIcsFile(path))
        return context.fail(
            QCoreApplication::translate("Cli", "The schedule file must end in .ics: %1").arg(path),
            Usage);
    ical::ExportOptions options;
    int code = Ok;
    if (!dateOption(context, "from", options.from, code) ||
        !dateOption(context, "to", options.to, code))
        return code;
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return context.fail(QCoreApplication::translate("Cli", "--to lies before --from."), Usage);
    options.publicOnly = context.parser->isSet(QStringLiteral("public-only"));

    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    const ScheduleRepository repository(*database, nullptr);
    auto written = ical::exportSchedule(repository, path, options);
    if (!written)
        return context.fail(written.error().fullText());
    if (context.json()) {
        const QJsonObject result{{QStringLiteral("events"), *written},
                                 {QStringLiteral("file"), QDir::toNativeSeparators(path)}};
        *context.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return Ok;
    }
    *context.out << QCoreApplication::translate("Cli", "Schedule exported: %1 events to %2")
                        .arg(*written)
                        .arg(QDir::toNativeSeparators(path))
                 << '\n';
    return Ok;
}

} // namespace openmayor::cli
