#include "Sensitivity.h"

#include "Aggregation.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

namespace {

constexpr double Eps = 1e-12;

// A policy's weighted sum N(t) = n0 + n1·t and weight sum M(t) = m0 + m1·t as the moving
// weight goes to t; its score is N/M.
struct Line
{
    double n0 = 0, n1 = 0, m0 = 0, m1 = 0;

    double n(double t) const { return n0 + n1 * t; }
    double m(double t) const { return m0 + m1 * t; }
};

// Coefficients of N_a·M_b − N_b·M_a = A t² + B t + C, whose sign is that of S_a − S_b.
struct Quadratic
{
    double a = 0, b = 0, c = 0;

    Quadratic(const Line &x, const Line &y)
        : a(x.n1 * y.m1 - y.n1 * x.m1)
        , b(x.n0 * y.m1 + x.n1 * y.m0 - y.n0 * x.m1 - y.n1 * x.m0)
        , c(x.n0 * y.m0 - y.n0 * x.m0)
    {}
    bool isZero() const { return std::abs(a) <= Eps && std::abs(b) <= Eps && std::abs(c) <= Eps; }

    // Real roots, in no particular order (numerically stable form).
    int roots(double *r) const
    {
        if (a == 0) {
            if (b == 0)
                return 0;
            r[0] = -c / b;
            return 1;
        }
        const double disc = b * b - 4 * a * c;
        if (disc < 0)
            return 0;
        const double q = -0.5 * (b + std::copysign(std::sqrt(disc), b));
        r[0] = q / a;
        if (q == 0)
            return 1;
        r[1] = c / q;
        return 2;
    }
};

// Nearest ties of x and y below and above t0 within [0, 1]; bounds stay as given if none.
// Roots at an end of the range where one of the two drops out (M = 0) are not ties.
void narrow(const Line &x, const Line &y, double t0, double *lower, double *upper, int challenger,
            int *lowerWho, int *upperWho)
{
    double r[2];
    const int count = Quadratic(x, y).roots(r);
    for (int i = 0; i < count; ++i) {
        const double t = r[i];
        if (t < -Eps || t > 1 + Eps)
            continue;
        if ((t < Eps || t > 1 - Eps) && (x.m(t) <= Eps || y.m(t) <= Eps))
            continue;
        if (t > t0 && t < *upper) {
            *upper = std::min(t, 1.0);
            if (upperWho)
                *upperWho = challenger;
        } else if (t < t0 && t > *lower) {
            *lower = std::max(t, 0.0);
            if (lowerWho)
                *lowerWho = challenger;
        }
    }
}

// The shape of the weights the Monte Carlo perturbs.
struct Shape
{
    int dimensions = 0;
    QVector<QVector<int>> goalsOf;
    QVector<int> dimensionOf;
    QVector<double> dimensionWeights;
    QVector<double> goalWeights;

    explicit Shape(const WeightSet &w)
        : dimensions(w.dimensionCount())
        , dimensionWeights(w.dimensionWeights())
    {
        for (int d = 0; d < dimensions; ++d)
            goalsOf.append(w.goalsOf(d));
        for (int g = 0; g < w.goalCount(); ++g) {
            dimensionOf.append(w.dimensionOf(g));
            goalWeights.append(w.goalWeight(g));
        }
    }
};

// Dirichlet(concentration × base) over `count` entries picked by `at`, written to `out`.
template<typename Index>
void dirichlet(const QVector<double> &base, int count, Index at, double concentration,
               std::mt19937_64 &rng, double *out)
{
    if (std::isinf(concentration)) {
        for (int i = 0; i < count; ++i)
            out[at(i)] = base.at(at(i));
        return;
    }
    double sum = 0;
    for (int i = 0; i < count; ++i) {
        const double alpha = concentration * base.at(at(i));
        // A fresh distribution per variate: std::gamma_distribution may cache normal
        // variates, and carrying them across draws would tie draws together.
        const double y = alpha > 0 ? std::gamma_distribution<double>(alpha, 1.0)(rng) : 0.0;
        out[at(i)] = y;
        sum += y;
    }
    for (int i = 0; i < count; ++i)
        out[at(i)] = sum > 0 ? out[at(i)] / sum : base.at(at(i));
}

void drawInto(const Shape &shape, double dimensionConcentration, double goalConcentration,
              std::mt19937_64 &rng, double *dimensionOut, double *goalOut)
{
    dirichlet(
        shape.dimensionWeights, shape.dimensions, [](int i) { return i; }, dimensionConcentration,
        rng, dimensionOut);
    for (int d = 0; d < shape.dimensions; ++d) {
        const QVector<int> &goals = shape.goalsOf.at(d);
        dirichlet(
            shape.goalWeights, int(goals.size()), [&goals](int i) { return goals.at(i); },
            goalConcentration, rng, goalOut);
    }
}

// Index (0-based, in ascending order) of the rank statistic at pct %: the smallest rank
// with at least pct % of the n ranks at or below it.
size_t quantileIndex(size_t n, int pct)
{
    return std::max<size_t>(1, (size_t(pct) * n + 99) / 100) - 1;
}

// Median and 5th/95th percentiles of one policy's ranks, reordering `ranks`: one
// nth_element for the median, then one on each side of it (linear, not a full sort).
void rankQuantiles(std::vector<int> &ranks, Sensitivity::PolicyRanks *out)
{
    const size_t n = ranks.size();
    const size_t m = quantileIndex(n, 50);
    const size_t lo = quantileIndex(n, 5);
    const size_t hi = quantileIndex(n, 95);
    std::nth_element(ranks.begin(), ranks.begin() + ptrdiff_t(m), ranks.end());
    out->medianRank = ranks[m];
    if (lo < m)
        std::nth_element(ranks.begin(), ranks.begin() + ptrdiff_t(lo),
                         ranks.begin() + ptrdiff_t(m));
    out->rankP05 = ranks[lo];
    if (hi > m)
        std::nth_element(ranks.begin() + ptrdiff_t(m) + 1, ranks.begin() + ptrdiff_t(hi),
                         ranks.end());
    out->rankP95 = ranks[hi];
}

} // namespace

WeightSet Sensitivity::withWeight(const WeightSet &weights, Level level, int index, double weight)
{
    const double t = std::clamp(weight, 0.0, 1.0);
    QVector<double> current;
    int position = index;
    int dimension = -1;
    if (level == Level::Dimension) {
        current = weights.dimensionWeights();
    } else {
        dimension = weights.dimensionOf(index);
        current = weights.goalWeights(dimension);
        position = int(weights.goalsOf(dimension).indexOf(index));
    }
    if (current.size() <= 1)
        return weights;

    const double siblings = 1.0 - current.at(position);
    for (int i = 0; i < current.size(); ++i) {
        if (i == position)
            continue;
        current[i] = siblings > Eps ? current.at(i) * (1.0 - t) / siblings
                                    : (1.0 - t) / (current.size() - 1);
    }
    current[position] = t;

    WeightSet result = weights;
    // Exactly 0 or 1 everywhere makes a level sum to 0 only if t = 0 with all siblings 0,
    // which the branch above rules out; setters cannot fail here.
    if (level == Level::Dimension)
        result.setDimensionWeights(current);
    else
        result.setGoalWeights(dimension, current);
    return result;
}

Sensitivity::StabilityInterval Sensitivity::weightStability(const ConsensusTable &consensus,
                                                            const WeightSet &weights, Level level,
                                                            int index)
{
    StabilityInterval si;
    si.level = level;
    si.index = index;
    int siblings = 0;
    if (level == Level::Dimension) {
        si.weight = weights.dimensionWeight(index);
        siblings = weights.dimensionCount();
    } else {
        si.weight = weights.goalWeight(index);
        siblings = int(weights.goalsOf(weights.dimensionOf(index)).size());
    }
    const double t0 = si.weight;
    if (siblings <= 1) {
        si.movable = false;
        si.topLower = si.topUpper = si.rankLower = si.rankUpper = t0;
        return si;
    }

    // Effective weights are affine in t: eff(t) = e0 + (e1 − e0)·t.
    const QVector<double> e0 = withWeight(weights, level, index, 0.0).effectiveWeights();
    const QVector<double> e1 = withWeight(weights, level, index, 1.0).effectiveWeights();
    const int policies = consensus.policyCount();
    const int goals = consensus.goalCount();
    Q_ASSERT(goals == weights.goalCount());

    std::vector<Line> lines(static_cast<size_t>(policies));
    std::vector<double> scores(static_cast<size_t>(policies), ConsensusTable::NotApplicable);
    // Policies unranked now that would get a score on one side: +1 above t0, −1 below.
    std::vector<int> entrantSide(static_cast<size_t>(policies), 0);
    for (int p = 0; p < policies; ++p) {
        Line &l = lines[size_t(p)];
        const double *row = consensus.row(p);
        for (int g = 0; g < goals; ++g) {
            if (std::isnan(row[g]))
                continue;
            const double slope = e1.at(g) - e0.at(g);
            l.n0 += e0.at(g) * row[g];
            l.n1 += slope * row[g];
            l.m0 += e0.at(g);
            l.m1 += slope;
        }
        if (l.m(t0) > Eps) {
            scores[size_t(p)] = l.n(t0) / l.m(t0);
        } else if (std::abs(l.m1) > Eps) {
            // M vanishes at t0 and so does N; on the side where M > 0 the score is the
            // constant n1/m1. Model it as such a constant line.
            entrantSide[size_t(p)] = l.m1 > 0 ? 1 : -1;
            l = Line{l.n1 / l.m1, 0, 1, 0};
        }
    }

    std::vector<int> ranks(static_cast<size_t>(policies));
    std::vector<int> order;
    Aggregation::competitionRanks(scores.data(), policies, ranks.data(), order);

    // Any rank: neighbours in the current order, and entrants.
    for (size_t k = 0; k + 1 < order.size(); ++k) {
        const int a = order[k];
        const int b = order[k + 1];
        if (std::abs(scores[size_t(a)] - scores[size_t(b)]) <= Aggregation::TieTolerance) {
            if (!Quadratic(lines[size_t(a)], lines[size_t(b)]).isZero())
                si.rankLower = si.rankUpper = t0;
            continue;
        }
        narrow(lines[size_t(a)], lines[size_t(b)], t0, &si.rankLower, &si.rankUpper, -1, nullptr,
               nullptr);
    }
    for (int p = 0; p < policies; ++p) {
        if (entrantSide[size_t(p)] > 0)
            si.rankUpper = t0;
        else if (entrantSide[size_t(p)] < 0)
            si.rankLower = t0;
    }

    // Top: the leader against everyone else.
    if (order.empty()) {
        for (int p = 0; p < policies; ++p) {
            if (entrantSide[size_t(p)] > 0)
                si.topUpper = t0;
            else if (entrantSide[size_t(p)] < 0)
                si.topLower = t0;
        }
        return si;
    }
    const int leader = order.front();
    const Line &top = lines[size_t(leader)];
    for (int q = 0; q < policies; ++q) {
        if (q == leader)
            continue;
        const int side = entrantSide[size_t(q)];
        if (side != 0) {
            // q enters with a constant score: at or above the leader's, it ties or takes
            // the top at once; below, it can still catch the leader further on.
            const double gap = lines[size_t(q)].n0 - scores[size_t(leader)];
            double lower = 0;
            double upper = 1;
            if (gap >= -Aggregation::TieTolerance)
                lower = upper = t0;
            else
                narrow(lines[size_t(q)], top, t0, &lower, &upper, q, nullptr, nullptr);
            if (side > 0 && upper < si.topUpper) {
                si.topUpper = upper;
                si.topUpperChallenger = q;
            } else if (side < 0 && lower > si.topLower) {
                si.topLower = lower;
                si.topLowerChallenger = q;
            }
            continue;
        }
        if (std::isnan(scores[size_t(q)]))
            continue;
        if (ranks[size_t(q)] == 1) {
            if (!Quadratic(lines[size_t(q)], top).isZero()) {
                si.topLower = si.topUpper = t0;
                si.topLowerChallenger = si.topUpperChallenger = q;
            }
            continue;
        }
        narrow(lines[size_t(q)], top, t0, &si.topLower, &si.topUpper, q, &si.topLowerChallenger,
               &si.topUpperChallenger);
    }
    return si;
}

QVector<Sensitivity::StabilityInterval>
Sensitivity::weightStability(const ConsensusTable &consensus, const WeightSet &weights)
{
    QVector<StabilityInterval> result;
    for (int d = 0; d < weights.dimensionCount(); ++d)
        result.append(weightStability(consensus, weights, Level::Dimension, d));
    for (int g = 0; g < weights.goalCount(); ++g)
        result.append(weightStability(consensus, weights, Level::Goal, g));
    return result;
}

quint64 Sensitivity::drawSeed(quint64 seed, int draw)
{
    // SplitMix64 (Steele, Lea, Flood 2014) of seed + (draw + 1)·γ: well-mixed, distinct
    // seeds for neighbouring draws and seeds.
    quint64 z = seed + (quint64(draw) + 1) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

WeightSet Sensitivity::drawWeights(const WeightSet &weights, double dimensionConcentration,
                                   double goalConcentration, std::mt19937_64 &rng)
{
    const Shape shape(weights);
    QVector<double> dims(shape.dimensions);
    QVector<double> goals(shape.goalWeights.size());
    drawInto(shape, dimensionConcentration, goalConcentration, rng, dims.data(), goals.data());
    WeightSet result = weights;
    result.setDimensionWeights(dims);
    for (int d = 0; d < shape.dimensions; ++d) {
        QVector<double> level;
        for (int g : shape.goalsOf.at(d))
            level.append(goals.at(g));
        result.setGoalWeights(d, level);
    }
    return result;
}

Sensitivity::MonteCarloResult Sensitivity::monteCarlo(const ConsensusTable &consensus,
                                                      const WeightSet &weights,
                                                      const MonteCarloOptions &options)
{
    MonteCarloResult result;
    result.draws = options.draws;
    result.topK = options.topK;
    const int policies = consensus.policyCount();
    const int goals = consensus.goalCount();
    const auto validConcentration = [](double c) { return c > 0 && !std::isnan(c); };
    if (options.draws < 1)
        result.error = tr("The number of draws must be at least 1.");
    else if (!validConcentration(options.dimensionConcentration) ||
             !validConcentration(options.goalConcentration))
        result.error = tr("The concentration must be greater than zero.");
    else if (options.topK < 1)
        result.error = tr("k must be at least 1.");
    else if (policies >= 65535)
        result.error = tr("Too many policies for the Monte Carlo analysis.");
    else if (goals != weights.goalCount())
        result.error = tr("The weights do not match the framework of the scores.");
    if (!result.error.isEmpty())
        return result;

    const int threads =
        std::clamp(options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency()),
                   1, std::min(64, options.draws));
    result.threads = threads;

    const Shape shape(weights);
    // Ranks of every draw, draw-major; 0 = unranked in that draw.
    std::vector<quint16> ranks(static_cast<size_t>(options.draws) * size_t(policies));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};
    constexpr int Chunk = 8;

    const auto work = [&](bool reporting) {
        std::vector<double> dims(static_cast<size_t>(shape.dimensions));
        std::vector<double> goalW(static_cast<size_t>(goals));
        std::vector<double> effective(static_cast<size_t>(goals));
        std::vector<double> scores(static_cast<size_t>(policies));
        std::vector<int> drawRanks(static_cast<size_t>(policies));
        std::vector<int> order;
        for (;;) {
            const int first = next.fetch_add(Chunk);
            if (first >= options.draws)
                break;
            const int last = std::min(first + Chunk, options.draws);
            for (int d = first; d < last; ++d) {
                if (stopped.load(std::memory_order_relaxed) ||
                    (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                    stopped = true;
                    return;
                }
                std::mt19937_64 rng(drawSeed(options.seed, d));
                drawInto(shape, options.dimensionConcentration, options.goalConcentration, rng,
                         dims.data(), goalW.data());
                for (int g = 0; g < goals; ++g)
                    effective[size_t(g)] = dims[size_t(shape.dimensionOf.at(g))] * goalW[size_t(g)];
                for (int p = 0; p < policies; ++p)
                    scores[size_t(p)] =
                        Aggregation::policyScore(consensus.row(p), effective.data(), goals);
                Aggregation::competitionRanks(scores.data(), policies, drawRanks.data(), order);
                quint16 *out = ranks.data() + size_t(d) * size_t(policies);
                for (int p = 0; p < policies; ++p)
                    out[p] = quint16(drawRanks[size_t(p)]);
            }
            const int completed = done.fetch_add(last - first) + (last - first);
            if (reporting && options.progress)
                options.progress(completed, options.draws);
        }
    };

    std::vector<std::thread> helpers;
    for (int i = 1; i < threads; ++i)
        helpers.emplace_back(work, false);
    work(true);
    for (std::thread &t : helpers)
        t.join();
    if (stopped) {
        result.cancelled = true;
        return result;
    }
    if (options.progress)
        options.progress(options.draws, options.draws);

    // Statistics per policy. The rank matrix is draw-major, so policies are read in blocks
    // (contiguous within a draw); blocks are split statically over the same threads, each
    // policy's numbers depending on its own ranks only.
    const QVector<int> base = Aggregation::competitionRanks(
        Aggregation::policyScores(consensus, weights.effectiveWeights()));
    result.policies.resize(policies);
    PolicyRanks *stats = result.policies.data(); // detached once, before the threads
    const auto summarise = [&](int firstPolicy, int lastPolicy) {
        constexpr int Block = 64;
        std::vector<std::vector<int>> columns(Block);
        for (std::vector<int> &c : columns)
            c.reserve(size_t(options.draws));
        for (int p0 = firstPolicy; p0 < lastPolicy; p0 += Block) {
            const int p1 = std::min(p0 + Block, lastPolicy);
            for (std::vector<int> &c : columns)
                c.clear();
            for (int d = 0; d < options.draws; ++d) {
                const quint16 *row = ranks.data() + size_t(d) * size_t(policies);
                for (int p = p0; p < p1; ++p) {
                    if (row[p] != 0)
                        columns[size_t(p - p0)].push_back(row[p]);
                }
            }
            for (int p = p0; p < p1; ++p) {
                std::vector<int> &column = columns[size_t(p - p0)];
                PolicyRanks &pr = stats[p];
                pr.baseRank = base.at(p);
                pr.rankedDraws = int(column.size());
                const auto topK = std::count_if(column.cbegin(), column.cend(),
                                                [&](int r) { return r <= options.topK; });
                const auto first =
                    std::count_if(column.cbegin(), column.cend(), [](int r) { return r == 1; });
                pr.probabilityTopK = double(topK) / options.draws;
                pr.probabilityFirst = double(first) / options.draws;
                if (!column.empty())
                    rankQuantiles(column, &pr);
            }
        }
    };
    const int share = (policies + threads - 1) / threads;
    helpers.clear();
    for (int i = 1; i < threads; ++i)
        helpers.emplace_back(summarise, std::min(policies, i * share),
                             std::min(policies, (i + 1) * share));
    summarise(0, std::min(policies, share));
    for (std::thread &t : helpers)
        t.join();
    return result;
}
