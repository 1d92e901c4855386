#include "EvidenceMaturity.h"

#include <algorithm>
#include <vector>

namespace {

// Highest evidence level per slot, -1 when the slot has no item.
constexpr qint8 NoItem = -1;

bool stopsBeforeOutput(qint8 highest, bool flagWithout)
{
    if (highest == NoItem)
        return flagWithout;
    return highest <= qint8(ResultLevel::Activity);
}

} // namespace

EvidenceMaturity::Result EvidenceMaturity::analyse(const QVector<Item> &evidence,
                                                   const ConsensusTable &consensus,
                                                   const ScoreMatrix &scores,
                                                   const Options &options)
{
    const int policies = scores.policyCount();
    const int goals = scores.goalCount();
    const int evaluators = scores.evaluatorCount();
    Q_ASSERT(consensus.policyCount() == policies && consensus.goalCount() == goals);

    Result r;
    r.perPolicy = QVector<Distribution>(policies, Distribution{});
    r.perGoal = QVector<Distribution>(goals, Distribution{});
    r.flagsPerPolicy = QVector<int>(policies, 0);
    r.flagsPerEvaluator = QVector<int>(evaluators, 0);
    r.unsupportedClaimsPerEvaluator = QVector<int>(evaluators, 0);

    const size_t cells = size_t(policies) * size_t(goals);
    std::vector<qint8> slotHighest(cells * size_t(evaluators), NoItem);
    for (const Item &item : evidence) {
        if (item.policy < 0 || item.policy >= policies || item.goal < 0 || item.goal >= goals ||
            item.evaluator < 0 || item.evaluator >= evaluators)
            continue;
        const int level = int(item.level);
        ++r.perPolicy[item.policy][size_t(level)];
        ++r.perGoal[item.goal][size_t(level)];
        qint8 &h = slotHighest[(size_t(item.policy) * size_t(goals) + size_t(item.goal)) *
                                   size_t(evaluators) +
                               size_t(item.evaluator)];
        h = std::max(h, qint8(level));
    }

    const auto isClaim = [&](qint8 score) {
        return ScoreMatrix::isScore(score) && score >= options.claimThreshold;
    };

    for (int p = 0; p < policies; ++p) {
        for (int g = 0; g < goals; ++g) {
            const qint8 *cell = scores.cell(p, g);
            const qint8 *highest =
                slotHighest.data() + (size_t(p) * size_t(goals) + size_t(g)) * size_t(evaluators);
            qint8 cellHighest = NoItem;
            for (int e = 0; e < evaluators; ++e) {
                cellHighest = std::max(cellHighest, highest[e]);
                if (isClaim(cell[e]) &&
                    stopsBeforeOutput(highest[e], options.flagCellsWithoutEvidence))
                    ++r.unsupportedClaimsPerEvaluator[e];
            }

            const std::optional<double> c = consensus.value(p, g);
            if (!c || *c < options.claimThreshold ||
                !stopsBeforeOutput(cellHighest, options.flagCellsWithoutEvidence))
                continue;
            Flag flag;
            flag.cell = CellRef{p, g};
            flag.consensus = *c;
            if (cellHighest == NoItem) {
                flag.reason = Reason::NoEvidence;
            } else {
                flag.reason = Reason::BelowOutcome;
                flag.highestLevel = ResultLevel(cellHighest);
            }
            r.flags.append(flag);
            ++r.flagsPerPolicy[p];
            for (int e = 0; e < evaluators; ++e) {
                if (isClaim(cell[e]))
                    ++r.flagsPerEvaluator[e];
            }
        }
    }
    return r;
}

QString EvidenceMaturity::flagText()
{
    return tr("effect claimed without outcome evidence");
}

QString EvidenceMaturity::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::BelowOutcome:
        return tr("the evidence stops at input or activity level");
    case Reason::NoEvidence:
        return tr("no evidence is recorded");
    }
    return QString();
}
