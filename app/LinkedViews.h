#pragma once

#include "selection/Selection.h"

#include <QObject>

class DashboardData;
class DashboardView;
class PolicyBrowser;
class Project;
class QTabWidget;
class QTreeView;
class ScoringState;
class Settings;
class TrackingTabs;
struct ChartContext;

// The dashboard tab and the one selection that links it with the rest of the workspace
// (issue "Linked charts"): the charts set and show the selection; the scoring tab's
// current policy and goal set it and follow it; the bottleneck register and the
// indicator monitor filter by it (SelectionRules), saying so above their tables.
class LinkedViews : public QObject
{
    Q_OBJECT

public:
    LinkedViews(Project *project, ScoringState *scoring, QTabWidget *tabs, int tabIndex,
                PolicyBrowser *policies, QTreeView *goalTree, TrackingTabs *tracking,
                QObject *parent = nullptr);

    Selection *selection() const { return m_selection; }
    DashboardData *data() const { return m_data; }
    DashboardView *dashboard() const { return m_dashboard; }

    // The dashboard layout, per project (by the project's UUID).
    void restoreLayout(const Settings &settings);
    void saveLayout(Settings &settings) const;

    // The selection in words: "policies P01, P03; goal D2; period 2021".
    static QString describe(const SelectionState &state, const Project &project);

private:
    void onSelectionChanged();
    void onScoringCellChanged();
    void applyToTracking();
    QString layoutKey() const;

    Project *m_project;
    Selection *m_selection;
    DashboardData *m_data;
    DashboardView *m_dashboard;
    PolicyBrowser *m_policies;
    QTreeView *m_goalTree;
    TrackingTabs *m_tracking;
    bool m_syncing = false;
    bool m_trackingStale = false;
};
