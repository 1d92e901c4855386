#pragma once

#include <QCoreApplication>
#include <QVector>
#include <optional>

class Framework;

// Hierarchical weights on a two-level framework. Each dimension has a weight among the
// dimensions and each goal a weight among the goals of its dimension; both levels are
// normalised within their siblings (they sum to 1), and a goal's effective weight is
// dimension weight × goal weight. Defaults are equal weights at both levels.
//
// Goals and dimensions are indices: goal g belongs to dimension dimensionOf(g), in the
// order the scoring engine's ScoreMatrix uses. The raw entries are kept as the user typed
// them (points or percentages, it makes no difference), so a dialog can show both what
// was entered and the normalised values.
//
// A dimension without goals keeps its share of the dimension weights: effective weights
// then sum to less than 1. Policy scores divide by the weights actually used, so this
// does not bias them.
class WeightSet
{
    Q_DECLARE_TR_FUNCTIONS(WeightSet)

public:
    WeightSet() = default;
    // goalDimension[g] is the dimension index (0..dimensionCount-1) of goal g.
    WeightSet(int dimensionCount, const QVector<int> &goalDimension);
    // Dimensions in Framework::dimensions() order, goals in Framework::goals() order.
    static WeightSet fromFramework(const Framework &framework);

    int dimensionCount() const { return int(m_dimensionRaw.size()); }
    int goalCount() const { return int(m_goalDimension.size()); }
    int dimensionOf(int goal) const { return m_goalDimension.at(goal); }
    // Goal indices of one dimension, ascending: the order setGoalWeights() expects.
    const QVector<int> &goalsOf(int dimension) const { return m_goalsOf.at(dimension); }

    // Sets the raw entries of one level; they must be finite, not negative, and not all
    // zero (an empty list is fine for a dimension without goals). On failure nothing
    // changes and `error` says why.
    bool setDimensionWeights(const QVector<double> &raw, QString *error = nullptr);
    bool setGoalWeights(int dimension, const QVector<double> &raw, QString *error = nullptr);
    void resetToEqual();

    const QVector<double> &rawDimensionWeights() const { return m_dimensionRaw; }
    QVector<double> rawGoalWeights(int dimension) const;
    // Normalised among the dimensions.
    double dimensionWeight(int dimension) const { return m_dimension.at(dimension); }
    const QVector<double> &dimensionWeights() const { return m_dimension; }
    // Normalised among the goals of the goal's dimension.
    double goalWeight(int goal) const { return m_goal.at(goal); }
    QVector<double> goalWeights(int dimension) const;
    double effectiveWeight(int goal) const
    {
        return m_dimension.at(dimensionOf(goal)) * m_goal.at(goal);
    }
    QVector<double> effectiveWeights() const;

    // Entries divided by their sum; nullopt (and `error`) for negative, non-finite or
    // all-zero entries. An empty list normalises to an empty list.
    static std::optional<QVector<double>> normalise(const QVector<double> &raw,
                                                    QString *error = nullptr);

private:
    QVector<int> m_goalDimension;
    QVector<QVector<int>> m_goalsOf;
    QVector<double> m_dimensionRaw;
    QVector<double> m_dimension;
    QVector<double> m_goalRaw; // by goal index
    QVector<double> m_goal;    // by goal index, normalised within the dimension
};
