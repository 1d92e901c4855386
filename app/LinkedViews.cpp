#include "LinkedViews.h"

#include "Project.h"
#include "Settings.h"
#include "TrackingTabs.h"
#include "charts/DashboardData.h"
#include "dashboard/DashboardView.h"
#include "itemmodels/GoalTreeModel.h"
#include "itemmodels/IndicatorTableModel.h"
#include "selection/SelectionRules.h"
#include "tracking/BottleneckView.h"
#include "tracking/IndicatorView.h"
#include "views/PolicyBrowser.h"

#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTreeView>

LinkedViews::LinkedViews(Project *project, ScoringState *scoring, QTabWidget *tabs, int tabIndex,
                         PolicyBrowser *policies, QTreeView *goalTree, TrackingTabs *tracking,
                         QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_selection(new Selection(this))
    , m_data(new DashboardData(project, scoring, this))
    , m_policies(policies)
    , m_goalTree(goalTree)
    , m_tracking(tracking)
{
    m_dashboard = new DashboardView(m_data, m_selection, tracking->bottlenecks()->model(),
                                    tracking->indicators()->model(), tabs);
    tabs->insertTab(tabIndex, m_dashboard, tr("&Dashboard"));

    connect(m_selection, &Selection::changed, this, &LinkedViews::onSelectionChanged);
    connect(policies, &PolicyBrowser::currentPolicyChanged, this,
            &LinkedViews::onScoringCellChanged);
    connect(goalTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LinkedViews::onScoringCellChanged);
    BottleneckView *register_ = tracking->bottlenecks();
    connect(register_, &BottleneckView::matrixCellPicked, this,
            [this](const QString &category, const QString &goal) {
                SelectionState state;
                if (!category.isEmpty())
                    state.categories << category;
                if (!goal.isEmpty())
                    state.goals << goal;
                m_selection->setState(state);
            });
    connect(register_, &BottleneckView::clearSelectionRequested, m_selection, &Selection::clear);
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        // After the tab is shown, so that isVisible() answers for the new page.
        QMetaObject::invokeMethod(this, &LinkedViews::applyToTracking, Qt::QueuedConnection);
    });
    connect(tracking->indicators(), &IndicatorView::clearSelectionRequested, m_selection,
            &Selection::clear);
}

QString LinkedViews::layoutKey() const
{
    return QStringLiteral("dashboard/") + m_project->store().metadata(QStringLiteral("uuid"));
}

void LinkedViews::restoreLayout(const Settings &settings)
{
    m_dashboard->restoreLayout(settings.windowState(layoutKey()));
}

void LinkedViews::saveLayout(Settings &settings) const
{
    settings.setWindowState(layoutKey(), m_dashboard->saveLayout());
}

QString LinkedViews::describe(const SelectionState &state, const Project &project)
{
    const ProjectStore &store = project.store();
    QStringList parts;
    auto codes = [&](const QStringList &ids, auto codeOf) {
        QStringList result;
        for (const QString &id : ids)
            result << codeOf(id);
        return result.join(QStringLiteral(", "));
    };
    if (!state.policies.isEmpty())
        parts << tr("policies %1").arg(codes(state.policies, [&](const QString &uuid) {
            const std::optional<Policy> policy = store.policy(uuid);
            return policy ? policy->code : uuid.left(8);
        }));
    if (!state.goals.isEmpty())
        parts << tr("goals %1").arg(codes(state.goals, [&](const QString &uuid) {
            const GoalNode *node = store.framework().byUuid(uuid);
            return node ? node->code : uuid.left(8);
        }));
    if (!state.categories.isEmpty())
        parts << tr("categories %1").arg(state.categories.join(QStringLiteral(", ")));
    if (!state.indicators.isEmpty())
        parts << tr("indicators %1").arg(codes(state.indicators, [&](const QString &uuid) {
            const std::optional<Indicator> indicator = store.indicator(uuid);
            return indicator ? indicator->code : uuid.left(8);
        }));
    if (state.period.isValid())
        parts << (state.period.from == state.period.to
                      ? tr("period %1").arg(state.period.from)
                      : tr("period %1–%2").arg(state.period.from).arg(state.period.to));
    return parts.join(QStringLiteral("; "));
}

void LinkedViews::onScoringCellChanged()
{
    if (m_syncing)
        return;
    // The cell being scored becomes the selection: its policy and goal.
    SelectionState state;
    const QString policy = m_policies->currentPolicy();
    if (!policy.isEmpty())
        state.policies << policy;
    const QString goal = m_goalTree->currentIndex().data(GoalTreeModel::GoalUuidRole).toString();
    if (!goal.isEmpty())
        state.goals << goal;
    m_selection->setState(state);
}

void LinkedViews::applyToTracking()
{
    if (!m_trackingStale)
        return;
    BottleneckView *register_ = m_tracking->bottlenecks();
    IndicatorView *monitor = m_tracking->indicators();
    if (!register_->isVisible() && !monitor->isVisible())
        return;
    m_trackingStale = false;
    const SelectionState &state = m_selection->state();
    const QString words = describe(state, *m_project);
    const Framework &framework = m_project->store().framework();
    register_->setSelectionScope(
        SelectionRules::bottleneckScope(state, framework,
                                        m_data->context().categories.isEmpty()
                                            ? m_project->store().bottleneckCategories()
                                            : m_data->context().categories),
        words);
    const bool indicatorsFiltered = !state.indicators.isEmpty() || !state.goals.isEmpty();
    QStringList indicators;
    if (indicatorsFiltered) {
        const IndicatorTableModel *model = monitor->model();
        QList<Indicator> library;
        for (int row = 0; row < model->rowCount(); ++row)
            library << model->indicatorAt(row);
        indicators = SelectionRules::indicatorUuids(state, framework, library);
    }
    monitor->setSelectionIndicators(indicators, indicatorsFiltered, words);
}

void LinkedViews::onSelectionChanged()
{
    m_syncing = true;
    const SelectionState &state = m_selection->state();
    // The scoring tab follows the first selected policy and goal.
    if (!state.policies.isEmpty() && m_policies->currentPolicy() != state.policies.first())
        m_policies->selectPolicy(state.policies.first());
    if (!state.goals.isEmpty()) {
        const auto *model = static_cast<const GoalTreeModel *>(m_goalTree->model());
        const QModelIndex found = model->indexOfGoal(state.goals.first());
        if (found.isValid() && m_goalTree->currentIndex().siblingAtColumn(0) != found)
            m_goalTree->setCurrentIndex(found);
    }
    // The register and the indicator monitor refilter when they are next shown: refiltering
    // thousands of records for a tab nobody looks at would slow every click on a chart.
    m_trackingStale = true;
    applyToTracking();
    m_syncing = false;
}
