// openmayor: the OpenMayor Studio desktop application.
#include "application.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // A screenshot needs no display: render offscreen unless told otherwise.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--screenshot" || arg.startsWith("--screenshot=") ||
             arg == "--startup-stats") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NajuCity"));
    QApplication::setOrganizationDomain(QStringLiteral("naju.go.kr"));
    QApplication::setApplicationName(QStringLiteral("OpenMayorStudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("OpenMayor Studio"));
    QApplication::setApplicationVersion(QStringLiteral(OPENMAYOR_VERSION));

    QString error;
    const auto options = openmayor::Application::parseArguments(QApplication::arguments(), &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "openmayor: " << error << '\n';
        return 1;
    }
    openmayor::Application application(options);
    return application.run();
}
