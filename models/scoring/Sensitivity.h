#pragma once

#include "ConsensusTable.h"
#include "WeightSet.h"

#include <QCoreApplication>
#include <QVector>
#include <atomic>
#include <functional>
#include <random>

// How much the ranking of policies depends on the weights.
//
// One-at-a-time (weight stability intervals): one normalised weight w of a level (a
// dimension among dimensions, or a goal among the goals of its dimension) moves to t in
// [0, 1]; its siblings are rescaled proportionally, w_j·(1 − t)/(1 − w), so the level still
// sums to 1 (if the siblings were all 0 they share 1 − t equally). Every policy score is
// then a ratio of two functions affine in t, so the weights at which two policies tie are
// the roots of a quadratic, found exactly. The first tie in each direction between the
// leader and another policy bounds the top interval; between neighbours in the current
// order, the any-rank interval (a rank can only change through a tie of neighbours).
// Within (lower, upper) the ranking is as now; at a bound two policies tie, so the bound
// is the value at which the rank changes. A bound of 0 or 1 means no change up to the end
// of the range. A current tie between policies that do not score identically gives an
// empty interval (lower = upper = w): any move breaks the tie. A policy whose scored goals
// all have zero weight is unranked; if moving the weight would give it a score, that
// direction is bounded at w.
//
// Monte Carlo: N draws of all weights around the current ones, per level Dirichlet(α =
// concentration × current weights): the mean of each weight is its current value, its
// variance w(1 − w)/(concentration + 1). Draw d uses its own std::mt19937_64 seeded from
// (seed, d), so results are identical for a seed whatever the number of threads; gamma
// variates come from std::gamma_distribution, so they are reproducible with the same
// standard library. Rank statistics are over the draws in which the policy is ranked;
// quantiles are the inverse empirical distribution (the smallest rank r with at least q·N
// draws at rank ≤ r; the median is the lower median), so they are whole ranks.
class Sensitivity
{
    Q_DECLARE_TR_FUNCTIONS(Sensitivity)

public:
    enum class Level
    {
        Dimension,
        Goal
    };

    // `weights` with one normalised weight set to `weight` (clamped to [0, 1]) and its
    // siblings rescaled as above. `index` is a dimension or a goal index.
    static WeightSet withWeight(const WeightSet &weights, Level level, int index, double weight);

    struct StabilityInterval
    {
        Level level = Level::Dimension;
        int index = 0;
        double weight = 0;   // current, normalised among siblings
        bool movable = true; // false for an only child: its weight is 1 whatever happens
        double topLower = 0; // the top-ranked policy stays on top within (topLower, topUpper)
        double topUpper = 1;
        // The policy that ties the leader at each bound, -1 if the bound is the end of the
        // range or a current tie.
        int topLowerChallenger = -1;
        int topUpperChallenger = -1;
        double rankLower = 0; // no policy's rank changes within (rankLower, rankUpper)
        double rankUpper = 1;
    };
    static StabilityInterval weightStability(const ConsensusTable &consensus,
                                             const WeightSet &weights, Level level, int index);
    // Every dimension, then every goal.
    static QVector<StabilityInterval> weightStability(const ConsensusTable &consensus,
                                                      const WeightSet &weights);

    struct MonteCarloOptions
    {
        int draws = 1000;
        quint64 seed = 1;
        // Concentration per level; +infinity keeps that level fixed. Must be > 0.
        double dimensionConcentration = 100;
        double goalConcentration = 100;
        int topK = 3;
        int threads = 0; // 0: one per core; the results do not depend on it
        // Called with (draws done, draws) from the calling thread only, never concurrently.
        std::function<void(int, int)> progress;
        const std::atomic<bool> *cancel = nullptr;
    };

    struct PolicyRanks
    {
        int baseRank = 0; // rank with the current weights, 0 if unranked
        int medianRank = 0;
        int rankP05 = 0;
        int rankP95 = 0;
        double probabilityTopK = 0;  // share of draws with rank ≤ k
        double probabilityFirst = 0; // share of draws with rank 1 (ties included)
        int rankedDraws = 0;
    };

    struct MonteCarloResult
    {
        bool cancelled = false;
        QString error; // invalid options; nothing computed
        int draws = 0;
        int topK = 0;
        int threads = 0;
        QVector<PolicyRanks> policies;

        bool isValid() const { return !cancelled && error.isEmpty(); }
    };

    static MonteCarloResult monteCarlo(const ConsensusTable &consensus, const WeightSet &weights,
                                       const MonteCarloOptions &options);

    // One Dirichlet draw of all weights (what the Monte Carlo does per draw).
    static WeightSet drawWeights(const WeightSet &weights, double dimensionConcentration,
                                 double goalConcentration, std::mt19937_64 &rng);
    // The seed of draw `draw`: SplitMix64 of the master seed and the draw number.
    static quint64 drawSeed(quint64 seed, int draw);
};
