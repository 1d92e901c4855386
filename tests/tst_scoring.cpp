// The scoring engine's formulas on hand-computable cases: weights, AHP, consensus,
// policy scores, ranks, coverage, dispersion and evidence maturity.
#include "domain/Framework.h"
#include "scoring/Aggregation.h"
#include "scoring/Ahp.h"
#include "scoring/EvidenceMaturity.h"
#include "scoring/ScoreMatrix.h"
#include "scoring/WeightSet.h"

#include <QtTest>
#include <cmath>
#include <limits>

namespace {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

// "3,NA,-": a score, "not applicable", unscored.
QVector<qint8> slotsFrom(const QString &spec)
{
    QVector<qint8> result;
    if (spec.isEmpty())
        return result;
    for (const QString &part : spec.split(QLatin1Char(','))) {
        if (part == QLatin1String("NA"))
            result.append(ScoreMatrix::NotApplicable);
        else if (part == QLatin1String("-"))
            result.append(ScoreMatrix::Unscored);
        else
            result.append(qint8(part.toInt()));
    }
    return result;
}

bool sameDouble(double actual, double expected, double tolerance = 1e-9)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= tolerance;
}

#define COMPARE_DOUBLE(actual, expected, tolerance)                                                \
    do {                                                                                           \
        const double a_ = (actual);                                                                \
        const double e_ = (expected);                                                              \
        if (!sameDouble(a_, e_, tolerance))                                                        \
            QFAIL(qPrintable(QStringLiteral("%1 is %2, expected %3")                               \
                                 .arg(QLatin1String(#actual))                                      \
                                 .arg(a_, 0, 'g', 12)                                              \
                                 .arg(e_, 0, 'g', 12)));                                           \
    } while (false)

// Two dimensions: D0 with goals 0 and 1, D1 with goal 2.
WeightSet threeGoals()
{
    return WeightSet(2, {0, 0, 1});
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data();
    void normalise();
    void effectiveWeights_data();
    void effectiveWeights();
    void weightsRefuseBadInput();
    void weightsFromFramework();

    void ahpSaaty1990();
    void ahpHandComputed_data();
    void ahpHandComputed();
    void ahpPinpointsInconsistentPair();
    void ahpRandomIndex_data();
    void ahpRandomIndex();

    void consensus_data();
    void consensus();
    void consensusOverrides();
    void policyScores_data();
    void policyScores();
    void ranks_data();
    void ranks();
    void goalCoverage();
    void dispersion_data();
    void dispersion();
    void disputedList();
    void matrixFromScores();

    void evidenceMaturity_data();
    void evidenceMaturity();
};

void TestScoring::normalise_data()
{
    QTest::addColumn<QList<double>>("raw");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<double>>("expected");

    QTest::newRow("equal points") << QList<double>{1, 1, 1, 1} << true
                                  << QList<double>{0.25, 0.25, 0.25, 0.25};
    QTest::newRow("percentages") << QList<double>{30, 20, 50} << true
                                 << QList<double>{0.3, 0.2, 0.5};
    QTest::newRow("percentages not summing to 100")
        << QList<double>{40, 40} << true << QList<double>{0.5, 0.5};
    QTest::newRow("a zero") << QList<double>{2, 0, 2} << true << QList<double>{0.5, 0, 0.5};
    QTest::newRow("single") << QList<double>{7} << true << QList<double>{1};
    QTest::newRow("empty") << QList<double>{} << true << QList<double>{};
    QTest::newRow("all zero") << QList<double>{0, 0} << false << QList<double>{};
    QTest::newRow("negative") << QList<double>{-1, 2} << false << QList<double>{};
    QTest::newRow("not a number") << QList<double>{NA, 1} << false << QList<double>{};
    QTest::newRow("infinite") << QList<double>{std::numeric_limits<double>::infinity(), 1} << false
                              << QList<double>{};
}

void TestScoring::normalise()
{
    QFETCH(QList<double>, raw);
    QFETCH(bool, valid);
    QFETCH(QList<double>, expected);

    QString error;
    const std::optional<QVector<double>> result = WeightSet::normalise(raw, &error);
    QCOMPARE(result.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        return;
    QCOMPARE(result->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        COMPARE_DOUBLE(result->at(i), expected.at(i), 1e-15);
}

void TestScoring::effectiveWeights_data()
{
    QTest::addColumn<QList<double>>("dimensions");
    QTest::addColumn<QList<double>>("goalsOfFirst");
    QTest::addColumn<QList<double>>("expected");

    // Defaults: 1/2 per dimension; D0's two goals 1/2 each, D1's only goal 1.
    QTest::newRow("equal") << QList<double>{} << QList<double>{} << QList<double>{0.25, 0.25, 0.5};
    // 3:1 → 0.75/0.25; goals 1:3 → 0.25/0.75: 0.1875, 0.5625, 0.25.
    QTest::newRow("points") << QList<double>{3, 1} << QList<double>{1, 3}
                            << QList<double>{0.1875, 0.5625, 0.25};
    QTest::newRow("percentages") << QList<double>{60, 40} << QList<double>{50, 50}
                                 << QList<double>{0.3, 0.3, 0.4};
    QTest::newRow("dimension at zero")
        << QList<double>{0, 1} << QList<double>{} << QList<double>{0, 0, 1};
}

void TestScoring::effectiveWeights()
{
    QFETCH(QList<double>, dimensions);
    QFETCH(QList<double>, goalsOfFirst);
    QFETCH(QList<double>, expected);

    WeightSet w = threeGoals();
    if (!dimensions.isEmpty())
        QVERIFY(w.setDimensionWeights(dimensions));
    if (!goalsOfFirst.isEmpty())
        QVERIFY(w.setGoalWeights(0, goalsOfFirst));
    const QVector<double> eff = w.effectiveWeights();
    QCOMPARE(eff.size(), expected.size());
    double sum = 0;
    for (int g = 0; g < expected.size(); ++g) {
        COMPARE_DOUBLE(eff.at(g), expected.at(g), 1e-15);
        COMPARE_DOUBLE(w.effectiveWeight(g), w.dimensionWeight(w.dimensionOf(g)) * w.goalWeight(g),
                       0);
        sum += eff.at(g);
    }
    COMPARE_DOUBLE(sum, 1.0, 1e-15);
    if (!dimensions.isEmpty())
        QCOMPARE(w.rawDimensionWeights(), QVector<double>(dimensions));
}

void TestScoring::weightsRefuseBadInput()
{
    WeightSet w = threeGoals();
    QVERIFY(w.setDimensionWeights({1, 3}));
    QString error;
    QVERIFY(!w.setDimensionWeights({1, 2, 3}, &error)); // wrong count
    QVERIFY(!error.isEmpty());
    QVERIFY(!w.setDimensionWeights({0, 0}));
    QVERIFY(!w.setGoalWeights(0, {-1, 1}));
    QVERIFY(!w.setGoalWeights(1, {1, 1}));
    // Unchanged by the refusals.
    COMPARE_DOUBLE(w.dimensionWeight(0), 0.25, 0);
    COMPARE_DOUBLE(w.goalWeight(0), 0.5, 0);
    w.resetToEqual();
    COMPARE_DOUBLE(w.dimensionWeight(0), 0.5, 0);
}

void TestScoring::weightsFromFramework()
{
    const auto node = [](const QString &code, const QString &parent) {
        GoalNode n;
        n.code = code;
        n.parentCode = parent;
        return n;
    };
    const Framework framework(
        QStringLiteral("t"), QStringLiteral("t"), QStringLiteral("t"),
        {node(QStringLiteral("A"), QString()), node(QStringLiteral("A1"), QStringLiteral("A")),
         node(QStringLiteral("A2"), QStringLiteral("A")), node(QStringLiteral("B"), QString()),
         node(QStringLiteral("B1"), QStringLiteral("B")), node(QStringLiteral("C"), QString())});
    const WeightSet w = WeightSet::fromFramework(framework);
    QCOMPARE(w.dimensionCount(), 3);
    QCOMPARE(w.goalCount(), 3);
    QCOMPARE(w.dimensionOf(2), 1);
    QCOMPARE(w.goalsOf(0), (QVector<int>{0, 1}));
    QVERIFY(w.goalsOf(2).isEmpty());
    // C has no goals but keeps its third: effective weights sum to 2/3.
    COMPARE_DOUBLE(w.effectiveWeight(0), 1.0 / 6, 1e-15);
    COMPARE_DOUBLE(w.effectiveWeight(2), 1.0 / 3, 1e-15);
}

// T. L. Saaty, "How to make a decision: The analytic hierarchy process", European Journal
// of Operational Research 48 (1990) 9–26: the house-buying example, the 8 × 8 matrix of
// criteria (size, transportation, neighbourhood, age, yard, modern facilities, general
// condition, financing). Published: priorities .173 .054 .188 .018 .031 .036 .167 .333,
// λmax = 9.669, C.I. = 0.238, C.R. = 0.169 (RI for n = 8: 1.41).
void TestScoring::ahpSaaty1990()
{
    const double upper[8][8] = {
        {1, 5, 3, 7, 6, 6, 1.0 / 3, 1.0 / 4},
        {0, 1, 1.0 / 3, 5, 3, 3, 1.0 / 5, 1.0 / 7},
        {0, 0, 1, 6, 3, 4, 6, 1.0 / 5},
        {0, 0, 0, 1, 1.0 / 3, 1.0 / 4, 1.0 / 7, 1.0 / 8},
        {0, 0, 0, 0, 1, 1.0 / 2, 1.0 / 5, 1.0 / 6},
        {0, 0, 0, 0, 0, 1, 1.0 / 5, 1.0 / 6},
        {0, 0, 0, 0, 0, 0, 1, 1.0 / 2},
        {0, 0, 0, 0, 0, 0, 0, 1},
    };
    PairwiseMatrix m(8);
    for (int i = 0; i < 8; ++i) {
        for (int j = i + 1; j < 8; ++j) {
            QVERIFY(PairwiseMatrix::isSaatyValue(upper[i][j]));
            QVERIFY(m.set(i, j, upper[i][j]));
        }
    }
    const Ahp::Result r = Ahp::compute(m);
    QVERIFY(r.converged);
    const double published[] = {.173, .054, .188, .018, .031, .036, .167, .333};
    for (int i = 0; i < 8; ++i)
        COMPARE_DOUBLE(r.weights.at(i), published[i], 0.0005);
    COMPARE_DOUBLE(r.lambdaMax, 9.669, 0.0005);
    COMPARE_DOUBLE(r.consistencyIndex, 0.238, 0.0005);
    COMPARE_DOUBLE(r.randomIndex, 1.41, 0);
    COMPARE_DOUBLE(r.consistencyRatio, 0.169, 0.0005);
    QVERIFY(!r.isAcceptable());
    QVERIFY(!Ahp::consistencyWarning(r).isEmpty());
    QCOMPARE(r.pairs.size(), 28);
}

void TestScoring::ahpHandComputed_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<double>>("upper"); // a_ij for i < j, row by row
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("lambdaMax");
    QTest::addColumn<double>("ratio");

    QTest::newRow("single") << 1 << QList<double>{} << QList<double>{1} << 1.0 << 0.0;
    // n = 2 is always consistent: w = (a, 1)/(a + 1).
    QTest::newRow("two") << 2 << QList<double>{3} << QList<double>{0.75, 0.25} << 2.0 << 0.0;
    // a_ij = w_i / w_j for w = (0.4, 0.3, 0.2, 0.1): λmax = n, CR = 0.
    QTest::newRow("consistent four") << 4 << QList<double>{4.0 / 3, 2, 4, 1.5, 3, 2}
                                     << QList<double>{0.4, 0.3, 0.2, 0.1} << 4.0 << 0.0;
    // For n = 3 the row geometric means are the eigenvector and, with d = a12·a23/a13,
    // λmax = 1 + d^(1/3) + d^(-1/3). a12 = a23 = a13 = 2: d = 2, λmax = 3.0536216,
    // CI = 0.0268108, CR = CI/0.58 = 0.0462255; w ∝ (4^(1/3), 1, 4^(-1/3)).
    const double c = std::cbrt(4.0);
    const double s = c + 1 + 1 / c;
    QTest::newRow("three, mildly inconsistent")
        << 3 << QList<double>{2, 2, 2} << QList<double>{c / s, 1 / s, 1 / c / s}
        << 1 + std::cbrt(2.0) + 1 / std::cbrt(2.0)
        << (std::cbrt(2.0) + 1 / std::cbrt(2.0) - 2) / 2 / 0.58;
}

void TestScoring::ahpHandComputed()
{
    QFETCH(int, n);
    QFETCH(QList<double>, upper);
    QFETCH(QList<double>, weights);
    QFETCH(double, lambdaMax);
    QFETCH(double, ratio);

    PairwiseMatrix m(n);
    int k = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j)
            QVERIFY(m.set(i, j, upper.at(k++)));
    }
    const Ahp::Result r = Ahp::compute(m);
    QVERIFY(r.converged);
    for (int i = 0; i < n; ++i)
        COMPARE_DOUBLE(r.weights.at(i), weights.at(i), 1e-10);
    COMPARE_DOUBLE(r.lambdaMax, lambdaMax, 1e-10);
    COMPARE_DOUBLE(r.consistencyRatio, ratio, 1e-10);
    QVERIFY(r.isAcceptable());
    QVERIFY(Ahp::consistencyWarning(r).isEmpty());

    // The pair terms account for λmax − n exactly.
    double shares = 0;
    double terms = 0;
    for (const Ahp::PairInconsistency &p : r.pairs) {
        const double e = std::exp(p.logDeviation);
        terms += e + 1 / e - 2;
        shares += p.share;
        COMPARE_DOUBLE(p.implied, r.weights.at(p.i) / r.weights.at(p.j), 1e-12);
    }
    COMPARE_DOUBLE(terms / n, r.lambdaMax - n, 1e-9);
    if (r.lambdaMax - n > 1e-9)
        COMPARE_DOUBLE(shares, 1.0, 1e-12);
}

void TestScoring::ahpPinpointsInconsistentPair()
{
    // Consistent judgements for w = (0.4, 0.3, 0.2, 0.1), except item 0 against item 3,
    // entered the wrong way round (1/4 instead of 4).
    PairwiseMatrix m(4);
    const double w[] = {0.4, 0.3, 0.2, 0.1};
    for (int i = 0; i < 4; ++i) {
        for (int j = i + 1; j < 4; ++j)
            m.set(i, j, w[i] / w[j]);
    }
    QVERIFY(m.set(0, 3, 0.25));
    QVERIFY(!m.set(1, 1, 2));
    QVERIFY(!m.set(0, 1, 0));
    QCOMPARE(m.at(3, 0), 4.0);
    const Ahp::Result r = Ahp::compute(m);
    QVERIFY(r.consistencyRatio > Ahp::ConsistencyLimit);
    QCOMPARE(r.pairs.first().i, 0);
    QCOMPARE(r.pairs.first().j, 3);
    QVERIFY(r.pairs.first().logDeviation < 0); // understates item 0
    for (int k = 1; k < r.pairs.size(); ++k)
        QVERIFY(r.pairs.at(k - 1).share >= r.pairs.at(k).share);
}

void TestScoring::ahpRandomIndex_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("ri");
    QTest::newRow("2") << 2 << 0.0;
    QTest::newRow("3") << 3 << 0.58;
    QTest::newRow("4") << 4 << 0.90;
    QTest::newRow("5") << 5 << 1.12;
    QTest::newRow("6") << 6 << 1.24;
    QTest::newRow("7") << 7 << 1.32;
    QTest::newRow("8") << 8 << 1.41;
    QTest::newRow("9") << 9 << 1.45;
    QTest::newRow("10") << 10 << 1.49;
    QTest::newRow("11") << 11 << NA;
}

void TestScoring::ahpRandomIndex()
{
    QFETCH(int, n);
    QFETCH(double, ri);
    COMPARE_DOUBLE(Ahp::randomIndex(n), ri, 0);
}

void TestScoring::consensus_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("median");
    QTest::addColumn<int>("source");

    const int computed = int(ConsensusTable::Source::Computed);
    QTest::newRow("single evaluator") << QStringLiteral("3") << 3.0 << 3.0 << computed;
    QTest::newRow("two") << QStringLiteral("2,4") << 3.0 << 3.0 << computed;
    QTest::newRow("odd count") << QStringLiteral("1,2,4") << 7.0 / 3 << 2.0 << computed;
    QTest::newRow("even median") << QStringLiteral("1,2,3,4") << 2.5 << 2.5 << computed;
    QTest::newRow("skewed") << QStringLiteral("0,4,4,4") << 3.0 << 4.0 << computed;
    QTest::newRow("zero counts") << QStringLiteral("0,0,2") << 2.0 / 3 << 0.0 << computed;
    QTest::newRow("N/A excluded") << QStringLiteral("NA,2,-") << 2.0 << 2.0 << computed;
    QTest::newRow("all N/A") << QStringLiteral("NA,NA") << NA << NA
                             << int(ConsensusTable::Source::AllNotApplicable);
    QTest::newRow("N/A and unscored")
        << QStringLiteral("NA,-,-") << NA << NA << int(ConsensusTable::Source::AllNotApplicable);
    QTest::newRow("nobody scored")
        << QStringLiteral("-,-,-") << NA << NA << int(ConsensusTable::Source::Unscored);
    QTest::newRow("no evaluators")
        << QString() << NA << NA << int(ConsensusTable::Source::Unscored);
}

void TestScoring::consensus()
{
    QFETCH(QString, cell);
    QFETCH(double, mean);
    QFETCH(double, median);
    QFETCH(int, source);

    const QVector<qint8> values = slotsFrom(cell);
    ScoreMatrix m(1, 1, int(values.size()));
    for (int e = 0; e < values.size(); ++e)
        QVERIFY(m.setValue(0, 0, e, values.at(e)));

    const ConsensusTable byMean = Aggregation::consensus(m);
    COMPARE_DOUBLE(byMean.raw(0, 0), mean, 1e-15);
    QCOMPARE(int(byMean.source(0, 0)), source);
    QCOMPARE(byMean.value(0, 0).has_value(), !std::isnan(mean));
    const ConsensusTable byMedian = Aggregation::consensus(m, Aggregation::Method::Median);
    COMPARE_DOUBLE(byMedian.raw(0, 0), median, 0);
    QCOMPARE(int(byMedian.source(0, 0)), source);
}

void TestScoring::consensusOverrides()
{
    ScoreMatrix m(1, 3, 2);
    m.setValue(0, 0, 0, 3);
    m.setValue(0, 0, 1, 3);
    m.setValue(0, 1, 0, 2);
    ConsensusOverrides overrides;
    overrides.insert(CellRef{0, 0}, 1.0);          // a scored cell, overridden
    overrides.insert(CellRef{0, 1}, std::nullopt); // set to N/A by the lead
    overrides.insert(CellRef{0, 2}, 4.0);          // a cell nobody scored
    overrides.insert(CellRef{5, 0}, 4.0);          // out of range: ignored
    const ConsensusTable c = Aggregation::consensus(m, Aggregation::Method::Mean, overrides);
    COMPARE_DOUBLE(c.raw(0, 0), 1.0, 0);
    QVERIFY(c.isOverride(0, 0));
    QVERIFY(c.isNotApplicable(0, 1));
    QVERIFY(c.isOverride(0, 1));
    COMPARE_DOUBLE(c.raw(0, 2), 4.0, 0);
    QCOMPARE(c.source(0, 2), ConsensusTable::Source::Override);
    QVERIFY(!Aggregation::overrideLabel().isEmpty());
}

void TestScoring::policyScores_data()
{
    QTest::addColumn<QList<double>>("dimensions"); // empty: equal weights
    QTest::addColumn<QList<double>>("consensus");  // goals 0, 1 (D0) and 2 (D1)
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("goalsCounted");

    // Equal: effective weights 0.25, 0.25, 0.5.
    QTest::newRow("equal") << QList<double>{} << QList<double>{4, 2, 0} << 1.5 << 3;
    // 3:1: effective 0.375, 0.375, 0.25.
    QTest::newRow("weighted") << QList<double>{3, 1} << QList<double>{4, 2, 0} << 2.25 << 3;
    // N/A leaves the denominator: (0.375·4 + 0.25·0) / 0.625 = 2.4.
    QTest::newRow("N/A goal") << QList<double>{3, 1} << QList<double>{4, NA, 0} << 2.4 << 2;
    QTest::newRow("only one goal") << QList<double>{3, 1} << QList<double>{NA, NA, 3} << 3.0 << 1;
    QTest::newRow("zeros count") << QList<double>{3, 1} << QList<double>{0, 0, 0} << 0.0 << 3;
    QTest::newRow("all N/A") << QList<double>{3, 1} << QList<double>{NA, NA, NA} << NA << 0;
    // Fractional consensus: (0.375·3 + 0.375·3.5) / 0.75 = 3.25.
    QTest::newRow("means") << QList<double>{3, 1} << QList<double>{3, 3.5, NA} << 3.25 << 2;
    // Scored goals all at weight 0: nothing to divide by.
    QTest::newRow("weightless") << QList<double>{0, 1} << QList<double>{4, 4, NA} << NA << 2;
}

void TestScoring::policyScores()
{
    QFETCH(QList<double>, dimensions);
    QFETCH(QList<double>, consensus);
    QFETCH(double, score);
    QFETCH(int, goalsCounted);

    WeightSet w = threeGoals();
    if (!dimensions.isEmpty())
        QVERIFY(w.setDimensionWeights(dimensions));
    ConsensusTable c(1, 3);
    for (int g = 0; g < 3; ++g) {
        const double v = consensus.at(g);
        c.set(0, g, std::isnan(v) ? std::nullopt : std::optional<double>(v),
              ConsensusTable::Source::Computed);
    }
    const QVector<Aggregation::PolicyScore> s = Aggregation::policyScores(c, w.effectiveWeights());
    QCOMPARE(s.size(), 1);
    COMPARE_DOUBLE(s.first().score, score, 1e-12);
    COMPARE_DOUBLE(s.first().percent, score * 25, 1e-10);
    QCOMPARE(s.first().goalsCounted, goalsCounted);
    QCOMPARE(s.first().isNotApplicable(), std::isnan(score));
}

void TestScoring::ranks_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<int>>("ranks");

    QTest::newRow("distinct") << QList<double>{1, 3, 2} << QList<int>{3, 1, 2};
    QTest::newRow("1224") << QList<double>{3, 2, 2, 1} << QList<int>{1, 2, 2, 4};
    QTest::newRow("tie at top") << QList<double>{4, 4, 1} << QList<int>{1, 1, 3};
    QTest::newRow("N/A unranked") << QList<double>{NA, 1, 1} << QList<int>{0, 1, 1};
    QTest::newRow("rounding noise is a tie")
        << QList<double>{2, 2 + 1e-12, 1} << QList<int>{1, 1, 3};
    QTest::newRow("empty") << QList<double>{} << QList<int>{};
}

void TestScoring::ranks()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<int>, ranks);
    QCOMPARE(Aggregation::competitionRanks(scores), ranks);
}

void TestScoring::goalCoverage()
{
    // Goal 0: 4, 3, 1 → mean 8/3, strong 2. Goal 1: N/A, 2, N/A → mean 2, strong 0.
    // Goal 2: N/A everywhere.
    ConsensusTable c(3, 3);
    const double rows[3][3] = {{4, NA, NA}, {3, 2, NA}, {1, NA, NA}};
    for (int p = 0; p < 3; ++p) {
        for (int g = 0; g < 3; ++g) {
            if (!std::isnan(rows[p][g]))
                c.set(p, g, rows[p][g], ConsensusTable::Source::Computed);
        }
    }
    const QVector<Aggregation::GoalCoverage> cov = Aggregation::goalCoverage(c);
    QCOMPARE(cov.size(), 3);
    COMPARE_DOUBLE(cov.at(0).meanConsensus, 8.0 / 3, 1e-15);
    QCOMPARE(cov.at(0).policiesApplicable, 3);
    QCOMPARE(cov.at(0).policiesStrong, 2);
    COMPARE_DOUBLE(cov.at(1).meanConsensus, 2.0, 0);
    QCOMPARE(cov.at(1).policiesApplicable, 1);
    QCOMPARE(cov.at(1).policiesStrong, 0);
    COMPARE_DOUBLE(cov.at(2).meanConsensus, NA, 0);
    QCOMPARE(cov.at(2).policiesApplicable, 0);
}

void TestScoring::dispersion_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("sd");
    QTest::addColumn<double>("range");
    QTest::addColumn<bool>("disputed");

    QTest::newRow("single evaluator") << QStringLiteral("3") << 1 << 0.0 << 0.0 << false;
    QTest::newRow("agreement") << QStringLiteral("2,2,2") << 3 << 0.0 << 0.0 << false;
    // Mean 5/3; deviations² 4/9, 1/9, 1/9 → variance 2/9.
    QTest::newRow("range 1") << QStringLiteral("1,2,2") << 3 << std::sqrt(2.0) / 3 << 1.0 << false;
    QTest::newRow("range 2") << QStringLiteral("1,3") << 2 << 1.0 << 2.0 << true;
    QTest::newRow("N/A ignored") << QStringLiteral("NA,0,4,-") << 2 << 2.0 << 4.0 << true;
    QTest::newRow("nothing") << QStringLiteral("NA,-") << 0 << NA << NA << false;
}

void TestScoring::dispersion()
{
    QFETCH(QString, cell);
    QFETCH(int, count);
    QFETCH(double, sd);
    QFETCH(double, range);
    QFETCH(bool, disputed);

    const QVector<qint8> values = slotsFrom(cell);
    const Aggregation::CellDispersion d =
        Aggregation::cellDispersion(values.constData(), int(values.size()));
    QCOMPARE(d.scores, count);
    COMPARE_DOUBLE(d.standardDeviation, sd, 1e-15);
    COMPARE_DOUBLE(d.range, range, 0);
    QCOMPARE(d.disputed, disputed);
}

void TestScoring::disputedList()
{
    ScoreMatrix m(2, 2, 3);
    const char *cells[2][2] = {{"0,4,NA", "2,3,-"}, {"-,-,-", "1,1,3"}};
    for (int p = 0; p < 2; ++p) {
        for (int g = 0; g < 2; ++g) {
            const QVector<qint8> v = slotsFrom(QLatin1String(cells[p][g]));
            for (int e = 0; e < 3; ++e)
                m.setValue(p, g, e, v.at(e));
        }
    }
    const Aggregation::Dispersion d = Aggregation::dispersion(m);
    QCOMPARE(d.disputed.size(), 2);
    QCOMPARE(d.disputed.at(0), (CellRef{0, 0}));
    QCOMPARE(d.disputed.at(1), (CellRef{1, 1}));
    QCOMPARE(d.at(1, 0).scores, 0);
    COMPARE_DOUBLE(d.at(0, 1).range, 1.0, 0);
}

void TestScoring::matrixFromScores()
{
    const auto score = [](const char *p, const char *g, const char *e, std::optional<int> v) {
        Score s;
        s.policyUuid = QLatin1String(p);
        s.goalUuid = QLatin1String(g);
        s.evaluatorUuid = QLatin1String(e);
        s.value = v;
        return s;
    };
    const QList<Score> rows = {score("p2", "g1", "e1", 4), score("p1", "g1", "e2", std::nullopt),
                               score("p1", "g2", "e1", 0), score("p9", "g1", "e1", 2),
                               score("p1", "g1", "e1", 7)};
    int skipped = -1;
    const ScoreMatrix m =
        ScoreMatrix::fromScores(rows, {QStringLiteral("p1"), QStringLiteral("p2")},
                                {QStringLiteral("g1"), QStringLiteral("g2")},
                                {QStringLiteral("e1"), QStringLiteral("e2")}, &skipped);
    QCOMPARE(skipped, 2); // unknown policy, value out of range
    QCOMPARE(m.value(1, 0, 0), qint8(4));
    QCOMPARE(m.value(0, 0, 1), qint8(ScoreMatrix::NotApplicable));
    QCOMPARE(m.value(0, 1, 0), qint8(0));
    QCOMPARE(m.value(0, 0, 0), qint8(ScoreMatrix::Unscored));
    QVERIFY(!ScoreMatrix(1, 1, 1).setValue(0, 0, 0, 5) &&
            !ScoreMatrix(1, 1, 1).setValue(0, 0, 0, -3));
}

void TestScoring::evidenceMaturity_data()
{
    QTest::addColumn<bool>("flagWithoutEvidence");
    QTest::addColumn<QList<int>>("flagged"); // policy, goal, reason triplets
    QTest::addColumn<QList<int>>("perPolicy");
    QTest::addColumn<QList<int>>("perEvaluator");
    QTest::addColumn<QList<int>>("unsupported");

    const int below = int(EvidenceMaturity::Reason::BelowOutcome);
    const int none = int(EvidenceMaturity::Reason::NoEvidence);
    QTest::newRow("cells without evidence flagged")
        << true << QList<int>{0, 0, below, 1, 1, none} << QList<int>{1, 1} << QList<int>{2, 1}
        << QList<int>{3, 2};
    QTest::newRow("only cells with evidence")
        << false << QList<int>{0, 0, below} << QList<int>{1, 0} << QList<int>{1, 1}
        << QList<int>{1, 2};
}

// Two policies × two goals × two evaluators:
//   P0 G0: 4, 3 (3.5)  evidence e0 activity + input, e1 input  → stops at activity: flagged
//   P0 G1: 3, 1 (2)    evidence e1 impact                       → consensus below 3
//   P1 G0: 4, 4 (4)    evidence e0 outcome, e1 activity         → reaches outcome
//   P1 G1: 3, N/A (3)  no evidence                              → flagged "no evidence"
// Unsupported claims (own score ≥ 3, own evidence input/activity or none):
//   e0: P0G0, P0G1 (none), P1G1 (none); e1: P0G0, P1G0.
void TestScoring::evidenceMaturity()
{
    QFETCH(bool, flagWithoutEvidence);
    QFETCH(QList<int>, flagged);
    QFETCH(QList<int>, perPolicy);
    QFETCH(QList<int>, perEvaluator);
    QFETCH(QList<int>, unsupported);

    ScoreMatrix m(2, 2, 2);
    m.setValue(0, 0, 0, 4);
    m.setValue(0, 0, 1, 3);
    m.setValue(0, 1, 0, 3);
    m.setValue(0, 1, 1, 1);
    m.setValue(1, 0, 0, 4);
    m.setValue(1, 0, 1, 4);
    m.setValue(1, 1, 0, 3);
    m.setValue(1, 1, 1, ScoreMatrix::NotApplicable);
    const ConsensusTable c = Aggregation::consensus(m);
    using L = ResultLevel;
    const QVector<EvidenceMaturity::Item> items =
        {
            {0, 0, 0, L::Activity}, {0, 0, 0, L::Input},    {0, 0, 1, L::Input},
            {1, 0, 0, L::Outcome},  {1, 0, 1, L::Activity}, {0, 1, 1, L::Impact},
            {7, 0, 0, L::Impact}, // outside the matrix: ignored
        };
    EvidenceMaturity::Options options;
    options.flagCellsWithoutEvidence = flagWithoutEvidence;
    const EvidenceMaturity::Result r = EvidenceMaturity::analyse(items, c, m, options);

    QCOMPARE(r.perPolicy.at(0), (EvidenceMaturity::Distribution{2, 1, 0, 0, 1}));
    QCOMPARE(r.perPolicy.at(1), (EvidenceMaturity::Distribution{0, 1, 0, 1, 0}));
    QCOMPARE(r.perGoal.at(0), (EvidenceMaturity::Distribution{2, 2, 0, 1, 0}));
    QCOMPARE(r.perGoal.at(1), (EvidenceMaturity::Distribution{0, 0, 0, 0, 1}));

    QCOMPARE(r.flags.size() * 3, flagged.size());
    for (int i = 0; i < r.flags.size(); ++i) {
        const EvidenceMaturity::Flag &f = r.flags.at(i);
        QCOMPARE(f.cell, (CellRef{flagged.at(3 * i), flagged.at(3 * i + 1)}));
        QCOMPARE(int(f.reason), flagged.at(3 * i + 2));
        QCOMPARE(f.highestLevel.has_value(), f.reason == EvidenceMaturity::Reason::BelowOutcome);
    }
    QCOMPARE(r.flags.first().consensus, 3.5);
    QCOMPARE(r.flags.first().highestLevel, std::optional<ResultLevel>(L::Activity));
    QCOMPARE(QList<int>(r.flagsPerPolicy), perPolicy);
    QCOMPARE(QList<int>(r.flagsPerEvaluator), perEvaluator);
    QCOMPARE(QList<int>(r.unsupportedClaimsPerEvaluator), unsupported);
    QVERIFY(!EvidenceMaturity::flagText().isEmpty());
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
