#pragma once

#include <QMainWindow>

class BottleneckFilterModel;
class BottleneckStatusChart;
class BottleneckTableModel;
class BottleneckTimelineChart;
class DashboardChart;
class DashboardData;
class GoalScoresChart;
class HeatmapChart;
class IndicatorSeriesChart;
class IndicatorTableModel;
class MaturityChart;
class ProfileChart;
class QDockWidget;
class QHBoxLayout;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;
class RankIntervalRunner;
class RankingChart;
class Selection;
class UuidFilterModel;

// The dashboard (issue "Linked charts"): the seven charts and two tables of what the
// selection covers, as dock widgets that can be moved, tabbed, floated and hidden (the
// layout is saved per project by whoever owns the view). Above them: back and forward
// through selections, clear (Esc), the selection as removable chips, and the rules by
// which a selection reaches every view. Only visible charts are redrawn; hidden ones
// catch up when shown.
class DashboardView : public QMainWindow
{
    Q_OBJECT

public:
    DashboardView(DashboardData *data, Selection *selection, BottleneckTableModel *bottlenecks,
                  IndicatorTableModel *indicators, QWidget *parent = nullptr);
    ~DashboardView() override;

    QList<DashboardChart *> charts() const;
    GoalScoresChart *goalScores() const { return m_goalScores; }
    HeatmapChart *heatmap() const { return m_heatmap; }
    ProfileChart *profile() const { return m_profile; }
    RankingChart *ranking() const { return m_ranking; }
    BottleneckStatusChart *bottleneckStatus() const { return m_bottleneckStatus; }
    BottleneckTimelineChart *bottleneckTimeline() const { return m_timeline; }
    IndicatorSeriesChart *indicators() const { return m_indicators; }
    MaturityChart *maturity() const { return m_maturity; }
    QTableView *bottleneckTable() const { return m_bottleneckTable; }
    QTableView *indicatorTable() const { return m_indicatorTable; }
    QList<QToolButton *> chips() const { return m_chips; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *clearAction() const { return m_clear; }
    QAction *resetViewsAction() const { return m_resetViews; }
    RankIntervalRunner *rankIntervals() const { return m_runner; }
    QDockWidget *dockOf(QWidget *content) const;

    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    void resetLayout();

    // Brings the data up to date and redraws every visible chart and table that is out of
    // date; returns how many were redrawn. Selection changes and edits end up here.
    int updateViews();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Panel
    {
        QDockWidget *dock = nullptr;
        DashboardChart *chart = nullptr; // null for the tables
        bool stale = true;
        bool dataStale = true;
    };

    void buildToolBars();
    void buildPanels();
    QDockWidget *addPanel(const QString &objectName, const QString &title, QWidget *content,
                          DashboardChart *chart);
    void connectChart(DashboardChart *chart);
    void onSelectionChanged();
    void onDataUpdated();
    void rebuildChips();
    void updateTables();
    QString chipText(int kind, const QString &id) const;

    DashboardData *m_data;
    Selection *m_selection;
    RankIntervalRunner *m_runner;
    QList<Panel> m_panels;
    QByteArray m_defaultLayout;

    GoalScoresChart *m_goalScores;
    HeatmapChart *m_heatmap;
    ProfileChart *m_profile;
    RankingChart *m_ranking;
    BottleneckStatusChart *m_bottleneckStatus;
    BottleneckTimelineChart *m_timeline;
    IndicatorSeriesChart *m_indicators;
    MaturityChart *m_maturity;
    BottleneckFilterModel *m_bottleneckProxy;
    UuidFilterModel *m_indicatorProxy;
    QTableView *m_bottleneckTable;
    QTableView *m_indicatorTable;

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_resetViews = nullptr;
    QMenu *m_chartsMenu = nullptr;
    QWidget *m_chipArea = nullptr;
    QHBoxLayout *m_chipLayout = nullptr;
    QLabel *m_chipHint = nullptr;
    QList<QToolButton *> m_chips;
};
