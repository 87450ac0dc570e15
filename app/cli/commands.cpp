#include "cli.h"

#include "common/changenotifier.h"
#include "domain/fulfilment.h"
#include "io/pledgejson.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "storage/pledgerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace openmayor::cli {

namespace {
void printJson(const Context& context, const QJsonDocument& document)
{
    *context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString rateText(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(pledgejson::rounded(*rate), 'f', 1) + u'%'
                : QStringLiteral("—");
}
} // namespace

bool Context::json() const
{
    return parser->isSet(QStringLiteral("json"));
}

int Context::fail(const QString& message, int code) const
{
    *err << "openmayor-cli: " << message << '\n';
    err->flush();
    return code;
}

int runInit(const Context& context)
{
    if (!context.arguments.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "init takes no arguments."), Usage);
    const bool existed = QFileInfo::exists(context.databasePath);
    if (!existed) {
        const QString folder = QFileInfo(context.databasePath).absolutePath();
        if (context.parser->value(QStringLiteral("db")).isEmpty())
            QDir().mkpath(folder); // the per-user default folder may not exist yet
    }
    auto database = Database::open(context.databasePath, Database::Mode::CreateIfMissing);
    if (!database)
        return context.fail(database.error().fullText());

    if (context.parser->isSet(QStringLiteral("demo"))) {
        Status s = DemoData::populate(*database, MediaLibrary::defaultRootFor(database->path()));
        if (!s) {
            if (!existed) { // nothing half-written: remove the file this call created
                database->close();
                for (const QString& suffix :
                     {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(context.databasePath + suffix);
            }
            return context.fail(s.error().fullText());
        }
    }
    *context.out << QCoreApplication::translate("Cli", "Database ready: %1 (schema version %2)")
                        .arg(QDir::toNativeSeparators(database->path()))
                        .arg(database->schemaVersion())
                 << '\n';
    return Ok;
}

int runPledges(const Context& context)
{
    if (!context.arguments.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "pledges takes no arguments."),
                            Usage);
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    PledgeRepository repository(*database, nullptr);
    auto pledges = repository.summaries();
    if (!pledges)
        return context.fail(pledges.error().fullText());

    if (context.json()) {
        QJsonArray array;
        for (const PledgeSummary& s : std::as_const(*pledges))
            array.append(pledgejson::summary(s));
        printJson(context, QJsonDocument(array));
        return Ok;
    }
    for (const PledgeSummary& s : std::as_const(*pledges))
        *context.out << s.code << '\t' << s.title << '\t' << labelOf(s.status) << '\t'
                     << rateText(s.rate) << '\n';
    return Ok;
}

int runPledge(const Context& context)
{
    if (context.arguments.size() != 1)
        return context.fail(
            QCoreApplication::translate("Cli", "pledge takes one pledge code, e.g. 7-1-3."), Usage);
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return context.fail(database.error().fullText());
    PledgeRepository repository(*database, nullptr);
    auto pledge = repository.loadByCode(context.arguments.first());
    if (!pledge)
        return context.fail(pledge.error().fullText());
    const QJsonObject card = pledgejson::cardWithFigures(*pledge);
    if (context.json()) {
        printJson(context, QJsonDocument(card));
        return Ok;
    }
    QTextStream& out = *context.out;
    out << pledge->code << ' ' << pledge->title << '\n'
        << QCoreApplication::translate("Cli", "Status") << ": " << labelOf(pledge->status) << '\n'
        << QCoreApplication::translate("Cli", "Fulfilment") << ": "
        << rateText(fulfilment::pledgeRate(*pledge)) << '\n'
        << QCoreApplication::translate("Cli", "Basis date") << ": "
        << pledge->basisDate.toString(Qt::ISODate) << '\n';
    const QJsonObject budget = card.value(QStringLiteral("budget")).toObject();
    out << QCoreApplication::translate("Cli", "Budget (million KRW)") << ": "
        << QCoreApplication::translate("Cli", "planned %1, executed %2")
               .arg(budget.value(QStringLiteral("planned_total")).toDouble())
               .arg(budget.value(QStringLiteral("executed_total")).toDouble())
        << '\n';
    return Ok;
}

} // namespace openmayor::cli
