// Weight sensitivity: one-at-a-time stability intervals on hand-computed cases and
// against a brute-force sweep, and the Monte Carlo: reproducible for a seed whatever the
// number of threads, cancellable, with the Dirichlet moments it promises.
#include "scoring/Aggregation.h"
#include "scoring/Sensitivity.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();
using Level = Sensitivity::Level;

ConsensusTable table(int goals, const QList<double> &values)
{
    const int policies = int(values.size()) / goals;
    ConsensusTable c(policies, goals);
    for (int p = 0; p < policies; ++p) {
        for (int g = 0; g < goals; ++g) {
            const double v = values.at(p * goals + g);
            if (!std::isnan(v))
                c.set(p, g, v, ConsensusTable::Source::Computed);
        }
    }
    return c;
}

QVector<int> ranksAt(const ConsensusTable &c, const WeightSet &w)
{
    return Aggregation::competitionRanks(Aggregation::policyScores(c, w.effectiveWeights()));
}

QVector<int> leaders(const QVector<int> &ranks)
{
    QVector<int> result;
    for (int p = 0; p < ranks.size(); ++p) {
        if (ranks.at(p) == 1)
            result.append(p);
    }
    return result;
}

bool sameRanks(const Sensitivity::PolicyRanks &a, const Sensitivity::PolicyRanks &b)
{
    return a.baseRank == b.baseRank && a.medianRank == b.medianRank && a.rankP05 == b.rankP05 &&
           a.rankP95 == b.rankP95 && a.probabilityTopK == b.probabilityTopK &&
           a.probabilityFirst == b.probabilityFirst && a.rankedDraws == b.rankedDraws;
}

// 40 policies with continuous consensus values (no ties), some N/A; 3 dimensions with
// 2, 3 and 1 goals and uneven weights.
struct RandomCase
{
    WeightSet weights{3, {0, 0, 1, 1, 1, 2}};
    ConsensusTable consensus{40, 6};

    explicit RandomCase(quint64 seed)
    {
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> score(0, 4);
        std::uniform_real_distribution<double> raw(0.2, 3);
        for (int p = 0; p < consensus.policyCount(); ++p) {
            for (int g = 0; g < consensus.goalCount(); ++g) {
                const double v = score(rng);
                if (score(rng) > 0.4) // about 10 % N/A
                    consensus.set(p, g, v, ConsensusTable::Source::Computed);
            }
        }
        weights.setDimensionWeights({raw(rng), raw(rng), raw(rng)});
        weights.setGoalWeights(0, {raw(rng), raw(rng)});
        weights.setGoalWeights(1, {raw(rng), raw(rng), raw(rng)});
    }
};

} // namespace

Q_DECLARE_METATYPE(Sensitivity::Level)

class TestSensitivity : public QObject
{
    Q_OBJECT

private slots:
    void withWeight_data();
    void withWeight();
    void stability_data();
    void stability();
    void stabilityMatchesSweep_data();
    void stabilityMatchesSweep();

    void monteCarloReproducible();
    void monteCarloMatchesDirectDraws();
    void monteCarloFixedWeights();
    void monteCarloSymmetricTie();
    void monteCarloCancel();
    void monteCarloRefusesBadOptions();
    void dirichletMoments();
    void drawSeeds();
};

void TestSensitivity::withWeight_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("to");
    QTest::addColumn<QList<double>>("expected");

    QTest::newRow("up") << Level::Dimension << QList<double>{0.5, 0.3, 0.2} << 0 << 0.6
                        << QList<double>{0.6, 0.24, 0.16};
    QTest::newRow("to zero") << Level::Dimension << QList<double>{0.5, 0.3, 0.2} << 2 << 0.0
                             << QList<double>{0.625, 0.375, 0};
    QTest::newRow("to one") << Level::Dimension << QList<double>{0.5, 0.3, 0.2} << 1 << 1.0
                            << QList<double>{0, 1, 0};
    QTest::newRow("siblings at zero share equally")
        << Level::Dimension << QList<double>{1, 0, 0} << 0 << 0.4 << QList<double>{0.4, 0.3, 0.3};
    QTest::newRow("goal") << Level::Goal << QList<double>{0.5, 0.25, 0.25} << 1 << 0.5
                          << QList<double>{1.0 / 3, 0.5, 1.0 / 6};
    QTest::newRow("clamped") << Level::Goal << QList<double>{0.5, 0.25, 0.25} << 0 << 1.5
                             << QList<double>{1, 0, 0};
}

void TestSensitivity::withWeight()
{
    QFETCH(Level, level);
    QFETCH(QList<double>, weights);
    QFETCH(int, index);
    QFETCH(double, to);
    QFETCH(QList<double>, expected);

    // Dimension level: three dimensions of one goal; goal level: one dimension of three.
    WeightSet w = level == Level::Dimension ? WeightSet(3, {0, 1, 2}) : WeightSet(1, {0, 0, 0});
    QVERIFY(level == Level::Dimension ? w.setDimensionWeights(weights)
                                      : w.setGoalWeights(0, weights));
    const WeightSet moved = Sensitivity::withWeight(w, level, index, to);
    const QVector<double> actual =
        level == Level::Dimension ? moved.dimensionWeights() : moved.goalWeights(0);
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(actual.at(i) - expected.at(i)) < 1e-12,
                 qPrintable(QString::number(actual.at(i))));
}

void TestSensitivity::stability_data()
{
    QTest::addColumn<int>("dimensions");
    QTest::addColumn<QList<int>>("goalDimension");
    QTest::addColumn<QList<double>>("weights");   // dimension weights, or the goals of dimension 0
    QTest::addColumn<QList<double>>("consensus"); // policy-major
    QTest::addColumn<Level>("level");
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<double>>("top");      // lower, upper
    QTest::addColumn<QList<int>>("challengers"); // at lower, at upper
    QTest::addColumn<QList<double>>("rank");     // lower, upper

    const QList<int> twoDims = {0, 1};
    // Two dimensions of one goal, weights t and 1 − t. P = (4, 0): 4t; Q = (0, 4): 4 − 4t;
    // R = (2, 3): 3 − t. At t = 0.7: P 2.8 > R 2.3 > Q 1.2. P ties R at 0.6, Q at 0.5;
    // R ties Q at 1/3.
    const QList<double> pqr = {4, 0, 0, 4, 2, 3};
    QTest::newRow("dimension 0") << 2 << twoDims << QList<double>{0.7, 0.3} << pqr
                                 << Level::Dimension << 0 << QList<double>{0.6, 1}
                                 << QList<int>{2, -1} << QList<double>{0.6, 1};
    // The same seen from dimension 1 (s = 1 − t): P ties R at s = 0.4.
    QTest::newRow("dimension 1") << 2 << twoDims << QList<double>{0.7, 0.3} << pqr
                                 << Level::Dimension << 1 << QList<double>{0, 0.4}
                                 << QList<int>{-1, 2} << QList<double>{0, 0.4};
    // S = (N/A, 3) scores 3 whatever the weights and leads: P reaches it at 0.75, Q at 0.25.
    // Order S > P > R > Q; neighbours tie at 0.75 (S, P), 0.6 (P, R), 1/3 (R, Q).
    QTest::newRow("N/A goal") << 2 << twoDims << QList<double>{0.7, 0.3}
                              << (QList<double>(pqr) << NA << 3) << Level::Dimension << 0
                              << QList<double>{0.25, 0.75} << QList<int>{1, 0}
                              << QList<double>{0.6, 0.75};
    // One dimension of three goals at 1/3. P = (4, 1, 1), Q = (1, 3, 3). Moving goal 0 to
    // t: P = 1 + 3t, Q = 3 − 2t, tie at 0.4. Moving goal 1: P = 2.5 − 1.5t, Q = 2 + t, 0.2.
    const QList<double> goalsCase = {4, 1, 1, 1, 3, 3};
    QTest::newRow("goal 0") << 1 << QList<int>{0, 0, 0} << QList<double>{1, 1, 1} << goalsCase
                            << Level::Goal << 0 << QList<double>{0, 0.4} << QList<int>{-1, 0}
                            << QList<double>{0, 0.4};
    QTest::newRow("goal 1") << 1 << QList<int>{0, 0, 0} << QList<double>{1, 1, 1} << goalsCase
                            << Level::Goal << 1 << QList<double>{0.2, 1} << QList<int>{0, -1}
                            << QList<double>{0.2, 1};
    // P and Q tie now but differ: any move breaks the tie.
    QTest::newRow("current tie") << 2 << twoDims << QList<double>{0.5, 0.5}
                                 << QList<double>{4, 0, 0, 4} << Level::Dimension << 0
                                 << QList<double>{0.5, 0.5} << QList<int>{1, 1}
                                 << QList<double>{0.5, 0.5};
    // P and P' score identically: their tie never breaks. Q catches them at 0.5.
    QTest::newRow("identical tie")
        << 2 << twoDims << QList<double>{0.7, 0.3} << QList<double>{4, 0, 4, 0, 0, 4}
        << Level::Dimension << 0 << QList<double>{0.5, 1} << QList<int>{2, -1}
        << QList<double>{0.5, 1};
    // Dimension 1 at weight 0: Q = (N/A, 2) is unranked and enters, below P, as soon as
    // dimension 1 gets weight. P = (4, N/A) stays 4.
    QTest::newRow("entrant, from above")
        << 2 << twoDims << QList<double>{1, 0} << QList<double>{4, NA, NA, 2} << Level::Dimension
        << 0 << QList<double>{0, 1} << QList<int>{-1, -1} << QList<double>{1, 1};
    QTest::newRow("entrant, from below")
        << 2 << twoDims << QList<double>{1, 0} << QList<double>{4, NA, NA, 2} << Level::Dimension
        << 1 << QList<double>{0, 1} << QList<int>{-1, -1} << QList<double>{0, 0};
    // An entrant above the leader takes the top at once.
    QTest::newRow("entrant takes the top")
        << 2 << twoDims << QList<double>{1, 0} << QList<double>{2, NA, NA, 4} << Level::Dimension
        << 1 << QList<double>{0, 0} << QList<int>{-1, 1} << QList<double>{0, 0};
}

void TestSensitivity::stability()
{
    QFETCH(int, dimensions);
    QFETCH(QList<int>, goalDimension);
    QFETCH(QList<double>, weights);
    QFETCH(QList<double>, consensus);
    QFETCH(Level, level);
    QFETCH(int, index);
    QFETCH(QList<double>, top);
    QFETCH(QList<int>, challengers);
    QFETCH(QList<double>, rank);

    WeightSet w(dimensions, goalDimension);
    QVERIFY(dimensions > 1 ? w.setDimensionWeights(weights) : w.setGoalWeights(0, weights));
    const ConsensusTable c = table(int(goalDimension.size()), consensus);
    const Sensitivity::StabilityInterval si = Sensitivity::weightStability(c, w, level, index);
    QVERIFY(si.movable);
    const auto near = [](double a, double b) { return std::abs(a - b) < 1e-12; };
    const QString got = QStringLiteral("top [%1, %2] (%3, %4), rank [%5, %6]")
                            .arg(si.topLower)
                            .arg(si.topUpper)
                            .arg(si.topLowerChallenger)
                            .arg(si.topUpperChallenger)
                            .arg(si.rankLower)
                            .arg(si.rankUpper);
    QVERIFY2(near(si.topLower, top.at(0)) && near(si.topUpper, top.at(1)), qPrintable(got));
    QVERIFY2(si.topLowerChallenger == challengers.at(0) &&
                 si.topUpperChallenger == challengers.at(1),
             qPrintable(got));
    QVERIFY2(near(si.rankLower, rank.at(0)) && near(si.rankUpper, rank.at(1)), qPrintable(got));
}

void TestSensitivity::stabilityMatchesSweep_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1ULL, 2ULL, 3ULL, 4ULL, 5ULL})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

// Inside an interval the ranking is the current one; just beyond a bound that is not the
// end of the range it is not.
void TestSensitivity::stabilityMatchesSweep()
{
    QFETCH(quint64, seed);
    const RandomCase rc(seed);
    const QVector<int> base = ranksAt(rc.consensus, rc.weights);
    const QVector<int> baseLeaders = leaders(base);
    QCOMPARE(baseLeaders.size(), 1);

    const QVector<Sensitivity::StabilityInterval> all =
        Sensitivity::weightStability(rc.consensus, rc.weights);
    QCOMPARE(all.size(), 3 + 6);
    int boundsChecked = 0;
    for (const Sensitivity::StabilityInterval &si : all) {
        const QString what = QStringLiteral("%1 %2")
                                 .arg(si.level == Level::Dimension ? QStringLiteral("dimension")
                                                                   : QStringLiteral("goal"))
                                 .arg(si.index);
        if (!si.movable) {
            QCOMPARE(si.level, Level::Goal);
            continue;
        }
        QVERIFY2(si.rankLower <= si.weight && si.weight <= si.rankUpper, qPrintable(what));
        QVERIFY2(si.topLower <= si.rankLower && si.rankUpper <= si.topUpper, qPrintable(what));
        const auto ranksFor = [&](double t) {
            return ranksAt(rc.consensus,
                           Sensitivity::withWeight(rc.weights, si.level, si.index, t));
        };
        for (int k = 1; k < 20; ++k) {
            const double tr = si.rankLower + (si.rankUpper - si.rankLower) * k / 20.0;
            QVERIFY2(ranksFor(tr) == base, qPrintable(what + QStringLiteral(" at %1").arg(tr)));
            const double tt = si.topLower + (si.topUpper - si.topLower) * k / 20.0;
            QVERIFY2(leaders(ranksFor(tt)) == baseLeaders,
                     qPrintable(what + QStringLiteral(" top at %1").arg(tt)));
        }
        const double delta = 1e-7;
        if (si.rankUpper < 1) {
            QVERIFY2(ranksFor(si.rankUpper + delta) != base, qPrintable(what));
            ++boundsChecked;
        }
        if (si.rankLower > 0) {
            QVERIFY2(ranksFor(si.rankLower - delta) != base, qPrintable(what));
            ++boundsChecked;
        }
        if (si.topUpper < 1) {
            const QVector<int> beyond = leaders(ranksFor(si.topUpper + delta));
            QVERIFY2(beyond != baseLeaders, qPrintable(what));
            QVERIFY(beyond.contains(si.topUpperChallenger));
        }
        if (si.topLower > 0) {
            const QVector<int> beyond = leaders(ranksFor(si.topLower - delta));
            QVERIFY2(beyond != baseLeaders, qPrintable(what));
            QVERIFY(beyond.contains(si.topLowerChallenger));
        }
    }
    QVERIFY(boundsChecked > 0);
}

void TestSensitivity::monteCarloReproducible()
{
    const RandomCase rc(11);
    Sensitivity::MonteCarloOptions options;
    options.draws = 300;
    options.seed = 20240601;
    options.dimensionConcentration = 20;
    options.goalConcentration = 10;
    options.topK = 5;

    options.threads = 1;
    const Sensitivity::MonteCarloResult one =
        Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    QVERIFY(one.isValid());
    QCOMPARE(one.threads, 1);
    QCOMPARE(one.policies.size(), 40);
    for (int threads : {1, 2, 3}) {
        options.threads = threads;
        const Sensitivity::MonteCarloResult again =
            Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
        QCOMPARE(again.threads, threads);
        for (int p = 0; p < 40; ++p)
            QVERIFY2(sameRanks(one.policies.at(p), again.policies.at(p)),
                     qPrintable(QStringLiteral("policy %1 with %2 threads").arg(p).arg(threads)));
    }

    options.seed = 20240602;
    const Sensitivity::MonteCarloResult other =
        Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    bool differs = false;
    for (int p = 0; p < 40; ++p)
        differs = differs || !sameRanks(one.policies.at(p), other.policies.at(p));
    QVERIFY(differs);

    // Sanity of the statistics themselves.
    double firsts = 0;
    for (const Sensitivity::PolicyRanks &r : one.policies) {
        QVERIFY(r.rankP05 <= r.medianRank && r.medianRank <= r.rankP95);
        QVERIFY(r.probabilityFirst <= r.probabilityTopK);
        QCOMPARE(r.rankedDraws, 300);
        firsts += r.probabilityFirst;
    }
    QVERIFY(firsts >= 1.0 - 1e-12); // at least one policy ranks first in every draw
}

// Every draw redone by hand (its seed, its Dirichlet weights, scores, ranks) and the
// statistics computed by full sorting: the same numbers as monteCarlo(), which keeps the
// ranks in a matrix and uses partial sorts over threads.
void TestSensitivity::monteCarloMatchesDirectDraws()
{
    const RandomCase rc(15);
    Sensitivity::MonteCarloOptions options;
    options.draws = 101; // odd, and quantile positions that are not round
    options.seed = 99;
    options.dimensionConcentration = 5;
    options.goalConcentration = 8;
    options.topK = 4;
    options.threads = 2;
    const Sensitivity::MonteCarloResult r =
        Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    QVERIFY(r.isValid());

    const int policies = rc.consensus.policyCount();
    QVector<QVector<int>> columns(policies);
    for (int d = 0; d < options.draws; ++d) {
        std::mt19937_64 rng(Sensitivity::drawSeed(options.seed, d));
        const WeightSet w = Sensitivity::drawWeights(rc.weights, options.dimensionConcentration,
                                                     options.goalConcentration, rng);
        const QVector<int> ranks = ranksAt(rc.consensus, w);
        for (int p = 0; p < policies; ++p)
            columns[p].append(ranks.at(p));
    }
    // The smallest rank with at least q·N draws at or below it.
    const auto quantile = [](const QVector<int> &sorted, double q) {
        return sorted.at(int(std::ceil(q * sorted.size() - 1e-9)) - 1);
    };
    for (int p = 0; p < policies; ++p) {
        QVector<int> c = columns.at(p);
        std::sort(c.begin(), c.end());
        const Sensitivity::PolicyRanks &pr = r.policies.at(p);
        QCOMPARE(pr.medianRank, quantile(c, 0.5));
        QCOMPARE(pr.rankP05, quantile(c, 0.05));
        QCOMPARE(pr.rankP95, quantile(c, 0.95));
        QCOMPARE(pr.probabilityTopK,
                 double(std::count_if(c.cbegin(), c.cend(), [](int x) { return x <= 4; })) /
                     options.draws);
        QCOMPARE(pr.probabilityFirst, double(c.count(1)) / options.draws);
    }
}

void TestSensitivity::monteCarloFixedWeights()
{
    // Infinite concentration keeps the weights: every draw is the current ranking.
    const RandomCase rc(12);
    Sensitivity::MonteCarloOptions options;
    options.draws = 20;
    options.dimensionConcentration = Inf;
    options.goalConcentration = Inf;
    options.topK = 3;
    const Sensitivity::MonteCarloResult r =
        Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    QVERIFY(r.isValid());
    for (const Sensitivity::PolicyRanks &p : r.policies) {
        QCOMPARE(p.medianRank, p.baseRank);
        QCOMPARE(p.rankP05, p.baseRank);
        QCOMPARE(p.rankP95, p.baseRank);
        QCOMPARE(p.probabilityTopK, p.baseRank <= 3 ? 1.0 : 0.0);
        QCOMPARE(p.probabilityFirst, p.baseRank == 1 ? 1.0 : 0.0);
    }
}

void TestSensitivity::monteCarloSymmetricTie()
{
    // P = (4, 0) and Q = (0, 4) tie at equal weights; the Dirichlet is symmetric, so each
    // comes first in about half the draws. U is N/A everywhere: never ranked.
    WeightSet w(2, {0, 1});
    const ConsensusTable c = table(2, {4, 0, 0, 4, NA, NA});
    Sensitivity::MonteCarloOptions options;
    options.draws = 2000;
    options.dimensionConcentration = 10;
    const Sensitivity::MonteCarloResult r = Sensitivity::monteCarlo(c, w, options);
    QVERIFY(r.isValid());
    QCOMPARE(r.policies.at(0).baseRank, 1);
    QCOMPARE(r.policies.at(1).baseRank, 1);
    QVERIFY(std::abs(r.policies.at(0).probabilityFirst - 0.5) < 0.05);
    QCOMPARE(r.policies.at(0).probabilityFirst + r.policies.at(1).probabilityFirst, 1.0);
    QCOMPARE(r.policies.at(0).rankP05, 1);
    QCOMPARE(r.policies.at(0).rankP95, 2);
    QCOMPARE(r.policies.at(2).rankedDraws, 0);
    QCOMPARE(r.policies.at(2).baseRank, 0);
    QCOMPARE(r.policies.at(2).probabilityTopK, 0.0);
}

void TestSensitivity::monteCarloCancel()
{
    const RandomCase rc(13);
    Sensitivity::MonteCarloOptions options;
    options.draws = 400;
    options.threads = 2;
    std::atomic<bool> cancel{false};
    options.cancel = &cancel;

    QList<int> reports;
    options.progress = [&reports](int done, int total) {
        QCOMPARE(total, 400);
        reports.append(done);
    };
    Sensitivity::MonteCarloResult r = Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    QVERIFY(r.isValid());
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last(), 400);
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i - 1) <= reports.at(i));

    // Cancelled from the progress callback, as a dialog's Cancel button would. One thread,
    // so that no helper can finish the run before the first report.
    options.threads = 1;
    reports.clear();
    options.progress = [&](int done, int) {
        reports.append(done);
        cancel = true;
    };
    r = Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    QVERIFY(r.cancelled);
    QVERIFY(!r.isValid());
    QVERIFY(r.policies.isEmpty());
    QCOMPARE(reports.size(), 1); // one chunk of draws, then it stopped
    QVERIFY(reports.first() < 400);

    // Cancelled before it starts.
    options.threads = 2;
    reports.clear();
    r = Sensitivity::monteCarlo(rc.consensus, rc.weights, options);
    QVERIFY(r.cancelled);
    QVERIFY(reports.isEmpty());
}

void TestSensitivity::monteCarloRefusesBadOptions()
{
    const RandomCase rc(14);
    Sensitivity::MonteCarloOptions options;
    options.draws = 0;
    QVERIFY(!Sensitivity::monteCarlo(rc.consensus, rc.weights, options).error.isEmpty());
    options.draws = 10;
    options.goalConcentration = 0;
    QVERIFY(!Sensitivity::monteCarlo(rc.consensus, rc.weights, options).error.isEmpty());
    options.goalConcentration = 1;
    options.topK = 0;
    QVERIFY(!Sensitivity::monteCarlo(rc.consensus, rc.weights, options).error.isEmpty());
    options.topK = 1;
    QVERIFY(Sensitivity::monteCarlo(rc.consensus, rc.weights, options).isValid());
    QVERIFY(!Sensitivity::monteCarlo(rc.consensus, WeightSet(1, {0}), options).error.isEmpty());
}

void TestSensitivity::dirichletMoments()
{
    // Dirichlet(c·w): mean w, variance w(1 − w)/(c + 1). Goal level fixed (infinite).
    WeightSet w(3, {0, 1, 1, 2});
    QVERIFY(w.setDimensionWeights({0.5, 0.3, 0.2}));
    const double c = 50;
    std::mt19937_64 rng(7);
    const int n = 20000;
    double sum[3] = {0, 0, 0};
    double squares[3] = {0, 0, 0};
    for (int i = 0; i < n; ++i) {
        const WeightSet d = Sensitivity::drawWeights(w, c, Inf, rng);
        double total = 0;
        for (int k = 0; k < 3; ++k) {
            sum[k] += d.dimensionWeight(k);
            squares[k] += d.dimensionWeight(k) * d.dimensionWeight(k);
            total += d.dimensionWeight(k);
        }
        QVERIFY(std::abs(total - 1) < 1e-12);
        QCOMPARE(d.goalWeight(1), 0.5);
    }
    for (int k = 0; k < 3; ++k) {
        const double mean = sum[k] / n;
        const double variance = squares[k] / n - mean * mean;
        const double wk = w.dimensionWeight(k);
        QVERIFY2(std::abs(mean - wk) < 0.003, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(variance / (wk * (1 - wk) / (c + 1)) - 1) < 0.05,
                 qPrintable(QString::number(variance)));
    }
}

void TestSensitivity::drawSeeds()
{
    QSet<quint64> seeds;
    for (quint64 master : {0ULL, 1ULL, 2ULL}) {
        for (int d = 0; d < 1000; ++d)
            seeds.insert(Sensitivity::drawSeed(master, d));
    }
    QCOMPARE(seeds.size(), 3000);
    QCOMPARE(Sensitivity::drawSeed(42, 7), Sensitivity::drawSeed(42, 7));
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
