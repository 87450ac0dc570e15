// GUI start-up benchmark: runs the real `openmayor --startup-stats` (offscreen) on an
// empty store (fresh `openmayor-cli init`, no demo) and on the large benchmark store,
// several times each, and prints the medians of the time to first paint and of the peak
// resident memory next to the goals: start <= 1.3x empty, memory <= 1.5x empty.
//
// bench_startup --app PATH --cli PATH --large FILE --work DIR [--runs N] [--sections a,b]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace openmayor {
namespace {

constexpr double startGoal = 1.3;
constexpr double memoryGoal = 1.5;

struct Sample
{
    qint64 firstPaintMs = -1;
    qint64 peakRssBytes = -1;
    qint64 processMs = -1; // launch to exit, as the user's stopwatch would see it
};

struct Figures
{
    double firstPaintMs = 0;
    qint64 firstPaintMin = 0;
    qint64 firstPaintMax = 0;
    double peakRssMB = 0;
    double processMs = 0;
};

template <typename T> double median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? double(values.at(n / 2))
                 : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

class Runner
{
public:
    Runner(QString app, QProcessEnvironment environment)
        : m_app(std::move(app)), m_environment(std::move(environment))
    {}

    // One start of the GUI; nullopt (and a message) when it fails.
    std::optional<Sample> run(const QString& database, const QString& section, QString* error) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(m_app, {QStringLiteral("--db"), database, QStringLiteral("--startup-stats"),
                              QStringLiteral("--section"), section});
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            *error = QStringLiteral("%1 did not finish: %2").arg(m_app, process.errorString());
            return std::nullopt;
        }
        Sample sample;
        sample.processMs = timer.elapsed();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(m_app)
                         .arg(process.exitCode())
                         .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
            return std::nullopt;
        }
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() != 2)
                continue;
            if (parts.at(0) == "first_paint_ms")
                sample.firstPaintMs = parts.at(1).toLongLong();
            else if (parts.at(0) == "peak_rss_bytes")
                sample.peakRssBytes = parts.at(1).toLongLong();
        }
        if (sample.firstPaintMs < 0 || sample.peakRssBytes < 0) {
            *error = QStringLiteral("%1 printed no startup stats").arg(m_app);
            return std::nullopt;
        }
        return sample;
    }

private:
    QString m_app;
    QProcessEnvironment m_environment;
};

Figures summarize(const QList<Sample>& samples)
{
    QList<qint64> paint, rss, process;
    for (const Sample& s : samples) {
        paint << s.firstPaintMs;
        rss << s.peakRssBytes;
        process << s.processMs;
    }
    Figures f;
    f.firstPaintMs = median(paint);
    f.firstPaintMin = *std::min_element(paint.cbegin(), paint.cend());
    f.firstPaintMax = *std::max_element(paint.cbegin(), paint.cend());
    f.peakRssMB = median(rss) / (1024.0 * 1024.0);
    f.processMs = median(process);
    return f;
}

} // namespace
} // namespace openmayor

using namespace openmayor;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The openmayor GUI executable."),
                                       QStringLiteral("path"));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
                                       QStringLiteral("The openmayor-cli executable."),
                                       QStringLiteral("path"));
    const QCommandLineOption largeOption(QStringLiteral("large"),
                                         QStringLiteral("The large benchmark store."),
                                         QStringLiteral("file"));
    const QCommandLineOption workOption(QStringLiteral("work"),
                                        QStringLiteral("A scratch folder (empty store, settings)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs per case (median taken)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption sectionsOption(
        QStringLiteral("sections"), QStringLiteral("Sections to open first, comma-separated."),
        QStringLiteral("keys"), QStringLiteral("schedule,pledges"));
    parser.addOptions({appOption, cliOption, largeOption, workOption, runsOption, sectionsOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (!parser.isSet(appOption) || !parser.isSet(cliOption) || !parser.isSet(largeOption) ||
        !parser.isSet(workOption) || runs < 1) {
        err << "usage: bench_startup --app PATH --cli PATH --large FILE --work DIR [--runs N] "
               "[--sections a,b]\n";
        return 1;
    }
    const QString large = parser.value(largeOption);
    if (!QFile::exists(large)) {
        err << "bench_startup: " << large << " does not exist\n";
        return 1;
    }

    // Scratch: an empty store made by the CLI (no demo) and private settings, so the runs
    // neither read nor change the user's own configuration.
    const QDir work(parser.value(workOption));
    QDir().mkpath(work.filePath(QStringLiteral("config")));
    QDir().mkpath(work.filePath(QStringLiteral("data")));
    const QString empty = work.filePath(QStringLiteral("empty.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(empty + suffix);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), work.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("OPENMAYOR_DB"));
    {
        QProcess init;
        init.setProcessEnvironment(environment);
        init.start(parser.value(cliOption),
                   {QStringLiteral("--db"), empty, QStringLiteral("init")});
        if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit ||
            init.exitCode() != 0) {
            err << "bench_startup: openmayor-cli init failed: "
                << QString::fromUtf8(init.readAllStandardError()).trimmed() << '\n';
            return 2;
        }
    }

    const Runner runner(parser.value(appOption), environment);
    const QStringList sections = parser.value(sectionsOption).split(u',', Qt::SkipEmptyParts);
    out << QStringLiteral("GUI start-up: %1 runs per case after one warm-up run, medians (first "
                          "paint: min-max)\n")
               .arg(runs);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("section"), -10)
               .arg(QStringLiteral("store"), -6)
               .arg(QStringLiteral("first_paint_ms"), 22)
               .arg(QStringLiteral("peak_rss_MB"), 12)
               .arg(QStringLiteral("process_ms"), 11);
    out.flush();
    bool allMet = true;
    for (const QString& section : sections) {
        QList<Sample> emptySamples, largeSamples;
        QString error;
        // Warm-up: loads the executable and both files into the page cache.
        for (const QString& db : {empty, large}) {
            if (!runner.run(db, section, &error)) {
                err << "bench_startup: " << error << '\n';
                return 2;
            }
        }
        for (int i = 0; i < runs; ++i) { // interleaved, so drift hits both alike
            for (const QString& db : {empty, large}) {
                auto sample = runner.run(db, section, &error);
                if (!sample) {
                    err << "bench_startup: " << error << '\n';
                    return 2;
                }
                (db == empty ? emptySamples : largeSamples) << *sample;
            }
        }
        const Figures e = summarize(emptySamples);
        const Figures l = summarize(largeSamples);
        auto row = [&](const QString& store, const Figures& f) {
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(section, -10)
                       .arg(store, -6)
                       .arg(QStringLiteral("%1 (%2-%3)")
                                .arg(f.firstPaintMs, 0, 'f', 0)
                                .arg(f.firstPaintMin)
                                .arg(f.firstPaintMax),
                            22)
                       .arg(f.peakRssMB, 12, 'f', 1)
                       .arg(f.processMs, 11, 'f', 0);
        };
        row(QStringLiteral("empty"), e);
        row(QStringLiteral("large"), l);
        const double startRatio = e.firstPaintMs > 0 ? l.firstPaintMs / e.firstPaintMs : 0;
        const double memoryRatio = e.peakRssMB > 0 ? l.peakRssMB / e.peakRssMB : 0;
        const bool startMet = startRatio <= startGoal;
        const bool memoryMet = memoryRatio <= memoryGoal;
        allMet = allMet && startMet && memoryMet;
        out << QStringLiteral(
                   "%1 ratio  start %2x (goal <= %3x) %4   memory %5x (goal <= %6x) %7\n")
                   .arg(section, -10)
                   .arg(startRatio, 0, 'f', 2)
                   .arg(startGoal, 0, 'f', 1)
                   .arg(startMet ? QStringLiteral("met") : QStringLiteral("MISSED"))
                   .arg(memoryRatio, 0, 'f', 2)
                   .arg(memoryGoal, 0, 'f', 1)
                   .arg(memoryMet ? QStringLiteral("met") : QStringLiteral("MISSED"));
        out.flush();
    }
    out << (allMet ? "all start-up goals met\n" : "some start-up goals MISSED (see above)\n");
    return 0; // figures, not assertions (STYLE.md 14)
}
