#include "Cli.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("PolicyWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PWB_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // A command word (or help, or a mistyped command: see Cli::handles) as first argument
    // runs the CLI without a display; anything else (nothing, or a project file) opens the GUI.
    if (argc > 1 && Cli::handles(QString::fromLocal8Bit(argv[1]))) {
        // Reports need fonts and charts (widgets): a QApplication, on the offscreen
        // platform when there is no display.
        const bool report = qstrcmp(argv[1], "report") == 0;
        if (report && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> application;
        if (report)
            application = std::make_unique<QApplication>(argc, argv);
        else
            application = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication &app = *application;
        describeApplication();
        installTranslations(app, Settings().language());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Cli::run(app.arguments(), out, err);
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("policy-workbench"));
    installTranslations(app, Settings().language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Policy Workbench"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/policy-workbench.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("policy-workbench"), icon));
    MainWindow window;
    const QStringList args = app.arguments();
    window.show();
    window.openInitialProject(args.size() > 1 ? args.at(1) : QString());
    return app.exec();
}
