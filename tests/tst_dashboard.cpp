// The dashboard as a user drives it, in the real main window on the sample project:
// clicks on bars, cells and rows select; every other chart, the register and the
// indicator monitor answer; Ctrl-click adds, Esc clears, back/forward, chips; the layout
// is kept per project; every chart renders offscreen and exports without a warning.
#include "LinkedViews.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestProject.h"
#include "TrackingTabs.h"
#include "charts/BottleneckStatusChart.h"
#include "charts/BottleneckTimelineChart.h"
#include "charts/DashboardData.h"
#include "charts/GoalScoresChart.h"
#include "charts/HeatmapChart.h"
#include "charts/IndicatorSeriesChart.h"
#include "charts/MaturityChart.h"
#include "charts/ProfileChart.h"
#include "charts/RankingChart.h"
#include "dashboard/DashboardView.h"
#include "dashboard/RankIntervalRunner.h"
#include "itemmodels/BottleneckFilterModel.h"
#include "itemmodels/BottleneckTableModel.h"
#include "itemmodels/GoalTreeModel.h"
#include "itemmodels/PolicyTableModel.h"
#include "selection/SelectionRules.h"
#include "tracking/BottleneckView.h"
#include "tracking/IndicatorView.h"
#include "views/PolicyBrowser.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

namespace {

QStringList g_warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickingAGoalBarLinksEveryView();
    void ctrlClickAddsEscClearsBackRestores();
    void chipRemovesItsItem();
    void heatmapCellSelectsPolicyAndGoalAndScoringFollows();
    void scoringTabSetsTheSelection();
    void bottleneckBarAndTimelineSelect();
    void rankIntervalsArriveInTheBackground();
    void editsRedrawTheCharts();
    void layoutIsKeptPerProject();
    void everyChartRendersAndExportsWithoutWarnings();

private:
    DashboardView *dashboard() const { return m_window->linkedViews()->dashboard(); }
    Selection *selection() const { return m_window->linkedViews()->selection(); }
    const ChartContext &context() const { return m_window->linkedViews()->data()->context(); }
    void showDashboard();
    QString goalUuid(const QString &code) const;

    std::unique_ptr<TestProject> m_test;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestDashboard::init()
{
    m_test = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_test->isValid(), qPrintable(m_test->error()));
    m_path = m_test->path();
    m_test->close();
    Settings().setEvaluatorName(QStringLiteral("Dashboard Tester"));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
    showDashboard();
}

void TestDashboard::cleanup()
{
    m_window.reset();
    m_test.reset();
}

void TestDashboard::showDashboard()
{
    m_window->tabs()->setCurrentWidget(dashboard());
    QTRY_VERIFY(dashboard()->goalScores()->isVisible());
    QTRY_VERIFY(!dashboard()->goalScores()->rows().isEmpty());
    QTRY_VERIFY(!dashboard()->heatmap()->rowPolicies().isEmpty());
    QCoreApplication::processEvents(); // the redraw queued when the tab was shown
}

QString TestDashboard::goalUuid(const QString &code) const
{
    const GoalNode *node = m_window->project()->store().framework().byCode(code);
    return node ? node->uuid : QString();
}

void TestDashboard::clickingAGoalBarLinksEveryView()
{
    // The goal with the most indicators among those with a bottleneck, so that every
    // view has something to answer with.
    const ChartContext &ctx = context();
    int best = -1, bestIndicators = -1;
    for (int g = 0; g < ctx.scoring->goals.size(); ++g) {
        const QString uuid = ctx.scoring->goalUuids.at(g);
        int indicators = 0, bottlenecks = 0;
        for (const Indicator &i : ctx.indicators)
            indicators += i.goalUuids.contains(uuid);
        for (const Bottleneck &b : ctx.bottlenecks)
            bottlenecks += b.goalUuids.contains(uuid);
        if (bottlenecks > 0 && indicators > bestIndicators) {
            best = g;
            bestIndicators = indicators;
        }
    }
    QVERIFY(best >= 0);
    QVERIFY(bestIndicators > 0);
    const QString uuid = ctx.scoring->goalUuids.at(best);
    int expectedBottlenecks = 0;
    for (const Bottleneck &b : ctx.bottlenecks)
        expectedBottlenecks += b.goalUuids.contains(uuid);

    BottleneckView *register_ = m_window->tracking()->bottlenecks();
    IndicatorView *monitor = m_window->tracking()->indicators();
    const int registerBefore = register_->proxy()->rowCount();
    const int monitorBefore = monitor->proxy()->rowCount();
    QVERIFY(dashboard()->heatmap()->highlightedColumns().isEmpty());

    GoalScoresChart *chart = dashboard()->goalScores();
    const ScoreSeries::GoalScore &row = chart->rows().at(best);
    const double y = std::isnan(row.mean) ? 0.05 : row.mean / 2;
    const QPoint bar(int(chart->xAxis->coordToPixel(chart->keyOf(best))),
                     int(chart->yAxis->coordToPixel(y)));
    QTest::mouseClick(chart, Qt::LeftButton, {}, bar);

    QCOMPARE(selection()->state().goals, QStringList{uuid});
    QCOMPARE(chart->highlightedGoals(), QVector<int>{best});
    QCOMPARE(dashboard()->heatmap()->highlightedColumns(), QVector<int>{best});
    // The register lists the goal's bottlenecks and says why (once it is shown).
    m_window->tabs()->setCurrentWidget(register_);
    QTRY_COMPARE(register_->proxy()->rowCount(), expectedBottlenecks);
    QVERIFY(register_->proxy()->rowCount() < registerBefore);
    QVERIFY(!register_->selectionNote()->isHidden());
    for (int r = 0; r < register_->proxy()->rowCount(); ++r) {
        const QModelIndex index = register_->proxy()->index(r, 0);
        const QString b = index.data(BottleneckTableModel::UuidRole).toString();
        QVERIFY(register_->model()->rowCount() > 0);
        bool found = false;
        for (const Bottleneck &bn : ctx.bottlenecks)
            found = found || (bn.uuid == b && bn.goalUuids.contains(uuid));
        QVERIFY(found);
    }
    // The indicator monitor, the dashboard's indicator table and chart show its indicators.
    m_window->tabs()->setCurrentWidget(monitor);
    QTRY_COMPARE(monitor->proxy()->rowCount(), bestIndicators);
    QVERIFY(monitor->proxy()->rowCount() < monitorBefore);
    QVERIFY(!monitor->selectionNote()->isHidden());
    QVERIFY(dashboard()->indicatorTable()->isVisible() ||
            !dashboard()->dockOf(dashboard()->indicatorTable())->isVisible());
    const QStringList shown = dashboard()->indicators()->shownIndicators();
    QCOMPARE(shown.size(), std::min(bestIndicators, IndicatorSeriesChart::MaxLines));
    for (const QString &i : shown)
        QVERIFY(ctx.indicators.at(ctx.indicatorIndex(i)).goalUuids.contains(uuid));
    // The chip says what is selected.
    QCOMPARE(dashboard()->chips().size(), 1);
    QVERIFY(dashboard()->chips().first()->text().contains(ctx.scoring->goals.at(best).code));
    // The scoring tab follows.
    QCOMPARE(m_window->goalView()->currentIndex().data(GoalTreeModel::GoalUuidRole).toString(),
             uuid);
}

void TestDashboard::ctrlClickAddsEscClearsBackRestores()
{
    RankingChart *ranking = dashboard()->ranking();
    QTRY_VERIFY(ranking->rows().size() >= 3);
    const int p0 = ranking->rows().at(0).policy, p2 = ranking->rows().at(2).policy;
    QTest::mouseClick(ranking, Qt::LeftButton, {}, ranking->rowCentre(0).toPoint());
    QCOMPARE(selection()->state().policies, QStringList{context().scoring->policyUuids.at(p0)});
    QTest::mouseClick(ranking, Qt::LeftButton, Qt::ControlModifier,
                      ranking->rowCentre(2).toPoint());
    QCOMPARE(selection()->state().policies.size(), 2);
    // The profile is tabbed behind the ranking: hidden, so not redrawn until shown.
    QVERIFY(dashboard()->profile()->visibleRegion().isEmpty());
    QVERIFY(dashboard()->profile()->policies() != (QVector<int>{p0, p2}));
    // The profile draws the two, the heatmap outlines their rows.
    dashboard()->dockOf(dashboard()->profile())->raise();
    QTRY_COMPARE(dashboard()->profile()->policies(), (QVector<int>{p0, p2}));
    QVERIFY(dashboard()->profile()->showsSelection());
    QCOMPARE(dashboard()->heatmap()->highlightedRows().size(), 2);
    // Esc clears, wherever the focus is in the dashboard.
    dashboard()->heatmap()->setFocus();
    QTest::keyClick(dashboard()->heatmap(), Qt::Key_Escape);
    QVERIFY(selection()->state().isEmpty());
    QVERIFY(dashboard()->heatmap()->highlightedRows().isEmpty());
    QVERIFY(dashboard()->chips().isEmpty());
    // Back brings the two policies back; forward clears again.
    QVERIFY(dashboard()->backAction()->isEnabled());
    dashboard()->backAction()->trigger();
    QCOMPARE(selection()->state().policies.size(), 2);
    QCOMPARE(dashboard()->heatmap()->highlightedRows().size(), 2);
    QVERIFY(dashboard()->forwardAction()->isEnabled());
    dashboard()->forwardAction()->trigger();
    QVERIFY(selection()->state().isEmpty());
}

void TestDashboard::chipRemovesItsItem()
{
    const QString d2 = goalUuid(QStringLiteral("D2")), f1 = goalUuid(QStringLiteral("F1"));
    selection()->select(SelectionKind::Goal, d2);
    selection()->toggle(SelectionKind::Goal, f1);
    selection()->pickPeriod({2020, 2021}, true);
    QCOMPARE(dashboard()->chips().size(), 3);
    QToolButton *chip = dashboard()->chips().at(0);
    QVERIFY(chip->text().contains(QStringLiteral("D2")));
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(selection()->state().goals, QStringList{f1});
    QCOMPARE(dashboard()->chips().size(), 2);
    QToolButton *period = dashboard()->chips().at(1);
    QVERIFY(period->text().contains(QStringLiteral("2020")));
    QTest::mouseClick(period, Qt::LeftButton);
    QVERIFY(!selection()->state().period.isValid());
}

void TestDashboard::heatmapCellSelectsPolicyAndGoalAndScoringFollows()
{
    HeatmapChart *heatmap = dashboard()->heatmap();
    const int row = 2, goal = 3;
    QTest::mouseClick(heatmap, Qt::LeftButton, {}, heatmap->cellCentre(row, goal).toPoint());
    const QString policy = context().scoring->policyUuids.at(heatmap->rowPolicies().at(row));
    const QString goalUuid = context().scoring->goalUuids.at(goal);
    QCOMPARE(selection()->state().policies, QStringList{policy});
    QCOMPARE(selection()->state().goals, QStringList{goalUuid});
    QCOMPARE(heatmap->highlightedRows(), QVector<int>{row});
    QCOMPARE(heatmap->highlightedColumns(), QVector<int>{goal});
    QCOMPARE(m_window->policyBrowser()->currentPolicy(), policy);
    QCOMPARE(m_window->goalView()->currentIndex().data(GoalTreeModel::GoalUuidRole).toString(),
             goalUuid);
    // The tooltip gives the exact value and the scores behind it.
    const QString tip = heatmap->toolTipAt(heatmap->cellCentre(row, goal));
    QVERIFY(tip.contains(context().scoring->policyCodes.at(heatmap->rowPolicies().at(row))));
    QVERIFY(tip.contains(QStringLiteral("Consensus")));
    // Goal scores now count only that policy.
    QCOMPARE(
        dashboard()->goalScores()->titleElement()->text().contains(QStringLiteral("1 selected")),
        true);
}

void TestDashboard::scoringTabSetsTheSelection()
{
    m_window->tabs()->setCurrentIndex(0);
    QTableView *policies = m_window->policyBrowser()->view();
    const QModelIndex third = policies->model()->index(2, 0);
    policies->setCurrentIndex(third);
    const QString policy = m_window->policyBrowser()->currentPolicy();
    QCOMPARE(selection()->state().policies, QStringList{policy});
    const QString goal =
        m_window->goalView()->currentIndex().data(GoalTreeModel::GoalUuidRole).toString();
    QCOMPARE(selection()->state().goals, QStringList{goal});
    showDashboard();
    const int p = context().scoring->policyIndex(policy);
    HeatmapChart *heatmap = dashboard()->heatmap();
    QTRY_COMPARE(heatmap->highlightedRows().size() == 1
                     ? heatmap->rowPolicies().at(heatmap->highlightedRows().first())
                     : -1,
                 p);
}

void TestDashboard::bottleneckBarAndTimelineSelect()
{
    BottleneckStatusChart *chart = dashboard()->bottleneckStatus();
    QTRY_VERIFY(!chart->bars().isEmpty());
    int bar = -1;
    for (int i = 0; i < chart->bars().size() && bar < 0; ++i) {
        if (chart->bars().at(i).total() > 0)
            bar = i;
    }
    QVERIFY(bar >= 0);
    const QString code = chart->bars().at(bar).code;
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barCentre(bar).toPoint());
    QCOMPARE(selection()->state().categories, QStringList{code});
    QCOMPARE(chart->highlightedBars(), QVector<int>{bar});
    BottleneckView *register_ = m_window->tracking()->bottlenecks();
    m_window->tabs()->setCurrentWidget(register_);
    QTRY_COMPARE(register_->proxy()->rowCount(), chart->bars().at(bar).total());
    showDashboard();
    // The timeline picks a year.
    dashboard()->dockOf(dashboard()->bottleneckTimeline())->raise();
    BottleneckTimelineChart *timeline = dashboard()->bottleneckTimeline();
    QTRY_VERIFY(!timeline->series().months.isEmpty());
    const double x = timeline->series().months.first() + 0.1;
    const int year = int(std::floor(x));
    QTest::mouseClick(
        timeline, Qt::LeftButton, {},
        QPoint(int(timeline->xAxis->coordToPixel(x)),
               int(timeline->yAxis->coordToPixel(timeline->yAxis->range().center()))));
    QCOMPARE(selection()->state().period, (PeriodRange{year, year}));
    QVERIFY(selection()->state().categories.isEmpty());
    // Zoomed in with the wheel, the reset button brings the whole history back.
    const QCPRange whole = timeline->xAxis->range();
    timeline->xAxis->scaleRange(0.25, whole.center());
    QVERIFY(timeline->xAxis->range().size() < whole.size() * 0.5);
    dashboard()->resetViewsAction()->trigger();
    QVERIFY(std::abs(timeline->xAxis->range().size() - whole.size()) < 1e-6);
    m_window->tabs()->setCurrentWidget(register_);
    QTRY_VERIFY(!register_->selectionNote()->isHidden() &&
                register_->selectionNote()->text().contains(QString::number(year)));
    for (int r = 0; r < register_->proxy()->rowCount(); ++r) {
        const QDate opened = register_->proxy()
                                 ->index(r, BottleneckTableModel::Opened)
                                 .data(BottleneckTableModel::SortRole)
                                 .toDate();
        QVERIFY(!opened.isValid() || opened.year() <= year);
    }
}

void TestDashboard::rankIntervalsArriveInTheBackground()
{
    RankingChart *ranking = dashboard()->ranking();
    QTRY_VERIFY_WITH_TIMEOUT(!ranking->rows().isEmpty() && ranking->rows().first().hasInterval,
                             20000);
    const std::optional<Sensitivity::MonteCarloResult> mc = context().ranks();
    QVERIFY(mc);
    QCOMPARE(mc->draws, RankIntervalRunner::Draws);
    for (const ScoreSeries::RankRow &row : ranking->rows()) {
        QVERIFY(row.rankP05 <= row.medianRank);
        QVERIFY(row.medianRank <= row.rankP95);
        QCOMPARE(row.rankP05, mc->policies.at(row.policy).rankP05);
    }
    QVERIFY(ranking->titleElement()->text().contains(QStringLiteral("1000")));
}

void TestDashboard::editsRedrawTheCharts()
{
    // Undoing and redoing a policy deletion changes the heatmap rows on the spot.
    const int before = dashboard()->heatmap()->rowPolicies().size();
    m_window->tabs()->setCurrentIndex(0);
    m_window->policyBrowser()->view()->selectRow(0);
    m_window->policyBrowser()->view()->setFocus();
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::keyClick(m_window->policyBrowser()->view(), Qt::Key_Delete);
    QTRY_COMPARE(m_window->policyBrowser()->model()->rowCount(), before - 1);
    showDashboard();
    QTRY_COMPARE(dashboard()->heatmap()->rowPolicies().size(), before - 1);
    m_window->project()->undoStack()->undo();
    QTRY_COMPARE(dashboard()->heatmap()->rowPolicies().size(), before);
}

void TestDashboard::layoutIsKeptPerProject()
{
    QDockWidget *maturity = dashboard()->dockOf(dashboard()->maturity());
    QVERIFY(maturity);
    maturity->close();
    QVERIFY(maturity->isHidden());
    m_window->closeProject();
    QVERIFY(m_window->openProject(m_path));
    showDashboard();
    QVERIFY(dashboard()->dockOf(dashboard()->maturity())->isHidden());
    // Another project starts from the default layout.
    TestProject other(TestProject::Content::Sample);
    const QString otherPath = other.path();
    other.close();
    QVERIFY(m_window->openProject(otherPath));
    m_window->tabs()->setCurrentWidget(dashboard());
    QVERIFY(!dashboard()->dockOf(dashboard()->maturity())->isHidden());
    dashboard()->dockOf(dashboard()->maturity())->close();
    dashboard()->resetLayout();
    QVERIFY(!dashboard()->dockOf(dashboard()->maturity())->isHidden());
    m_window->closeProject(); // before its folder goes
}

void TestDashboard::everyChartRendersAndExportsWithoutWarnings()
{
    QTemporaryDir dir;
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    // With and without a selection, every chart draws offscreen and exports.
    for (int round = 0; round < 2; ++round) {
        if (round == 1) {
            selection()->select(SelectionKind::Goal, goalUuid(QStringLiteral("D2")));
            selection()->toggle(SelectionKind::Policy, context().scoring->policyUuids.at(0));
            selection()->pickPeriod({2019, 2021}, true);
        }
        for (DashboardChart *chart : dashboard()->charts()) {
            chart->updateChart(context(), selection()->state(), true);
            const QString base =
                dir.filePath(QStringLiteral("%1-%2").arg(round).arg(chart->accessibleName()));
            QString error;
            QVERIFY2(
                chart->savePngFile(base + QStringLiteral(".png"), 150, &error, QSize(900, 560)),
                qPrintable(error));
            QImage image(base + QStringLiteral(".png"));
            QCOMPARE(image.size(), QSize(900 * 150 / 96, 560 * 150 / 96));
            // Something is drawn: more than a handful of distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 3, qPrintable(chart->chartTitle()));
            QVERIFY2(chart->savePdfFile(base + QStringLiteral(".pdf"), &error), qPrintable(error));
            QFile pdf(base + QStringLiteral(".pdf"));
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            const QByteArray bytes = pdf.readAll();
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.size() > 2000);
        }
    }
    // A folder that does not exist: a clear error and no file.
    QString error;
    QVERIFY(!dashboard()->heatmap()->savePngFile(dir.filePath(QStringLiteral("no/such.png")), 96,
                                                 &error));
    QVERIFY(!error.isEmpty());
    qInstallMessageHandler(previous);
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
