// The real main window, offscreen, driven by mouse and keyboard like a user would.
#include "ImportExport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestProject.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "editors/ScorePanel.h"
#include "itemmodels/GoalTreeModel.h"
#include "itemmodels/PolicyFilterModel.h"
#include "itemmodels/PolicyTableModel.h"
#include "views/PolicyBrowser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensSampleProject();
    void scoresAPolicyByClicking();
    void undoAndRedoFromTheKeyboard();
    void deletingAPolicyAsksAndCanBeUndone();
    void filterNarrowsTheTable();
    void refusesAForeignFile();
    void importPreviewShowsRejectedRowsAndImports();
    void f1OpensTheUserGuide();

private:
    void clickPolicy(const QString &code);
    void clickGoal(const QString &code);
    std::optional<Score> scoreInFile(const QString &policyCode, const QString &goalCode);
    // Answers the next modal message box by clicking the button with `text`.
    void answerNextMessageBox(const QString &buttonText);

    std::unique_ptr<TestProject> m_test;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestMainWindow::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_path = m_test->path();
    m_test->close(); // the window opens the file itself
    Settings().setEvaluatorName(QStringLiteral("GUI Tester"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_test.reset();
}

void TestMainWindow::clickPolicy(const QString &code)
{
    QTableView *view = m_window->policyBrowser()->view();
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, PolicyTableModel::Code);
        if (index.data().toString() == code) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(index).center());
            QCOMPARE(view->currentIndex().row(), r);
            return;
        }
    }
    QFAIL("policy not in the table");
}

void TestMainWindow::clickGoal(const QString &code)
{
    QTreeView *view = m_window->goalView();
    auto *model = static_cast<GoalTreeModel *>(view->model());
    const GoalNode *goal = m_window->project()->store().framework().byCode(code);
    QVERIFY(goal);
    const QModelIndex index = model->indexOfGoal(goal->uuid, GoalTreeModel::Name);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().data(GoalTreeModel::GoalCodeRole).toString(), code);
}

std::optional<Score> TestMainWindow::scoreInFile(const QString &policyCode, const QString &goalCode)
{
    // A separate connection, as another program reading the file would.
    OpenError error;
    auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
    if (!store)
        return std::nullopt;
    const auto policy = store->policyByCode(policyCode);
    const GoalNode *goal = store->framework().byCode(goalCode);
    if (!policy || !goal)
        return std::nullopt;
    return store->score(policy->uuid, goal->uuid, Settings().evaluator().uuid);
}

void TestMainWindow::answerNextMessageBox(const QString &buttonText)
{
    QTimer::singleShot(0, this, [buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        QFAIL("button not found");
    });
}

void TestMainWindow::opensSampleProject()
{
    QVERIFY(m_window->windowTitle().contains(QFileInfo(m_path).fileName()));
    QCOMPARE(m_window->policyBrowser()->view()->model()->rowCount(), 15);
    QCOMPARE(m_window->goalView()->model()->rowCount(), 5);
}

void TestMainWindow::scoresAPolicyByClicking()
{
    QVERIFY(!scoreInFile(QStringLiteral("P03"), QStringLiteral("D2")));
    clickPolicy(QStringLiteral("P03"));
    clickGoal(QStringLiteral("D2"));
    ScorePanel *panel = m_window->scorePanel();
    QAbstractButton *three = panel->scoreButton(3);
    QVERIFY(three->isEnabled());
    QTest::mouseClick(three, Qt::LeftButton);

    // Written at once: the file already holds the score before anything else happens.
    auto saved = scoreInFile(QStringLiteral("P03"), QStringLiteral("D2"));
    QVERIFY(saved);
    QCOMPARE(saved->value, std::optional<int>(3));

    auto *rationale = panel->findChild<QPlainTextEdit *>();
    QVERIFY(rationale->isEnabled());
    rationale->setFocus();
    QTest::keyClicks(rationale, QStringLiteral("Responsible body and procedure defined"));
    QTest::keyClick(rationale, Qt::Key_Return, Qt::ControlModifier);
    saved = scoreInFile(QStringLiteral("P03"), QStringLiteral("D2"));
    QVERIFY(saved);
    QCOMPARE(saved->rationale, QStringLiteral("Responsible body and procedure defined"));

    // N/A is a score of its own, distinct from 0.
    QTest::mouseClick(panel->scoreButton(std::nullopt), Qt::LeftButton);
    saved = scoreInFile(QStringLiteral("P03"), QStringLiteral("D2"));
    QVERIFY(saved && !saved->value.has_value());
    QCOMPARE(saved->rationale, QStringLiteral("Responsible body and procedure defined"));

    // The goal tree shows my score for the selected policy.
    auto *goals = static_cast<GoalTreeModel *>(m_window->goalView()->model());
    const QString d2 = m_window->project()->store().framework().byCode(QStringLiteral("D2"))->uuid;
    QCOMPARE(goals->indexOfGoal(d2, GoalTreeModel::MyScore).data().toString(),
             QStringLiteral("N/A"));
}

void TestMainWindow::undoAndRedoFromTheKeyboard()
{
    clickPolicy(QStringLiteral("P01"));
    clickGoal(QStringLiteral("E1"));
    QTest::mouseClick(m_window->scorePanel()->scoreButton(2), Qt::LeftButton);
    QVERIFY(scoreInFile(QStringLiteral("P01"), QStringLiteral("E1")));
    m_window->policyBrowser()->view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!scoreInFile(QStringLiteral("P01"), QStringLiteral("E1")));
    QVERIFY(!m_window->scorePanel()->scoreButton(2)->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(scoreInFile(QStringLiteral("P01"), QStringLiteral("E1"))->value,
             std::optional<int>(2));
    QVERIFY(m_window->scorePanel()->scoreButton(2)->isChecked());
}

void TestMainWindow::deletingAPolicyAsksAndCanBeUndone()
{
    clickPolicy(QStringLiteral("P04"));
    QTableView *view = m_window->policyBrowser()->view();
    view->setFocus();
    answerNextMessageBox(tr("Cancel"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 15);

    QApplication::setActiveWindow(m_window.get());
    view->setFocus();
    answerNextMessageBox(QStringLiteral("Delete"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->model()->rowCount(), 14);
    {
        OpenError error;
        auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
        QVERIFY(store);
        QVERIFY(!store->policyByCode(QStringLiteral("P04")));
    }
    QApplication::setActiveWindow(m_window.get());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), 15);
    OpenError error;
    auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
    QVERIFY(store->policyByCode(QStringLiteral("P04")));
    QCOMPARE(store->scores(store->policyByCode(QStringLiteral("P04"))->uuid).size(), 19);
}

void TestMainWindow::filterNarrowsTheTable()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = m_window->policyBrowser()->filterEdit();
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("P1"));
    QCOMPARE(m_window->policyBrowser()->view()->model()->rowCount(), 6); // P10 … P15
}

void TestMainWindow::refusesAForeignFile()
{
    const QString foreign = m_test->filePath(QStringLiteral("notes.pwb"));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not the droids you are looking for\n");
    file.close();
    answerNextMessageBox(QStringLiteral("OK"));
    QVERIFY(!m_window->openProject(foreign));
    // The open project stays open and usable.
    QVERIFY(m_window->project());
    QCOMPARE(m_window->project()->filePath(), QFileInfo(m_path).absoluteFilePath());
}

void TestMainWindow::importPreviewShowsRejectedRowsAndImports()
{
    // A CSV as Excel writes it on Chinese Windows: GBK, CRLF, Chinese level and instrument.
    const QString csv = m_test->filePath(QStringLiteral("policies.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QStringEncoder gbk("GBK");
    QVERIFY(gbk.isValid());
    file.write(
        gbk(QStringLiteral("code,title,issuer,year,level,instrument,description\r\n"
                           "P16,关于促进国际科技合作的若干措施,科技部,2024,部委级,意见,示例\r\n"
                           "P17,新政策,国务院,99999,national,plan,\r\n"
                           "P18,,科技部,2022,national,plan,缺标题\r\n")));
    file.close();

    bool checked = false;
    QTimer::singleShot(0, this, [&checked] {
        auto *dialog = qobject_cast<ImportPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().encodingName, QStringLiteral("gbk"));
        QCOMPARE(dialog->plan().rows.size(), 1);
        QCOMPARE(dialog->plan().rejected.size(), 2);
        auto *tabs = dialog->findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(1), QStringLiteral("Rejected (2)"));
        // Forcing UTF-8 on a GBK file: nothing can be imported, and the dialog says why.
        auto *encoding = dialog->findChild<QComboBox *>();
        encoding->setCurrentIndex(1);
        QVERIFY(!dialog->plan().isUsable());
        QPushButton *import = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text().startsWith(QLatin1String("Import")))
                import = b;
        }
        QVERIFY(import && !import->isEnabled());
        encoding->setCurrentIndex(0);
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        checked = true;
    });
    m_window->importExport()->importFile(csv, false);
    QVERIFY(checked);
    QCOMPARE(m_window->policyBrowser()->view()->model()->rowCount(), 16);
    OpenError error;
    auto store = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
    const auto p16 = store->policyByCode(QStringLiteral("P16"));
    QVERIFY(p16);
    QCOMPARE(p16->level, QStringLiteral("ministerial"));
    QCOMPARE(p16->instrument, QStringLiteral("guideline"));
    QVERIFY(!store->policyByCode(QStringLiteral("P17")));
    store.reset();
    // One undo takes the whole import back.
    m_window->project()->undoStack()->undo();
    QCOMPARE(m_window->policyBrowser()->view()->model()->rowCount(), 15);
}

void TestMainWindow::f1OpensTheUserGuide()
{
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *help = m_window->findChild<HelpDialog *>();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    const QString text = help->browser()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Krippendorff")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QLatin1String("N/A")));
    // The Chinese guide ships too.
    QFile chinese(QStringLiteral(":/help/guide_zh_CN.html"));
    QVERIFY(chinese.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(chinese.readAll()).contains(QStringLiteral("不适用")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
