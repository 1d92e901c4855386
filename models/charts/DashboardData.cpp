#include "DashboardData.h"

#include "Project.h"
#include "scoring/ScoringState.h"

int ChartContext::indicatorIndex(const QString &uuid) const
{
    for (int i = 0; i < indicators.size(); ++i) {
        if (indicators.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

const BottleneckCategory *ChartContext::category(const QString &code) const
{
    for (const BottleneckCategory &c : categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QString ChartContext::policyLabel(int policy) const
{
    if (!scoring || policy < 0 || policy >= scoring->policyCodes.size())
        return QString();
    return scoring->policyCodes.at(policy) + QLatin1Char(' ') + scoring->policyTitles.value(policy);
}

QString ChartContext::goalLabel(int goal) const
{
    if (!scoring || goal < 0 || goal >= scoring->goals.size())
        return QString();
    const GoalNode &node = scoring->goals.at(goal);
    return node.code + QLatin1Char(' ') + node.name();
}

DashboardData::DashboardData(Project *project, ScoringState *scoring, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_scoring(scoring)
{
    connect(project, &Project::changed, this, &DashboardData::onChanged);
    connect(scoring, &ScoringState::invalidated, this, &DashboardData::invalidated);
    // Monte Carlo ranks arriving, or another view refreshing the shared state.
    connect(scoring, &ScoringState::updated, this, &DashboardData::updated);
}

bool DashboardData::isStale() const
{
    return m_trackingStale || m_scoring->isStale();
}

void DashboardData::onChanged(const RowChanges &changes)
{
    for (const RowChange &c : changes) {
        static const QStringList tracking{QStringLiteral("observation"), QStringLiteral("target"),
                                          QStringLiteral("benchmark")};
        if (c.table.startsWith(QLatin1String("bottleneck")) ||
            c.table.startsWith(QLatin1String("indicator")) || tracking.contains(c.table)) {
            if (!m_trackingStale) {
                m_trackingStale = true;
                emit invalidated();
            }
            return;
        }
    }
}

void DashboardData::loadTracking(const Project &project, ChartContext *context)
{
    const ProjectStore &store = project.store();
    context->framework = &store.framework();
    context->today = QDate::currentDate();
    context->categories = store.bottleneckCategories();
    context->bottlenecks = store.bottlenecks();
    context->indicators = store.indicators();
    context->figures.clear();
    context->figures.reserve(context->indicators.size());
    for (const Indicator &indicator : std::as_const(context->indicators))
        context->figures << IndicatorMath::compute(
            IndicatorMath::inputFrom(indicator, context->today));
}

bool DashboardData::refresh()
{
    bool recomputed = false;
    {
        // ScoringState::refresh emits updated(), which this object forwards; hold it back
        // until the tracking data is current too.
        const QSignalBlocker blocker(this);
        recomputed = m_scoring->refresh();
        if (m_trackingStale) {
            loadTracking(*m_project, &m_context);
            m_trackingStale = false;
            recomputed = true;
        }
    }
    m_context.framework = &m_project->store().framework();
    m_context.scoring = &m_scoring->data();
    m_context.result = &m_scoring->result();
    m_context.monteCarlo = &m_scoring->monteCarlo();
    if (recomputed)
        emit updated();
    return recomputed;
}
