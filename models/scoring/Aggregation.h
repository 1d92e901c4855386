#pragma once

#include "ConsensusTable.h"
#include "ScoreMatrix.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>
#include <optional>
#include <vector>

// Consensus values set by the lead evaluator, by cell; nullopt sets the cell to N/A.
// They replace the computed consensus and are marked ConsensusTable::Source::Override.
using ConsensusOverrides = QHash<CellRef, std::optional<double>>;

// The aggregation formulas of the scoring engine (issue "Scoring engine"). Defaults are
// the specified ones; alternatives are explicit options, never applied silently.
//
// - Consensus of a cell: mean of the evaluators' scores 0..4, N/A and unscored slots
//   excluded. Median as an option: with an even number of scores it is the mean of the two
//   middle ones (so 2.5 can occur). N/A when every evaluator who answered said N/A or
//   nobody scored the cell. A lead evaluator's override replaces the computed value.
// - Policy score: Σ_g w_g·c_g / Σ_g w_g over the goals whose consensus c_g is not N/A
//   (w_g = effective weight); 0 counts as 0. N/A when no goal with weight > 0 is scored.
//   Reported on 0–4 and 0–100 (× 25).
// - Ranks: competition ranking ("1224"), best score first; scores within TieTolerance of
//   the first score of a group of ties share its rank; N/A scores get rank 0 (unranked).
// - Goal coverage: mean consensus over the policies where it is not N/A, and how many
//   policies reach StrongScore (3) or more.
// - Dispersion of a cell: population standard deviation (divided by n: the evaluators
//   are the whole panel, not a sample) and range of the scores, N/A excluded; one score
//   gives 0 and 0. Range ≥ DisputedRange (2) flags the cell as disputed.
class Aggregation
{
    Q_DECLARE_TR_FUNCTIONS(Aggregation)

public:
    enum class Method
    {
        Mean,
        Median
    };

    static constexpr double StrongScore = 3.0;
    static constexpr double DisputedRange = 2.0;
    static constexpr double TieTolerance = 1e-9;

    // The computed consensus of one cell's slots (ScoreMatrix codes); nullopt is N/A.
    static std::optional<double> cellConsensus(const qint8 *values, int count,
                                               Method method = Method::Mean);
    static ConsensusTable consensus(const ScoreMatrix &scores, Method method = Method::Mean,
                                    const ConsensusOverrides &overrides = {});

    struct PolicyScore
    {
        double score = ConsensusTable::NotApplicable;   // 0..4, NaN when N/A
        double percent = ConsensusTable::NotApplicable; // score × 25
        int goalsCounted = 0;                           // goals whose consensus is not N/A
        double weightCounted = 0;                       // Σ effective weights of those goals

        bool isNotApplicable() const { return std::isnan(score); }
    };
    // `effectiveWeights` by goal index, as WeightSet::effectiveWeights().
    static QVector<PolicyScore> policyScores(const ConsensusTable &consensus,
                                             const QVector<double> &effectiveWeights);
    // Only the 0..4 score of one policy: the inner loop of policyScores() and sensitivity.
    static double policyScore(const double *consensusRow, const double *effectiveWeights,
                              int goals);

    static QVector<int> competitionRanks(const QVector<double> &scores);
    static QVector<int> competitionRanks(const QVector<PolicyScore> &scores);
    // Same, into `ranks` (count entries), with `order` as scratch so loops need not allocate.
    static void competitionRanks(const double *scores, int count, int *ranks,
                                 std::vector<int> &order);

    struct GoalCoverage
    {
        double meanConsensus = ConsensusTable::NotApplicable; // NaN when no policy applies
        int policiesApplicable = 0;                           // consensus not N/A
        int policiesStrong = 0;                               // consensus ≥ strongScore
    };
    static QVector<GoalCoverage> goalCoverage(const ConsensusTable &consensus,
                                              double strongScore = StrongScore);

    struct CellDispersion
    {
        int scores = 0;                                           // non-N/A scores in the cell
        double standardDeviation = ConsensusTable::NotApplicable; // NaN without scores
        double range = ConsensusTable::NotApplicable;             // max − min, NaN without scores
        bool disputed = false;
    };
    struct Dispersion
    {
        int goals = 0;
        QVector<CellDispersion> cells; // policy-major, policy * goals + goal
        QVector<CellRef> disputed;     // in policy, then goal order

        const CellDispersion &at(int policy, int goal) const
        {
            return cells.at(policy * goals + goal);
        }
    };
    static CellDispersion cellDispersion(const qint8 *values, int count,
                                         double disputedRange = DisputedRange);
    static Dispersion dispersion(const ScoreMatrix &scores, double disputedRange = DisputedRange);

    static QString methodName(Method method);
    // How the table shows an overridden consensus next to its value.
    static QString overrideLabel();
    static QString disputedLabel();
};
