#include "CliScoring.h"

#include "Cli.h"
#include "Project.h"
#include "commands/ScoringCommands.h"
#include "io/AggregatesExport.h"
#include "io/WeightsCsv.h"
#include "io/WriteFully.h"
#include "scoring/Evaluation.h"
#include "scoring/Sensitivity.h"
#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <cmath>

namespace {

const QLatin1Char nl('\n');

struct Computed
{
    ScoringData data;
    WeightSetRecord set;
    Evaluation::Result result;
    AggregatesExport::Input input;
};

bool compute(const ProjectStore &store, const QString &weightSetName, Computed *c, QString *error)
{
    const std::optional<WeightSetRecord> set = weightSetName.isEmpty()
                                                   ? store.weightSet(store.activeWeightSetUuid())
                                                   : store.weightSetByName(weightSetName);
    if (!set) {
        QStringList names;
        for (const WeightSetRecord &s : store.weightSets())
            names << s.name;
        *error = CliScoring::tr("There is no weight set \"%1\" in this project. Weight sets: %2.")
                     .arg(weightSetName, names.join(QStringLiteral(", ")));
        return false;
    }
    c->set = *set;
    if (!store.loadScoringData(&c->data, error))
        return false;
    c->result = Evaluation::compute(c->data, Evaluation::weights(store.framework(), c->set));
    c->input.store = &store;
    c->input.data = &c->data;
    c->input.weightSet = &c->set;
    c->input.result = &c->result;
    return true;
}

} // namespace

bool CliScoring::writeAggregates(const ProjectStore &store, const QString &format,
                                 const QString &weightSetName, QIODevice *device, QString *error)
{
    Computed c;
    if (!compute(store, weightSetName, &c, error))
        return false;
    return format == QLatin1String("json") ? AggregatesExport::writeJson(c.input, device, error)
                                           : AggregatesExport::writeCsv(c.input, device, error);
}

int CliScoring::runSensitivity(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "How much the ranking depends on the weights: a Monte Carlo of N weight draws around the "
        "current set (Dirichlet per level) with each policy's median rank, 5–95 % rank interval "
        "and probability of staying in the top k, and the stability interval of every weight."));
    parser.addPositionalArgument(QStringLiteral("sensitivity"), tr("Command."),
                                 QStringLiteral("sensitivity"));
    parser.addPositionalArgument(QStringLiteral("FILE.pwb"), tr("The project file."));
    const QCommandLineOption draws(QStringLiteral("draws"), tr("Number of draws (default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     tr("Weight set name (default: the active set)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption concentration(
        QStringLiteral("concentration"),
        tr("Dirichlet concentration per level (default 100; larger is closer to "
           "the current weights)."),
        QStringLiteral("C"), QStringLiteral("100"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("k for the probability of staying in the top k (default 3)."),
                                 QStringLiteral("K"), QStringLiteral("3"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to OUT instead of standard output."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({draws, seed, format, weights, concentration, top, output});
    auto usage = [&err](const QString &message) {
        err << message << nl << tr("Run \"policy-workbench sensitivity --help\" for usage.") << nl;
        return int(Cli::CannotOpen);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Cli::Success;
    }
    if (parser.positionalArguments().size() != 2)
        return usage(tr("Give exactly one project file."));
    bool ok = false;
    Sensitivity::MonteCarloOptions options;
    options.draws = parser.value(draws).toInt(&ok);
    if (!ok || options.draws < 1 || options.draws > 1000000)
        return usage(tr("--draws must be a whole number from 1 to 1,000,000."));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(tr("--seed must be a non-negative whole number."));
    options.dimensionConcentration = options.goalConcentration =
        parser.value(concentration).toDouble(&ok);
    if (!ok || !(options.dimensionConcentration > 0) ||
        !std::isfinite(options.dimensionConcentration))
        return usage(tr("--concentration must be a positive number."));
    options.topK = parser.value(top).toInt(&ok);
    if (!ok || options.topK < 1)
        return usage(tr("--top must be a whole number of at least 1."));
    if (parser.value(format) != QLatin1String("json"))
        return usage(tr("Only --format json is supported."));

    const QString path = parser.positionalArguments().at(1);
    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnlyAllowNewer, &openError);
    if (!store) {
        err << openError.message << nl;
        return Cli::CannotOpen;
    }
    Computed c;
    QString error;
    if (!compute(*store, parser.value(weights), &c, &error)) {
        err << error << nl;
        return Cli::Rejected;
    }
    int lastPercent = -1;
    options.progress = [&err, &lastPercent](int done, int total) {
        const int percent = int(100LL * done / qMax(1, total));
        if (percent / 10 != lastPercent / 10) {
            err << tr("Monte Carlo: %1%").arg(percent) << nl;
            err.flush();
            lastPercent = percent;
        }
    };
    const Sensitivity::MonteCarloResult mc =
        Sensitivity::monteCarlo(c.result.consensus, c.result.weights, options);
    if (!mc.isValid()) {
        err << mc.error << nl;
        return Cli::Rejected;
    }
    const QVector<Sensitivity::StabilityInterval> stability =
        Sensitivity::weightStability(c.result.consensus, c.result.weights);
    const QByteArray json =
        QJsonDocument(AggregatesExport::sensitivityJson(c.input, options, mc, stability))
            .toJson(QJsonDocument::Indented);
    const QString target = parser.value(output);
    if (target.isEmpty() || target == QLatin1String("-")) {
        out << QString::fromUtf8(json);
        return Cli::Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || !writeFully(&file, json) || !commitFully(&file)) {
        err << tr("Cannot write \"%1\": %2").arg(target, file.errorString()) << nl;
        return Cli::CannotOpen;
    }
    return Cli::Success;
}

int CliScoring::importWeights(Project &project, const QString &csvPath, int encoding,
                              QTextStream &err)
{
    const ProjectStore &store = project.store();
    const CsvReader::Table table =
        CsvReader::readFile(csvPath, static_cast<TextDecoding::Encoding>(encoding));
    const QString csvName = QFileInfo(csvPath).fileName();
    if (!table.ok) {
        err << tr("%1: %2").arg(csvName, table.error) << nl << tr("Nothing was imported.") << nl;
        return Cli::Rejected;
    }
    const std::optional<WeightSetRecord> current = store.weightSet(store.activeWeightSetUuid());
    if (!current) {
        err << tr("The project has no weight set.") << nl;
        return Cli::CannotOpen;
    }
    WeightSetRecord updated;
    const ImportPlan plan = WeightsCsv::plan(table, store.framework(), *current, &updated);
    if (!plan.isUsable() || !plan.rejected.isEmpty()) {
        if (!plan.isUsable())
            err << tr("%1: %2").arg(csvName, plan.fileError) << nl;
        for (const ImportPlan::Rejected &row : plan.rejected)
            err << tr("line %1: %2").arg(row.line).arg(row.reason) << nl;
        err << tr("Nothing was imported.") << nl;
        return Cli::Rejected;
    }
    QString writeError;
    QObject::connect(&project, &Project::errorOccurred, &project,
                     [&writeError](const QString &message) { writeError = message; });
    auto *command = new SaveWeightSetCommand(&project, updated);
    if (command->changes().size() <= 1) { // only the revision would change
        delete command;
        err << tr("The weights in %1 are the ones already set; nothing changed.").arg(csvName)
            << nl;
        return Cli::Success;
    }
    if (!project.push(command)) {
        err << writeError << nl;
        return Cli::CannotOpen;
    }
    err << tr("Weight set \"%1\" updated from %2 (%n weight(s) changed, now revision %3).", nullptr,
              plan.count(ImportPlan::Action::Update))
               .arg(updated.name, csvName)
               .arg(current->revision + 1)
        << nl;
    return Cli::Success;
}
