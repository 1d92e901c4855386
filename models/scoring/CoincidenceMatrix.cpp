#include "CoincidenceMatrix.h"

CoincidenceMatrix::CoincidenceMatrix(QVector<int> categoryValues)
    : m_values(std::move(categoryValues))
{}

void CoincidenceMatrix::addUnit(const int *counts)
{
    const size_t k2 = size_t(m_values.size()) * size_t(m_values.size());
    int m = 0;
    for (int c = 0; c < m_values.size(); ++c)
        m += counts[c];
    if (m < 2)
        return;
    if (m_pairs.size() < size_t(m - 1) * k2)
        m_pairs.resize(size_t(m - 1) * k2, 0);
    qint64 *pairs = m_pairs.data() + size_t(m - 2) * k2;
    const int n = int(m_values.size());
    for (int c = 0; c < n; ++c) {
        if (counts[c] == 0)
            continue;
        for (int k = 0; k < n; ++k)
            pairs[c * n + k] += qint64(counts[c]) * (counts[k] - (c == k ? 1 : 0));
    }
    ++m_units;
}

void CoincidenceMatrix::add(const CoincidenceMatrix &other)
{
    Q_ASSERT(other.m_values == m_values);
    if (m_pairs.size() < other.m_pairs.size())
        m_pairs.resize(other.m_pairs.size(), 0);
    for (size_t i = 0; i < other.m_pairs.size(); ++i)
        m_pairs[i] += other.m_pairs[i];
    m_units += other.m_units;
}

double CoincidenceMatrix::at(int c, int k) const
{
    const size_t n = size_t(m_values.size());
    double sum = 0;
    for (size_t block = 0; block * n * n < m_pairs.size(); ++block)
        sum += double(m_pairs[block * n * n + size_t(c) * n + size_t(k)]) / double(block + 1);
    return sum;
}

double CoincidenceMatrix::marginal(int c) const
{
    double sum = 0;
    for (int k = 0; k < m_values.size(); ++k)
        sum += at(c, k);
    return sum;
}

double CoincidenceMatrix::total() const
{
    double sum = 0;
    for (int c = 0; c < m_values.size(); ++c)
        sum += marginal(c);
    return sum;
}
