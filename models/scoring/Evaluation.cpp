#include "Evaluation.h"

Evaluation::Result Evaluation::compute(const ScoringData &data, const WeightSet &weights,
                                       const Options &options)
{
    Result r;
    r.weights = weights;
    r.consensus = Aggregation::consensus(data.scores, options.method, data.overrides);
    r.policyScores = Aggregation::policyScores(r.consensus, weights.effectiveWeights());
    r.ranks = Aggregation::competitionRanks(r.policyScores);
    r.coverage = Aggregation::goalCoverage(r.consensus);
    r.dispersion = Aggregation::dispersion(data.scores);
    r.agreement = Agreement::alpha(data.scores, Agreement::Metric::Ordinal);
    r.maturity = EvidenceMaturity::analyse(data.evidence, r.consensus, data.scores);
    return r;
}

QStringList Evaluation::levelCodes(const Framework &framework, const QString &level)
{
    QStringList codes;
    const QList<GoalNode> nodes =
        level.isEmpty() ? framework.dimensions() : framework.goalsOf(level);
    for (const GoalNode &n : nodes)
        codes << n.code;
    return codes;
}

WeightSet Evaluation::weights(const Framework &framework, const WeightSetRecord &record)
{
    WeightSet set = WeightSet::fromFramework(framework);
    auto rawOf = [&record](const QStringList &codes) {
        QVector<double> raw;
        for (const QString &code : codes) {
            if (!record.raw.contains(code))
                return QVector<double>();
            raw << record.raw.value(code);
        }
        return raw;
    };
    const QVector<double> dimensions = rawOf(levelCodes(framework, QString()));
    if (!dimensions.isEmpty())
        set.setDimensionWeights(dimensions); // refused (all zero, …): stays equal
    const QList<GoalNode> dims = framework.dimensions();
    for (int d = 0; d < dims.size(); ++d) {
        const QVector<double> goals = rawOf(levelCodes(framework, dims.at(d).code));
        if (!goals.isEmpty())
            set.setGoalWeights(d, goals);
    }
    return set;
}

QMap<QString, Ahp::Result> Evaluation::consistency(const Framework &framework,
                                                   const WeightSetRecord &record)
{
    QMap<QString, Ahp::Result> results;
    for (auto it = record.methods.cbegin(); it != record.methods.cend(); ++it) {
        if (it.value() != QLatin1String("ahp"))
            continue;
        const QStringList codes = levelCodes(framework, it.key());
        PairwiseMatrix matrix(int(codes.size()));
        for (const WeightSetRecord::Judgement &j : record.judgements) {
            if (j.level != it.key())
                continue;
            const int row = int(codes.indexOf(j.row));
            const int column = int(codes.indexOf(j.column));
            if (row >= 0 && column >= 0 && row != column)
                matrix.set(row, column, j.value);
        }
        results.insert(it.key(), Ahp::compute(matrix));
    }
    return results;
}
