#include "DashboardBench.h"

#include "LinkedViews.h"
#include "MainWindow.h"
#include "charts/DashboardChart.h"
#include "charts/DashboardData.h"
#include "dashboard/DashboardView.h"
#include "dashboard/RankIntervalRunner.h"
#include "selection/Selection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QWindow>
#include <algorithm>
#include <memory>

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

bool measureDashboard(const QString &path, const MetricFn &metric, QString *error)
{
    auto window = std::make_unique<MainWindow>();
    if (!window->openProject(path)) {
        *error = QStringLiteral("the main window could not open %1").arg(path);
        return false;
    }
    window->resize(1600, 1000);
    window->show();
    QElapsedTimer deadline;
    deadline.start();
    while ((!window->windowHandle() || !window->windowHandle()->isExposed()) &&
           deadline.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();

    DashboardView *dashboard = window->linkedViews()->dashboard();
    Selection *selection = window->linkedViews()->selection();
    // The scoring engine's load and computation are shared with the Results tab (whichever
    // is shown first pays for them); measured apart from drawing the charts.
    QElapsedTimer timer;
    timer.start();
    window->linkedViews()->data()->refresh();
    const double load = elapsedMs(timer);
    metric("dashboard_data_load_ms", load, "ms");
    timer.restart();
    window->tabs()->setCurrentWidget(dashboard);
    QCoreApplication::processEvents(); // show, then the queued updateViews and the paints
    QCoreApplication::processEvents();
    const double draw = elapsedMs(timer);
    metric("dashboard_first_render_ms", draw, "ms");
    metric("dashboard_first_render_with_load_ms", load + draw, "ms");

    // Rank intervals come from a worker thread; wait so they do not land mid-measurement.
    timer.restart();
    while (dashboard->rankIntervals()->isRunning() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    metric("dashboard_rank_intervals_ms", elapsedMs(timer), "ms");

    // A warm redraw of everything (what an edit costs once the engine has recomputed).
    timer.restart();
    dashboard->updateViews();
    const QList<DashboardChart *> charts = dashboard->charts();
    const auto visible = std::count_if(charts.cbegin(), charts.cend(), [](const DashboardChart *w) {
        return w->isVisible() && !w->visibleRegion().isEmpty();
    });
    metric("dashboard_charts_visible", double(visible), "count");

    const ChartContext &context = window->linkedViews()->data()->context();
    if (!context.hasScoring() || context.scoring->policyUuids.isEmpty()) {
        *error = QStringLiteral("the dashboard has no data");
        return false;
    }
    const QStringList &policies = context.scoring->policyUuids;
    const QStringList &goals = context.scoring->goalUuids;
    QList<double> times;
    for (int i = 0; i < 100; ++i) {
        timer.restart();
        switch (i % 6) {
        case 0:
            selection->select(SelectionKind::Goal, goals.at(i % goals.size()));
            break;
        case 1:
            selection->select(SelectionKind::Policy, policies.at((i * 37) % policies.size()));
            break;
        case 2:
            selection->toggle(SelectionKind::Policy, policies.at((i * 53) % policies.size()));
            break;
        case 3:
            selection->select(SelectionKind::Category,
                              context.categories.at(i % context.categories.size()).code);
            break;
        case 4:
            selection->pickPeriod(PeriodRange{2018 + i % 6, 2019 + i % 6}, true);
            break;
        default:
            selection->clear();
            break;
        }
        QCoreApplication::processEvents();
        times << elapsedMs(timer);
    }
    std::sort(times.begin(), times.end());
    metric("dashboard_selection_change_median_ms", (times.at(49) + times.at(50)) / 2.0, "ms");
    metric("dashboard_selection_change_p95_ms", times.at(94), "ms");
    metric("dashboard_selection_change_max_ms", times.last(), "ms");
    window.reset();
    return true;
}
