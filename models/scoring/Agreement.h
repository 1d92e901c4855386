#pragma once

#include "CoincidenceMatrix.h"
#include "ScoreMatrix.h"

#include <QCoreApplication>
#include <QVector>
#include <limits>
#include <optional>

// Inter-rater agreement: Krippendorff's alpha, computed from the coincidence matrix as
// in K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011):
//     α = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
// with the difference functions
//     nominal  δ² = 0 if c = k, else 1
//     ordinal  δ² = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²   (uses the marginals, not the values)
//     interval δ² = (c − k)²
//     ratio    δ² = ((c − k)/(c + k))²
// For scores, units are (policy, goal) cells, observers the evaluators, values 0..4; N/A
// and unscored slots are missing. Cost: one pass over the scores plus a 5 × 5 matrix per
// goal. Alpha is undefined (NaN) with fewer than two pairable values or no variation at
// all (every pairable value the same).
class Agreement
{
    Q_DECLARE_TR_FUNCTIONS(Agreement)

public:
    enum class Metric
    {
        Nominal,
        Ordinal,
        Interval,
        Ratio
    };

    struct Alpha
    {
        double alpha = std::numeric_limits<double>::quiet_NaN();
        double observedDisagreement = 0; // D_o = Σ o δ² / n
        double expectedDisagreement = 0; // D_e = Σ n_c n_k δ² / (n (n − 1))
        double pairableValues = 0;       // n
        int pairableUnits = 0;

        bool isDefined() const { return alpha == alpha; }
    };

    static Alpha alpha(const CoincidenceMatrix &matrix, Metric metric);

    // Reliability data as in the paper: data[observer][unit], nullopt is missing. The
    // categories are the distinct values that occur.
    static Alpha alpha(const QVector<QVector<std::optional<int>>> &data, Metric metric);
    static CoincidenceMatrix coincidences(const QVector<QVector<std::optional<int>>> &data);

    // Per-goal coincidence matrices (categories 0..4) of a score matrix, in one pass.
    static QVector<CoincidenceMatrix> goalCoincidences(const ScoreMatrix &scores);

    struct ScoreAgreement
    {
        Alpha overall;
        QVector<Alpha> perGoal;
    };
    static ScoreAgreement alpha(const ScoreMatrix &scores, Metric metric = Metric::Ordinal);

    static QString metricName(Metric metric);
};
