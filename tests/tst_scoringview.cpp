// The Results tab of the real main window: weights change the ranking, the lead evaluator
// sets a consensus, all through the widgets.
#include "MainWindow.h"
#include "Project.h"
#include "Settings.h"
#include "TestProject.h"
#include "itemmodels/DisputedCellsModel.h"
#include "itemmodels/RankingModel.h"
#include "scoring/ScoringState.h"
#include "scoring/ScoringView.h"
#include "scoring/WeightsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

class TestScoringView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelsPassTheTester();
    void changingAWeightChangesTheRanking();
    void leadEvaluatorSetsConsensus();

private:
    QStringList rankingCodes() const;

    std::unique_ptr<TestProject> m_test;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestScoringView::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_path = m_test->path();
    m_test->close();
    Settings().setEvaluatorName(QStringLiteral("Lead Evaluator"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    m_window->tabs()->setCurrentWidget(m_window->scoringView());
    QVERIFY(!m_window->scoringView()->state()->isStale());
}

void TestScoringView::cleanup()
{
    m_window.reset();
    m_test.reset();
}

QStringList TestScoringView::rankingCodes() const
{
    QTableView *view = m_window->scoringView()->rankingView();
    view->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    QStringList codes;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        codes << view->model()->index(r, RankingModel::Code).data().toString();
    return codes;
}

void TestScoringView::modelsPassTheTester()
{
    ScoringState *state = m_window->scoringView()->state();
    RankingModel ranking(state);
    DisputedCellsModel disputed(state);
    QAbstractItemModelTester t1(&ranking, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&disputed, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ranking.rowCount(), 15);
    QVERIFY(disputed.rowCount() >= 3); // the sample has disputed cells by design
    QCOMPARE(ranking.index(0, RankingModel::Rank).data(RankingModel::SortRole).toInt() > 0, true);
}

void TestScoringView::changingAWeightChangesTheRanking()
{
    const QStringList before = rankingCodes();
    QCOMPARE(before.size(), 15);
    const int revision = m_window->project()
                             ->store()
                             .weightSet(m_window->project()->store().activeWeightSetUuid())
                             ->revision;

    // Put almost all the weight on governance (G) through the weights dialog.
    bool edited = false;
    QTimer::singleShot(0, this, [&edited] {
        auto *dialog = qobject_cast<WeightsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectLevel(QString());
        QTableWidget *table = dialog->directTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            auto *spin = qobject_cast<QDoubleSpinBox *>(table->cellWidget(r, 1));
            QVERIFY(spin);
            spin->selectAll();
            QTest::keyClicks(spin, spin->accessibleName() == QLatin1String("Weight of G")
                                       ? QStringLiteral("100")
                                       : QStringLiteral("1"));
            QTest::keyClick(spin, Qt::Key_Tab);
        }
        // The share column shows the normalised weight as the user types.
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->cellWidget(r, 1)->accessibleName() == QLatin1String("Weight of G"))
                QCOMPARE(table->item(r, 2)->text(), QStringLiteral("96.2%"));
        }
        dialog->accept();
        edited = true;
    });
    QTest::mouseClick(m_window->scoringView()->weightsButton(), Qt::LeftButton);
    QVERIFY(edited);

    const QStringList after = rankingCodes();
    QVERIFY2(after != before, qPrintable(after.join(QLatin1Char(' '))));
    const auto set =
        m_window->project()->store().weightSet(m_window->project()->store().activeWeightSetUuid());
    QCOMPARE(set->revision, revision + 1);
    QCOMPARE(set->raw.value(QStringLiteral("G")), 100.0);

    // One undo restores both the weights and the ranking.
    m_window->project()->undoStack()->undo();
    m_window->scoringView()->state()->refresh();
    QCOMPARE(rankingCodes(), before);
}

void TestScoringView::leadEvaluatorSetsConsensus()
{
    m_window->findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *inner = m_window->scoringView()->findChild<QTabWidget *>();
    inner->setCurrentIndex(1); // Disagreements
    QTableView *view = m_window->scoringView()->disputedView();
    QVERIFY(view->model()->rowCount() > 0);
    const QModelIndex first = view->model()->index(0, DisputedCellsModel::Consensus);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    const QString policy = view->currentIndex().data(DisputedCellsModel::PolicyUuidRole).toString();
    const QString goal = view->currentIndex().data(DisputedCellsModel::GoalUuidRole).toString();
    QVERIFY(!policy.isEmpty());

    QList<QComboBox *> combos = m_window->scoringView()->findChildren<QComboBox *>();
    QComboBox *consensusValue = nullptr;
    for (QComboBox *c : combos) {
        if (c->count() == 6) // 0..4 and N/A
            consensusValue = c;
    }
    QVERIFY(consensusValue);
    consensusValue->setCurrentIndex(consensusValue->findData(2));
    QPushButton *set = nullptr;
    for (QPushButton *b : m_window->scoringView()->findChildren<QPushButton *>()) {
        if (b->text().remove(u'&').contains(QLatin1String("consensus")))
            set = b;
    }
    QVERIFY(set && set->isEnabled());
    QTest::mouseClick(set, Qt::LeftButton);

    const ScoringState *state = m_window->scoringView()->state();
    const CellRef cell{state->data().policyIndex(policy), state->data().goalIndex(goal)};
    QVERIFY(state->result().consensus.isOverride(cell.policy, cell.goal));
    QCOMPARE(state->result().consensus.value(cell.policy, cell.goal), std::optional<double>(2.0));
    // The individual scores stay as they were.
    QVERIFY(state->data().scores.evaluatorCount() >= 2);
}

QTEST_MAIN(TestScoringView)
#include "tst_scoringview.moc"
