#include "ConsensusTable.h"

ConsensusTable::ConsensusTable(int policies, int goals)
    : m_policies(qMax(0, policies))
    , m_goals(qMax(0, goals))
    , m_values(size_t(m_policies) * size_t(m_goals), NotApplicable)
    , m_sources(m_values.size(), Source::Unscored)
{}

void ConsensusTable::set(int policy, int goal, std::optional<double> value, Source source)
{
    const size_t i = index(policy, goal);
    m_values[i] = value ? *value : NotApplicable;
    m_sources[i] = source;
}
