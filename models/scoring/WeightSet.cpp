#include "WeightSet.h"

#include "domain/Framework.h"

#include <cmath>

WeightSet::WeightSet(int dimensionCount, const QVector<int> &goalDimension)
    : m_goalDimension(goalDimension)
    , m_goalsOf(qMax(0, dimensionCount))
{
    for (int g = 0; g < m_goalDimension.size(); ++g) {
        const int d = m_goalDimension.at(g);
        Q_ASSERT(d >= 0 && d < dimensionCount);
        m_goalsOf[d].append(g);
    }
    resetToEqual();
}

WeightSet WeightSet::fromFramework(const Framework &framework)
{
    const QList<GoalNode> dimensions = framework.dimensions();
    const QList<GoalNode> goals = framework.goals();
    // A goal whose dimension is missing means a broken framework (the store's schema
    // check refuses those); it joins the last dimension, or a single implicit one, so the
    // goal indices still follow Framework::goals().
    const int dimensionCount = qMax(int(dimensions.size()), goals.isEmpty() ? 0 : 1);
    QVector<int> goalDimension;
    for (const GoalNode &goal : goals) {
        int d = 0;
        while (d < dimensions.size() && dimensions.at(d).code != goal.parentCode)
            ++d;
        goalDimension.append(qMin(d, dimensionCount - 1));
    }
    return WeightSet(dimensionCount, goalDimension);
}

void WeightSet::resetToEqual()
{
    m_dimensionRaw = QVector<double>(m_goalsOf.size(), 1.0);
    m_dimension =
        QVector<double>(m_goalsOf.size(), m_goalsOf.isEmpty() ? 0.0 : 1.0 / m_goalsOf.size());
    m_goalRaw = QVector<double>(m_goalDimension.size(), 1.0);
    m_goal.resize(m_goalDimension.size());
    for (int g = 0; g < m_goalDimension.size(); ++g)
        m_goal[g] = 1.0 / m_goalsOf.at(m_goalDimension.at(g)).size();
}

std::optional<QVector<double>> WeightSet::normalise(const QVector<double> &raw, QString *error)
{
    double sum = 0;
    for (double v : raw) {
        if (!std::isfinite(v) || v < 0) {
            if (error)
                *error = tr("Weights must be numbers that are zero or more.");
            return std::nullopt;
        }
        sum += v;
    }
    if (raw.isEmpty())
        return raw;
    if (sum <= 0) {
        if (error)
            *error = tr("At least one weight must be greater than zero.");
        return std::nullopt;
    }
    QVector<double> result(raw.size());
    for (int i = 0; i < raw.size(); ++i)
        result[i] = raw.at(i) / sum;
    return result;
}

bool WeightSet::setDimensionWeights(const QVector<double> &raw, QString *error)
{
    if (raw.size() != m_goalsOf.size()) {
        if (error)
            *error = tr("Expected %n dimension weight(s).", nullptr, int(m_goalsOf.size()));
        return false;
    }
    const std::optional<QVector<double>> normalised = normalise(raw, error);
    if (!normalised)
        return false;
    m_dimensionRaw = raw;
    m_dimension = *normalised;
    return true;
}

bool WeightSet::setGoalWeights(int dimension, const QVector<double> &raw, QString *error)
{
    const QVector<int> &goals = m_goalsOf.at(dimension);
    if (raw.size() != goals.size()) {
        if (error)
            *error = tr("Expected %n goal weight(s).", nullptr, int(goals.size()));
        return false;
    }
    const std::optional<QVector<double>> normalised = normalise(raw, error);
    if (!normalised)
        return false;
    for (int i = 0; i < goals.size(); ++i) {
        m_goalRaw[goals.at(i)] = raw.at(i);
        m_goal[goals.at(i)] = normalised->at(i);
    }
    return true;
}

QVector<double> WeightSet::rawGoalWeights(int dimension) const
{
    QVector<double> result;
    for (int g : m_goalsOf.at(dimension))
        result.append(m_goalRaw.at(g));
    return result;
}

QVector<double> WeightSet::goalWeights(int dimension) const
{
    QVector<double> result;
    for (int g : m_goalsOf.at(dimension))
        result.append(m_goal.at(g));
    return result;
}

QVector<double> WeightSet::effectiveWeights() const
{
    QVector<double> result(m_goalDimension.size());
    for (int g = 0; g < m_goalDimension.size(); ++g)
        result[g] = effectiveWeight(g);
    return result;
}
