#include "application.h"

#include "common/translations.h"
#include "dialogs/welcomedialog.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "sections.h"
#include "storage/demodata.h"
#include "storage/medialibrary.h"
#include "widgets/messagebar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#endif

namespace openmayor {

qint64 peakResidentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return qint64(counters.PeakWorkingSetSize);
    return 0;
#elif defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
#else
    return 0;
#endif
}

Application::Options Application::parseArguments(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("Cli", "The local database file."),
                                QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("Cli", "Language of messages: ko or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("Cli", "Render the main window to a PNG file and exit."),
        QStringLiteral("file"));
    const QCommandLineOption section(
        QStringLiteral("section"),
        QApplication::translate("Cli", "The section (or menu group) to show first."),
        QStringLiteral("key"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("Cli", "Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption stats(
        QStringLiteral("startup-stats"),
        QApplication::translate("Cli", "Print the time to the first paint and the peak memory."));
    parser.addOptions({db, lang, screenshot, section, size, stats});
    parser.process(arguments); // --help, --version and unknown options exit here

    Options options;
    options.database = parser.value(db);
    options.language = parser.value(lang);
    options.screenshotFile = parser.value(screenshot);
    options.section = parser.value(section);
    options.startupStats = parser.isSet(stats);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(u'x');
        const int w = parts.value(0).toInt();
        const int h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240 || w > 7680 || h > 4320)
            *error = QApplication::translate("Cli", "--size takes WIDTHxHEIGHT, e.g. 1280x800.");
        else
            options.size = QSize(w, h);
    }
    if (!options.section.isEmpty() && !findSection(options.section))
        *error = QApplication::translate("Cli", "Unknown section \"%1\".").arg(options.section);
    if (!options.language.isEmpty() && !Settings::supportedLanguages().contains(options.language))
        *error = QApplication::translate("Cli", "Unknown language \"%1\" (ko or en).")
                     .arg(options.language);
    return options;
}

namespace {
// Hangul and Latin text in one consistent face: the first Korean UI font present.
void useKoreanCapableFont()
{
    const QStringList preferred = {
        QStringLiteral("Malgun Gothic"), QStringLiteral("Apple SD Gothic Neo"),
        QStringLiteral("Noto Sans CJK KR"), QStringLiteral("NanumGothic"),
        QStringLiteral("NanumBarunGothic")};
    const QStringList available = QFontDatabase::families();
    for (const QString& family : preferred) {
        if (available.contains(family)) {
            QFont font = QApplication::font();
            font.setFamilies({family});
            QApplication::setFont(font);
            return;
        }
    }
}
} // namespace

Application::Application(Options options)
    : m_options(std::move(options)), m_credentials(std::make_unique<KeychainCredentialStore>())
{
    m_startTimer.start();
    useKoreanCapableFont();
    installTranslations(m_options.language.isEmpty() ? m_settings.language() : m_options.language);
    QObject::connect(&m_settings, &Settings::languageChanged, &m_notifier,
                     [](const QString&) { /* installTranslations is called by the dialog */ });
}

Application::~Application() = default;

bool Application::acquireInstanceLock(const QString& path)
{
    // One window per database file: a second instance would only confuse undo and sync.
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(100))
        return true;
    QMessageBox::information(
        nullptr, QApplication::translate("openmayor::Application", "OpenMayor Studio"),
        QApplication::translate("openmayor::Application",
                                "%1 is already open in another OpenMayor Studio window.")
            .arg(QDir::toNativeSeparators(path)));
    return false;
}

Result<Database> Application::openOrCreate(const QString& path, bool create, bool demo)
{
    const bool existed = QFileInfo::exists(path);
    auto database = Database::open(path, create ? Database::Mode::CreateIfMissing
                                                : Database::Mode::OpenExisting);
    if (!database || !demo)
        return database;
    if (Status s = DemoData::populate(*database, MediaLibrary::defaultRootFor(database->path()),
                                      &m_notifier);
        !s) {
        if (!existed) {
            database->close();
            for (const QString& suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        return s.error();
    }
    return database;
}

void Application::openRequested(const QString& path, bool create, bool demo)
{
    auto database = openOrCreate(path, create, demo);
    if (!database) {
        m_window->messageBar()->showMessage(database.error().fullText(), MessageBar::Level::Error);
        return;
    }
    m_sync->setDatabase(*database);
    m_window->setDatabase(*database);
    m_window->messageBar()->showMessage(
        QApplication::translate("openmayor::Application", "Opened %1.")
            .arg(QDir::toNativeSeparators(database->path())));
}

int Application::takeScreenshot()
{
    QTextStream err(stderr);
    m_window->resize(m_options.size);
    m_window->show();
    QApplication::processEvents();
    QPixmap picture = m_window->grab();
    const qint64 firstPaint = m_startTimer.elapsed();
    // Sections that read in the background are shown complete in the picture.
    QElapsedTimer waited;
    waited.start();
    while (m_window->isLoading() && waited.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (waited.elapsed() > 0 || m_window->isLoading())
        picture = m_window->grab();
    if (m_options.startupStats)
        QTextStream(stdout) << "first_paint_ms " << firstPaint << "\nloaded_ms "
                            << m_startTimer.elapsed() << "\npeak_rss_bytes " << peakResidentBytes()
                            << '\n';
    if (m_options.screenshotFile.isEmpty())
        return 0;
    if (!picture.save(m_options.screenshotFile, "PNG")) {
        err << QApplication::translate("openmayor::Application", "Cannot write the screenshot %1.")
                   .arg(m_options.screenshotFile)
            << '\n';
        return 2;
    }
    return 0;
}

int Application::run()
{
    const bool headless = !m_options.screenshotFile.isEmpty() || m_options.startupStats;
    QString path = m_settings.resolveDataFile(m_options.database);
    bool create = false;
    bool demo = false;

    if (!QFileInfo::exists(path)) {
        if (headless) {
            QTextStream(stderr) << QApplication::translate("openmayor::Application",
                                                           "The database file %1 does not exist.")
                                       .arg(QDir::toNativeSeparators(path))
                                << '\n';
            return 2;
        }
        WelcomeDialog welcome(path);
        switch (welcome.exec()) {
        case WelcomeDialog::CreateDemo:
            create = demo = true;
            break;
        case WelcomeDialog::CreateEmpty:
            create = true;
            break;
        case WelcomeDialog::OpenOther:
            path = QFileDialog::getOpenFileName(
                nullptr, QApplication::translate("openmayor::MainWindow", "Open Database"),
                QDir::homePath(),
                QApplication::translate("openmayor::MainWindow",
                                        "OpenMayor databases (*.sqlite *.db);;All files (*)"));
            if (path.isEmpty())
                return 0;
            break;
        default:
            return 0;
        }
        if (create)
            QDir().mkpath(QFileInfo(path).absolutePath());
    }

    if (!headless && !acquireInstanceLock(path))
        return 0;

    auto database = openOrCreate(path, create, demo);
    if (!database) {
        if (headless)
            QTextStream(stderr) << database.error().fullText() << '\n';
        else
            QMessageBox::critical(
                nullptr, QApplication::translate("openmayor::Application", "OpenMayor Studio"),
                database.error().message + QStringLiteral("\n\n") + database.error().detail);
        return 2;
    }

    m_window = std::make_unique<MainWindow>(&m_settings, &m_notifier);
    QObject::connect(m_window.get(), &MainWindow::openDatabaseRequested, m_window.get(),
                     [this](const QString& p, bool c, bool d) { openRequested(p, c, d); });
    if (!m_options.section.isEmpty())
        m_settings.setLastSection(findSection(m_options.section)->key);
    m_window->setDatabase(*database);
    m_sync =
        std::make_unique<SyncController>(*database, &m_notifier, &m_settings, m_credentials.get());
    m_window->setSync(m_sync.get(), m_credentials.get());

    if (headless)
        return takeScreenshot();
    m_sync->startAutomaticSync();

    m_window->resize(m_options.size);
    m_window->show();
    return QApplication::exec();
}

} // namespace openmayor
