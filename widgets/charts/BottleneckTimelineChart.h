#pragma once

#include "DashboardChart.h"
#include "charts/TrackingSeries.h"

// Chart 5b: opened vs. closed bottlenecks over time (cumulative, month by month) and how
// many are open, for the records the selection keeps; the selected period is shaded.
// A click picks the year under the cursor (Ctrl-click widens the period). Drag pans and
// the wheel zooms along time.
class BottleneckTimelineChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit BottleneckTimelineChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;
    void resetView() override;

    const TrackingSeries::Timeline &series() const { return m_series; }

protected:
    void clickAt(const QPointF &pos, bool additive) override;

private:
    TrackingSeries::Timeline m_series;
};
