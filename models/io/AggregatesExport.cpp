#include "AggregatesExport.h"

#include "CsvWriter.h"
#include "WriteFully.h"
#include "store/ProjectStore.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace {

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QString csvNumber(double v)
{
    return std::isnan(v) ? QStringLiteral("NA") : QString::number(v, 'g', 10);
}

QString methodCode(Aggregation::Method m)
{
    return m == Aggregation::Method::Median ? QStringLiteral("median") : QStringLiteral("mean");
}

bool writeAll(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (writeFully(device, bytes))
        return true;
    if (error)
        *error = device->errorString();
    return false;
}

} // namespace

QJsonObject AggregatesExport::toJson(const Input &in)
{
    const ScoringData &d = *in.data;
    const Evaluation::Result &r = *in.result;
    const Framework &framework = in.store->framework();
    QJsonObject root;
    root.insert(QStringLiteral("project"), in.store->name());
    root.insert(QStringLiteral("framework"), framework.id());
    root.insert(QStringLiteral("method"), methodCode(in.options.method));

    QJsonObject set;
    set.insert(QStringLiteral("name"), in.weightSet->name);
    set.insert(QStringLiteral("uuid"), in.weightSet->uuid);
    set.insert(QStringLiteral("revision"), in.weightSet->revision);
    QJsonObject methods, ratios;
    for (const GoalNode &level : QList<GoalNode>{GoalNode()} + framework.dimensions()) {
        const QString key = level.code.isEmpty() ? QStringLiteral("dimensions") : level.code;
        methods.insert(key, in.weightSet->methods.value(level.code, QStringLiteral("direct")));
    }
    const QMap<QString, Ahp::Result> consistency =
        Evaluation::consistency(framework, *in.weightSet);
    for (auto it = consistency.cbegin(); it != consistency.cend(); ++it)
        ratios.insert(it.key().isEmpty() ? QStringLiteral("dimensions") : it.key(),
                      number(it.value().consistencyRatio));
    set.insert(QStringLiteral("methods"), methods);
    set.insert(QStringLiteral("consistency_ratios"), ratios);
    root.insert(QStringLiteral("weight_set"), set);

    QJsonObject alpha;
    alpha.insert(QStringLiteral("metric"), QStringLiteral("ordinal"));
    alpha.insert(QStringLiteral("overall"), number(r.agreement.overall.alpha));
    root.insert(QStringLiteral("alpha"), alpha);

    QVector<QStringList> disputed(d.policyUuids.size()), unsupported(d.policyUuids.size());
    for (const CellRef &c : r.dispersion.disputed)
        disputed[c.policy] << d.goals.at(c.goal).code;
    for (const EvidenceMaturity::Flag &f : r.maturity.flags)
        unsupported[f.cell.policy] << d.goals.at(f.cell.goal).code;

    QJsonArray policies;
    for (int p = 0; p < d.policyUuids.size(); ++p) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), d.policyCodes.at(p));
        o.insert(QStringLiteral("title"), d.policyTitles.at(p));
        o.insert(QStringLiteral("score"), number(r.policyScores.at(p).score));
        o.insert(QStringLiteral("score100"), number(r.policyScores.at(p).percent));
        o.insert(QStringLiteral("rank"),
                 r.ranks.at(p) > 0 ? QJsonValue(r.ranks.at(p)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("goals_counted"), r.policyScores.at(p).goalsCounted);
        QJsonObject consensus;
        QJsonArray overrides;
        for (int g = 0; g < d.goals.size(); ++g) {
            consensus.insert(d.goals.at(g).code, number(r.consensus.raw(p, g)));
            if (r.consensus.isOverride(p, g))
                overrides.append(d.goals.at(g).code);
        }
        o.insert(QStringLiteral("consensus"), consensus);
        o.insert(QStringLiteral("overrides"), overrides);
        QJsonObject flags;
        flags.insert(QStringLiteral("disputed"), QJsonArray::fromStringList(disputed.at(p)));
        flags.insert(QStringLiteral("unsupported"), QJsonArray::fromStringList(unsupported.at(p)));
        o.insert(QStringLiteral("flags"), flags);
        policies.append(o);
    }
    root.insert(QStringLiteral("policies"), policies);

    QJsonArray goals;
    for (int g = 0; g < d.goals.size(); ++g) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), d.goals.at(g).code);
        o.insert(QStringLiteral("dimension"), d.goals.at(g).parentCode);
        o.insert(QStringLiteral("effective_weight"), r.weights.effectiveWeight(g));
        o.insert(QStringLiteral("coverage"), number(r.coverage.at(g).meanConsensus));
        o.insert(QStringLiteral("count_ge_3"), r.coverage.at(g).policiesStrong);
        o.insert(QStringLiteral("applicable"), r.coverage.at(g).policiesApplicable);
        o.insert(QStringLiteral("alpha"), number(r.agreement.perGoal.value(g).alpha));
        goals.append(o);
    }
    root.insert(QStringLiteral("goals"), goals);

    QJsonArray evaluators;
    for (int e = 0; e < d.evaluators.size(); ++e) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), d.evaluators.at(e).name);
        o.insert(QStringLiteral("flagged_cells"), r.maturity.flagsPerEvaluator.value(e));
        o.insert(QStringLiteral("unsupported_claims"),
                 r.maturity.unsupportedClaimsPerEvaluator.value(e));
        evaluators.append(o);
    }
    root.insert(QStringLiteral("evaluators"), evaluators);
    return root;
}

bool AggregatesExport::writeJson(const Input &input, QIODevice *device, QString *error)
{
    return writeAll(device, QJsonDocument(toJson(input)).toJson(QJsonDocument::Indented), error);
}

bool AggregatesExport::writeCsv(const Input &in, QIODevice *device, QString *error)
{
    const ScoringData &d = *in.data;
    const Evaluation::Result &r = *in.result;
    const QJsonObject json = toJson(in);
    QList<QStringList> rows;
    QStringList header{QStringLiteral("code"),     QStringLiteral("title"),
                       QStringLiteral("score"),    QStringLiteral("score100"),
                       QStringLiteral("rank"),     QStringLiteral("goals_counted"),
                       QStringLiteral("disputed"), QStringLiteral("unsupported")};
    for (const GoalNode &g : d.goals)
        header << g.code;
    rows << header;
    const QJsonArray policies = json.value(QLatin1String("policies")).toArray();
    for (int p = 0; p < d.policyUuids.size(); ++p) {
        const QJsonObject flags =
            policies.at(p).toObject().value(QLatin1String("flags")).toObject();
        QStringList row{d.policyCodes.at(p),
                        d.policyTitles.at(p),
                        csvNumber(r.policyScores.at(p).score),
                        csvNumber(r.policyScores.at(p).percent),
                        r.ranks.at(p) > 0 ? QString::number(r.ranks.at(p)) : QStringLiteral("NA"),
                        QString::number(r.policyScores.at(p).goalsCounted),
                        flags.value(QLatin1String("disputed"))
                            .toVariant()
                            .toStringList()
                            .join(QLatin1Char(';')),
                        flags.value(QLatin1String("unsupported"))
                            .toVariant()
                            .toStringList()
                            .join(QLatin1Char(';'))};
        for (int g = 0; g < d.goals.size(); ++g)
            row << csvNumber(r.consensus.raw(p, g));
        rows << row;
    }
    rows << QStringList();
    rows << QStringList{QStringLiteral("goal"),
                        QStringLiteral("dimension"),
                        QStringLiteral("effective_weight"),
                        QStringLiteral("coverage"),
                        QStringLiteral("count_ge_3"),
                        QStringLiteral("applicable"),
                        QStringLiteral("alpha")};
    for (int g = 0; g < d.goals.size(); ++g)
        rows << QStringList{d.goals.at(g).code,
                            d.goals.at(g).parentCode,
                            csvNumber(r.weights.effectiveWeight(g)),
                            csvNumber(r.coverage.at(g).meanConsensus),
                            QString::number(r.coverage.at(g).policiesStrong),
                            QString::number(r.coverage.at(g).policiesApplicable),
                            csvNumber(r.agreement.perGoal.value(g).alpha)};
    rows << QStringList();
    rows << QStringList{QStringLiteral("key"), QStringLiteral("value")};
    rows << QStringList{QStringLiteral("weight_set"), in.weightSet->name};
    rows << QStringList{QStringLiteral("weight_set_revision"),
                        QString::number(in.weightSet->revision)};
    rows << QStringList{QStringLiteral("method"), methodCode(in.options.method)};
    rows << QStringList{QStringLiteral("alpha_ordinal"), csvNumber(r.agreement.overall.alpha)};
    const QJsonObject ratios = json.value(QLatin1String("weight_set"))
                                   .toObject()
                                   .value(QLatin1String("consistency_ratios"))
                                   .toObject();
    for (auto it = ratios.constBegin(); it != ratios.constEnd(); ++it)
        rows << QStringList{QStringLiteral("consistency_ratio_") + it.key(),
                            csvNumber(it.value().toDouble(qQNaN()))};

    CsvWriter writer(device);
    for (const QStringList &row : std::as_const(rows))
        writer.writeRecord(row);
    return writer.finish(error);
}

QJsonObject
AggregatesExport::sensitivityJson(const Input &in, const Sensitivity::MonteCarloOptions &options,
                                  const Sensitivity::MonteCarloResult &mc,
                                  const QVector<Sensitivity::StabilityInterval> &stability)
{
    const ScoringData &d = *in.data;
    QJsonObject root;
    root.insert(QStringLiteral("project"), in.store->name());
    root.insert(QStringLiteral("weight_set"), in.weightSet->name);
    root.insert(QStringLiteral("weight_set_revision"), in.weightSet->revision);
    root.insert(QStringLiteral("draws"), mc.draws);
    root.insert(QStringLiteral("seed"), QString::number(options.seed));
    root.insert(QStringLiteral("dimension_concentration"), options.dimensionConcentration);
    root.insert(QStringLiteral("goal_concentration"), options.goalConcentration);
    root.insert(QStringLiteral("top_k"), mc.topK);
    QJsonArray policies;
    for (int p = 0; p < mc.policies.size(); ++p) {
        const Sensitivity::PolicyRanks &pr = mc.policies.at(p);
        QJsonObject o;
        o.insert(QStringLiteral("code"), d.policyCodes.value(p));
        o.insert(QStringLiteral("base_rank"), pr.baseRank);
        o.insert(QStringLiteral("median_rank"), pr.medianRank);
        o.insert(QStringLiteral("rank_p05"), pr.rankP05);
        o.insert(QStringLiteral("rank_p95"), pr.rankP95);
        o.insert(QStringLiteral("p_top_k"), pr.probabilityTopK);
        o.insert(QStringLiteral("p_first"), pr.probabilityFirst);
        o.insert(QStringLiteral("ranked_draws"), pr.rankedDraws);
        policies.append(o);
    }
    root.insert(QStringLiteral("policies"), policies);
    const QList<GoalNode> dimensions = in.store->framework().dimensions();
    QJsonArray intervals;
    for (const Sensitivity::StabilityInterval &s : stability) {
        QJsonObject o;
        const bool dimension = s.level == Sensitivity::Level::Dimension;
        o.insert(QStringLiteral("level"),
                 dimension ? QStringLiteral("dimension") : QStringLiteral("goal"));
        o.insert(QStringLiteral("code"),
                 dimension ? dimensions.value(s.index).code : d.goals.value(s.index).code);
        o.insert(QStringLiteral("weight"), s.weight);
        o.insert(QStringLiteral("movable"), s.movable);
        o.insert(QStringLiteral("top_lower"), s.topLower);
        o.insert(QStringLiteral("top_upper"), s.topUpper);
        o.insert(QStringLiteral("rank_lower"), s.rankLower);
        o.insert(QStringLiteral("rank_upper"), s.rankUpper);
        intervals.append(o);
    }
    root.insert(QStringLiteral("stability"), intervals);
    return root;
}
