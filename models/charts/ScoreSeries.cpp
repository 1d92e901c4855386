#include "ScoreSeries.h"

#include <algorithm>
#include <numeric>

namespace ScoreSeries {

namespace {

// Codes in natural order: "P2" before "P10", whatever the locale's collation offers.
int naturalCompare(const QString &a, const QString &b)
{
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const QString na = a.mid(i, ei - i), nb = b.mid(j, ej - j);
            if (na.size() != nb.size() || na != nb) {
                qsizetype za = 0, zb = 0;
                while (za < na.size() - 1 && na.at(za) == QLatin1Char('0'))
                    ++za;
                while (zb < nb.size() - 1 && nb.at(zb) == QLatin1Char('0'))
                    ++zb;
                const QStringView va = QStringView(na).mid(za), vb = QStringView(nb).mid(zb);
                if (va.size() != vb.size())
                    return va.size() < vb.size() ? -1 : 1;
                if (const int c = va.compare(vb))
                    return c;
            }
            i = ei;
            j = ej;
            continue;
        }
        if (const int c =
                QStringView(a).mid(i, 1).compare(QStringView(b).mid(j, 1), Qt::CaseInsensitive))
            return c;
        ++i;
        ++j;
    }
    return int(a.size() - i) - int(b.size() - j);
}

QVector<int> allOr(const QVector<int> &policies, int count)
{
    if (!policies.isEmpty())
        return policies;
    QVector<int> all(count);
    std::iota(all.begin(), all.end(), 0);
    return all;
}

} // namespace

QVector<GoalScore> goalScores(const ScoringData &data, const ConsensusTable &consensus,
                              const QVector<int> &policies)
{
    const int goals = consensus.goalCount();
    const int evaluators = data.scores.evaluatorCount();
    const QVector<int> counted = allOr(policies, consensus.policyCount());
    QVector<GoalScore> rows(goals);
    std::vector<double> sums(size_t(std::max(evaluators, 0)));
    std::vector<int> counts(size_t(std::max(evaluators, 0)));
    for (int g = 0; g < goals; ++g) {
        GoalScore &row = rows[g];
        row.goal = g;
        double total = 0;
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        for (int p : counted) {
            if (p < 0 || p >= consensus.policyCount())
                continue;
            if (const std::optional<double> value = consensus.value(p, g)) {
                ++row.applicable;
                total += *value;
                if (*value >= Aggregation::StrongScore - Aggregation::TieTolerance)
                    ++row.strong;
            }
            if (p >= data.scores.policyCount() || g >= data.scores.goalCount())
                continue;
            const qint8 *cell = data.scores.cell(p, g);
            for (int e = 0; e < evaluators; ++e) {
                if (ScoreMatrix::isScore(cell[e])) {
                    sums[size_t(e)] += cell[e];
                    ++counts[size_t(e)];
                }
            }
        }
        if (row.applicable > 0)
            row.mean = total / row.applicable;
        for (int e = 0; e < evaluators; ++e) {
            if (counts[size_t(e)] == 0)
                continue;
            const double mean = sums[size_t(e)] / counts[size_t(e)];
            row.evaluatorMin = row.evaluatorsCounted == 0 ? mean : std::min(row.evaluatorMin, mean);
            row.evaluatorMax = row.evaluatorsCounted == 0 ? mean : std::max(row.evaluatorMax, mean);
            ++row.evaluatorsCounted;
        }
    }
    return rows;
}

QVector<int> heatmapRows(const ScoringData &data, const Evaluation::Result &result,
                         HeatmapOrder order)
{
    const int count = int(data.policyUuids.size());
    QVector<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    auto byCode = [&](int a, int b) {
        return naturalCompare(data.policyCodes.value(a), data.policyCodes.value(b)) < 0;
    };
    if (order == HeatmapOrder::ByCode) {
        std::stable_sort(rows.begin(), rows.end(), byCode);
        return rows;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int ra = result.ranks.value(a), rb = result.ranks.value(b);
        if ((ra == 0) != (rb == 0))
            return rb == 0; // ranked before unranked
        if (ra != rb)
            return ra < rb;
        return byCode(a, b);
    });
    return rows;
}

CellKind cellKind(const Evaluation::Result &result, int policy, int goal)
{
    if (result.consensus.isNotApplicable(policy, goal))
        return CellKind::NotApplicable;
    const bool hasDispersion =
        result.dispersion.goals > 0 &&
        policy * result.dispersion.goals + goal < result.dispersion.cells.size();
    if (hasDispersion && result.dispersion.at(policy, goal).disputed)
        return CellKind::Disputed;
    return CellKind::Scored;
}

Profile profile(const Evaluation::Result &result, const QVector<int> &policies)
{
    Profile profile;
    const int goals = result.consensus.goalCount();
    profile.portfolioMean.resize(goals);
    for (int g = 0; g < goals; ++g) {
        profile.portfolioMean[g] = g < result.coverage.size() ? result.coverage.at(g).meanConsensus
                                                              : ConsensusTable::NotApplicable;
    }
    for (int p : policies) {
        if (p < 0 || p >= result.consensus.policyCount())
            continue;
        QVector<double> line(goals);
        for (int g = 0; g < goals; ++g)
            line[g] = result.consensus.raw(p, g);
        profile.lines << line;
    }
    return profile;
}

QVector<RankRow> ranking(const Evaluation::Result &result,
                         const std::optional<Sensitivity::MonteCarloResult> &monteCarlo, int top,
                         const QVector<int> &include)
{
    QVector<int> order;
    for (int p = 0; p < result.ranks.size(); ++p) {
        if (result.ranks.at(p) > 0)
            order << p;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return result.ranks.at(a) < result.ranks.at(b); });
    const bool withInterval =
        monteCarlo && monteCarlo->isValid() && monteCarlo->policies.size() == result.ranks.size();
    QVector<RankRow> rows;
    for (int i = 0; i < order.size(); ++i) {
        const int p = order.at(i);
        if (i >= top && !include.contains(p))
            continue;
        RankRow row;
        row.policy = p;
        row.rank = result.ranks.at(p);
        row.score = result.policyScores.at(p).score;
        if (withInterval) {
            const Sensitivity::PolicyRanks &ranks = monteCarlo->policies.at(p);
            row.hasInterval = ranks.rankedDraws > 0;
            row.medianRank = ranks.medianRank;
            row.rankP05 = ranks.rankP05;
            row.rankP95 = ranks.rankP95;
            row.probabilityTopK = ranks.probabilityTopK;
        }
        rows << row;
    }
    return rows;
}

QVector<LevelCounts> maturityByGoal(const ScoringData &data, const QVector<int> &policies)
{
    QVector<LevelCounts> rows(int(data.goalUuids.size()), LevelCounts{});
    std::vector<bool> counted(size_t(data.policyUuids.size()), policies.isEmpty());
    for (int p : policies) {
        if (p >= 0 && p < int(counted.size()))
            counted[size_t(p)] = true;
    }
    for (const EvidenceMaturity::Item &item : data.evidence) {
        if (item.policy < 0 || item.policy >= int(counted.size()) || !counted[size_t(item.policy)])
            continue;
        if (item.goal < 0 || item.goal >= rows.size())
            continue;
        ++rows[item.goal][size_t(item.level)];
    }
    return rows;
}

QVector<LevelCounts> maturityByPolicy(const ScoringData &data, const QVector<int> &policies)
{
    QVector<LevelCounts> rows(policies.size(), LevelCounts{});
    QHash<int, int> rowOf;
    for (int i = 0; i < policies.size(); ++i)
        rowOf.insert(policies.at(i), i);
    for (const EvidenceMaturity::Item &item : data.evidence) {
        const auto it = rowOf.constFind(item.policy);
        if (it != rowOf.constEnd())
            ++rows[it.value()][size_t(item.level)];
    }
    return rows;
}

} // namespace ScoreSeries
