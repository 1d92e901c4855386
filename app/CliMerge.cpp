#include "CliMerge.h"

#include "Cli.h"
#include "Project.h"
#include "Settings.h"
#include "commands/MergeCommand.h"
#include "merge/MergeEngine.h"
#include "store/AtomicFile.h"
#include "store/FileGuard.h"
#include "store/Rows.h"

#include "store/SchemaCheck.h"

#include <sqlite3.h>

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>

namespace {

QString shown(const QVariant &v)
{
    if (v.isNull())
        return CliMerge::tr("(none)");
    QString text = v.toString().simplified();
    return text.size() > 60 ? text.left(60) + QChar(0x2026) : text;
}

QString who(const MergePlan::Change &c)
{
    if (!c.at.isValid())
        return CliMerge::tr("unknown");
    const QString actor = c.actor.isEmpty() ? CliMerge::tr("(not recorded)") : c.actor;
    const QString at = c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (c.revision <= 0)
        return CliMerge::tr("%1, %2").arg(actor, at);
    return CliMerge::tr("%1, %2, revision %3").arg(actor, at, QString::number(c.revision));
}

// The work copy, and the rollback journal a failed write can leave beside it: both are
// ours alone, and worthless once the merge has failed.
void discard(const QString &work)
{
    QFile::remove(work);
    QFile::remove(work + QStringLiteral("-journal"));
}

QString nothingWritten()
{
    return CliMerge::tr("The merge was not written; the input files are unchanged.");
}

// Copies `from` into `to` (both open); what went wrong, naming the file, or empty.
QString copyInto(QFile *from, QFile *to, const QString &toName)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = from->read(buffer.data(), buffer.size());
        if (read < 0)
            return CliMerge::tr("Cannot read \"%1\": %2")
                .arg(from->fileName(), from->errorString());
        if (read == 0)
            break;
        errno = 0;
        if (to->write(buffer.constData(), read) != read) {
            // Qt 6.4 says "Unknown error" for a write the system refused (EFBIG, ENOSPC).
            const int code = errno;
            return CliMerge::tr("Cannot write \"%1\": %2")
                .arg(toName,
                     code ? QString::fromLocal8Bit(std::strerror(code)) : to->errorString());
        }
    }
    errno = 0;
    if (!to->flush()) {
        const int code = errno;
        return CliMerge::tr("Cannot write \"%1\": %2")
            .arg(toName, code ? QString::fromLocal8Bit(std::strerror(code)) : to->errorString());
    }
    return QString();
}

} // namespace

QString CliMerge::describe(const MergePlan &plan)
{
    QString text;
    QTextStream s(&text);
    s << tr("%1 %2 %3 %4 %5")
             .arg(tr("kind"), -12)
             .arg(tr("added"), 8)
             .arg(tr("changed"), 8)
             .arg(tr("deleted"), 8)
             .arg(tr("conflicts"), 10)
      << Qt::endl;
    for (int k = 0; k < int(MergePlan::Kind::KindCount); ++k) {
        const MergePlan::Counts &c = plan.counts[k];
        s << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(MergeEngine::kindName(MergePlan::Kind(k)), -12)
                 .arg(c.added, 8)
                 .arg(c.changed, 8)
                 .arg(c.deleted, 8)
                 .arg(c.conflicts, 10)
          << Qt::endl;
    }
    for (const MergePlan::Conflict &c : plan.conflicts) {
        if (c.field.isEmpty()) {
            s << tr("conflict: %1 — %2 here (%3), %4 there (%5)")
                     .arg(c.label, c.mineRow.isEmpty() ? tr("deleted") : tr("edited"),
                          who(c.mineChange), c.theirsRow.isEmpty() ? tr("deleted") : tr("edited"),
                          who(c.theirsChange))
              << Qt::endl;
        } else {
            s << tr("conflict: %1 — mine \"%2\" (%3), theirs \"%4\" (%5)")
                     .arg(c.label, shown(c.mine), who(c.mineChange), shown(c.theirs),
                          who(c.theirsChange))
              << Qt::endl;
        }
    }
    return text;
}

int CliMerge::runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merges THEIRS into a copy of MINE and writes OUT. Changes made on one side only "
           "are taken; a field changed on both sides to different values is a conflict."));
    parser.addPositionalArgument(QStringLiteral("merge"), tr("Command."), QStringLiteral("merge"));
    parser.addPositionalArgument(QStringLiteral("MINE.pwb"), tr("Your project file."));
    parser.addPositionalArgument(QStringLiteral("THEIRS.pwb"), tr("The file to merge in."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The merged project to write (may be MINE)."),
                                    QStringLiteral("OUT.pwb"));
    const QCommandLineOption onConflict(
        QStringLiteral("on-conflict"),
        tr("fail (default): write nothing when there are conflicts; mine or theirs: keep that "
           "side's value in every conflict."),
        QStringLiteral("fail|mine|theirs"), QStringLiteral("fail"));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({output, onConflict});
    auto usage = [&err](const QString &message) {
        err << message << Qt::endl
            << tr("Run \"policy-workbench merge --help\" for usage.") << Qt::endl;
        return int(Cli::CannotOpen);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Cli::Success;
    }
    if (parser.positionalArguments().size() != 3)
        return usage(tr("Give two project files: MINE.pwb THEIRS.pwb."));
    if (!parser.isSet(output))
        return usage(tr("Give the file to write with -o OUT.pwb."));
    const QString policy = parser.value(onConflict);
    if (policy != QLatin1String("fail") && policy != QLatin1String("mine") &&
        policy != QLatin1String("theirs"))
        return usage(tr("--on-conflict must be fail, mine or theirs."));
    const QString minePath = parser.positionalArguments().at(1);
    const QString theirsPath = parser.positionalArguments().at(2);
    const QString outPath = QFileInfo(parser.value(output)).absoluteFilePath();

    // Work on a copy in OUT's folder: MINE is never touched, and OUT appears in one step.
    QFile source(minePath);
    if (!source.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read \"%1\": %2").arg(minePath, source.errorString()) << Qt::endl;
        return Cli::CannotOpen;
    }
    QTemporaryFile work(QFileInfo(outPath).absolutePath() + QStringLiteral("/.pwb-merge-XXXXXX"));
    if (!work.open()) {
        err << tr("Cannot write in the folder of \"%1\": %2").arg(outPath, work.errorString())
            << Qt::endl
            << nothingWritten() << Qt::endl;
        return Cli::CannotOpen;
    }
    // Copied here rather than with QFile::copy, to say which side failed and why (a full
    // disk is not "cannot read").
    if (const QString problem = copyInto(&source, &work, outPath); !problem.isEmpty()) {
        err << problem << Qt::endl << nothingWritten() << Qt::endl;
        return Cli::CannotOpen;
    }
    work.setPermissions(source.permissions());
    work.close();
    MergePlan plan;
    {
        OpenError openError;
        auto store =
            ProjectStore::open(work.fileName(), ProjectStore::Access::ReadWrite, &openError);
        if (!store) {
            discard(work.fileName());
            err << openError.message << Qt::endl;
            return Cli::CannotOpen;
        }
        plan = MergeEngine::plan(*store, theirsPath);
        if (!plan.isUsable()) {
            store.reset();
            discard(work.fileName());
            err << plan.error << Qt::endl;
            return Cli::CannotOpen;
        }
        out << tr("Merging \"%1\" (SHA-256 %2) into \"%3\":")
                   .arg(QFileInfo(theirsPath).fileName(), plan.theirsFingerprint,
                        QFileInfo(minePath).fileName())
            << Qt::endl
            << describe(plan);
        if (!plan.conflicts.isEmpty() && policy == QLatin1String("fail")) {
            store.reset();
            discard(work.fileName());
            err << tr("%n conflict(s): nothing was written. Merge in the application to decide "
                      "each one, or choose --on-conflict mine or theirs.",
                      nullptr, int(plan.conflicts.size()))
                << Qt::endl;
            return Cli::Rejected;
        }
        plan.resolveAll(policy == QLatin1String("theirs") ? MergePlan::Resolution::Theirs
                                                          : MergePlan::Resolution::Mine);
        if (!plan.isEmpty()) {
            auto project = std::make_unique<Project>(std::move(store));
            const Evaluator me = Settings().evaluator();
            project->setEvaluator(me.isValid()
                                      ? me
                                      : Evaluator{Rows::stableUuid(QStringLiteral("cli-merge")),
                                                  tr("policy-workbench merge")});
            if (!project->push(new MergeCommand(project.get(), plan))) {
                // SQLite says "disk I/O error"; the system says why (a full disk…).
                QString reason = project->lastError();
                sqlite3 *handle = SchemaCheck::handle(project->store().database());
                if (const int systemError = handle ? sqlite3_system_errno(handle) : 0)
                    reason += QStringLiteral(" (%1)").arg(
                        QString::fromLocal8Bit(std::strerror(systemError)));
                project.reset(); // closed first: SQLite may still hold a journal
                discard(work.fileName());
                err << tr("Cannot write \"%1\": the merge could not be written: %2")
                           .arg(outPath, reason)
                    << Qt::endl
                    << nothingWritten() << Qt::endl;
                return Cli::CannotOpen;
            }
        }
    }
    // OUT open for editing elsewhere (it may be MINE): replacing it would pull the file
    // from under that window.
    if (const auto holder = FileGuard::liveHolder(outPath)) {
        discard(work.fileName());
        err << tr("\"%1\" is being edited in another window or program (%2); nothing was "
                  "written.")
                   .arg(outPath, FileGuard::describe(*holder))
            << Qt::endl;
        return Cli::CannotOpen;
    }
    QString error;
    if (!replaceFileAtomically(work.fileName(), outPath, &error)) {
        discard(work.fileName());
        err << tr("Cannot write \"%1\": %2").arg(outPath, error) << Qt::endl
            << nothingWritten() << Qt::endl;
        return Cli::CannotOpen;
    }
    out << (plan.isEmpty() ? tr("Nothing to merge; wrote \"%1\".").arg(outPath)
                           : tr("Merged into \"%1\".").arg(outPath))
        << Qt::endl;
    return Cli::Success;
}
