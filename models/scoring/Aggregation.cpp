#include "Aggregation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace {

constexpr int ValueCount = Score::Max - Score::Min + 1;

// Scores per value 0..4 of one cell; N/A and unscored tallied apart.
struct CellTally
{
    std::array<int, ValueCount> counts{};
    int scores = 0;
    int notApplicable = 0;

    CellTally(const qint8 *values, int count)
    {
        for (int e = 0; e < count; ++e) {
            const qint8 v = values[e];
            if (ScoreMatrix::isScore(v)) {
                ++counts[v - Score::Min];
                ++scores;
            } else if (v == ScoreMatrix::NotApplicable) {
                ++notApplicable;
            }
        }
    }

    // The k-th smallest score (0-based).
    int nth(int k) const
    {
        for (int v = 0; v < ValueCount; ++v) {
            if (k < counts[v])
                return v + Score::Min;
            k -= counts[v];
        }
        return Score::Max;
    }
};

} // namespace

std::optional<double> Aggregation::cellConsensus(const qint8 *values, int count, Method method)
{
    const CellTally t(values, count);
    if (t.scores == 0)
        return std::nullopt;
    if (method == Method::Median) {
        const int lo = t.nth((t.scores - 1) / 2);
        const int hi = t.nth(t.scores / 2);
        return (lo + hi) / 2.0;
    }
    int sum = 0;
    for (int v = 0; v < ValueCount; ++v)
        sum += t.counts[v] * (v + Score::Min);
    return double(sum) / t.scores;
}

ConsensusTable Aggregation::consensus(const ScoreMatrix &scores, Method method,
                                      const ConsensusOverrides &overrides)
{
    ConsensusTable table(scores.policyCount(), scores.goalCount());
    const int evaluators = scores.evaluatorCount();
    for (int p = 0; p < scores.policyCount(); ++p) {
        for (int g = 0; g < scores.goalCount(); ++g) {
            const qint8 *cell = scores.cell(p, g);
            const std::optional<double> value = cellConsensus(cell, evaluators, method);
            if (value) {
                table.set(p, g, value, ConsensusTable::Source::Computed);
            } else {
                const bool anyAnswer = CellTally(cell, evaluators).notApplicable > 0;
                table.set(p, g, std::nullopt,
                          anyAnswer ? ConsensusTable::Source::AllNotApplicable
                                    : ConsensusTable::Source::Unscored);
            }
        }
    }
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const CellRef cell = it.key();
        if (cell.policy >= 0 && cell.policy < table.policyCount() && cell.goal >= 0 &&
            cell.goal < table.goalCount())
            table.set(cell.policy, cell.goal, it.value(), ConsensusTable::Source::Override);
    }
    return table;
}

double Aggregation::policyScore(const double *consensusRow, const double *effectiveWeights,
                                int goals)
{
    double weighted = 0;
    double weights = 0;
    for (int g = 0; g < goals; ++g) {
        const double c = consensusRow[g];
        if (!std::isnan(c)) {
            weighted += effectiveWeights[g] * c;
            weights += effectiveWeights[g];
        }
    }
    return weights > 0 ? weighted / weights : ConsensusTable::NotApplicable;
}

QVector<Aggregation::PolicyScore> Aggregation::policyScores(const ConsensusTable &consensus,
                                                            const QVector<double> &effectiveWeights)
{
    Q_ASSERT(effectiveWeights.size() == consensus.goalCount());
    QVector<PolicyScore> result(consensus.policyCount());
    for (int p = 0; p < consensus.policyCount(); ++p) {
        PolicyScore &s = result[p];
        const double *row = consensus.row(p);
        for (int g = 0; g < consensus.goalCount(); ++g) {
            if (!std::isnan(row[g])) {
                ++s.goalsCounted;
                s.weightCounted += effectiveWeights.at(g);
            }
        }
        s.score = policyScore(row, effectiveWeights.constData(), consensus.goalCount());
        s.percent = s.score * 25.0;
    }
    return result;
}

void Aggregation::competitionRanks(const double *scores, int count, int *ranks,
                                   std::vector<int> &order)
{
    order.clear();
    for (int i = 0; i < count; ++i) {
        if (std::isnan(scores[i]))
            ranks[i] = 0;
        else
            order.push_back(i);
    }
    // Ties broken by index so the order, and so the grouping below, is deterministic.
    std::sort(order.begin(), order.end(), [scores](int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    });
    int groupRank = 1;
    double groupScore = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        const double s = scores[order[k]];
        if (k == 0 || s < groupScore - TieTolerance) {
            groupRank = int(k) + 1;
            groupScore = s;
        }
        ranks[order[k]] = groupRank;
    }
}

QVector<int> Aggregation::competitionRanks(const QVector<double> &scores)
{
    QVector<int> ranks(scores.size());
    std::vector<int> order;
    competitionRanks(scores.constData(), int(scores.size()), ranks.data(), order);
    return ranks;
}

QVector<int> Aggregation::competitionRanks(const QVector<PolicyScore> &scores)
{
    QVector<double> values(scores.size());
    for (int i = 0; i < scores.size(); ++i)
        values[i] = scores.at(i).score;
    return competitionRanks(values);
}

QVector<Aggregation::GoalCoverage> Aggregation::goalCoverage(const ConsensusTable &consensus,
                                                             double strongScore)
{
    QVector<GoalCoverage> result(consensus.goalCount());
    QVector<double> sums(consensus.goalCount(), 0.0);
    for (int p = 0; p < consensus.policyCount(); ++p) {
        const double *row = consensus.row(p);
        for (int g = 0; g < consensus.goalCount(); ++g) {
            if (std::isnan(row[g]))
                continue;
            sums[g] += row[g];
            ++result[g].policiesApplicable;
            if (row[g] >= strongScore)
                ++result[g].policiesStrong;
        }
    }
    for (int g = 0; g < consensus.goalCount(); ++g) {
        if (result.at(g).policiesApplicable > 0)
            result[g].meanConsensus = sums.at(g) / result.at(g).policiesApplicable;
    }
    return result;
}

Aggregation::CellDispersion Aggregation::cellDispersion(const qint8 *values, int count,
                                                        double disputedRange)
{
    const CellTally t(values, count);
    CellDispersion d;
    d.scores = t.scores;
    if (t.scores == 0)
        return d;
    double sum = 0;
    for (int v = 0; v < ValueCount; ++v)
        sum += double(t.counts[v]) * (v + Score::Min);
    const double mean = sum / t.scores;
    double squares = 0;
    for (int v = 0; v < ValueCount; ++v)
        squares += t.counts[v] * (v + Score::Min - mean) * (v + Score::Min - mean);
    d.standardDeviation = std::sqrt(squares / t.scores);
    d.range = t.nth(t.scores - 1) - t.nth(0);
    d.disputed = d.range >= disputedRange;
    return d;
}

Aggregation::Dispersion Aggregation::dispersion(const ScoreMatrix &scores, double disputedRange)
{
    Dispersion result;
    result.goals = scores.goalCount();
    result.cells.resize(qsizetype(scores.policyCount()) * scores.goalCount());
    for (int p = 0; p < scores.policyCount(); ++p) {
        for (int g = 0; g < scores.goalCount(); ++g) {
            CellDispersion &d = result.cells[qsizetype(p) * scores.goalCount() + g];
            d = cellDispersion(scores.cell(p, g), scores.evaluatorCount(), disputedRange);
            if (d.disputed)
                result.disputed.append(CellRef{p, g});
        }
    }
    return result;
}

QString Aggregation::methodName(Method method)
{
    switch (method) {
    case Method::Mean:
        return tr("Mean");
    case Method::Median:
        return tr("Median");
    }
    return QString();
}

QString Aggregation::overrideLabel()
{
    return tr("set by lead evaluator");
}

QString Aggregation::disputedLabel()
{
    return tr("disputed");
}
