#include "Cli.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>

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
        QCoreApplication app(argc, argv);
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
