// Krippendorff's alpha against the worked example of K. Krippendorff, "Computing
// Krippendorff's Alpha-Reliability" (2011), section C "Any number of observers, missing
// data", and on hand-computed cases; the score-matrix path against the generic one.
#include "scoring/Agreement.h"

#include <QtTest>
#include <cmath>
#include <optional>

namespace {

using Data = QVector<QVector<std::optional<int>>>;
constexpr std::nullopt_t na = std::nullopt; // a missing value

// The paper's reliability data matrix: 4 observers (A–D) × 12 units, values 1–5,
// missing values blank. Unit 12 has a single value and is not pairable.
Data krippendorff2011()
{
    return {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, na, na, na}, // A
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, na, 3},   // B
        {na, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, na},  // C
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, na},   // D
    };
}

// The same data as scores: units become policies of a one-goal framework, values 1–5
// become 0–4 (nominal, ordinal and interval alpha do not change under a shift), and the
// blanks alternate between "not applicable" and "unscored", both missing.
ScoreMatrix asScores(const Data &data)
{
    const int units = int(data.first().size());
    ScoreMatrix m(units, 1, int(data.size()));
    int blanks = 0;
    for (int e = 0; e < data.size(); ++e) {
        for (int u = 0; u < units; ++u) {
            const std::optional<int> v = data.at(e).at(u);
            if (v)
                m.setValue(u, 0, e, *v - 1);
            else
                m.setValue(u, 0, e,
                           blanks++ % 2 ? ScoreMatrix::NotApplicable : ScoreMatrix::Unscored);
        }
    }
    return m;
}

bool same(double a, double b, double tolerance)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= tolerance;
}

} // namespace

Q_DECLARE_METATYPE(Agreement::Metric)

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void coincidences2011();
    void alpha2011_data();
    void alpha2011();
    void handComputed_data();
    void handComputed();
    void perGoalAndOverall();
    void orderIndependent();
};

void TestAgreement::coincidences2011()
{
    const CoincidenceMatrix m = Agreement::coincidences(krippendorff2011());
    // The paper's coincidence matrix: rows 1–5, marginals 9, 13, 10, 5, 3; n = 40.
    const double expected[5][5] = {{7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0},
                                   {4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0},
                                   {1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0},
                                   {1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0},
                                   {0, 0, 0, 0, 3}};
    QCOMPARE(m.categoryValues(), (QVector<int>{1, 2, 3, 4, 5}));
    for (int c = 0; c < 5; ++c) {
        for (int k = 0; k < 5; ++k)
            QVERIFY2(same(m.at(c, k), expected[c][k], 1e-12),
                     qPrintable(QString::number(m.at(c, k))));
    }
    const double marginals[] = {9, 13, 10, 5, 3};
    for (int c = 0; c < 5; ++c)
        QVERIFY(same(m.marginal(c), marginals[c], 1e-12));
    QVERIFY(same(m.total(), 40, 1e-12));
    QCOMPARE(m.pairableUnits(), 11);
}

void TestAgreement::alpha2011_data()
{
    QTest::addColumn<Agreement::Metric>("metric");
    QTest::addColumn<double>("published"); // to 3 decimals, as printed in the paper
    QTest::addColumn<double>("exact");     // computed independently (Python, same formulas)

    QTest::newRow("nominal") << Agreement::Metric::Nominal << 0.743 << 0.7434210526;
    QTest::newRow("ordinal") << Agreement::Metric::Ordinal << 0.815 << 0.8153883972;
    QTest::newRow("interval") << Agreement::Metric::Interval << 0.849 << 0.8491071429;
    QTest::newRow("ratio") << Agreement::Metric::Ratio << 0.797 << 0.7974032;
}

void TestAgreement::alpha2011()
{
    QFETCH(Agreement::Metric, metric);
    QFETCH(double, published);
    QFETCH(double, exact);

    const Agreement::Alpha a = Agreement::alpha(krippendorff2011(), metric);
    QVERIFY(a.isDefined());
    QCOMPARE(qRound(a.alpha * 1000), qRound(published * 1000));
    QVERIFY2(same(a.alpha, exact, 1e-6), qPrintable(QString::number(a.alpha, 'f', 10)));
    QCOMPARE(a.pairableUnits, 11);
    QVERIFY(same(a.pairableValues, 40, 1e-12));

    if (metric == Agreement::Metric::Ratio)
        return; // not shift-invariant: the 0–4 score path is not comparable
    const Agreement::ScoreAgreement s = Agreement::alpha(asScores(krippendorff2011()), metric);
    QVERIFY2(same(s.overall.alpha, a.alpha, 1e-12), qPrintable(QString::number(s.overall.alpha)));
    QCOMPARE(s.perGoal.size(), 1);
    QVERIFY(same(s.perGoal.first().alpha, a.alpha, 1e-12));
}

void TestAgreement::handComputed_data()
{
    QTest::addColumn<Data>("data");
    QTest::addColumn<double>("nominal");
    QTest::addColumn<double>("ordinal");
    QTest::addColumn<double>("interval");

    // Units (1,1) (2,2) (1,2): o11 = o22 = 2, o12 = o21 = 1, n1 = n2 = 3, n = 6.
    // D_o = 2/6, D_e = 18/30 → α = 1 − (1/3)/(3/5) = 4/9 for every metric (two values).
    QTest::newRow("two values") << Data{{1, 2, 1}, {1, 2, 2}} << 4.0 / 9 << 4.0 / 9 << 4.0 / 9;
    // Units (0,0) (1,1) (2,2) (0,2): n0 = 3, n1 = 2, n2 = 3, n = 8.
    // Nominal: D_o = 2/8, D_e = 2(6 + 9 + 6)/56 = 3/4 → 2/3.
    // Interval: D_o = 8/8, D_e = 2(6 + 36 + 6)/56 → 1 − 56/96 = 5/12.
    // Ordinal: δ²01 = δ²12 = 2.5², δ²02 = (8 − 3)² = 25: D_o = 50/8,
    // D_e = 2(6·6.25 + 9·25 + 6·6.25)/56 → 1 − 350/600 = 5/12.
    QTest::newRow("three values") << Data{{0, 1, 2, 0}, {0, 1, 2, 2}} << 2.0 / 3 << 5.0 / 12
                                  << 5.0 / 12;
    QTest::newRow("perfect agreement")
        << Data{{1, 3, 4}, {1, 3, 4}, {1, na, 4}} << 1.0 << 1.0 << 1.0;
    // No variation at all: D_e = 0, alpha undefined.
    QTest::newRow("no variation") << Data{{2, 2}, {2, 2}} << qQNaN() << qQNaN() << qQNaN();
    // One observer: nothing is pairable.
    QTest::newRow("single observer") << Data{{1, 2, 3}} << qQNaN() << qQNaN() << qQNaN();
    QTest::newRow("all missing") << Data{{na, na}, {na, na}} << qQNaN() << qQNaN() << qQNaN();
    // Systematic disagreement: D_o = 1, D_e = 2·4/(4·3) → 1 − 3/2 = −1/2.
    QTest::newRow("opposite") << Data{{1, 2}, {2, 1}} << -0.5 << -0.5 << -0.5;
}

void TestAgreement::handComputed()
{
    QFETCH(Data, data);
    QFETCH(double, nominal);
    QFETCH(double, ordinal);
    QFETCH(double, interval);

    const double n = Agreement::alpha(data, Agreement::Metric::Nominal).alpha;
    const double o = Agreement::alpha(data, Agreement::Metric::Ordinal).alpha;
    const double i = Agreement::alpha(data, Agreement::Metric::Interval).alpha;
    QVERIFY2(same(n, nominal, 1e-12), qPrintable(QString::number(n)));
    QVERIFY2(same(o, ordinal, 1e-12), qPrintable(QString::number(o)));
    QVERIFY2(same(i, interval, 1e-12), qPrintable(QString::number(i)));
}

void TestAgreement::perGoalAndOverall()
{
    // Goal 0 holds the paper's data (shifted to 0–4); goal 1 the "three values" case;
    // evaluators 4. Per goal alpha is that of its own cells; overall pools all cells.
    const Data paper = krippendorff2011();
    const Data other = {{0, 1, 2, 0}, {0, 1, 2, 2}, {na, na, na, na}, {na, na, na, na}};
    ScoreMatrix m(12, 2, 4);
    Data pooled(4);
    for (int e = 0; e < 4; ++e) {
        for (int u = 0; u < 12; ++u) {
            const std::optional<int> v = paper.at(e).at(u);
            m.setValue(u, 0, e, v ? *v - 1 : int(ScoreMatrix::Unscored));
            pooled[e].append(v ? std::optional<int>(*v - 1) : std::nullopt);
        }
        for (int u = 0; u < 4; ++u) {
            const std::optional<int> v = other.at(e).at(u);
            m.setValue(u, 1, e, v ? *v : int(ScoreMatrix::NotApplicable));
            pooled[e].append(v);
        }
    }
    for (Agreement::Metric metric :
         {Agreement::Metric::Nominal, Agreement::Metric::Ordinal, Agreement::Metric::Interval}) {
        const Agreement::ScoreAgreement s = Agreement::alpha(m, metric);
        QCOMPARE(s.perGoal.size(), 2);
        QVERIFY(same(s.perGoal.at(0).alpha, Agreement::alpha(paper, metric).alpha, 1e-12));
        QVERIFY(same(s.perGoal.at(1).alpha, Agreement::alpha(other, metric).alpha, 1e-12));
        QVERIFY(same(s.overall.alpha, Agreement::alpha(pooled, metric).alpha, 1e-12));
        QCOMPARE(s.overall.pairableUnits, 11 + 4);
    }
}

void TestAgreement::orderIndependent()
{
    // Integer pair counts: the matrix does not depend on the order units arrive in.
    const int units[][5] = {{1, 2, 0, 0, 1}, {0, 0, 3, 0, 0}, {2, 0, 0, 1, 0}, {0, 1, 1, 1, 1}};
    CoincidenceMatrix forward(QVector<int>{0, 1, 2, 3, 4});
    CoincidenceMatrix backward(QVector<int>{0, 1, 2, 3, 4});
    for (int u = 0; u < 4; ++u) {
        forward.addUnit(units[u]);
        backward.addUnit(units[3 - u]);
    }
    for (int c = 0; c < 5; ++c) {
        for (int k = 0; k < 5; ++k)
            QCOMPARE(forward.at(c, k), backward.at(c, k));
    }
    QCOMPARE(Agreement::alpha(forward, Agreement::Metric::Ordinal).alpha,
             Agreement::alpha(backward, Agreement::Metric::Ordinal).alpha);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
