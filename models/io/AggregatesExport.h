#pragma once

#include "scoring/Evaluation.h"
#include "scoring/Sensitivity.h"

#include <QCoreApplication>
#include <QJsonObject>

class ProjectStore;
class QIODevice;

// The scoring engine's results for export (`export --what aggregates`) and, later,
// reports. JSON: {"project", "framework", "method", "weight_set": {name, uuid, revision,
// methods, consistency_ratios}, "alpha": {"overall", "metric"}, "policies": [{code, title,
// score, score100, rank, goals_counted, consensus: {goal code: value|null}, overrides: [goal
// codes], flags: {disputed: [goal codes], unsupported: [goal codes]}}], "goals": [{code,
// dimension, effective_weight, coverage, count_ge_3, applicable, alpha}], "evaluators":
// [{name, flagged_cells, unsupported_claims}]}. Numbers are
// unrounded; N/A is null. CSV: three blocks separated by an empty line — policies (one
// consensus column per goal code), goals, and a key,value summary.
class AggregatesExport
{
    Q_DECLARE_TR_FUNCTIONS(AggregatesExport)

public:
    struct Input
    {
        const ProjectStore *store = nullptr;
        const ScoringData *data = nullptr;
        const WeightSetRecord *weightSet = nullptr;
        const Evaluation::Result *result = nullptr;
        Evaluation::Options options;
    };

    static QJsonObject toJson(const Input &input);
    static bool writeJson(const Input &input, QIODevice *device, QString *error);
    static bool writeCsv(const Input &input, QIODevice *device, QString *error);

    // `sensitivity FILE --format json`: the Monte Carlo table and the weight stability
    // intervals.
    static QJsonObject sensitivityJson(const Input &input,
                                       const Sensitivity::MonteCarloOptions &options,
                                       const Sensitivity::MonteCarloResult &monteCarlo,
                                       const QVector<Sensitivity::StabilityInterval> &stability);
};
