#pragma once

#include "scoring/Evaluation.h"
#include "scoring/Sensitivity.h"

#include <QVector>
#include <array>
#include <optional>

// The data series of the dashboard's scoring charts, computed from the scoring engine's
// results so that the charts, their tooltips, the tests and the report show the same
// numbers. Indexes are those of ScoringData (policies, goals in framework order,
// evaluators). An empty `policies` list means "all policies".
namespace ScoreSeries {

// Chart 1: per goal, the mean consensus over the policies counted, the spread of the
// evaluators (each evaluator's mean score on the goal; lowest and highest) and how many
// policies score 3 or more.
struct GoalScore
{
    int goal = 0;
    double mean = ConsensusTable::NotApplicable; // NaN when no counted policy applies
    double evaluatorMin = ConsensusTable::NotApplicable;
    double evaluatorMax = ConsensusTable::NotApplicable;
    int evaluatorsCounted = 0; // evaluators with at least one score 0..4 on the goal
    int applicable = 0;        // counted policies whose consensus is not N/A
    int strong = 0;            // counted policies with consensus ≥ Aggregation::StrongScore
};
QVector<GoalScore> goalScores(const ScoringData &data, const ConsensusTable &consensus,
                              const QVector<int> &policies);

// Chart 2: the heatmap's row order, best policy score first (unranked last, then by code),
// or by policy code.
enum class HeatmapOrder
{
    ByScore,
    ByCode,
};
QVector<int> heatmapRows(const ScoringData &data, const Evaluation::Result &result,
                         HeatmapOrder order);
enum class CellKind
{
    Scored,
    NotApplicable, // nobody scored it, or all said N/A (or a consensus of N/A)
    Disputed,      // scored, evaluators 2 or more points apart
};
CellKind cellKind(const Evaluation::Result &result, int policy, int goal);

// Chart 3: each chosen policy's consensus over all goals, and the portfolio mean.
struct Profile
{
    QVector<double> portfolioMean;  // per goal, NaN where no policy applies
    QVector<QVector<double>> lines; // per chosen policy, per goal, NaN = N/A
};
Profile profile(const Evaluation::Result &result, const QVector<int> &policies);

// Chart 4: the ranking, best first: the `top` best ranked policies and any of `include`
// further down (selected policies stay visible), with their Monte Carlo rank interval
// when one was computed for these results.
struct RankRow
{
    int policy = 0;
    int rank = 0;
    double score = 0;
    bool hasInterval = false;
    int medianRank = 0;
    int rankP05 = 0;
    int rankP95 = 0;
    double probabilityTopK = 0;
};
QVector<RankRow> ranking(const Evaluation::Result &result,
                         const std::optional<Sensitivity::MonteCarloResult> &monteCarlo, int top,
                         const QVector<int> &include);

// Chart 7: evidence items by result level (input … impact), per goal over the counted
// policies, or per policy (of `policies`) over all goals.
using LevelCounts = std::array<int, EvidenceMaturity::LevelCount>;
QVector<LevelCounts> maturityByGoal(const ScoringData &data, const QVector<int> &policies);
QVector<LevelCounts> maturityByPolicy(const ScoringData &data, const QVector<int> &policies);

} // namespace ScoreSeries
