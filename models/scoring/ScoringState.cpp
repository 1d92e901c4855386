#include "ScoringState.h"

#include "Project.h"

ScoringState::ScoringState(Project *project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    connect(project, &Project::changed, this, &ScoringState::onChanged);
}

void ScoringState::onChanged(const RowChanges &changes)
{
    static const QStringList relevant{QStringLiteral("policy"),    QStringLiteral("score"),
                                      QStringLiteral("evidence"),  QStringLiteral("evaluator"),
                                      QStringLiteral("consensus"), QStringLiteral("weight_set"),
                                      QStringLiteral("weight"),    QStringLiteral("weight_method"),
                                      QStringLiteral("pairwise"),  QStringLiteral("project")};
    for (const RowChange &c : changes) {
        if (relevant.contains(c.table)) {
            m_stale = true;
            emit invalidated();
            return;
        }
    }
}

void ScoringState::setMethod(Aggregation::Method method)
{
    if (m_options.method == method)
        return;
    m_options.method = method;
    m_stale = true;
    refresh();
}

bool ScoringState::refresh()
{
    if (!m_stale)
        return false;
    const ProjectStore &store = m_project->store();
    store.loadScoringData(&m_data);
    m_weightSet = store.weightSet(store.activeWeightSetUuid()).value_or(WeightSetRecord());
    m_result =
        Evaluation::compute(m_data, Evaluation::weights(store.framework(), m_weightSet), m_options);
    m_monteCarlo.reset(); // computed for other numbers
    m_stale = false;
    ++m_generation;
    emit updated();
    return true;
}

void ScoringState::setMonteCarlo(const Sensitivity::MonteCarloResult &result)
{
    m_monteCarlo = result;
    emit updated();
}
