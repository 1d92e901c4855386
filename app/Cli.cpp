#include "Cli.h"

#include "CliMerge.h"
#include "CliReport.h"
#include "CliScoring.h"
#include "CliShare.h"

#include "Project.h"
#include "ReadOnlyProject.h"
#include "Settings.h"
#include "commands/ImportCommand.h"
#include "domain/FrameworkLibrary.h"
#include "io/BottleneckCsv.h"
#include "io/CsvReader.h"
#include "io/JsonExport.h"
#include "io/ObservationCsv.h"
#include "io/PolicyCsv.h"
#include "io/ScoreCsv.h"
#include "io/TrackingExport.h"
#include "io/WriteFully.h"
#include "store/FileInspector.h"
#include "store/Generator.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"
#include "store/SampleProject.h"
#include "store/Schema.h"
#include "store/ShareExport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <memory>

namespace {

const QLatin1Char nl('\n');

QString program()
{
    return QStringLiteral("policy-workbench");
}

int usageError(QTextStream &err, const QString &command, const QString &message)
{
    err << message << nl << Cli::tr("Run \"%1 %2 --help\" for usage.").arg(program(), command)
        << nl;
    return Cli::CannotOpen;
}

// Parses one command's arguments (the command word is the first positional argument).
// Returns the exit code when the command should not run: help shown, or bad usage.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  int positionals, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(err, command, parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Cli::Success;
    }
    const QStringList given = parser.positionalArguments().mid(1);
    if (given.size() < positionals)
        return usageError(err, command, Cli::tr("Missing argument: the file to work on."));
    if (given.size() > positionals)
        return usageError(err, command,
                          Cli::tr("Unexpected argument \"%1\".").arg(given.at(positionals)));
    return std::nullopt;
}

// Who CLI edits are attributed to: the identity set in the application, or else the
// login name with a UUID for this run only (not saved: the GUI asks people properly).
Evaluator cliEvaluator()
{
    const Evaluator saved = Settings().evaluator();
    if (saved.isValid())
        return saved;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = Cli::tr("command line");
    return {Rows::newUuid(), user};
}

bool isWritable(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

// ---- new ------------------------------------------------------------------------------

int runNew(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Creates a project file."));
    parser.addPositionalArgument(QStringLiteral("new"), Cli::tr("Command."), QStringLiteral("new"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"),
                                 Cli::tr("The project file to create."));
    const QCommandLineOption framework(
        QStringLiteral("framework"),
        Cli::tr("The goal framework: %1 (default fyp14).")
            .arg(FrameworkLibrary::builtInIds().join(QStringLiteral(", "))),
        QStringLiteral("ID"), QStringLiteral("fyp14"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("The project's name (default: the file name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    Cli::tr("Write the bundled sample project into it."));
    parser.addOptions({framework, name, sample});
    if (const auto done = parseArguments(parser, arguments, 1, out, err))
        return *done;

    const QString path = parser.positionalArguments().at(1);
    const QString frameworkId = parser.value(framework);
    if (!FrameworkLibrary::builtInIds().contains(frameworkId))
        return usageError(
            err, QStringLiteral("new"),
            Cli::tr("Unknown framework \"%1\"; use one of: %2.")
                .arg(frameworkId, FrameworkLibrary::builtInIds().join(QStringLiteral(", "))));
    if (QFileInfo::exists(path)) {
        err << Cli::tr("\"%1\" already exists; it was left as it is. Choose another file name.")
                   .arg(path)
            << nl;
        return Cli::CannotOpen;
    }
    const QString givenName = parser.value(name).trimmed();
    const QString projectName =
        givenName.isEmpty() ? QFileInfo(path).completeBaseName() : givenName;
    QString error;
    std::unique_ptr<ProjectStore> store =
        ProjectStore::create(path, frameworkId, projectName, false, &error);
    if (!store) {
        err << error << nl;
        return Cli::CannotOpen;
    }
    if (parser.isSet(sample)) {
        bool ok = SampleProject::write(*store, &error);
        // The sample brings its own name; an explicit --name still wins.
        if (ok && !givenName.isEmpty()) {
            const QString key = QStringLiteral("name");
            const RowChange rename{
                QStringLiteral("project"),
                key,
                {{QStringLiteral("key"), key}, {QStringLiteral("value"), store->name()}},
                {{QStringLiteral("key"), key}, {QStringLiteral("value"), projectName}}};
            ok = store->apply({rename}, true, {}, &error);
        }
        if (!ok) {
            store.reset();
            QFile::remove(path); // no half-made project left behind
            err << Cli::tr("Could not write the sample project: %1").arg(error) << nl;
            return Cli::CannotOpen;
        }
    }
    const ProjectStore::Counts counts = store->counts();
    err << Cli::tr(
               "Created \"%1\": framework %2 with %3 goals; %4 policies, %5 evaluators, %6 scores.")
               .arg(path, frameworkId)
               .arg(counts.goals)
               .arg(counts.policies)
               .arg(counts.evaluators)
               .arg(counts.scores)
        << nl;
    return Cli::Success;
}

// ---- info -----------------------------------------------------------------------------

int runInfo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows a project's file format, framework and contents. Never changes the file."));
    parser.addPositionalArgument(QStringLiteral("info"), Cli::tr("Command."),
                                 QStringLiteral("info"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), Cli::tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print a JSON object."));
    parser.addOption(json);
    if (const auto done = parseArguments(parser, arguments, 1, out, err))
        return *done;

    const QString path = parser.positionalArguments().at(1);
    const ReadOnlyProject project = openForReading(path);
    if (!project.store) {
        err << project.error.message << nl;
        return Cli::CannotOpen;
    }
    const ProjectStore &store = *project.store;
    const ProjectStore::Counts counts = store.counts();
    const bool readOnly = project.isNewer() || !isWritable(path);
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString fingerprint = ShareExport::fingerprintOf(path); // of the file as it is

    if (parser.isSet(json)) {
        const QJsonObject info{
            {QStringLiteral("file"), file},
            {QStringLiteral("schema_version"), project.header.userVersion},
            {QStringLiteral("application_id"), qint64(project.header.applicationId)},
            {QStringLiteral("framework"), store.framework().id()},
            {QStringLiteral("name"), store.name()},
            {QStringLiteral("policies"), counts.policies},
            {QStringLiteral("goals"), counts.goals},
            {QStringLiteral("dimensions"), counts.dimensions},
            {QStringLiteral("evaluators"), counts.evaluators},
            {QStringLiteral("scores"), counts.scores},
            {QStringLiteral("evidence"), counts.evidence},
            {QStringLiteral("read_only"), readOnly},
            {QStringLiteral("fingerprint"), fingerprint},
        };
        out << QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }

    QString version = QString::number(project.header.userVersion);
    if (project.isNewer())
        version = Cli::tr("%1 (newer than this version of the application, which knows %2)")
                      .arg(version)
                      .arg(Schema::CurrentVersion);
    else if (project.upgradedCopy)
        version = Cli::tr("%1 (older; upgraded to %2 when opened for editing)")
                      .arg(version)
                      .arg(Schema::CurrentVersion);
    const QList<QPair<QString, QString>> lines{
        {Cli::tr("file"), file},
        {Cli::tr("schema version"), version},
        {Cli::tr("application id"),
         QStringLiteral("0x%1").arg(project.header.applicationId, 8, 16, QLatin1Char('0'))},
        {Cli::tr("framework"),
         QStringLiteral("%1 (%2)").arg(store.framework().id(), store.framework().name())},
        {Cli::tr("name"), store.name()},
        {Cli::tr("policies"), QString::number(counts.policies)},
        {Cli::tr("goals"), QString::number(counts.goals)},
        {Cli::tr("dimensions"), QString::number(counts.dimensions)},
        {Cli::tr("evaluators"), QString::number(counts.evaluators)},
        {Cli::tr("scores"), QString::number(counts.scores)},
        {Cli::tr("evidence"), QString::number(counts.evidence)},
        {Cli::tr("read-only"), readOnly ? Cli::tr("yes") : Cli::tr("no")},
        {Cli::tr("fingerprint"), ShareExport::readable(fingerprint)},
    };
    qsizetype width = 0;
    for (const auto &line : lines)
        width = qMax(width, line.first.size());
    for (const auto &line : lines)
        out << (line.first + QLatin1Char(':')).leftJustified(width + 2) << line.second << nl;
    return Cli::Success;
}

// ---- check ----------------------------------------------------------------------------

int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks a project's integrity and compatibility. Never changes the file.\n"
                "Exit status: 0 sound, 1 problems found, 2 cannot open or not a project."));
    parser.addPositionalArgument(QStringLiteral("check"), Cli::tr("Command."),
                                 QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), Cli::tr("The project file."));
    if (const auto done = parseArguments(parser, arguments, 1, out, err))
        return *done;

    const QString path = parser.positionalArguments().at(1);
    const ReadOnlyProject project = openForReading(path);
    QStringList problems;
    if (!project.store) {
        // A file that is ours but was altered outside the application is a problem this
        // command is there to report; anything it cannot even read is "cannot open".
        if (project.error.code != OpenError::SchemaMismatch) {
            err << project.error.message << nl;
            return Cli::CannotOpen;
        }
        problems << project.error.message;
    } else {
        if (project.isNewer())
            problems << Cli::tr("opened read-only: newer format (file format %1; this version "
                                "knows %2 and cannot edit it)")
                            .arg(project.header.userVersion)
                            .arg(Schema::CurrentVersion);
        problems << project.store->check();
    }
    if (problems.isEmpty()) {
        if (project.upgradedCopy)
            err << Cli::tr("Note: file format %1 is older than %2; the file will be upgraded "
                           "when it is opened for editing.")
                       .arg(project.header.userVersion)
                       .arg(Schema::CurrentVersion)
                << nl;
        err << Cli::tr("%1: sound.").arg(path) << nl;
        return Cli::Success;
    }
    err << Cli::tr("%1: %n problem(s) found:", nullptr, int(problems.size())).arg(path) << nl;
    for (const QString &problem : std::as_const(problems))
        err << QStringLiteral("  - ") << problem << nl;
    return Cli::Rejected;
}

// ---- import ---------------------------------------------------------------------------

void printSummary(const ImportPlan &plan, const QString &csvName, QTextStream &err)
{
    err << Cli::tr("%1 (%2): %3 to add, %4 to update, %5 unchanged, %6 rejected.")
               .arg(csvName, plan.encodingName)
               .arg(plan.count(ImportPlan::Action::Add))
               .arg(plan.count(ImportPlan::Action::Update))
               .arg(plan.count(ImportPlan::Action::Unchanged))
               .arg(plan.rejected.size())
        << nl;
}

// A plan with a file error or rejected rows: says why, row by row, and that nothing was
// written.
int reportRejection(const ImportPlan &plan, const QString &csvName, QTextStream &err)
{
    if (!plan.isUsable()) {
        err << Cli::tr("%1: %2").arg(csvName, plan.fileError) << nl
            << Cli::tr("Nothing was imported.") << nl;
        return Cli::Rejected;
    }
    printSummary(plan, csvName, err);
    for (const ImportPlan::Rejected &row : plan.rejected)
        err << Cli::tr("line %1: %2").arg(row.line).arg(row.reason) << nl;
    err << Cli::tr("Nothing was imported: correct the rows above and import the file again.") << nl;
    return Cli::Rejected;
}

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Imports policies, scores, bottlenecks or indicator observations from a CSV "
                "file. If any row is rejected, nothing is imported and every rejected row is "
                "listed (exit status 1)."));
    parser.addPositionalArgument(QStringLiteral("import"), Cli::tr("Command."),
                                 QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), Cli::tr("The project file."));
    const QCommandLineOption policies(
        QStringLiteral("policies"),
        Cli::tr("Import policies: columns %1.").arg(PolicyCsv::columns().join(QLatin1Char(','))),
        QStringLiteral("CSV"));
    const QCommandLineOption scores(
        QStringLiteral("scores"),
        Cli::tr("Import scores: columns %1.").arg(ScoreCsv::columns().join(QLatin1Char(','))),
        QStringLiteral("CSV"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        Cli::tr("The CSV file's encoding: auto (default), utf-8 or gbk."),
        QStringLiteral("ENCODING"), QStringLiteral("auto"));
    const QCommandLineOption weights(
        QStringLiteral("weights"),
        Cli::tr("Import weights into the active weight set: columns code,weight (dimension or goal "
                "code, raw weight, normalised within siblings)."),
        QStringLiteral("CSV"));
    const QCommandLineOption bottlenecks(
        QStringLiteral("bottlenecks"),
        Cli::tr("Import bottlenecks: columns %1 (goals and policies as codes separated by \";\"; "
                "optional columns closed,status_reason,notes,uuid).")
            .arg(BottleneckCsv::columns().mid(0, 10).join(QLatin1Char(','))),
        QStringLiteral("CSV"));
    const QCommandLineOption observations(
        QStringLiteral("observations"),
        Cli::tr("Import indicator observations: columns %1 (indicator by code).")
            .arg(ObservationCsv::columns().join(QLatin1Char(','))),
        QStringLiteral("CSV"));
    parser.addOptions({policies, scores, weights, bottlenecks, observations, encoding});
    if (const auto done = parseArguments(parser, arguments, 1, out, err))
        return *done;

    const QString command = QStringLiteral("import");
    if (int(parser.isSet(policies)) + int(parser.isSet(scores)) + int(parser.isSet(weights)) +
            int(parser.isSet(bottlenecks)) + int(parser.isSet(observations)) !=
        1)
        return usageError(err, command,
                          Cli::tr("Give one of --bottlenecks CSV, --observations CSV, "
                                  "--policies CSV, --scores CSV or --weights CSV."));
    const std::optional<TextDecoding::Encoding> chosen =
        TextDecoding::fromName(parser.value(encoding));
    if (!chosen)
        return usageError(err, command,
                          Cli::tr("Unknown encoding \"%1\"; use auto, utf-8 or gbk.")
                              .arg(parser.value(encoding)));
    if (parser.isSet(weights)) {
        const QString csvPath = parser.value(weights);
        if (!QFileInfo(csvPath).isReadable()) {
            err << Cli::tr("Cannot open \"%1\".").arg(csvPath) << nl;
            return Cli::CannotOpen;
        }
        OpenError openError;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(
            parser.positionalArguments().at(1), ProjectStore::Access::ReadWrite, &openError);
        if (!store || store->isReadOnly()) {
            err << (store
                        ? Cli::tr("The project can only be opened read-only; nothing was imported.")
                        : openError.message)
                << nl;
            return Cli::CannotOpen;
        }
        Project project(std::move(store));
        project.setEvaluator(cliEvaluator());
        return CliScoring::importWeights(project, csvPath, int(*chosen), err);
    }
    const QCommandLineOption &kind = parser.isSet(scores)         ? scores
                                     : parser.isSet(bottlenecks)  ? bottlenecks
                                     : parser.isSet(observations) ? observations
                                                                  : policies;
    const QString csvPath = parser.value(kind);
    const QString csvName = QFileInfo(csvPath).fileName();
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::ReadOnly)) {
            err << Cli::tr("Cannot open \"%1\": %2").arg(csvPath, csv.errorString()) << nl;
            return Cli::CannotOpen;
        }
    }

    const QString path = parser.positionalArguments().at(1);
    const Evaluator who = cliEvaluator();
    const CsvReader::Table table = CsvReader::readFile(csvPath, *chosen);
    const QDate today = QDate::currentDate();
    auto planOn = [&](const ProjectStore &store) {
        if (&kind == &scores)
            return ScoreCsv::plan(table, store);
        if (&kind == &bottlenecks)
            return BottleneckCsv::plan(table, store, who.uuid, today);
        if (&kind == &observations)
            return ObservationCsv::plan(table, store);
        return PolicyCsv::plan(table, store, who.uuid);
    };

    // Opening an older file for writing upgrades it. Check the data on an upgraded
    // temporary copy first, so that a rejected import leaves such a file untouched too.
    FileHeader header;
    if (!FileInspector::inspect(path, &header).isError() &&
        header.userVersion < Schema::CurrentVersion) {
        const ReadOnlyProject preview = openForReading(path);
        if (!preview.store) {
            err << preview.error.message << nl;
            return Cli::CannotOpen;
        }
        const ImportPlan plan = planOn(*preview.store);
        if (!plan.isUsable() || !plan.rejected.isEmpty())
            return reportRejection(plan, csvName, err);
    }

    OpenError openError;
    std::unique_ptr<ProjectStore> store =
        ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    if (!store) {
        err << openError.message << nl;
        return Cli::CannotOpen;
    }
    if (store->isReadOnly()) {
        err << Cli::tr("\"%1\" can only be opened read-only; nothing was imported.").arg(path)
            << nl;
        return Cli::CannotOpen;
    }
    Project project(std::move(store));
    project.setEvaluator(who);
    const ImportPlan plan = planOn(project.store());
    if (!plan.isUsable() || !plan.rejected.isEmpty())
        return reportRejection(plan, csvName, err);
    printSummary(plan, csvName, err);
    if (plan.changes.isEmpty()) {
        err << Cli::tr("Nothing to change.") << nl;
        return Cli::Success;
    }
    QString writeError;
    QObject::connect(&project, &Project::errorOccurred, &project,
                     [&writeError](const QString &message) { writeError = message; });
    QString text = QCoreApplication::translate("Undo", "Import policies from %1").arg(csvName);
    if (&kind == &scores)
        text = QCoreApplication::translate("Undo", "Import scores from %1").arg(csvName);
    else if (&kind == &bottlenecks)
        text = QCoreApplication::translate("Undo", "Import bottlenecks from %1").arg(csvName);
    else if (&kind == &observations)
        text = QCoreApplication::translate("Undo", "Import observations from %1").arg(csvName);
    if (!project.push(new ImportCommand(&project, text, plan.changes))) {
        err << writeError << nl;
        return Cli::CannotOpen;
    }
    err << Cli::tr("Imported into \"%1\": %2 added, %3 updated.")
               .arg(path)
               .arg(plan.count(ImportPlan::Action::Add))
               .arg(plan.count(ImportPlan::Action::Update))
        << nl;
    return Cli::Success;
}

// ---- export ---------------------------------------------------------------------------

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Exports policies, scores, the scoring engine's aggregates, bottlenecks or "
                "indicators (with their derived figures) as CSV (UTF-8 with BOM, as Excel "
                "expects) or JSON."));
    parser.addPositionalArgument(QStringLiteral("export"), Cli::tr("Command."),
                                 QStringLiteral("export"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), Cli::tr("The project file."));
    const QCommandLineOption what(QStringLiteral("what"),
                                  Cli::tr("What to export: policies, scores, aggregates, "
                                          "bottlenecks or indicators."),
                                  QStringLiteral("WHAT"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     Cli::tr("With --what aggregates: the weight set to use "
                                             "(default: the active one)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("The format: csv or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("Write to OUT instead of standard output."),
                                    QStringLiteral("OUT"));
    parser.addOptions({what, format, output, weights});
    if (const auto done = parseArguments(parser, arguments, 1, out, err))
        return *done;

    const QString command = QStringLiteral("export");
    const QString kind = parser.value(what);
    const QString form = parser.value(format);
    const QStringList kinds{QStringLiteral("policies"), QStringLiteral("scores"),
                            QStringLiteral("aggregates"), QStringLiteral("bottlenecks"),
                            QStringLiteral("indicators")};
    if (!kinds.contains(kind))
        return usageError(err, command,
                          Cli::tr("Give --what bottlenecks, --what indicators, --what "
                                  "policies, --what scores or --what aggregates."));
    if (form != QLatin1String("csv") && form != QLatin1String("json"))
        return usageError(err, command, Cli::tr("Give --format csv or --format json."));

    const QString path = parser.positionalArguments().at(1);
    const ReadOnlyProject project = openForReading(path);
    if (!project.store) {
        err << project.error.message << nl;
        return Cli::CannotOpen;
    }
    const ProjectStore &store = *project.store;
    auto write = [&](QIODevice *device, QString *error) {
        if (kind == QLatin1String("aggregates"))
            return CliScoring::writeAggregates(store, form, parser.value(weights), device, error);
        const bool json = form == QLatin1String("json");
        if (kind == QLatin1String("bottlenecks"))
            return json ? TrackingExport::writeBottlenecksJson(store, device, error)
                        : BottleneckCsv::write(store, device, error);
        if (kind == QLatin1String("indicators"))
            return json ? TrackingExport::writeIndicatorsJson(store, QDate::currentDate(), device,
                                                              error)
                        : TrackingExport::writeIndicatorsCsv(store, QDate::currentDate(), device,
                                                             error);
        const bool scores = kind == QLatin1String("scores");
        if (form == QLatin1String("json"))
            return scores ? JsonExport::writeScores(store, device, error)
                          : JsonExport::writePolicies(store, device, error);
        return scores ? ScoreCsv::write(store, device, error)
                      : PolicyCsv::write(store, device, error);
    };

    QString error;
    const QString target = parser.value(output);
    if (target.isEmpty() || target == QLatin1String("-")) {
        out.flush();
        QBuffer buffer;
        QIODevice *device = out.device();
        if (!device) { // a stream on a string: collect the bytes, then hand them over as text
            buffer.open(QIODevice::WriteOnly);
            device = &buffer;
        }
        if (!write(device, &error)) {
            err << error << nl;
            return Cli::CannotOpen;
        }
        if (device == &buffer)
            out << QString::fromUtf8(buffer.data());
        return Cli::Success;
    }
    // All or nothing: a failed export never leaves a half-written file behind.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        err << Cli::tr("Cannot write \"%1\": %2").arg(target, file.errorString()) << nl;
        return Cli::CannotOpen;
    }
    if (!write(&file, &error)) {
        file.cancelWriting();
        err << Cli::tr("Cannot write \"%1\": %2").arg(target, error) << nl;
        return Cli::CannotOpen;
    }
    if (!commitFully(&file)) {
        err << Cli::tr("Cannot write \"%1\": %2").arg(target, file.errorString()) << nl;
        return Cli::CannotOpen;
    }
    err << Cli::tr("Exported %1 to \"%2\".").arg(kind, target) << nl;
    return Cli::Success;
}

// ---- generate -------------------------------------------------------------------------

int runGenerate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Creates a large synthetic project for benchmarks. The same seed gives the same "
                "content."));
    parser.addPositionalArgument(QStringLiteral("generate"), Cli::tr("Command."),
                                 QStringLiteral("generate"));
    parser.addPositionalArgument(QStringLiteral("OUT.pwb"), Cli::tr("The project file to create."));
    const QCommandLineOption policies(QStringLiteral("policies"), Cli::tr("Number of policies."),
                                      QStringLiteral("N"));
    const QCommandLineOption evaluators(QStringLiteral("evaluators"),
                                        Cli::tr("Number of evaluators, each scoring every goal."),
                                        QStringLiteral("M"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({policies, evaluators, seed});
    if (const auto done = parseArguments(parser, arguments, 1, out, err))
        return *done;

    const QString command = QStringLiteral("generate");
    Generator::Options options;
    bool policiesOk = false, evaluatorsOk = false, seedOk = false;
    options.policies = parser.value(policies).toInt(&policiesOk);
    options.evaluators = parser.value(evaluators).toInt(&evaluatorsOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!policiesOk || options.policies < 1)
        return usageError(err, command,
                          Cli::tr("Give the number of policies: --policies N (N ≥ 1)."));
    if (!evaluatorsOk || options.evaluators < 1)
        return usageError(err, command,
                          Cli::tr("Give the number of evaluators: --evaluators M (M ≥ 1)."));
    if (!seedOk)
        return usageError(err, command, Cli::tr("The seed must be a whole number ≥ 0."));

    const QString path = parser.positionalArguments().at(1);
    if (QFileInfo::exists(path)) {
        err << Cli::tr("\"%1\" already exists; it was left as it is. Choose another file name.")
                   .arg(path)
            << nl;
        return Cli::CannotOpen;
    }
    QElapsedTimer timer;
    timer.start();
    Generator::Result result;
    QString error;
    const bool ok = Generator::generate(path, options, &result, &error, [&err](int percent) {
        err << QLatin1Char('\r') << Cli::tr("Generating… %1%").arg(percent) << Qt::flush;
    });
    if (!ok) {
        QFile::remove(path);
        err << Qt::endl << error << nl;
        return Cli::CannotOpen;
    }
    err << QLatin1Char('\r')
        << Cli::tr("Generated \"%1\": %2 policies, %3 evaluators, %4 scores, %5 evidence items in "
                   "%6 ms.")
               .arg(path)
               .arg(result.policies)
               .arg(result.evaluators)
               .arg(result.scores)
               .arg(result.evidence)
               .arg(timer.elapsed())
        << nl;
    return Cli::Success;
}

QString overview()
{
    return Cli::tr("Usage: %1 COMMAND [options]\n"
                   "\n"
                   "Commands:\n"
                   "  new FILE.pwb [--framework fyp14|fyp13] [--name NAME] [--sample]\n"
                   "  info FILE.pwb [--json]\n"
                   "  check FILE.pwb\n"
                   "  import FILE.pwb --policies CSV|--scores CSV|--weights CSV|--bottlenecks "
                   "CSV|--observations CSV [--encoding auto|utf-8|gbk]\n"
                   "  export FILE.pwb --what policies|scores|aggregates|bottlenecks|indicators "
                   "--format csv|json [--weights NAME] [-o OUT]\n"
                   "  sensitivity FILE.pwb [--draws N] [--seed S] [--format json] [--weights NAME] "
                   "[-o OUT]\n"
                   "  generate OUT.pwb --policies N --evaluators M [--seed S]\n"
                   "  share FILE.pwb -o OUT.pwb [--evaluators NAME,NAME]\n"
                   "  merge MINE.pwb THEIRS.pwb -o OUT.pwb [--on-conflict fail|mine|theirs]\n"
                   "  report FILE.pwb -o OUT.pdf|OUT.xlsx [--template summary|dossier] [--lang "
                   "zh_CN|en] [--draft]\n"
                   "\n"
                   "\"%1 COMMAND --help\" describes a command. Without a command, or with a "
                   "project file, the application window opens.\n"
                   "Exit status: 0 success; 1 input data rejected (nothing written); 2 the file "
                   "cannot be opened or is not a project, or wrong usage.\n")
        .arg(program());
}

bool isHelpWord(const QString &word)
{
    return word == QLatin1String("help") || word == QLatin1String("--help") ||
           word == QLatin1String("-h") || word == QLatin1String("-?");
}

} // namespace

QStringList Cli::commands()
{
    return {QStringLiteral("new"),         QStringLiteral("info"),   QStringLiteral("check"),
            QStringLiteral("import"),      QStringLiteral("export"), QStringLiteral("generate"),
            QStringLiteral("sensitivity"), QStringLiteral("share"),  QStringLiteral("merge"),
            QStringLiteral("report")};
}

bool Cli::handles(const QString &firstArgument)
{
    if (isCommand(firstArgument) || isHelpWord(firstArgument) ||
        firstArgument == QLatin1String("--version"))
        return true;
    // Anything else that is not an option for Qt and not a file to open is a mistyped
    // command: answer it here rather than open a window about a missing file.
    return !firstArgument.startsWith(QLatin1Char('-')) && !QFileInfo::exists(firstArgument) &&
           !firstArgument.endsWith(QLatin1String(".pwb"), Qt::CaseInsensitive);
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    int code = CannotOpen;
    if (command.isEmpty()) {
        err << overview();
    } else if (isHelpWord(command)) {
        out << overview();
        code = Success;
    } else if (command == QLatin1String("--version")) {
        out << program() << QLatin1Char(' ') << QCoreApplication::applicationVersion() << nl;
        code = Success;
    } else if (command == QLatin1String("new")) {
        code = runNew(arguments, out, err);
    } else if (command == QLatin1String("info")) {
        code = runInfo(arguments, out, err);
    } else if (command == QLatin1String("check")) {
        code = runCheck(arguments, out, err);
    } else if (command == QLatin1String("import")) {
        code = runImport(arguments, out, err);
    } else if (command == QLatin1String("export")) {
        code = runExport(arguments, out, err);
    } else if (command == QLatin1String("sensitivity")) {
        code = CliScoring::runSensitivity(arguments, out, err);
    } else if (command == QLatin1String("generate")) {
        code = runGenerate(arguments, out, err);
    } else if (command == QLatin1String("merge")) {
        code = CliMerge::runMerge(arguments, out, err);
    } else if (command == QLatin1String("share")) {
        code = CliShare::runShare(arguments, out, err);
    } else if (command == QLatin1String("report")) {
        code = CliReport::runReport(arguments, out, err);
    } else {
        err << tr("Unknown command \"%1\".").arg(command) << nl << nl << overview();
    }
    out.flush();
    err.flush();
    return code;
}
