// What ProjectStore::loadScoringData hands the scoring engine: every score in its slot,
// every evidence item on its cell, every override — checked against the store's own queries.
#include "TestProject.h"
#include "commands/ScoreCommands.h"
#include "commands/ScoringCommands.h"
#include "scoring/Evaluation.h"
#include "scoring/ScoringData.h"

#include <QtTest>

class TestScoringData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scoresLandInTheirSlots();
    void evidenceIsAttachedToItsCell();
    void overridesAndWeightsAreRead();

private:
    std::unique_ptr<TestProject> m_test;
};

void TestScoringData::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
}

void TestScoringData::cleanup()
{
    m_test.reset();
}

void TestScoringData::scoresLandInTheirSlots()
{
    ScoringData data;
    QVERIFY(m_test->store().loadScoringData(&data));
    QCOMPARE(data.policyUuids.size(), 15);
    QCOMPARE(data.goalUuids.size(), 20);
    QCOMPARE(data.evaluatorUuids.size(), 3);
    int filled = 0;
    for (const QString &policy : std::as_const(data.policyUuids)) {
        for (const Score &s : m_test->store().scores(policy)) {
            const int p = data.policyIndex(s.policyUuid);
            const int g = data.goalIndex(s.goalUuid);
            const int e = int(data.evaluatorUuids.indexOf(s.evaluatorUuid));
            QVERIFY(p >= 0 && g >= 0 && e >= 0);
            QCOMPARE(int(data.scores.value(p, g, e)),
                     s.value ? *s.value : int(ScoreMatrix::NotApplicable));
            ++filled;
        }
    }
    QCOMPARE(filled, m_test->store().counts().scores);
}

void TestScoringData::evidenceIsAttachedToItsCell()
{
    ScoringData data;
    QVERIFY(m_test->store().loadScoringData(&data));
    QCOMPARE(data.evidence.size(), m_test->store().counts().evidence);
    // Count the items per (policy, goal, evaluator, level) both ways.
    QHash<QString, int> expected, actual;
    for (const QString &policy : std::as_const(data.policyUuids)) {
        for (const Score &s : m_test->store().scores(policy)) {
            for (const Evidence &e : m_test->store().evidence(s.uuid))
                ++expected[QStringLiteral("%1/%2/%3/%4")
                               .arg(data.policyIndex(policy))
                               .arg(data.goalIndex(s.goalUuid))
                               .arg(data.evaluatorUuids.indexOf(s.evaluatorUuid))
                               .arg(int(e.level))];
        }
    }
    for (const EvidenceMaturity::Item &i : std::as_const(data.evidence))
        ++actual[QStringLiteral("%1/%2/%3/%4")
                     .arg(i.policy)
                     .arg(i.goal)
                     .arg(i.evaluator)
                     .arg(int(i.level))];
    QCOMPARE(actual, expected);
}

void TestScoringData::overridesAndWeightsAreRead()
{
    Project *project = m_test->project();
    const QString p05 = m_test->store().policyByCode(QStringLiteral("P05"))->uuid;
    const QString d2 = m_test->store().framework().byCode(QStringLiteral("D2"))->uuid;
    QVERIFY(project->push(
        new SetConsensusCommand(project, p05, d2, std::nullopt, QStringLiteral("agreed: n/a"))));
    ScoringData data;
    QVERIFY(m_test->store().loadScoringData(&data));
    const CellRef cell{data.policyIndex(p05), data.goalIndex(d2)};
    QVERIFY(data.overrides.contains(cell));
    QVERIFY(!data.overrides.value(cell).has_value());
    QCOMPARE(data.overrideRationales.value(cell), QStringLiteral("agreed: n/a"));
    const Evaluation::Result result =
        Evaluation::compute(data, WeightSet::fromFramework(m_test->store().framework()));
    QVERIFY(result.consensus.isOverride(cell.policy, cell.goal));
    QVERIFY(result.consensus.isNotApplicable(cell.policy, cell.goal));

    // Weights: a stored set becomes engine weights; levels without rows stay equal.
    WeightSetRecord set = *m_test->store().weightSet(m_test->store().activeWeightSetUuid());
    set.raw.insert(QStringLiteral("D"), 3);
    set.raw.insert(QStringLiteral("S"), 1);
    set.raw.insert(QStringLiteral("E"), 1);
    set.raw.insert(QStringLiteral("F"), 1);
    set.raw.insert(QStringLiteral("G"), 2);
    QVERIFY(project->push(new SaveWeightSetCommand(project, set)));
    const auto stored = m_test->store().weightSet(set.uuid);
    QCOMPARE(stored->revision, 2);
    const WeightSet weights = Evaluation::weights(m_test->store().framework(), *stored);
    QCOMPARE(weights.dimensionWeight(0), 3.0 / 8.0); // D
    QCOMPARE(weights.goalWeight(0), 1.0 / 5.0);      // D1 among the 5 goals of D
    project->undoStack()->undo();
    QCOMPARE(m_test->store().weightSet(set.uuid)->revision, 1);
    QVERIFY(m_test->store().weightSet(set.uuid)->raw.isEmpty());
}

QTEST_GUILESS_MAIN(TestScoringData)
#include "tst_scoringdata.moc"
