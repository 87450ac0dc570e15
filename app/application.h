#pragma once

#include "common/changenotifier.h"
#include "common/result.h"
#include "common/settings.h"
#include "storage/database.h"
#include "sync/credentialstore.h"
#include "sync/synccontroller.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QSize>
#include <QString>

#include <memory>

namespace openmayor {

class MainWindow;

// The composition root of the GUI: settings, translations, the database, the main window.
// It wires; the logic it wires lives in models/ and views/.
class Application
{
public:
    struct Options
    {
        QString database;       // --db
        QString language;       // --lang
        QString screenshotFile; // --screenshot
        QString section;        // --section
        QSize size{1280, 800};  // --size
        bool startupStats = false;
    };

    // Parses the GUI's command line; exits with a usage message on bad arguments.
    static Options parseArguments(const QStringList& arguments, QString* error);

    explicit Application(Options options);
    ~Application();

    // Runs until the window is closed (or the screenshot is written); returns the exit code.
    int run();

private:
    Result<Database> openOrCreate(const QString& path, bool create, bool demo);
    bool acquireInstanceLock(const QString& path);
    int takeScreenshot();
    void openRequested(const QString& path, bool create, bool demo);

    Options m_options;
    Settings m_settings;
    ChangeNotifier m_notifier;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SyncController> m_sync; // goes first: a running sync is cancelled
    QElapsedTimer m_startTimer;
};

// Peak resident memory of this process in bytes (0 where unknown).
qint64 peakResidentBytes();

} // namespace openmayor
