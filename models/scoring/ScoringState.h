#pragma once

#include "Evaluation.h"
#include "Sensitivity.h"
#include "store/RowChange.h"

#include <QObject>
#include <optional>

class Project;

// The scoring engine's current answer for an open project, kept for the views: data read
// from the file, the active weight set and the results. Edits only mark it stale; it is
// recomputed when a view asks (refresh()), so scoring a cell never waits for a ranking
// nobody is looking at.
class ScoringState : public QObject
{
    Q_OBJECT

public:
    explicit ScoringState(Project *project, QObject *parent = nullptr);

    // Recomputes if anything changed since the last computation; returns whether it did.
    bool refresh();
    bool isStale() const { return m_stale; }
    // Counts the computations: a Monte Carlo started for one generation is not set on
    // the results of another.
    int generation() const { return m_generation; }

    const ScoringData &data() const { return m_data; }
    const Evaluation::Result &result() const { return m_result; }
    const WeightSetRecord &weightSet() const { return m_weightSet; }
    Evaluation::Options options() const { return m_options; }
    void setMethod(Aggregation::Method method);

    // Monte Carlo ranks for the current results, if they were computed for them.
    const std::optional<Sensitivity::MonteCarloResult> &monteCarlo() const { return m_monteCarlo; }
    void setMonteCarlo(const Sensitivity::MonteCarloResult &result);

    Project *project() const { return m_project; }

signals:
    void invalidated(); // the project changed; views that are visible call refresh()
    void updated();     // new results

private:
    void onChanged(const RowChanges &changes);

    Project *m_project;
    bool m_stale = true;
    int m_generation = 0;
    Evaluation::Options m_options;
    ScoringData m_data;
    WeightSetRecord m_weightSet;
    Evaluation::Result m_result;
    std::optional<Sensitivity::MonteCarloResult> m_monteCarlo;
};
