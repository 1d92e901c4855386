// The item models under QAbstractItemModelTester, following real edits of a sample project.
#include "TestProject.h"
#include "commands/PolicyCommands.h"
#include "commands/ScoreCommands.h"
#include "itemmodels/CellScoresModel.h"
#include "itemmodels/EvidenceModel.h"
#include "itemmodels/GoalTreeModel.h"
#include "itemmodels/PolicyFilterModel.h"
#include "itemmodels/PolicyTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void policyTableShowsSummaries();
    void policyTableFollowsCommands();
    void policyTableEditPushesCommand();
    void policyFilterAndSort();
    void goalTreeShape();
    void goalTreeFollowsScores();
    void evidenceModelFollowsCommands();
    void cellScoresShowEveryEvaluator();

private:
    QString policyUuid(const QString &code) const
    {
        return m_test->store().policyByCode(code)->uuid;
    }
    QString goalUuid(const QString &code) const
    {
        return m_test->store().framework().byCode(code)->uuid;
    }

    std::unique_ptr<TestProject> m_test;
};

void TestItemModels::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
}

void TestItemModels::cleanup()
{
    m_test.reset();
}

void TestItemModels::policyTableShowsSummaries()
{
    PolicyTableModel model(m_test->project());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.columnCount(), int(PolicyTableModel::ColumnCount));
    const int row = model.rowOf(policyUuid(QStringLiteral("P01")));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, PolicyTableModel::Code).data().toString(), QStringLiteral("P01"));
    QCOMPARE(model.index(row, PolicyTableModel::Year).data().toInt(), 2021);
    QCOMPARE(model.index(row, PolicyTableModel::Level).data(PolicyTableModel::SortRole).toString(),
             QStringLiteral("National"));
    // P01 is scored on some goals by the sample evaluators: "n / 20".
    const QString scored = model.index(row, PolicyTableModel::Scored).data().toString();
    QVERIFY2(scored.endsWith(QLatin1String(" / 20")), qPrintable(scored));
    QVERIFY(model.index(row, PolicyTableModel::Scored).data(PolicyTableModel::SortRole).toInt() >
            0);
}

void TestItemModels::policyTableFollowsCommands()
{
    Project *project = m_test->project();
    PolicyTableModel model(project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    Policy p;
    p.code = QStringLiteral("P99");
    p.title = QStringLiteral("新增政策");
    auto *add = new AddPolicyCommand(project, p);
    const QString uuid = add->policyUuid();
    QVERIFY(project->push(add));
    QCOMPARE(model.rowCount(), 16);
    QCOMPARE(model.index(model.rowOf(uuid), PolicyTableModel::Title).data().toString(), p.title);

    // Scoring the new policy updates its "goals scored" column.
    const int row = model.rowOf(uuid);
    QCOMPARE(model.index(row, PolicyTableModel::Scored).data(PolicyTableModel::SortRole).toInt(),
             0);
    QVERIFY(project->push(
        new SetScoreCommand(project, uuid, goalUuid(QStringLiteral("D1")), 2, QString())));
    QCOMPARE(model.index(model.rowOf(uuid), PolicyTableModel::Scored)
                 .data(PolicyTableModel::SortRole)
                 .toInt(),
             1);
    QCOMPARE(model.totalScores(), m_test->store().counts().scores);

    project->undoStack()->undo(); // the score
    project->undoStack()->undo(); // the policy
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.rowOf(uuid), -1);
    QCOMPARE(model.totalScores(), m_test->store().counts().scores);

    const QString p05 = policyUuid(QStringLiteral("P05"));
    QVERIFY(project->push(new DeletePolicyCommand(project, p05)));
    QCOMPARE(model.rowOf(p05), -1);
    project->undoStack()->undo();
    QCOMPARE(model.rowOf(p05), 4); // back in code order
}

void TestItemModels::policyTableEditPushesCommand()
{
    Project *project = m_test->project();
    PolicyTableModel model(project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(policyUuid(QStringLiteral("P02")));
    QVERIFY(model.flags(model.index(row, PolicyTableModel::Title)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, PolicyTableModel::Code)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(row, PolicyTableModel::Title), QStringLiteral("改名")));
    QCOMPARE(m_test->store().policyByCode(QStringLiteral("P02"))->title, QStringLiteral("改名"));
    QCOMPARE(project->undoStack()->count(), 1);
    QVERIFY(!model.setData(model.index(row, PolicyTableModel::Year), 3000)); // out of range
    QVERIFY(
        !model.setData(model.index(row, PolicyTableModel::Title), QStringLiteral("  "))); // empty
    QCOMPARE(project->undoStack()->count(), 1);
    project->undoStack()->undo();
    QVERIFY(model.index(row, PolicyTableModel::Title).data().toString() != QStringLiteral("改名"));
}

void TestItemModels::policyFilterAndSort()
{
    PolicyTableModel model(m_test->project());
    PolicyFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setLevel(QStringLiteral("regional"));
    QCOMPARE(proxy.rowCount(), 2); // P12, P14
    proxy.setLevel(QString());
    proxy.setInstrument(QStringLiteral("service"));
    QCOMPARE(proxy.rowCount(), 3); // P06, P07, P08
    proxy.setInstrument(QString());
    proxy.setText(QStringLiteral("一带一路"));
    QVERIFY(proxy.rowCount() >= 1);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const Policy &p = model.summaryAt(proxy.mapToSource(proxy.index(r, 0)).row()).policy;
        QVERIFY((p.title + p.description + p.issuer).contains(QStringLiteral("一带一路")));
    }
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 15);
    proxy.sort(PolicyTableModel::Year, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, PolicyTableModel::Year).data().toInt(), 2023); // P11
    int previous = 9999;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const int year =
            proxy.index(r, PolicyTableModel::Year).data(PolicyTableModel::SortRole).toInt();
        QVERIFY(year <= previous);
        previous = year;
    }
}

void TestItemModels::goalTreeShape()
{
    GoalTreeModel model(m_test->project());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    int goals = 0;
    for (int d = 0; d < model.rowCount(); ++d)
        goals += model.rowCount(model.index(d, 0));
    QCOMPARE(goals, 20);
    const QModelIndex d1 = model.indexOfGoal(goalUuid(QStringLiteral("D1")));
    QCOMPARE(d1.data(GoalTreeModel::GoalCodeRole).toString(), QStringLiteral("D1"));
    QCOMPARE(d1.parent().data(GoalTreeModel::GoalCodeRole).toString(), QStringLiteral("D"));
    QVERIFY(d1.parent().data(GoalTreeModel::IsDimensionRole).toBool());
    QCOMPARE(d1.siblingAtColumn(GoalTreeModel::Name).data().toString(),
             QStringLiteral("Innovation dialogues with major economies"));
}

void TestItemModels::goalTreeFollowsScores()
{
    Project *project = m_test->project();
    GoalTreeModel model(project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString p05 = policyUuid(QStringLiteral("P05"));
    model.setPolicy(p05);
    const QModelIndex d2 =
        model.indexOfGoal(goalUuid(QStringLiteral("D2")), GoalTreeModel::AllScores);
    // Disputed cell of the sample: three evaluators, 3 / 4 / 2 in some order.
    const QStringList all = d2.data().toString().split(QStringLiteral(" · "));
    QCOMPARE(all.size(), 3);
    QVERIFY(model.indexOfGoal(goalUuid(QStringLiteral("D2")), GoalTreeModel::MyScore)
                .data()
                .toString()
                .isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(project->push(new SetScoreCommand(project, p05, goalUuid(QStringLiteral("D2")), 1,
                                              QStringLiteral("why"))));
    QVERIFY(!changed.isEmpty());
    const QModelIndex mine =
        model.indexOfGoal(goalUuid(QStringLiteral("D2")), GoalTreeModel::MyScore);
    QVERIFY(mine.data().toString().startsWith(QLatin1String("1")));
    QCOMPARE(mine.data(GoalTreeModel::MyScoreValueRole).toInt(), 1);
    QCOMPARE(d2.data().toString().split(QStringLiteral(" · ")).size(), 4);
    // The dimension row counts my scored goals.
    QCOMPARE(mine.parent().siblingAtColumn(GoalTreeModel::MyScore).data().toString(),
             QStringLiteral("1 / 5"));
    project->undoStack()->undo();
    QVERIFY(model.indexOfGoal(goalUuid(QStringLiteral("D2")), GoalTreeModel::MyScore)
                .data()
                .toString()
                .isEmpty());
}

void TestItemModels::evidenceModelFollowsCommands()
{
    Project *project = m_test->project();
    EvidenceModel model(project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *set = new SetScoreCommand(project, policyUuid(QStringLiteral("P01")),
                                    goalUuid(QStringLiteral("S1")), 3, QString());
    const QString scoreUuid = set->scoreUuid();
    QVERIFY(project->push(set));
    model.setScore(scoreUuid);
    QCOMPARE(model.rowCount(), 0);
    Evidence e;
    e.scoreUuid = scoreUuid;
    e.source = QStringLiteral("001");
    e.locator = QStringLiteral("§1.1(1)");
    e.quote = QStringLiteral("<b>not html</b>");
    e.level = ResultLevel::Outcome;
    QVERIFY(project->push(new AddEvidenceCommand(project, e)));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, EvidenceModel::Quote).data().toString(), e.quote);
    QCOMPARE(model.index(0, EvidenceModel::Level).data().toString(), QStringLiteral("Outcome"));
    project->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    project->undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    // Clearing the score removes its evidence and empties the model.
    QVERIFY(project->push(new ClearScoreCommand(project, scoreUuid)));
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::cellScoresShowEveryEvaluator()
{
    Project *project = m_test->project();
    CellScoresModel model(project);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString p05 = policyUuid(QStringLiteral("P05"));
    const QString d2 = goalUuid(QStringLiteral("D2"));
    model.setCell(p05, d2);
    QCOMPARE(model.rowCount(), 3);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, CellScoresModel::Evaluator).data().toString();
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("张敏"), QStringLiteral("李华"), QStringLiteral("王磊")}));
    QVERIFY(project->push(
        new SetScoreCommand(project, p05, d2, std::nullopt, QStringLiteral("n/a here"))));
    QCOMPARE(model.rowCount(), 4);
    bool found = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, CellScoresModel::Evaluator).data().toString() ==
            TestProject::testEvaluator().name) {
            QCOMPARE(model.index(r, CellScoresModel::Value).data().toString(),
                     QStringLiteral("N/A"));
            QCOMPARE(model.index(r, CellScoresModel::Rationale).data().toString(),
                     QStringLiteral("n/a here"));
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
