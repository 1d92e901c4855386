// The dashboard charts' data series (ScoreSeries, TrackingSeries), computed from small
// hand-made fixtures whose expected values are worked out in the comments.
#include "charts/ScoreSeries.h"
#include "charts/TrackingSeries.h"

#include <QtTest>
#include <cmath>

namespace {

constexpr qint8 NA = ScoreMatrix::NotApplicable;
constexpr qint8 U = ScoreMatrix::Unscored;

GoalNode node(const char *code, const char *parent)
{
    GoalNode n;
    n.code = QString::fromLatin1(code);
    n.parentCode = QString::fromLatin1(parent);
    n.uuid = QStringLiteral("uuid-") + n.code;
    n.nameEn = n.code;
    n.nameZh = n.code;
    return n;
}

// Three policies (codes P10, P2, P1: numeric order P1 < P2 < P10), goals G0, G1 under
// dimension A and G2, G3 under B, three evaluators; equal weights.
//        G0        G1          G2           G3
// P10  4 4 3     0 2 NA      NA NA NA     -  -  -     consensus 3.667, 1, N/A, N/A
// P2   1 3 2     1 1 1       2  -  2      0  0  0     consensus 2 (disputed), 1, 2, 0
// P1   2 2 2     3 4 4       4  3  3      1  NA -     consensus 2, 3.667, 3.333, 1
// Policy scores (effective weight 0.25 each, N/A goals left out): P10 2.333, P2 1.25,
// P1 2.5 → ranks P1 1, P10 2, P2 3.
struct Fixture
{
    Framework framework;
    ScoringData data;
    Evaluation::Result result;

    Fixture()
    {
        framework =
            Framework(QStringLiteral("test"), QStringLiteral("测试"), QStringLiteral("Test"),
                      {node("A", ""), node("G0", "A"), node("G1", "A"), node("B", ""),
                       node("G2", "B"), node("G3", "B")});
        data.policyUuids =
            QStringList{QStringLiteral("p10"), QStringLiteral("p2"), QStringLiteral("p1")};
        data.policyCodes =
            QStringList{QStringLiteral("P10"), QStringLiteral("P2"), QStringLiteral("P1")};
        data.policyTitles =
            QStringList{QStringLiteral("ten"), QStringLiteral("two"), QStringLiteral("one")};
        data.goals = framework.goals();
        for (const GoalNode &g : std::as_const(data.goals))
            data.goalUuids << g.uuid;
        data.scores = ScoreMatrix(3, 4, 3);
        const qint8 values[3][4][3] = {{{4, 4, 3}, {0, 2, NA}, {NA, NA, NA}, {U, U, U}},
                                       {{1, 3, 2}, {1, 1, 1}, {2, U, 2}, {0, 0, 0}},
                                       {{2, 2, 2}, {3, 4, 4}, {4, 3, 3}, {1, NA, U}}};
        for (int p = 0; p < 3; ++p)
            for (int g = 0; g < 4; ++g)
                for (int e = 0; e < 3; ++e)
                    data.scores.setValue(p, g, e, values[p][g][e]);
        data.evidence = {{0, 0, 0, ResultLevel::Input},
                         {0, 0, 1, ResultLevel::Outcome},
                         {1, 1, 0, ResultLevel::Impact},
                         {2, 0, 2, ResultLevel::Activity}};
        result = Evaluation::compute(data, Evaluation::weights(framework, WeightSetRecord()));
    }
};

} // namespace

class TestChartSeries : public QObject
{
    Q_OBJECT

private slots:
    void fixtureScores();
    void goalScoresOverAllPolicies();
    void goalScoresOverSelectedPolicies();
    void heatmapRowOrder();
    void heatmapCellKinds();
    void profileLinesAndMean();
    void rankingTopAndSelected();
    void maturityByGoalAndPolicy();
    void bottlenecksByCategoryAndStatus();
    void bottleneckChartScope();
    void timelineCumulative();
    void indicatorLineRawAndNormalised();
};

void TestChartSeries::fixtureScores()
{
    Fixture f;
    QCOMPARE(f.result.ranks, (QVector<int>{2, 3, 1}));
    QVERIFY(std::abs(f.result.policyScores.at(0).score - 7.0 / 3.0) < 1e-9);
    QVERIFY(std::abs(f.result.policyScores.at(1).score - 1.25) < 1e-9);
    QVERIFY(std::abs(f.result.policyScores.at(2).score - 2.5) < 1e-9);
}

void TestChartSeries::goalScoresOverAllPolicies()
{
    Fixture f;
    const QVector<ScoreSeries::GoalScore> rows =
        ScoreSeries::goalScores(f.data, f.result.consensus, {});
    QCOMPARE(rows.size(), 4);
    // G0: consensus 3.667, 2, 2 → 2.556; strong 1; evaluator means 7/3, 3, 7/3.
    QVERIFY(std::abs(rows[0].mean - (11.0 / 3.0 + 4) / 3) < 1e-9);
    QCOMPARE(rows[0].applicable, 3);
    QCOMPARE(rows[0].strong, 1);
    QVERIFY(std::abs(rows[0].evaluatorMin - 7.0 / 3) < 1e-9);
    QVERIFY(std::abs(rows[0].evaluatorMax - 3.0) < 1e-9);
    QCOMPARE(rows[0].evaluatorsCounted, 3);
    // G1: consensus 1, 1, 3.667; evaluators 4/3, 7/3 and 2.5 (N/A left out).
    QVERIFY(std::abs(rows[1].mean - (2 + 11.0 / 3) / 3) < 1e-9);
    QVERIFY(std::abs(rows[1].evaluatorMin - 4.0 / 3) < 1e-9);
    QVERIFY(std::abs(rows[1].evaluatorMax - 2.5) < 1e-9);
    // G2: P10 is N/A; 2 and 3.333 → 2.667 over 2 policies; evaluators 3, 3, 2.5.
    QCOMPARE(rows[2].applicable, 2);
    QVERIFY(std::abs(rows[2].mean - (2 + 10.0 / 3) / 2) < 1e-9);
    QCOMPARE(rows[2].strong, 1);
    QVERIFY(std::abs(rows[2].evaluatorMin - 2.5) < 1e-9);
    QVERIFY(std::abs(rows[2].evaluatorMax - 3.0) < 1e-9);
    // G3: 0 and 1 → 0.5; nobody strong; evaluators 0.5, 0, 0.
    QVERIFY(std::abs(rows[3].mean - 0.5) < 1e-9);
    QCOMPARE(rows[3].strong, 0);
    QCOMPARE(rows[3].evaluatorMin, 0.0);
    QCOMPARE(rows[3].evaluatorMax, 0.5);
}

void TestChartSeries::goalScoresOverSelectedPolicies()
{
    Fixture f;
    const QVector<ScoreSeries::GoalScore> rows =
        ScoreSeries::goalScores(f.data, f.result.consensus, {1, 2});
    // G0 over P2 and P1: consensus 2 and 2; evaluators (1+2)/2, (3+2)/2, (2+2)/2.
    QCOMPARE(rows[0].mean, 2.0);
    QCOMPARE(rows[0].strong, 0);
    QCOMPARE(rows[0].evaluatorMin, 1.5);
    QCOMPARE(rows[0].evaluatorMax, 2.5);
    // Only P10: G2 and G3 are N/A.
    const QVector<ScoreSeries::GoalScore> p10 =
        ScoreSeries::goalScores(f.data, f.result.consensus, {0});
    QVERIFY(std::isnan(p10[2].mean));
    QCOMPARE(p10[2].applicable, 0);
    QCOMPARE(p10[2].evaluatorsCounted, 0);
    QVERIFY(std::isnan(p10[3].mean));
    QCOMPARE(p10[0].strong, 1);
}

void TestChartSeries::heatmapRowOrder()
{
    Fixture f;
    QCOMPARE(ScoreSeries::heatmapRows(f.data, f.result, ScoreSeries::HeatmapOrder::ByScore),
             (QVector<int>{2, 0, 1}));
    QCOMPARE(ScoreSeries::heatmapRows(f.data, f.result, ScoreSeries::HeatmapOrder::ByCode),
             (QVector<int>{2, 1, 0}));
}

void TestChartSeries::heatmapCellKinds()
{
    Fixture f;
    using K = ScoreSeries::CellKind;
    QCOMPARE(ScoreSeries::cellKind(f.result, 1, 0), K::Disputed);      // 1, 3, 2
    QCOMPARE(ScoreSeries::cellKind(f.result, 0, 0), K::Scored);        // 4, 4, 3
    QCOMPARE(ScoreSeries::cellKind(f.result, 0, 2), K::NotApplicable); // all N/A
    QCOMPARE(ScoreSeries::cellKind(f.result, 0, 3), K::NotApplicable); // unscored
    QCOMPARE(ScoreSeries::cellKind(f.result, 0, 1), K::Disputed);      // 0, 2 (N/A left out)
    QCOMPARE(ScoreSeries::cellKind(f.result, 2, 1), K::Scored);        // 3, 4, 4
}

void TestChartSeries::profileLinesAndMean()
{
    Fixture f;
    const ScoreSeries::Profile profile = ScoreSeries::profile(f.result, {1, 7});
    QCOMPARE(profile.lines.size(), 1); // 7 is not a policy
    QCOMPARE(profile.lines[0], (QVector<double>{2, 1, 2, 0}));
    const QVector<ScoreSeries::GoalScore> rows =
        ScoreSeries::goalScores(f.data, f.result.consensus, {});
    for (int g = 0; g < 4; ++g)
        QVERIFY(std::abs(profile.portfolioMean[g] - rows[g].mean) < 1e-9);
}

void TestChartSeries::rankingTopAndSelected()
{
    Fixture f;
    QVector<ScoreSeries::RankRow> rows = ScoreSeries::ranking(f.result, std::nullopt, 1, {1});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].policy, 2);
    QCOMPARE(rows[0].rank, 1);
    QCOMPARE(rows[0].score, 2.5);
    QVERIFY(!rows[0].hasInterval);
    QCOMPARE(rows[1].policy, 1);
    QCOMPARE(rows[1].rank, 3);

    Sensitivity::MonteCarloResult mc;
    mc.draws = 100;
    mc.policies.resize(3);
    for (int p = 0; p < 3; ++p)
        mc.policies[p] = Sensitivity::PolicyRanks{f.result.ranks[p], p + 1, 1, 3, 0.5, 0.1, 100};
    rows = ScoreSeries::ranking(f.result, mc, 10, {});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].policy, 0);
    QVERIFY(rows[1].hasInterval);
    QCOMPARE(rows[1].medianRank, 1);
    QCOMPARE(rows[1].rankP95, 3);
    // Intervals computed for another project (other size) are not used.
    mc.policies.resize(2);
    QVERIFY(!ScoreSeries::ranking(f.result, mc, 10, {}).first().hasInterval);
}

void TestChartSeries::maturityByGoalAndPolicy()
{
    Fixture f;
    using C = ScoreSeries::LevelCounts;
    QVector<C> goals = ScoreSeries::maturityByGoal(f.data, {});
    QCOMPARE(goals.size(), 4);
    QCOMPARE(goals[0], (C{1, 1, 0, 1, 0}));
    QCOMPARE(goals[1], (C{0, 0, 0, 0, 1}));
    QCOMPARE(goals[2], (C{}));
    goals = ScoreSeries::maturityByGoal(f.data, {1});
    QCOMPARE(goals[0], (C{}));
    QCOMPARE(goals[1], (C{0, 0, 0, 0, 1}));
    const QVector<C> policies = ScoreSeries::maturityByPolicy(f.data, {2, 0});
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies[0], (C{0, 1, 0, 0, 0}));
    QCOMPARE(policies[1], (C{1, 0, 0, 1, 0}));
}

namespace {

BottleneckCategory category(const char *code, const char *parent, bool builtin = true)
{
    BottleneckCategory c;
    c.code = QString::fromLatin1(code);
    c.parentCode = QString::fromLatin1(parent);
    c.builtin = builtin;
    return c;
}

QList<BottleneckCategory> taxonomy()
{
    return {category("I", ""), category("I1", "I"), category("I2", "I"),
            category("P", ""), category("P3", "P"), category("P3-a", "P3", false),
            category("X", "")};
}

Bottleneck bottleneck(const char *category, BottleneckStatus status, QDate opened = QDate(),
                      QDate closed = QDate())
{
    Bottleneck b;
    b.categoryCode = QString::fromLatin1(category);
    b.status = status;
    b.opened = opened;
    b.closed = closed;
    return b;
}

QList<Bottleneck> register_()
{
    using S = BottleneckStatus;
    QList<Bottleneck> list{bottleneck("I1", S::Open, QDate(2021, 1, 15)),
                           bottleneck("P3-a", S::InProgress, QDate(2021, 3, 2)),
                           bottleneck("P3", S::Resolved, QDate(2021, 1, 20), QDate(2021, 2, 10)),
                           bottleneck("P", S::Open),
                           bottleneck("X", S::WontFix, QDate(2021, 2, 1), QDate(2021, 3, 15))};
    list[1].goalUuids << QStringLiteral("g1");
    list[2].goalUuids << QStringLiteral("g1") << QStringLiteral("g2");
    return list;
}

QString barText(const TrackingSeries::CategoryBar &bar)
{
    QStringList counts;
    for (int n : bar.byStatus)
        counts << QString::number(n);
    return bar.code + QLatin1Char(':') + counts.join(QLatin1Char(','));
}

} // namespace

void TestChartSeries::bottlenecksByCategoryAndStatus()
{
    const QVector<TrackingSeries::CategoryBar> bars =
        TrackingSeries::bottlenecksByCategory(register_(), taxonomy(), {});
    QStringList texts;
    for (const TrackingSeries::CategoryBar &bar : bars)
        texts << barText(bar);
    // I has children and no record of its own: no bar. P has one record filed on it.
    // P3-a counts for P3. Status order: open, in progress, mitigated, resolved, won't fix.
    QCOMPARE(texts, (QStringList{QStringLiteral("I1:1,0,0,0,0"), QStringLiteral("I2:0,0,0,0,0"),
                                 QStringLiteral("P:1,0,0,0,0"), QStringLiteral("P3:0,1,0,1,0"),
                                 QStringLiteral("X:0,0,0,0,1")}));
    QCOMPARE(TrackingSeries::barCategory(QStringLiteral("P3-a"), taxonomy()), QStringLiteral("P3"));
    QCOMPARE(TrackingSeries::barCategory(QStringLiteral("X"), taxonomy()), QStringLiteral("X"));
    QCOMPARE(TrackingSeries::barCategory(QStringLiteral("nope"), taxonomy()), QString());
}

void TestChartSeries::bottleneckChartScope()
{
    SelectionRules::BottleneckScope scope;
    scope.goals.insert(QStringLiteral("g2"));
    QVector<TrackingSeries::CategoryBar> bars =
        TrackingSeries::bottlenecksByCategory(register_(), taxonomy(), scope);
    int total = 0;
    for (const TrackingSeries::CategoryBar &bar : bars)
        total += bar.total();
    QCOMPARE(total, 1); // only the resolved P3 record affects g2
    scope = {};
    scope.period = PeriodRange{2021, 2021};
    bars = TrackingSeries::bottlenecksByCategory(register_(), taxonomy(), scope);
    total = 0;
    for (const TrackingSeries::CategoryBar &bar : bars)
        total += bar.total();
    QCOMPARE(total, 4); // the record without an opening date is not in any period
}

void TestChartSeries::timelineCumulative()
{
    const TrackingSeries::Timeline t =
        TrackingSeries::timeline(register_(), {}, QDate(2021, 4, 10));
    // Jan: two opened; Feb: one more opened, one closed; Mar: one opened, one closed.
    QCOMPARE(t.months.size(), 4);
    QCOMPARE(t.months[0], 2021.0);
    QVERIFY(std::abs(t.months[2] - (2021 + 2.0 / 12)) < 1e-9);
    QCOMPARE(t.opened, (QVector<double>{2, 3, 4, 4}));
    QCOMPARE(t.resolved, (QVector<double>{0, 1, 2, 2}));
    QCOMPARE(t.open, (QVector<double>{2, 2, 2, 2}));
    SelectionRules::BottleneckScope scope;
    scope.goals.insert(QStringLiteral("g1"));
    const TrackingSeries::Timeline g1 =
        TrackingSeries::timeline(register_(), scope, QDate(2021, 4, 10));
    QCOMPARE(g1.opened, (QVector<double>{1, 1, 2, 2}));
    QCOMPARE(g1.resolved, (QVector<double>{0, 1, 1, 1}));
    QVERIFY(TrackingSeries::timeline({}, {}, QDate(2021, 4, 10)).months.isEmpty());
}

void TestChartSeries::indicatorLineRawAndNormalised()
{
    Indicator rank;
    rank.uuid = QStringLiteral("gii");
    rank.higherIsBetter = false;
    rank.observations = {
        {QStringLiteral("o2"), QStringLiteral("2022"), 11, QStringLiteral("WIPO"), {}},
        {QStringLiteral("o1"), QStringLiteral("2012"), 34, QStringLiteral("src"), {}}};
    rank.targets = {{QStringLiteral("t"), QStringLiteral("2025"), 10, {}}};
    rank.benchmarks = {
        {QStringLiteral("b"), QStringLiteral("USA"), QStringLiteral("2022"), 3, {}, {}}};
    const IndicatorFigures figures =
        IndicatorMath::compute(IndicatorMath::inputFrom(rank, QDate(2023, 1, 1)));
    const TrackingSeries::IndicatorLine raw = TrackingSeries::indicatorLine(rank, figures, false);
    QCOMPARE(raw.x, (QVector<double>{2012.5, 2022.5}));
    QCOMPARE(raw.y, (QVector<double>{34, 11}));
    QCOMPARE(raw.sources, (QStringList{QStringLiteral("src"), QStringLiteral("WIPO")}));
    QCOMPARE(raw.targetY, QVector<double>{10});
    QCOMPARE(raw.benchmarkLabels, QStringList{QStringLiteral("USA")});
    QVERIFY(!raw.normalised);
    // Normalised, lower is better: first / value × 100, so improving goes up.
    const TrackingSeries::IndicatorLine index = TrackingSeries::indicatorLine(rank, figures, true);
    QVERIFY(index.normalised);
    QCOMPARE(index.y[0], 100.0);
    QVERIFY(std::abs(index.y[1] - 3400.0 / 11) < 1e-9);
    QVERIFY(std::abs(index.targetY[0] - 340.0) < 1e-9);
    QVERIFY(std::abs(index.benchmarkY[0] - 3400.0 / 3) < 1e-9);
}

QTEST_GUILESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
