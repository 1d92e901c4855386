#include "Ahp.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

PairwiseMatrix::PairwiseMatrix(int size)
    : m_size(qMax(0, size))
    , m_values(m_size * m_size, 1.0)
{}

bool PairwiseMatrix::set(int i, int j, double value)
{
    if (i == j || i < 0 || j < 0 || i >= m_size || j >= m_size || !std::isfinite(value) ||
        value <= 0)
        return false;
    m_values[i * m_size + j] = value;
    m_values[j * m_size + i] = 1.0 / value;
    return true;
}

bool PairwiseMatrix::isSaatyValue(double value)
{
    for (int k = 1; k <= 9; ++k) {
        if (std::abs(value - k) < 1e-9 || std::abs(value - 1.0 / k) < 1e-9)
            return true;
    }
    return false;
}

double Ahp::randomIndex(int n)
{
    // Saaty, The Analytic Hierarchy Process (1980), as used throughout the literature.
    static const double table[] = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    if (n < 0 || n > 10)
        return std::numeric_limits<double>::quiet_NaN();
    return table[n];
}

Ahp::Result Ahp::compute(const PairwiseMatrix &matrix, int maxIterations, double tolerance)
{
    const int n = matrix.size();
    Result r;
    if (n == 0) {
        r.converged = true;
        return r;
    }

    // Power iteration from the uniform vector. A positive matrix has a simple dominant
    // eigenvalue (Perron–Frobenius), so this converges; for a consistent matrix in one step.
    QVector<double> w(n, 1.0 / n);
    QVector<double> next(n);
    for (r.iterations = 1; r.iterations <= maxIterations; ++r.iterations) {
        double sum = 0;
        for (int i = 0; i < n; ++i) {
            double v = 0;
            for (int j = 0; j < n; ++j)
                v += matrix.at(i, j) * w.at(j);
            next[i] = v;
            sum += v;
        }
        double change = 0;
        for (int i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next.at(i) - w.at(i)));
        }
        std::swap(w, next);
        if (change <= tolerance) {
            r.converged = true;
            break;
        }
    }
    r.iterations = std::min(r.iterations, maxIterations);
    r.weights = w;

    // λmax = Σ_i (A w)_i when w sums to 1.
    double lambda = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            lambda += matrix.at(i, j) * w.at(j);
    }
    r.lambdaMax = lambda;
    r.consistencyIndex = n > 1 ? std::max(0.0, lambda - n) / (n - 1) : 0.0;
    r.randomIndex = randomIndex(n);
    if (n <= 2)
        r.consistencyRatio = 0;
    else if (std::isnan(r.randomIndex))
        r.consistencyRatio = std::numeric_limits<double>::quiet_NaN();
    else
        r.consistencyRatio = r.consistencyIndex / r.randomIndex;

    double total = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            PairInconsistency p;
            p.i = i;
            p.j = j;
            p.judgement = matrix.at(i, j);
            p.implied = w.at(i) / w.at(j);
            const double e = p.judgement / p.implied;
            p.logDeviation = std::log(e);
            p.share = e + 1.0 / e - 2.0; // normalised below
            total += p.share;
            r.pairs.append(p);
        }
    }
    for (PairInconsistency &p : r.pairs)
        p.share = total > 1e-12 ? p.share / total : 0.0;
    std::stable_sort(
        r.pairs.begin(), r.pairs.end(),
        [](const PairInconsistency &a, const PairInconsistency &b) { return a.share > b.share; });
    return r;
}

QString Ahp::consistencyWarning(const Result &result)
{
    if (result.isAcceptable())
        return QString();
    return tr("The consistency ratio is %1, above the limit of %2: the comparisons contradict "
              "each other. Revise the pairs that contribute most to the inconsistency.")
        .arg(QLocale().toString(result.consistencyRatio, 'f', 3),
             QLocale().toString(ConsistencyLimit, 'f', 2));
}
