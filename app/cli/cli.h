#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace openmayor {
class CredentialStore;
}

namespace openmayor::cli {

// Exit codes of DESIGN.md §5.
enum ExitCode
{
    Ok = 0,
    Usage = 1,
    Failed = 2,
    NeedsAttention = 3
};

// What a command needs: its arguments, the resolved database path and the output streams.
struct Context
{
    QStringList arguments; // positional arguments after the command name
    QString databasePath;
    const QCommandLineParser* parser = nullptr;
    QTextStream* out = nullptr;
    QTextStream* err = nullptr;
    // The system keychain (portal and media store passwords); may be null.
    CredentialStore* credentials = nullptr;

    bool json() const;
    // Prints one clear line on stderr and returns `code`.
    int fail(const QString& message, int code = Failed) const;
};

int runInit(const Context& context);
int runPledges(const Context& context);
int runPledge(const Context& context);
int runFulfilment(const Context& context);
int runPeriods(const Context& context);
int runPublish(const Context& context);
int runImport(const Context& context); // pledgeio.cpp
int runExport(const Context& context);
int runScheduleImport(const Context& context); // scheduleio.cpp, through runImport/runExport
int runScheduleExport(const Context& context);
int runReport(const Context& context); // reportcommands.cpp
int runSearch(const Context& context); // searchcommand.cpp
int runIndex(const Context& context);  // searchcommand.cpp
int runChart(const Context& context);  // chartcommand.cpp
int runPortal(const Context& context); // synccommands.cpp
int runSync(const Context& context);
int runConflicts(const Context& context);
int runResolve(const Context& context);
// True when the command line asks for `chart`: Qt Charts needs a QApplication.
bool needsWidgets(int argc, char** argv);

} // namespace openmayor::cli
