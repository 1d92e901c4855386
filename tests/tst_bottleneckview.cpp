// The bottleneck register as a user drives it: filing a bottleneck against a goal through
// the dialog and finding it in the matrix, the matrix click that filters the register,
// a refused status change, and the jump from a bottleneck to its policy.
#include "TestProject.h"
#include "itemmodels/BottleneckFilterModel.h"
#include "itemmodels/BottleneckMatrixModel.h"
#include "itemmodels/BottleneckTableModel.h"
#include "tracking/BottleneckDialog.h"
#include "tracking/BottleneckView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

namespace {

const QDate today(2026, 11, 25);

// Runs `fill` on the modal dialog that the next action opens.
void whenDialogOpens(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(which) : nullptr;
}

// Checks the goal `code` in the dialog's goal tree with the keyboard.
void checkGoal(QDialog *dialog, const QString &code)
{
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("goals"));
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> found =
        tree->findItems(code + QLatin1Char(' '), Qt::MatchStartsWith | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->setFocus();
    tree->setCurrentItem(found.first());
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(found.first()->checkState(0), Qt::Checked);
}

void choose(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    QVERIFY(i >= 0);
    box->setFocus();
    // Home, then Down to the entry: the keyboard path a user takes.
    QTest::keyClick(box, Qt::Key_Home);
    for (int k = 0; k < i; ++k)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), i);
}

} // namespace

class TestBottleneckView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileAgainstGoalAndFindInMatrix();
    void refusedStatusChangeSaysWhy();
    void jumpsToPolicy();

private:
    std::unique_ptr<TestProject> m_fixture;
    std::unique_ptr<BottleneckView> m_view;
};

void TestBottleneckView::init()
{
    m_fixture = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    m_view = std::make_unique<BottleneckView>(m_fixture->project());
    m_view->model()->setToday(today);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestBottleneckView::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

void TestBottleneckView::fileAgainstGoalAndFindInMatrix()
{
    const ProjectStore &store = m_fixture->store();
    const GoalNode *d3 = store.framework().byCode(QStringLiteral("D3"));
    QVERIFY(d3);
    BottleneckMatrixModel *matrix = m_view->matrix();
    int row = -1, column = -1;
    for (int r = 0; r < matrix->rowCount(); ++r) {
        if (matrix->index(r, 0).data(BottleneckMatrixModel::CategoryCodeRole).toString() ==
            QLatin1String("P3"))
            row = r;
    }
    for (int c = 0; c < matrix->columnCount(); ++c) {
        if (matrix->index(0, c).data(BottleneckMatrixModel::GoalUuidRole).toString() == d3->uuid)
            column = c;
    }
    QVERIFY(row >= 0 && column >= 0);
    const int before = matrix->count(row, column);
    const int registerBefore = m_view->model()->rowCount();

    whenDialogOpens([](QDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(title);
        QTest::keyClicks(title, QStringLiteral("Joint sign-off delays neighbour projects"));
        choose(dialog->findChild<QComboBox *>(QStringLiteral("category")), QStringLiteral("P3"));
        checkGoal(dialog, QStringLiteral("D3"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    });
    auto *add = m_view->findChild<QPushButton *>(QStringLiteral("newBottleneck"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), registerBefore + 1);
    QCOMPARE(matrix->count(row, column), before + 1);

    // The matrix cell lists exactly its bottlenecks in the register.
    QTabWidget *pages = m_view->pages();
    QTest::mouseClick(pages->tabBar(), Qt::LeftButton, {}, pages->tabBar()->tabRect(1).center());
    QCOMPARE(pages->currentIndex(), 1);
    QTableView *matrixView = m_view->matrixView();
    const QModelIndex cell = matrix->index(row, column);
    matrixView->scrollTo(cell);
    QTest::mouseClick(matrixView->viewport(), Qt::LeftButton, {},
                      matrixView->visualRect(cell).center());
    QCOMPARE(pages->currentIndex(), 0);
    BottleneckFilterModel *proxy = m_view->proxy();
    QCOMPARE(proxy->filter().categoryCode, QStringLiteral("P3"));
    QCOMPARE(proxy->filter().goalUuid, d3->uuid);
    QCOMPARE(proxy->rowCount(), before + 1);
    QStringList titles;
    for (int r = 0; r < proxy->rowCount(); ++r)
        titles << proxy->index(r, BottleneckTableModel::Title).data().toString();
    QVERIFY(titles.contains(QStringLiteral("Joint sign-off delays neighbour projects")));
    QVERIFY(m_view->countLabel()->text().startsWith(QString::number(before + 1)));

    // Undo takes it out of the register and the matrix.
    m_fixture->project()->undoStack()->undo();
    QCOMPARE(matrix->count(row, column), before);
    QCOMPARE(proxy->rowCount(), before);
}

void TestBottleneckView::refusedStatusChangeSaysWhy()
{
    // Select an open bottleneck and try to close it as won't fix without a reason.
    BottleneckTableModel *model = m_view->model();
    QString uuid;
    for (int r = 0; r < model->rowCount() && uuid.isEmpty(); ++r) {
        if (model->bottleneckAt(r).status == BottleneckStatus::Open)
            uuid = model->bottleneckAt(r).uuid;
    }
    QVERIFY(!uuid.isEmpty());
    m_view->selectBottleneck(uuid);
    QCOMPARE(m_view->currentBottleneck(), uuid);
    bool refused = false;
    whenDialogOpens([&refused](QDialog *dialog) {
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
        choose(status, int(BottleneckStatus::WontFix));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        // Still open, and it says why.
        refused = dialog->isVisible();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
        QVERIFY(problem->text().contains(QStringLiteral("reason")));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reason"));
        QTest::keyClicks(reason, QStringLiteral("Handled by the national plan"));
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    });
    m_view->editBottleneck();
    QVERIFY(refused);
    const auto saved = m_fixture->store().bottleneck(uuid);
    QCOMPARE(saved->status, BottleneckStatus::WontFix);
    QCOMPARE(saved->statusReason, QStringLiteral("Handled by the national plan"));
    QVERIFY(saved->closed.isValid());
}

void TestBottleneckView::jumpsToPolicy()
{
    const auto p10 = m_fixture->store().policyByCode(QStringLiteral("P10"));
    QVERIFY(p10);
    m_view->showForPolicy(p10->uuid);
    QVERIFY(m_view->proxy()->rowCount() >= 1);
    for (int r = 0; r < m_view->proxy()->rowCount(); ++r) {
        const QString uuid =
            m_view->proxy()->index(r, 0).data(BottleneckTableModel::UuidRole).toString();
        const auto b = m_fixture->store().bottleneck(uuid);
        QVERIFY(b->policyUuids.contains(p10->uuid));
        QVERIFY(!b->isClosed());
    }
    m_view->registerView()->setCurrentIndex(m_view->proxy()->index(0, 0));
    QSignalSpy spy(m_view.get(), &BottleneckView::policyActivated);
    // The details name the policy as a link; activating it asks for the policy.
    QLabel *linkLabel = nullptr;
    for (QLabel *l : m_view->findChildren<QLabel *>()) {
        if (l->text().contains(QStringLiteral("policy:") + p10->uuid))
            linkLabel = l;
    }
    QVERIFY(linkLabel);
    emit linkLabel->linkActivated(QStringLiteral("policy:") + p10->uuid);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), p10->uuid);
}

QTEST_MAIN(TestBottleneckView)
#include "tst_bottleneckview.moc"
