#pragma once

#include <QtGlobal>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

// The consensus score of every (policy, goal) cell, as Aggregation::consensus() computes
// it, and where each value came from. N/A is stored as NaN so that tight loops (policy
// scores, sensitivity) can read raw rows; value() gives the optional form.
class ConsensusTable
{
public:
    enum class Source : quint8
    {
        Unscored,         // nobody scored the cell: N/A
        AllNotApplicable, // everyone who scored it said "not applicable": N/A
        Computed,         // from the evaluators' scores (mean or median)
        Override,         // set by the lead evaluator; may itself be N/A
    };

    ConsensusTable() = default;
    // All cells Unscored.
    ConsensusTable(int policies, int goals);

    int policyCount() const { return m_policies; }
    int goalCount() const { return m_goals; }

    std::optional<double> value(int policy, int goal) const
    {
        const double v = raw(policy, goal);
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    }
    bool isNotApplicable(int policy, int goal) const { return std::isnan(raw(policy, goal)); }
    double raw(int policy, int goal) const { return m_values[index(policy, goal)]; }
    Source source(int policy, int goal) const { return m_sources[index(policy, goal)]; }
    bool isOverride(int policy, int goal) const { return source(policy, goal) == Source::Override; }
    // goalCount() values, NaN for N/A.
    const double *row(int policy) const { return m_values.data() + index(policy, 0); }

    // nullopt is N/A.
    void set(int policy, int goal, std::optional<double> value, Source source);

    static constexpr double NotApplicable = std::numeric_limits<double>::quiet_NaN();

private:
    size_t index(int policy, int goal) const
    {
        Q_ASSERT(policy >= 0 && policy < m_policies && goal >= 0 && goal < m_goals);
        return size_t(policy) * size_t(m_goals) + size_t(goal);
    }

    int m_policies = 0;
    int m_goals = 0;
    std::vector<double> m_values;
    std::vector<Source> m_sources;
};
