#pragma once

#include <QVector>
#include <QtGlobal>
#include <vector>

// The coincidence matrix of Krippendorff's alpha over a fixed set of categories (numeric
// values, ascending). A unit (here: a (policy, goal) cell) with m ≥ 2 pairable values
// contributes, for every ordered pair of values from different observers, 1/(m − 1) to
// o(c, k); units with fewer than two values are not pairable and contribute nothing.
//
// Pair counts are kept as integers per unit size m and divided by m − 1 only when read,
// so the matrix is exact and independent of the order units are added in. Matrices of
// disjoint sets of units add up (per-goal matrices sum to the overall one).
class CoincidenceMatrix
{
public:
    CoincidenceMatrix() = default;
    explicit CoincidenceMatrix(QVector<int> categoryValues);

    int categoryCount() const { return int(m_values.size()); }
    int categoryValue(int c) const { return m_values.at(c); }
    const QVector<int> &categoryValues() const { return m_values; }

    // `counts[c]` is how many of the unit's values fall in category c.
    void addUnit(const int *counts);
    void add(const CoincidenceMatrix &other);

    double at(int c, int k) const; // o_ck
    double marginal(int c) const;  // n_c = Σ_k o_ck
    double total() const;          // n = Σ_c n_c, the number of pairable values
    int pairableUnits() const { return m_units; }

private:
    QVector<int> m_values;
    // m_pairs[(m - 2) * K * K + c * K + k]: ordered pairs (c, k) in units of size m.
    std::vector<qint64> m_pairs;
    int m_units = 0;
};
