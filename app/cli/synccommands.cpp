// openmayor-cli portal init | sync | conflicts | resolve (DESIGN.md §4, §5).
#include "cli.h"

#include "common/settings.h"
#include "storage/database.h"
#include "sync/portalconnection.h"
#include "sync/portalschema.h"
#include "sync/syncconflicts.h"
#include "sync/syncengine.h"
#include "sync/synclabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace openmayor::cli {

namespace {
// The --portal URL with its password from the environment or the keychain.
Result<PortalEndpoint> endpointOf(const Context& context)
{
    const QString url = context.parser->value(QStringLiteral("portal"));
    if (url.isEmpty())
        return Error(Error::Kind::Usage,
                     QCoreApplication::translate(
                         "Cli", "--portal postgresql://user@host:port/database is needed."));
    Result<PortalEndpoint> endpoint = PortalEndpoint::parse(url);
    if (!endpoint)
        return endpoint;
    if (Status s = resolvePortalPassword(*endpoint, context.credentials); !s)
        return s.error();
    return endpoint;
}

int failWith(const Context& context, const Error& error)
{
    return context.fail(error.fullText(), error.kind == Error::Kind::Usage ? Usage : Failed);
}

QString phaseText(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Connecting:
        return QCoreApplication::translate("Cli", "connecting");
    case SyncProgress::Phase::UploadingMedia:
        return QCoreApplication::translate("Cli", "uploading media");
    case SyncProgress::Phase::Pushing:
        return QCoreApplication::translate("Cli", "sending changes");
    case SyncProgress::Phase::Pulling:
        return QCoreApplication::translate("Cli", "receiving changes");
    case SyncProgress::Phase::Applying:
        return QCoreApplication::translate("Cli", "applying changes");
    case SyncProgress::Phase::Finished:
        return QCoreApplication::translate("Cli", "done");
    }
    return {};
}

QJsonObject conflictJson(const SyncConflict& conflict)
{
    return QJsonObject{
        {QStringLiteral("id"), conflict.id},
        {QStringLiteral("kind"), conflictKindKey(conflict.kind)},
        {QStringLiteral("table"), conflict.tableName},
        {QStringLiteral("row_id"), conflict.rowId},
        {QStringLiteral("label"), conflict.label},
        {QStringLiteral("fields"), QJsonArray::fromStringList(conflict.fields)},
        {QStringLiteral("base"), conflict.base},
        {QStringLiteral("mine"), conflict.mine},
        {QStringLiteral("theirs"), conflict.theirs},
        {QStringLiteral("message"), conflict.message},
        {QStringLiteral("detected_at"), conflict.detectedAt.toString(Qt::ISODateWithMs)}};
}
} // namespace

int runPortal(const Context& context)
{
    if (context.arguments.value(0) != u"init")
        return context.fail(QCoreApplication::translate(
                                "Cli", "portal needs a subcommand: portal init --portal URL."),
                            Usage);
    Result<PortalEndpoint> endpoint = endpointOf(context);
    if (!endpoint)
        return failWith(context, endpoint.error());
    auto portal = PortalConnection::open(*endpoint);
    if (!portal)
        return failWith(context, portal.error());
    Result<int> version = PortalSchema::install(**portal);
    if (!version)
        return failWith(context, version.error());
    for (const auto& [option, key] :
         {std::pair{"media-url", "media_base_url"}, std::pair{"media-user", "media_user"}}) {
        if (!context.parser->isSet(QString::fromLatin1(option)))
            continue;
        if (Status s = (*portal)->exec(
                QStringLiteral("UPDATE openmayor.portal_setting SET value = ? WHERE key = ?"),
                {context.parser->value(QString::fromLatin1(option)), QString::fromLatin1(key)});
            !s)
            return failWith(context, s.error());
    }
    if (context.json())
        *context.out << QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), *version}})
                            .toJson(QJsonDocument::Compact)
                     << '\n';
    else
        *context.out << QCoreApplication::translate("Cli", "The portal schema is at version %1.")
                            .arg(*version)
                     << '\n';
    return Ok;
}

int runSync(const Context& context)
{
    Result<PortalEndpoint> endpoint = endpointOf(context);
    if (!endpoint)
        return failWith(context, endpoint.error());
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return failWith(context, database.error());
    SyncEngine engine(*database, *endpoint, Settings().userName());
    engine.setCredentialStore(context.credentials);
    if (context.parser->isSet(QStringLiteral("progress"))) {
        engine.setProgressCallback([&context](const SyncProgress& progress) {
            *context.err << phaseText(progress.phase) << ' ' << progress.done;
            if (progress.total > 0)
                *context.err << '/' << progress.total;
            *context.err << Qt::endl;
        });
    }
    Result<SyncReport> report = engine.sync();
    if (!report)
        return failWith(context, report.error());
    if (context.json()) {
        *context.out << QJsonDocument(
                            QJsonObject{{QStringLiteral("pulled"), report->pulled},
                                        {QStringLiteral("pushed"), report->pushed},
                                        {QStringLiteral("conflicts"), report->conflicts},
                                        {QStringLiteral("rejected"), report->rejected},
                                        {QStringLiteral("media_uploaded"), report->mediaUploaded},
                                        {QStringLiteral("media_waiting"), report->mediaWaiting},
                                        {QStringLiteral("search_waiting"), report->searchWaiting}})
                            .toJson(QJsonDocument::Compact)
                     << '\n';
    } else {
        *context.out << QCoreApplication::translate(
                            "Cli",
                            "Received %1, sent %2, conflicts %3, refused %4, files uploaded %5, "
                            "files waiting %6.")
                            .arg(report->pulled)
                            .arg(report->pushed)
                            .arg(report->conflicts)
                            .arg(report->rejected)
                            .arg(report->mediaUploaded)
                            .arg(report->mediaWaiting)
                     << '\n';
    }
    if (report->searchWaiting > 0 && !context.json())
        *context.out << QCoreApplication::translate(
                            "Cli",
                            "%n item(s) are found by a slower search until the search index has "
                            "taken them in: the app does it in the background, or run "
                            "'openmayor-cli index'.",
                            nullptr, int(report->searchWaiting))
                     << '\n';
    if (report->mediaWaiting > 0)
        *context.err << QCoreApplication::translate("Cli",
                                                    "%n file(s) wait for the media store: %1",
                                                    nullptr, int(report->mediaWaiting))
                            .arg(report->mediaProblem)
                     << Qt::endl;
    return report->needsAttention() ? NeedsAttention : Ok;
}

int runConflicts(const Context& context)
{
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return failWith(context, database.error());
    auto list = SyncConflicts(*database).list();
    if (!list)
        return failWith(context, list.error());
    if (context.json()) {
        QJsonArray array;
        for (const SyncConflict& conflict : std::as_const(*list))
            array.append(conflictJson(conflict));
        *context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const SyncConflict& conflict : std::as_const(*list)) {
        *context.out << conflict.id << '\t'
                     << conflictJson(conflict)[QLatin1String("kind")].toString() << '\t'
                     << conflict.label << '\t' << conflict.fields.join(u',') << '\t'
                     << conflict.message << '\n';
    }
    if (list->isEmpty())
        *context.out << QCoreApplication::translate("Cli", "No open conflicts.") << '\n';
    return Ok;
}

int runResolve(const Context& context)
{
    bool ok = false;
    const qint64 id = context.arguments.value(0).toLongLong(&ok);
    const QString take = context.parser->value(QStringLiteral("take"));
    if (!ok || (take != u"mine" && take != u"theirs"))
        return context.fail(
            QCoreApplication::translate(
                "Cli", "resolve needs a conflict number and --take mine or --take theirs."),
            Usage);
    auto database = Database::open(context.databasePath, Database::Mode::OpenExisting);
    if (!database)
        return failWith(context, database.error());
    if (Status s = SyncConflicts(*database).resolve(id, take == u"mine" ? TakeSide::Mine
                                                                        : TakeSide::Theirs);
        !s)
        return failWith(context, s.error());
    return Ok;
}

} // namespace openmayor::cli
