// openmayor-benchdata --size tiny|small|large --out FILE.sqlite [--force]
// Creates a fresh store and fills it with the deterministic benchmark data; prints the
// rows written per table and the rate. The file appears only when it is complete.
#include "datagenerator.h"

#include "storage/sqlutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace openmayor;

namespace {

void removeStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("openmayor-benchdata"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the deterministic benchmark data set into a new database file."));
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("tiny, small or large."),
                                  QStringLiteral("size"), QStringLiteral("small"));
    const QCommandLineOption output(QStringLiteral("out"),
                                    QStringLiteral("The database file to create."),
                                    QStringLiteral("file"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Replace an existing file."));
    const QCommandLineOption cache(QStringLiteral("cache-mb"),
                                   QStringLiteral("SQLite page cache while writing (default: the "
                                                  "application's own setting, 2 MB)."),
                                   QStringLiteral("MB"));
    parser.addOptions({size, output, force, cache});
    parser.process(app);

    const auto chosen = DataGenerator::sizeFromName(parser.value(size));
    if (!chosen || !parser.isSet(output) || !parser.positionalArguments().isEmpty()) {
        err << "usage: openmayor-benchdata --size tiny|small|large --out FILE.sqlite [--force]\n";
        return 1;
    }
    const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        err << "openmayor-benchdata: " << path << " exists already (use --force to replace it)\n";
        return 1;
    }
    // Write next to the target and rename at the end: a cached file is always complete.
    const QString partial = path + QStringLiteral(".partial");
    removeStore(partial);

    Result<DataGenerator::Report> report = Error();
    {
        auto database = Database::open(partial, Database::Mode::CreateIfMissing);
        if (!database) {
            err << "openmayor-benchdata: " << database.error().fullText() << '\n';
            return 2;
        }
        if (parser.isSet(cache)) {
            QSqlDatabase db = database->connection();
            const int kib = parser.value(cache).toInt() * 1024;
            if (Status s = exec(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kib)); !s) {
                err << "openmayor-benchdata: " << s.error().fullText() << '\n';
                return 2;
            }
        }
        report = DataGenerator::generate(*database, *chosen);
        database->close(); // the last connection checkpoints the WAL into the file
    }
    if (!report) {
        removeStore(partial);
        err << "openmayor-benchdata: " << report.error().fullText() << '\n';
        return 2;
    }
    removeStore(path);
    if (!QFile::rename(partial, path)) {
        removeStore(partial);
        err << "openmayor-benchdata: cannot rename " << partial << " to " << path << '\n';
        return 2;
    }

    for (auto it = report->rowsByTable.cbegin(); it != report->rowsByTable.cend(); ++it)
        out << QStringLiteral("  %1 %2\n").arg(it.key(), -24).arg(it.value(), 8);
    out << QStringLiteral("  %1 %2 (change capture)\n")
               .arg(QStringLiteral("sync_outbox"), -24)
               .arg(report->captured, 8);
    out << QStringLiteral("%1: %2 rows in %3 ms = %4 rows/s; file %5 MB\n")
               .arg(DataGenerator::nameOf(*chosen))
               .arg(report->rows)
               .arg(report->elapsedMs)
               .arg(qRound64(report->rowsPerSecond()))
               .arg(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 0, 'f', 1);
    return 0;
}
