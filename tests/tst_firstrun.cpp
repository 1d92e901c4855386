// The first ten minutes, offscreen, with fresh settings: the welcome page, the sample
// project, the evaluator prompt, the first score and the "Getting started" checklist;
// and the preferences that shape later starts.
#include "LinkedViews.h"
#include "MainWindow.h"
#include "Project.h"
#include "ReportActions.h"
#include "Settings.h"
#include "Translations.h"
#include "dashboard/DashboardView.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "editors/ScorePanel.h"
#include "guide/GettingStarted.h"
#include "guide/WelcomePage.h"
#include "itemmodels/GoalTreeModel.h"
#include "itemmodels/PolicyTableModel.h"
#include "report/ReportOptions.h"
#include "scoring/ScoringView.h"
#include "views/ElidedLabel.h"
#include "views/PolicyBrowser.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>
#include <functional>

using Step = GettingStarted::Step;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void walksTheFirstRunPath();
    void checklistIsRememberedAndCanBeHidden();
    void showMeOpensTheSampleAndPointsAtTheScores();
    void welcomePageReopensRecentProjectsFromTheKeyboard();
    void welcomePageStartsANewProjectOnAFramework();
    void preferencesKeepRecentCountAndLayoutChoice();
    void preferencesAcceptALanguageBeforeAnyName();
    void nothingClippedInEitherLanguage_data();
    void nothingClippedInEitherLanguage();

private:
    void startWindow();
    void clickPolicy(const QString &code);
    void clickGoal(const QString &code);
    // Runs `answer` on the next modal dialog of type T once it is shown; `done` is set
    // when it has run.
    template<typename T> void whenModal(std::function<void(T *)> answer);
    QDockWidget *checklistDock() const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<MainWindow> m_window;
    bool m_answered = false;
};

void TestFirstRun::init()
{
    // A person who has never run the application: no settings, no sample project yet.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toLocal8Bit());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_home->filePath(QStringLiteral("config")));
    QVERIFY(!Settings().evaluator().isValid());
    QVERIFY(Settings().recentFiles().isEmpty());
    m_answered = false;
    startWindow();
}

void TestFirstRun::startWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_window->openInitialProject(QString());
}

void TestFirstRun::cleanup()
{
    m_window.reset();
    m_home.reset();
}

template<typename T> void TestFirstRun::whenModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [this, timer, answer] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        m_answered = true;
        answer(dialog);
    });
    timer->start();
}

QDockWidget *TestFirstRun::checklistDock() const
{
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (dock->widget() && dock->findChild<GettingStarted *>())
            return dock;
    }
    return nullptr;
}

void TestFirstRun::clickPolicy(const QString &code)
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

void TestFirstRun::clickGoal(const QString &code)
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

void TestFirstRun::walksTheFirstRunPath()
{
    // 1. No project opens by itself: the welcome page offers the ways in.
    QVERIFY(!m_window->project());
    WelcomePage *welcome = m_window->welcomePage();
    QVERIFY(welcome->isVisible());
    QCOMPARE(welcome->frameworkButtons().size(), 2);
    QVERIFY(!welcome->recentList()->isVisible()); // nothing recent yet
    QDockWidget *dock = checklistDock();
    QVERIFY(dock && dock->isVisible());
    GettingStarted *checklist = m_window->gettingStarted();
    QCOMPARE(checklist->doneCount(), 0);
    QCOMPARE(checklist->progressLabel()->text(), QStringLiteral("0 of 3 done"));

    // 2. The sample project, by clicking its button.
    QTest::mouseClick(welcome->sampleButton(), Qt::LeftButton);
    QVERIFY(m_window->project());
    QVERIFY(m_window->windowTitle().contains(QLatin1String("sample-project.pwb")));
    QVERIFY(!welcome->isVisible());
    QCOMPARE(m_window->policyBrowser()->view()->model()->rowCount(), 15);

    // 3. The first score asks who is scoring; the name is typed and confirmed with Return.
    clickPolicy(QStringLiteral("P03"));
    clickGoal(QStringLiteral("D2"));
    QString prompt;
    whenModal<QInputDialog>([&prompt](QInputDialog *dialog) {
        prompt = dialog->labelText();
        auto *edit = dialog->findChild<QLineEdit *>();
        if (!edit)
            return dialog->reject();
        QTest::keyClicks(edit, QStringLiteral("Wang Fang"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QAbstractButton *three = m_window->scorePanel()->scoreButton(3);
    QTest::mouseClick(three, Qt::LeftButton);
    QVERIFY(m_answered);
    QVERIFY2(prompt.contains(QLatin1String("Your name")), qPrintable(prompt));
    QCOMPARE(Settings().evaluator().name, QStringLiteral("Wang Fang"));
    QCOMPARE(m_window->project()->evaluator().name, QStringLiteral("Wang Fang"));

    // 4. The score is in the file, and the checklist ticks step (a), remembered.
    Project *project = m_window->project();
    const auto policy = project->store().policyByCode(QStringLiteral("P03"));
    const GoalNode *goal = project->store().framework().byCode(QStringLiteral("D2"));
    const auto score =
        project->store().score(policy->uuid, goal->uuid, Settings().evaluator().uuid);
    QVERIFY(score);
    QCOMPARE(score->value, std::optional<int>(3));
    QVERIFY(checklist->isDone(Step::ScoreCell));
    QVERIFY(!checklist->isDone(Step::SeeChart));
    QCOMPARE(checklist->progressLabel()->text(), QStringLiteral("1 of 3 done"));
    QCOMPARE(Settings().gettingStartedDone(), QStringList{QStringLiteral("scoreCell")});

    // 5. Step (b): "Show me" opens the dashboard, whose charts follow the scores.
    QTest::mouseClick(checklist->showMeButton(Step::SeeChart), Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->linkedViews()->dashboard());
    QVERIFY(checklist->isDone(Step::SeeChart));

    // 6. Step (c): "Show me" asks for the report options; cancelling prints nothing and the
    // step stays open; a PDF export ticks it.
    QVERIFY(checklist->showMeButton(Step::PrintReport)->isEnabled());
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(checklist->showMeButton(Step::PrintReport), Qt::LeftButton);
    QVERIFY(!checklist->isDone(Step::PrintReport));
    QTemporaryDir dir;
    ReportOptions options;
    QVERIFY(m_window->reportActions()->exportPdf(options, dir.filePath(QStringLiteral("r.pdf"))));
    QVERIFY(checklist->isDone(Step::PrintReport));
    QVERIFY(checklist->progressLabel()->text().startsWith(QStringLiteral("All done")));
}

void TestFirstRun::checklistIsRememberedAndCanBeHidden()
{
    GettingStarted *checklist = m_window->gettingStarted();
    checklist->markDone(Step::ScoreCell);
    QTest::mouseClick(checklist->hideButton(), Qt::LeftButton);
    QVERIFY(!checklistDock()->isVisible());
    QVERIFY(Settings().gettingStartedHidden());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Help")));

    // The next start: still hidden, the tick kept.
    m_window.reset();
    startWindow();
    checklist = m_window->gettingStarted();
    QVERIFY(!checklistDock()->isVisible());
    QVERIFY(checklist->isDone(Step::ScoreCell));
    QVERIFY(!checklist->isDone(Step::SeeChart));

    // Help ▸ Getting Started Checklist brings it back, from the keyboard.
    QMenu *help = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QLatin1String("&Help"))
            help = action->menu();
    }
    QVERIFY(help);
    QAction *toggle = nullptr;
    for (QAction *action : help->actions()) {
        if (action->text() == QLatin1String("&Getting Started Checklist"))
            toggle = action;
    }
    QVERIFY(toggle && toggle->isCheckable() && !toggle->isChecked());
    toggle->trigger();
    QVERIFY(checklistDock()->isVisible());
    QVERIFY(toggle->isChecked());
    QVERIFY(!Settings().gettingStartedHidden());
}

void TestFirstRun::showMeOpensTheSampleAndPointsAtTheScores()
{
    // "Show me" on the first step works from the welcome page too.
    GettingStarted *checklist = m_window->gettingStarted();
    QTest::mouseClick(checklist->showMeButton(Step::ScoreCell), Qt::LeftButton);
    QVERIFY(m_window->project());
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QAbstractButton *zero = m_window->scorePanel()->scoreButton(0);
    QTRY_VERIFY(zero->hasFocus());
    // Viewing the results before scoring is not step (b) yet.
    m_window->tabs()->setCurrentWidget(m_window->scoringView());
    QVERIFY(!checklist->isDone(Step::SeeChart));
}

void TestFirstRun::welcomePageReopensRecentProjectsFromTheKeyboard()
{
    QTest::mouseClick(m_window->welcomePage()->sampleButton(), Qt::LeftButton);
    QVERIFY(m_window->project());
    const QString path = m_window->project()->filePath();
    m_window->closeProject();

    WelcomePage *welcome = m_window->welcomePage();
    QVERIFY(welcome->isVisible());
    QListWidget *recent = welcome->recentList();
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().startsWith(QLatin1String("sample-project.pwb\n")));
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(m_window->project());
    QCOMPARE(m_window->project()->filePath(), path);

    // The next start opens the most recent project directly.
    m_window.reset();
    startWindow();
    QVERIFY(m_window->project());
    QCOMPARE(m_window->project()->filePath(), path);
}

void TestFirstRun::welcomePageStartsANewProjectOnAFramework()
{
    // The framework chosen on the welcome page is the one preselected in the dialog.
    const QList<QCommandLinkButton *> buttons = m_window->welcomePage()->frameworkButtons();
    QCOMPARE(buttons.size(), 2);
    QVERIFY(buttons.at(1)->text().contains(QLatin1String("13")));
    QString chosen;
    whenModal<QDialog>([&chosen](QDialog *dialog) {
        for (QRadioButton *radio : dialog->findChildren<QRadioButton *>()) {
            if (radio->isChecked())
                chosen = radio->text();
        }
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QVERIFY(m_answered);
    QVERIFY2(chosen.contains(QLatin1String("13")), qPrintable(chosen));
    QVERIFY(!m_window->project());
}

void TestFirstRun::preferencesKeepRecentCountAndLayoutChoice()
{
    Settings settings;
    settings.setEvaluatorName(QStringLiteral("Li Wei"));
    for (int i = 0; i < 6; ++i)
        settings.addRecentFile(m_home->filePath(QStringLiteral("p%1.pwb").arg(i)));
    QCOMPARE(settings.recentFiles().size(), 6);

    // Edit ▸ Preferences from the keyboard.
    whenModal<PreferencesDialog>([](PreferencesDialog *dialog) {
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Li Wei"));
        QVERIFY(dialog->restoreLayoutBox()->isChecked());
        QSpinBox *recent = dialog->recentBox();
        recent->setFocus();
        recent->selectAll();
        QTest::keyClicks(recent, QStringLiteral("3"));
        dialog->restoreLayoutBox()->setFocus();
        QTest::keyClick(dialog->restoreLayoutBox(), Qt::Key_Space);
        QVERIFY(!dialog->restoreLayoutBox()->isChecked());
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(m_answered);
    QCOMPARE(settings.recentFilesLimit(), 3);
    QCOMPARE(settings.recentFiles().size(), 3);
    QVERIFY(!settings.restoreLayout());

    // No layout is written or restored now.
    m_window->resize(900, 700);
    m_window->close();
    QVERIFY(settings.windowState(QStringLiteral("geometry")).isEmpty());
    QSettings raw(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PolicyWorkbench"),
                  QStringLiteral("PolicyWorkbench"));
    QVERIFY(!raw.contains(QStringLiteral("window/geometry")));

    // Turned on again: the layout is saved on quit and restored on start.
    settings.setRestoreLayout(true);
    m_window.reset();
    startWindow();
    m_window->resize(1300, 790);
    m_window->close();
    QVERIFY(!settings.windowState(QStringLiteral("geometry")).isEmpty());
    QVERIFY(!settings.windowState(QStringLiteral("docks")).isEmpty());
    m_window.reset();
    startWindow();
    QCOMPARE(m_window->size(), QSize(1300, 790));
}

void TestFirstRun::preferencesAcceptALanguageBeforeAnyName()
{
    // Someone who wants Chinese before scoring anything is not made to give a name.
    bool noticed = false;
    whenModal<PreferencesDialog>([this, &noticed](PreferencesDialog *dialog) {
        QVERIFY(dialog->nameEdit()->text().isEmpty());
        QComboBox *language = dialog->languageBox();
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        // Then the notice that the language changes on restart.
        whenModal<QMessageBox>([&noticed](QMessageBox *box) {
            noticed = box->text().contains(QLatin1String("Restart"));
            box->accept();
        });
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(m_answered);
    QVERIFY(noticed);
    QCOMPARE(Settings().language(), QStringLiteral("zh_CN"));
    QVERIFY(!Settings().evaluator().isValid());
}

void TestFirstRun::nothingClippedInEitherLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestFirstRun::nothingClippedInEitherLanguage()
{
    // The first-run windows in each language: every button gets at least the room it
    // needs for its text. PWB_SCREENSHOT_DIR=/some/dir keeps pictures for a look.
    QFETCH(QString, language);
    installTranslations(*qApp, language);
    m_window.reset();
    startWindow();
    m_window->resize(1280, 800);
    const QString dir = qEnvironmentVariable("PWB_SCREENSHOT_DIR");
    auto check = [&](QWidget *widget, const QString &name) {
        QApplication::processEvents();
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, language)));
        for (QAbstractButton *b : widget->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || b->text().isEmpty())
                continue;
            const QSize need = b->minimumSizeHint();
            QVERIFY2(b->width() >= need.width() && b->height() >= need.height(),
                     qPrintable(QStringLiteral("%1: \"%2\" is %3×%4, needs %5×%6")
                                    .arg(name, b->text())
                                    .arg(b->width())
                                    .arg(b->height())
                                    .arg(need.width())
                                    .arg(need.height())));
        }
    };
    check(m_window.get(), QStringLiteral("welcome"));
    check(checklistDock(), QStringLiteral("checklist"));
    QVERIFY(m_window->openSampleProject());
    m_window->gettingStarted()->markDone(Step::ScoreCell);
    check(m_window.get(), QStringLiteral("workspace"));
    check(checklistDock(), QStringLiteral("checklist-done"));
    // The project's long description: at most three lines above the tabs, the whole of it
    // in the tooltip; narrower, fewer lines end in "…".
    auto *banner = m_window->findChild<ElidedLabel *>();
    QVERIFY(banner);
    QVERIFY(banner->text().count(QLatin1Char('\n')) <= 2);
    QVERIFY(banner->fullText().startsWith(banner->text().section(QLatin1Char('\n'), 0, 0)));
    QCOMPARE(banner->toolTip(), m_window->project()->store().displayDescription());
    ElidedLabel narrow(2);
    narrow.setFullText(banner->fullText());
    narrow.resize(220, 100);
    QCOMPARE(narrow.text().count(QLatin1Char('\n')), 1);
    QVERIFY(narrow.text().endsWith(QStringLiteral("…")));
    m_window->closeProject(); // the welcome page with a recent project
    check(m_window.get(), QStringLiteral("welcome-recent"));
    {
        ShortcutsDialog dialog(m_window.get(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, QStringLiteral("shortcuts"));
    }
    {
        Settings settings;
        PreferencesDialog dialog(settings, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        check(&dialog, QStringLiteral("preferences"));
    }
    m_window.reset();
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installTranslations(*qApp, QStringLiteral("en"));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
