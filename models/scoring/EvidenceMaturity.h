#pragma once

#include "ConsensusTable.h"
#include "ScoreMatrix.h"
#include "domain/Evidence.h"

#include <QCoreApplication>
#include <QVector>
#include <array>
#include <optional>

// How far along the logic model (input → activity → output → outcome → impact) the
// evidence behind the scores reaches (DOMAIN §1: "重活动、轻效果").
//
// - Distributions: evidence items per result level, per policy and per goal (all
//   evaluators' items together).
// - Flag: a cell whose consensus is ≥ claimThreshold (3: "operational" or better; this
//   includes means such as 3.33) while its evidence stops at input or activity level:
//   "effect claimed without outcome evidence". "Stops at" means the highest level among
//   the cell's items (all evaluators) is input or activity; output or higher clears the
//   flag, as the issue specifies. A claimed cell without any evidence item is flagged too
//   (reason NoEvidence) unless Options::flagCellsWithoutEvidence is off.
// - Per policy: flagged cells. Per evaluator: flagged cells in which that evaluator gave
//   3 or 4 (they made the claim), and, separately, the evaluator's own unsupported claims:
//   their own score ≥ 3 with their own evidence stopping at input/activity (or absent, by
//   the same option), whatever the consensus.
class EvidenceMaturity
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceMaturity)

public:
    static constexpr int LevelCount = 5;
    // Item counts indexed by int(ResultLevel).
    using Distribution = std::array<int, LevelCount>;

    // One evidence item, attached to the score of `evaluator` in cell (policy, goal).
    struct Item
    {
        int policy = 0;
        int goal = 0;
        int evaluator = 0;
        ResultLevel level = ResultLevel::Activity;
    };

    struct Options
    {
        double claimThreshold = 3.0;
        bool flagCellsWithoutEvidence = true;
    };

    enum class Reason
    {
        BelowOutcome, // highest evidence level is input or activity
        NoEvidence,   // no evidence item at all
    };

    struct Flag
    {
        CellRef cell;
        double consensus = 0;
        Reason reason = Reason::BelowOutcome;
        std::optional<ResultLevel> highestLevel; // nullopt with NoEvidence
    };

    struct Result
    {
        QVector<Distribution> perPolicy;
        QVector<Distribution> perGoal;
        QVector<Flag> flags; // policy, then goal order
        QVector<int> flagsPerPolicy;
        QVector<int> flagsPerEvaluator;
        QVector<int> unsupportedClaimsPerEvaluator;
    };

    // Items outside the matrix's dimensions are ignored.
    static Result analyse(const QVector<Item> &evidence, const ConsensusTable &consensus,
                          const ScoreMatrix &scores, const Options &options);
    static Result analyse(const QVector<Item> &evidence, const ConsensusTable &consensus,
                          const ScoreMatrix &scores)
    {
        return analyse(evidence, consensus, scores, Options());
    }

    // "effect claimed without outcome evidence"
    static QString flagText();
    static QString reasonText(Reason reason);
};
