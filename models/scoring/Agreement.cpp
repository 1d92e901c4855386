#include "Agreement.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// δ²_ck for every pair of categories.
std::vector<double> differences(const CoincidenceMatrix &m, Agreement::Metric metric)
{
    const int n = m.categoryCount();
    std::vector<double> marginals(static_cast<size_t>(n), 0.0);
    for (int c = 0; c < n; ++c)
        marginals[size_t(c)] = m.marginal(c);
    std::vector<double> d(static_cast<size_t>(n) * size_t(n), 0.0);
    for (int c = 0; c < n; ++c) {
        for (int k = 0; k < n; ++k) {
            const double vc = m.categoryValue(c);
            const double vk = m.categoryValue(k);
            double delta = 0;
            switch (metric) {
            case Agreement::Metric::Nominal:
                delta = c == k ? 0.0 : 1.0;
                break;
            case Agreement::Metric::Ordinal: {
                double between = 0;
                for (int g = std::min(c, k); g <= std::max(c, k); ++g)
                    between += marginals[size_t(g)];
                const double x = between - (marginals[size_t(c)] + marginals[size_t(k)]) / 2;
                delta = x * x;
                break;
            }
            case Agreement::Metric::Interval:
                delta = (vc - vk) * (vc - vk);
                break;
            case Agreement::Metric::Ratio:
                delta = vc + vk == 0 ? 0.0 : ((vc - vk) / (vc + vk)) * ((vc - vk) / (vc + vk));
                break;
            }
            d[size_t(c) * size_t(n) + size_t(k)] = delta;
        }
    }
    return d;
}

} // namespace

Agreement::Alpha Agreement::alpha(const CoincidenceMatrix &matrix, Metric metric)
{
    Alpha a;
    a.pairableUnits = matrix.pairableUnits();
    const int k = matrix.categoryCount();
    const double n = matrix.total();
    a.pairableValues = n;
    if (n < 2)
        return a;
    const std::vector<double> delta = differences(matrix, metric);
    std::vector<double> marginals(static_cast<size_t>(k));
    for (int c = 0; c < k; ++c)
        marginals[size_t(c)] = matrix.marginal(c);
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < k; ++c) {
        for (int j = 0; j < k; ++j) {
            const double d = delta[size_t(c) * size_t(k) + size_t(j)];
            observed += matrix.at(c, j) * d;
            expected += marginals[size_t(c)] * marginals[size_t(j)] * d;
        }
    }
    a.observedDisagreement = observed / n;
    a.expectedDisagreement = expected / (n * (n - 1));
    if (expected > 0)
        a.alpha = 1.0 - (n - 1) * observed / expected;
    return a;
}

CoincidenceMatrix Agreement::coincidences(const QVector<QVector<std::optional<int>>> &data)
{
    QVector<int> values;
    int units = 0;
    for (const auto &observer : data) {
        units = std::max(units, int(observer.size()));
        for (const std::optional<int> &v : observer) {
            if (v)
                values.append(*v);
        }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());

    CoincidenceMatrix matrix(values);
    std::vector<int> counts(size_t(values.size()));
    for (int u = 0; u < units; ++u) {
        std::fill(counts.begin(), counts.end(), 0);
        for (const auto &observer : data) {
            if (u < observer.size() && observer.at(u)) {
                const auto it = std::lower_bound(values.cbegin(), values.cend(), *observer.at(u));
                ++counts[size_t(it - values.cbegin())];
            }
        }
        matrix.addUnit(counts.data());
    }
    return matrix;
}

Agreement::Alpha Agreement::alpha(const QVector<QVector<std::optional<int>>> &data, Metric metric)
{
    return alpha(coincidences(data), metric);
}

QVector<CoincidenceMatrix> Agreement::goalCoincidences(const ScoreMatrix &scores)
{
    QVector<int> values;
    for (int v = Score::Min; v <= Score::Max; ++v)
        values.append(v);
    QVector<CoincidenceMatrix> result(scores.goalCount(), CoincidenceMatrix(values));
    int counts[Score::Max - Score::Min + 1];
    for (int p = 0; p < scores.policyCount(); ++p) {
        for (int g = 0; g < scores.goalCount(); ++g) {
            std::fill(std::begin(counts), std::end(counts), 0);
            const qint8 *cell = scores.cell(p, g);
            for (int e = 0; e < scores.evaluatorCount(); ++e) {
                if (ScoreMatrix::isScore(cell[e]))
                    ++counts[cell[e] - Score::Min];
            }
            result[g].addUnit(counts);
        }
    }
    return result;
}

Agreement::ScoreAgreement Agreement::alpha(const ScoreMatrix &scores, Metric metric)
{
    const QVector<CoincidenceMatrix> perGoal = goalCoincidences(scores);
    ScoreAgreement result;
    QVector<int> values;
    for (int v = Score::Min; v <= Score::Max; ++v)
        values.append(v);
    CoincidenceMatrix overall(values);
    for (const CoincidenceMatrix &m : perGoal) {
        result.perGoal.append(alpha(m, metric));
        overall.add(m);
    }
    result.overall = alpha(overall, metric);
    return result;
}

QString Agreement::metricName(Metric metric)
{
    switch (metric) {
    case Metric::Nominal:
        return tr("nominal");
    case Metric::Ordinal:
        return tr("ordinal");
    case Metric::Interval:
        return tr("interval");
    case Metric::Ratio:
        return tr("ratio");
    }
    return QString();
}
