#pragma once

#include "ChartContext.h"
#include "store/RowChange.h"

#include <QObject>

class Project;
class ScoringState;

// The dashboard's data: the shared scoring state plus the bottleneck register and the
// indicator library, reloaded only when an edit touched them and only when a view asks
// (refresh()), like ScoringState.
class DashboardData : public QObject
{
    Q_OBJECT

public:
    DashboardData(Project *project, ScoringState *scoring, QObject *parent = nullptr);

    // Brings everything up to date; returns whether anything was recomputed.
    bool refresh();
    bool isStale() const;
    const ChartContext &context() const { return m_context; }
    ScoringState *scoring() const { return m_scoring; }
    Project *project() const { return m_project; }

    // Fills `context` from a project without a dashboard (reports, benchmarks): tracking
    // records and figures; the scoring pointers are left to the caller.
    static void loadTracking(const Project &project, ChartContext *context);

signals:
    void invalidated(); // an edit made the data stale; visible views call refresh()
    void updated();     // new data

private:
    void onChanged(const RowChanges &changes);

    Project *m_project;
    ScoringState *m_scoring;
    ChartContext m_context;
    bool m_trackingStale = true;
};
