// openmayor-cli: the headless face of OpenMayor Studio (DESIGN.md §5).
#include "cli.h"
#include "keychaincredentialstore.h"

#include "common/settings.h"
#include "common/translations.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>

using namespace openmayor;

namespace {

struct Command
{
    std::function<int(const cli::Context&)> run;
    const char* synopsis;
};

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("init"),
         {cli::runInit,
          QT_TRANSLATE_NOOP("Cli", "init [--demo]  create or upgrade the local database")}},
        {QStringLiteral("pledges"),
         {cli::runPledges,
          QT_TRANSLATE_NOOP("Cli", "pledges [--json]  code, title, status, rate of every pledge")}},
        {QStringLiteral("pledge"),
         {cli::runPledge,
          QT_TRANSLATE_NOOP("Cli", "pledge CODE [--json]  one full card with derived figures")}},
        {QStringLiteral("fulfilment"),
         {cli::runFulfilment,
          QT_TRANSLATE_NOOP(
              "Cli", "fulfilment [--period YYYY-Qn | --as-of DATE] [--decimals N] [--rounding "
                     "half-up|truncate] [--include-dropped] [--json]  city figures")}},
        {QStringLiteral("periods"),
         {cli::runPeriods,
          QT_TRANSLATE_NOOP("Cli", "periods [--json]  the published reporting periods")}},
        {QStringLiteral("publish"),
         {cli::runPublish,
          QT_TRANSLATE_NOOP("Cli", "publish YYYY-Qn [--as-of DATE]  freeze every pledge's rate and "
                                   "status as a reporting period")}},
        {QStringLiteral("import"),
         {cli::runImport,
          QT_TRANSLATE_NOOP("Cli", "import pledges FILE | schedule FILE.ics [--dry-run]  add and "
                                   "update pledges from .json or .csv, or events from iCalendar")}},
        {QStringLiteral("export"),
         {cli::runExport,
          QT_TRANSLATE_NOOP("Cli", "export pledges FILE [--encoding utf-8|cp949] | schedule "
                                   "FILE.ics [--from DATE] [--to DATE] [--public-only]  write the "
                                   "pledge book as .json or .csv, or the schedule as iCalendar")}},
        {QStringLiteral("report"),
         {cli::runReport,
          QT_TRANSLATE_NOOP("Cli", "report card CODE|book --out FILE.pdf  the printable pledge "
                                   "card, or every card after the city figures")}},
        {QStringLiteral("search"),
         {cli::runSearch, QT_TRANSLATE_NOOP("Cli", "search TEXT [--limit N] [--json]  find TEXT "
                                                   "in all content, best matches first")}},
        {QStringLiteral("index"),
         {cli::runIndex, QT_TRANSLATE_NOOP("Cli", "index [--progress] [--json]  add to the search "
                                                  "index what a large sync left for later")}},
        {QStringLiteral("chart"),
         {cli::runChart,
          QT_TRANSLATE_NOOP("Cli", "chart fulfilment-trend|indicators|budget|status|infographic "
                                   "--out FILE.png|.svg|.pdf [--pledge CODE] [--size WxH|a4] "
                                   "[--template rate-card|trend|budget|pledge-card]  a chart or "
                                   "an infographic")}},
        {QStringLiteral("portal"),
         {cli::runPortal,
          QT_TRANSLATE_NOOP("Cli",
                            "portal init --portal URL [--media-url URL] [--media-user NAME]  "
                            "create or upgrade the portal's database schema")}},
        {QStringLiteral("sync"),
         {cli::runSync, QT_TRANSLATE_NOOP("Cli", "sync --portal URL [--json] [--progress]  send "
                                                 "local changes to the portal and receive its "
                                                 "changes")}},
        {QStringLiteral("conflicts"),
         {cli::runConflicts,
          QT_TRANSLATE_NOOP("Cli", "conflicts [--json]  changes sync could not apply on its own")}},
        {QStringLiteral("resolve"),
         {cli::runResolve, QT_TRANSLATE_NOOP("Cli", "resolve ID --take mine|theirs  settle one "
                                                    "conflict")}},
    };
    return table;
}

QString commandList()
{
    QString text = QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const auto& [name, command] : commands())
        text += QStringLiteral("  ") + QCoreApplication::translate("Cli", command.synopsis) + u'\n';
    return text;
}

// The CLI's contract is one clear line on stderr for an error. Qt's own diagnostics
// (e.g. "XDG_RUNTIME_DIR not set" from the platform plugin) would add lines, so warnings and
// debug output are shown only when OPENMAYOR_DEBUG is set; critical and fatal always are.
void cliMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("OPENMAYOR_DEBUG");
    if (!verbose && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    if (type == QtFatalMsg)
        abort();
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(cliMessageHandler);
    // Reports lay text out with QTextDocument and QPdfWriter, which need a GUI application;
    // the offscreen platform keeps the command usable without a display (Windows' default
    // platform works headless as it is).
#ifndef Q_OS_WIN
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // `chart` draws with Qt Charts (QGraphicsWidget), which needs a QApplication.
    const std::unique_ptr<QGuiApplication> app =
        cli::needsWidgets(argc, argv) ? std::make_unique<QApplication>(argc, argv)
                                      : std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NajuCity"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("naju.go.kr"));
    QCoreApplication::setApplicationName(QStringLiteral("OpenMayorStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPENMAYOR_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    // The language must be known before any text is produced, so look for it first.
    Settings settings;
    QString language = settings.language();
    const QStringList args = app->arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(u"--lang="))
            language = args.at(i).mid(7);
    }
    if (!Settings::supportedLanguages().contains(language)) {
        err << "openmayor-cli: unknown language \"" << language << "\" (ko or en)\n";
        return cli::Usage;
    }
    installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "OpenMayor Studio command line.") + u'\n' +
        commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("Cli", "The local database file."),
         QCoreApplication::translate("Cli", "file")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("Cli", "Language of messages: ko or en."),
         QCoreApplication::translate("Cli", "language")},
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON instead of text.")},
        {QStringLiteral("demo"),
         QCoreApplication::translate("Cli", "With init: fill a new database with the demo data.")},
        {QStringLiteral("period"),
         QCoreApplication::translate("Cli", "With fulfilment: the figures of a published period."),
         QCoreApplication::translate("Cli", "YYYY-Qn")},
        {QStringLiteral("as-of"),
         QCoreApplication::translate("Cli",
                                     "Rates as of this date (values of later years do not count)."),
         QCoreApplication::translate("Cli", "date")},
        {QStringLiteral("decimals"),
         QCoreApplication::translate("Cli", "Decimals of the published figures (default 1)."),
         QCoreApplication::translate("Cli", "N")},
        {QStringLiteral("rounding"),
         QCoreApplication::translate("Cli", "half-up (default) or truncate."),
         QCoreApplication::translate("Cli", "rule")},
        {QStringLiteral("include-dropped"),
         QCoreApplication::translate("Cli", "Count dropped pledges too.")},
        {QStringLiteral("encoding"),
         QCoreApplication::translate("Cli",
                                     "With export to .csv: utf-8 (default, with BOM) or cp949."),
         QCoreApplication::translate("Cli", "encoding")},
        {QStringLiteral("out"),
         QCoreApplication::translate("Cli", "With report or chart: the file to write."),
         QCoreApplication::translate("Cli", "file")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("Cli", "With search: at most N results (default 50)."),
         QCoreApplication::translate("Cli", "N")},
    });
    parser.addOptions({
        {QStringLiteral("pledge"),
         QCoreApplication::translate("Cli", "With chart: the pledge (code) to draw."),
         QCoreApplication::translate("Cli", "code")},
        {QStringLiteral("size"),
         QCoreApplication::translate("Cli", "With chart: WIDTHxHEIGHT in pixels, or a4."),
         QCoreApplication::translate("Cli", "size")},
        {QStringLiteral("template"),
         QCoreApplication::translate("Cli", "With chart infographic: the template."),
         QCoreApplication::translate("Cli", "name")},
        {QStringLiteral("from"),
         QCoreApplication::translate("Cli", "With export schedule: the first day."),
         QCoreApplication::translate("Cli", "date")},
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "With export schedule: the last day."),
         QCoreApplication::translate("Cli", "date")},
        {QStringLiteral("public-only"),
         QCoreApplication::translate("Cli", "With export schedule: leave internal events out.")},
        {QStringLiteral("portal"),
         QCoreApplication::translate("Cli", "With portal and sync: postgresql://user@host:port/db "
                                            "(the password comes from OPENMAYOR_PORTAL_PASSWORD "
                                            "or the keychain)."),
         QCoreApplication::translate("Cli", "url")},
        {QStringLiteral("media-url"),
         QCoreApplication::translate("Cli", "With portal init: the media store's WebDAV address."),
         QCoreApplication::translate("Cli", "url")},
        {QStringLiteral("media-user"),
         QCoreApplication::translate("Cli", "With portal init: the media store's user name."),
         QCoreApplication::translate("Cli", "name")},
        {QStringLiteral("progress"),
         QCoreApplication::translate("Cli", "With sync and index: report progress on stderr.")},
        {QStringLiteral("take"),
         QCoreApplication::translate("Cli", "With resolve: mine or theirs."),
         QCoreApplication::translate("Cli", "side")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("Cli", "With import schedule: show the plan, save nothing.")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "The command to run."));
    if (!parser.parse(args)) {
        err << "openmayor-cli: " << parser.errorText() << '\n';
        return cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return cli::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "openmayor-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::Ok;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << QCoreApplication::translate("Cli", "openmayor-cli: no command given.") << '\n'
            << commandList();
        return cli::Usage;
    }
    const QString name = positional.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end()) {
        err << QCoreApplication::translate("Cli", "openmayor-cli: unknown command \"%1\".")
                   .arg(name)
            << '\n'
            << commandList();
        return cli::Usage;
    }

    KeychainCredentialStore keychain;
    cli::Context context;
    context.credentials = &keychain;
    context.arguments = positional;
    context.databasePath = settings.resolveDataFile(parser.value(QStringLiteral("db")));
    context.parser = &parser;
    context.out = &out;
    context.err = &err;
    return command->second.run(context);
}
