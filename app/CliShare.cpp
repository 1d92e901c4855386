#include "CliShare.h"

#include "ReadOnlyProject.h"

#include "Cli.h"
#include "store/ProjectStore.h"
#include "store/ShareExport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <memory>

namespace {

const QLatin1Char nl('\n');

} // namespace

int CliShare::runShare(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a clean copy of a project to send to someone and prints its fingerprint "
           "(SHA-256) to compare with the receiver. With --evaluators, an evaluator package: only "
           "those evaluators' scores and evidence, the others' removed from the file completely, "
           "and no consensus values. The project file itself is never changed.\n"
           "Exit status: 0 written; 1 an evaluator is not in the project; 2 cannot open or "
           "write, or wrong usage."));
    parser.addPositionalArgument(QStringLiteral("share"), tr("Command."), QStringLiteral("share"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), tr("The project file."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write (replaced if it exists)."),
                                    QStringLiteral("OUT.pwb"));
    const QCommandLineOption evaluators(
        QStringLiteral("evaluators"),
        tr("Only these evaluators, by name (or UUID), separated by commas."),
        QStringLiteral("NAME,NAME"));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({output, evaluators});
    auto usage = [&err](const QString &message) {
        err << message << nl << tr("Run \"policy-workbench share --help\" for usage.") << nl;
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
    if (parser.value(output).isEmpty())
        return usage(tr("Give the file to write: -o OUT.pwb."));
    const QString path = given.constFirst();
    const QString target = parser.value(output);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        err << tr("Choose a different file than the project: \"%1\" is left as it is.").arg(path)
            << nl;
        return Cli::CannotOpen;
    }

    // Read-only, so the file is never written; an older format is upgraded on a private copy.
    const ReadOnlyProject project = openForReading(path, ProjectStore::Access::ReadOnly);
    if (!project.store) {
        err << project.error.message << nl;
        return Cli::CannotOpen;
    }
    ProjectStore *store = project.store.get();

    QStringList uuids, names;
    if (parser.isSet(evaluators)) {
        const QList<Evaluator> all = store->evaluators();
        QStringList unknown;
        for (const QString &part : parser.value(evaluators).split(QLatin1Char(','))) {
            const QString wanted = part.trimmed();
            if (wanted.isEmpty())
                continue;
            bool found = false;
            for (const Evaluator &e : all) {
                if (e.name.trimmed() == wanted || e.uuid == wanted) {
                    if (!uuids.contains(e.uuid)) {
                        uuids << e.uuid;
                        names << e.name;
                    }
                    found = true;
                }
            }
            if (!found)
                unknown << wanted;
        }
        if (!unknown.isEmpty() || uuids.isEmpty()) {
            QStringList known;
            for (const Evaluator &e : all)
                known << e.name;
            err << (unknown.isEmpty() ? tr("Name at least one evaluator after --evaluators.")
                                      : tr("Not an evaluator of this project: %1.")
                                            .arg(unknown.join(QStringLiteral(", "))))
                << nl
                << tr("Evaluators: %1.")
                       .arg(known.isEmpty() ? tr("(none)") : known.join(QStringLiteral(", ")))
                << nl << tr("Nothing was written.") << nl;
            return Cli::Rejected;
        }
    }

    QString fingerprint, exportError;
    if (!ShareExport::exportForSharing(*store, target, uuids, &fingerprint, &exportError)) {
        err << exportError << nl;
        return Cli::CannotOpen;
    }
    err << (uuids.isEmpty() ? tr("Wrote a full copy to \"%1\".").arg(target)
                            : tr("Wrote the package of %1 to \"%2\".")
                                  .arg(names.join(QStringLiteral(", ")), target))
        << nl;
    out << ShareExport::readable(fingerprint) << nl;
    return Cli::Success;
}
