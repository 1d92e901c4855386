#pragma once

#include <QCoreApplication>
#include <QVector>

// A reciprocal pairwise comparison matrix on Saaty's 1–9 scale: at(i, j) says how many
// times more important item i is than item j, and at(j, i) is its reciprocal. Starts with
// every pair equal (1).
class PairwiseMatrix
{
public:
    explicit PairwiseMatrix(int size = 0);

    int size() const { return m_size; }
    double at(int i, int j) const { return m_values.at(i * m_size + j); }
    // Sets a(i, j) = value and a(j, i) = 1 / value. Refuses (false) a non-positive or
    // non-finite value and i == j. Values off the 1–9 scale are accepted (some users enter
    // 2.5); isSaatyValue() lets a dialog insist on the scale.
    bool set(int i, int j, double value);

    // 1..9 or 1/9..1/2: the values of Saaty's fundamental scale.
    static bool isSaatyValue(double value);

private:
    int m_size = 0;
    QVector<double> m_values;
};

// The analytic hierarchy process for one level of weights: the principal eigenvector of
// a pairwise comparison matrix (power iteration), λmax, the consistency index
// CI = (λmax − n)/(n − 1) and ratio CR = CI/RI with Saaty's random indices.
//
// Which judgements to revisit: at the eigenvector w, with e_ij = a_ij·w_j/w_i,
//     λmax − n = (1/n) Σ_{i<j} (e_ij + 1/e_ij − 2)
// exactly, so each pair's term is its share of the inconsistency (zero when the judgement
// equals the ratio w_i/w_j the weights imply). Pairs are reported largest share first,
// with ln e_ij, whose sign says whether the judgement overstates (> 0) or understates
// item i against j.
class Ahp
{
    Q_DECLARE_TR_FUNCTIONS(Ahp)

public:
    static constexpr double ConsistencyLimit = 0.10;

    struct PairInconsistency
    {
        int i = 0;
        int j = 0;
        double judgement = 1;    // a_ij as entered
        double implied = 1;      // w_i / w_j, the judgement consistent with the weights
        double logDeviation = 0; // ln(a_ij · w_j / w_i)
        double share = 0;        // of λmax − n; the shares sum to 1 unless fully consistent
    };

    struct Result
    {
        QVector<double> weights; // sum to 1
        double lambdaMax = 0;
        double consistencyIndex = 0;
        double randomIndex = 0;
        // 0 for n ≤ 2 (always consistent); NaN for n > 10, where no random index is given.
        double consistencyRatio = 0;
        bool converged = false;
        int iterations = 0;
        QVector<PairInconsistency> pairs; // all i < j pairs, largest share first

        // CR at most 0.10 (or not defined: n > 10 is reported, not judged).
        bool isAcceptable() const { return !(consistencyRatio > ConsistencyLimit); }
    };

    static Result compute(const PairwiseMatrix &matrix, int maxIterations = 1000,
                          double tolerance = 1e-13);

    // Saaty's random consistency index: n = 3 0.58, 4 0.90, 5 1.12, 6 1.24, 7 1.32,
    // 8 1.41, 9 1.45, 10 1.49; 0 for n ≤ 2; NaN beyond 10.
    static double randomIndex(int n);

    // The warning a dialog shows when CR > 0.10, else an empty string.
    static QString consistencyWarning(const Result &result);
};
