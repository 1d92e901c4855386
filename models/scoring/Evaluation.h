#pragma once

#include "Aggregation.h"
#include "Agreement.h"
#include "Ahp.h"
#include "ConsensusTable.h"
#include "EvidenceMaturity.h"
#include "ScoringData.h"
#include "WeightSet.h"
#include "store/WeightSetRecord.h"

#include <QCoreApplication>
#include <QMap>

// The whole scoring engine run over one project: consensus, policy scores and ranks, goal
// coverage, dispersion and disputed cells, agreement, evidence maturity, for one weight
// set. The views, the CLI export and (later) reports all take their numbers from here,
// so they always agree.
class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)

public:
    struct Options
    {
        Aggregation::Method method = Aggregation::Method::Mean;
    };

    struct Result
    {
        WeightSet weights;
        ConsensusTable consensus;
        QVector<Aggregation::PolicyScore> policyScores;
        QVector<int> ranks; // competition ranks, 0 = unranked (no scored goal)
        QVector<Aggregation::GoalCoverage> coverage;
        Aggregation::Dispersion dispersion;
        Agreement::ScoreAgreement agreement; // ordinal metric
        EvidenceMaturity::Result maturity;
    };

    static Result compute(const ScoringData &data, const WeightSet &weights,
                          const Options &options);
    static Result compute(const ScoringData &data, const WeightSet &weights)
    {
        return compute(data, weights, Options());
    }

    // The stored set as engine weights for `framework` (Framework::dimensions()/goals()
    // order). A level with no stored weights, or with a code missing, is equal weights.
    static WeightSet weights(const Framework &framework, const WeightSetRecord &record);

    // AHP results per level that was set by pairwise comparison ("" = dimensions, else
    // the dimension code), from the stored judgements.
    static QMap<QString, Ahp::Result> consistency(const Framework &framework,
                                                  const WeightSetRecord &record);
    // The codes compared at one level, in framework order.
    static QStringList levelCodes(const Framework &framework, const QString &level);
};
