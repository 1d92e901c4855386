#include "CliReport.h"

#include "ReadOnlyProject.h"

#include "Cli.h"
#include "Translations.h"
#include "io/ReportXlsx.h"
#include "report/ReportBuilder.h"
#include "report/ReportRenderer.h"
#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTranslator>
#include <memory>

namespace {

const QLatin1Char nl('\n');

} // namespace

int CliReport::runReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a report of the project for managers: the executive summary (a few pages) or "
           "the evaluation dossier (everything, with a table of contents), as PDF (A4), or the "
           "dossier's tables as an XLSX workbook. Works without a display.\n"
           "Exit status: 0 written; 2 cannot open or write, or wrong usage."));
    parser.addPositionalArgument(QStringLiteral("report"), tr("Command."),
                                 QStringLiteral("report"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), tr("The project file."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write (replaced if it exists)."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption templ(QStringLiteral("template"), tr("summary (default) or dossier."),
                                   QStringLiteral("NAME"), QStringLiteral("summary"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("zh_CN or en (default)."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption draft(QStringLiteral("draft"), tr("Mark every page as a draft."));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("pdf or xlsx (default: from the extension of OUT, else pdf)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({output, templ, lang, draft, format});
    auto usage = [&err](const QString &message) {
        err << message << nl << tr("Run \"policy-workbench report --help\" for usage.") << nl;
        return int(Cli::CannotOpen);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Cli::Success;
    }
    const QStringList given = parser.positionalArguments().mid(1);
    if (given.isEmpty())
        return usage(tr("Missing argument: the file to work on."));
    if (given.size() > 1)
        return usage(tr("Unexpected argument \"%1\".").arg(given.at(1)));
    const QString target = parser.value(output);
    if (target.isEmpty())
        return usage(tr("Give the file to write: -o OUT.pdf."));
    ReportOptions options;
    if (!ReportOptions::templateFromCode(parser.value(templ), &options.templ))
        return usage(tr("Give --template summary or --template dossier."));
    if (!ReportLanguage::isSupported(parser.value(lang)))
        return usage(tr("Give --lang zh_CN or --lang en."));
    options.language = parser.value(lang);
    options.draft = parser.isSet(draft);
    QString form = parser.value(format);
    if (form.isEmpty())
        form = target.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx")
                                                                            : QStringLiteral("pdf");
    if (form != QLatin1String("pdf") && form != QLatin1String("xlsx"))
        return usage(tr("Give --format pdf or --format xlsx."));

    const QString path = given.constFirst();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        err << tr("Choose a different file than the project: \"%1\" is left as it is.").arg(path)
            << nl;
        return Cli::CannotOpen;
    }
    // Read-only: a report never changes the project. An older format is upgraded on a
    // private copy.
    const ReadOnlyProject project = openForReading(path);
    if (!project.store) {
        err << project.error.message << nl;
        return Cli::CannotOpen;
    }
    const ProjectStore *store = project.store.get();

    QElapsedTimer timer;
    timer.start();
    QString error;
    ReportBuilder builder(*store, options, QDate::currentDate());
    const std::optional<ReportDocument> document = builder.build(&error);
    if (!document) {
        err << error << nl;
        return Cli::CannotOpen;
    }
    // Charts drawn by the application's own classes (the indicator trend) use the interface
    // translation: no window is open here, so it simply follows the report's language.
    // Messages stay in the interface language.
    const auto switchLanguage = [](const QString &language) {
        QCoreApplication *app = QCoreApplication::instance();
        const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        installTranslations(*app, language);
    };
    const QString interfaceLanguage = currentLanguage();
    switchLanguage(options.language);
    int pages = 0;
    const bool ok = form == QLatin1String("xlsx")
                        ? ReportXlsx::write(*document, target, &error)
                        : ReportRenderer::writePdf(*document, target, &error, {}, &pages);
    switchLanguage(interfaceLanguage);
    if (!ok) {
        err << tr("Cannot write \"%1\": %2").arg(target, error) << nl;
        return Cli::CannotOpen;
    }
    if (form == QLatin1String("xlsx"))
        err << tr("Wrote the tables of the %1 to \"%2\" in %3 ms.")
                   .arg(document->title, target)
                   .arg(timer.elapsed())
            << nl;
    else
        err << tr("Wrote the %1 (%2 pages) to \"%3\" in %4 ms.")
                   .arg(document->title)
                   .arg(pages)
                   .arg(target)
                   .arg(timer.elapsed())
            << nl;
    return Cli::Success;
}
