#pragma once

#include "DashboardChart.h"
#include "charts/TrackingSeries.h"

// Chart 5a: bottlenecks per category, stacked by status, counting the records that the
// selected policies, goals and period keep; selected categories are outlined. A click
// on a bar picks its category.
class BottleneckStatusChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit BottleneckStatusChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;

    const QVector<TrackingSeries::CategoryBar> &bars() const { return m_bars; }
    QVector<int> highlightedBars() const { return m_highlighted; }
    QPointF barCentre(int bar) const;

    static QColor statusColor(BottleneckStatus status);

protected:
    void clickAt(const QPointF &pos, bool additive) override;

private:
    int barAt(const QPointF &pos) const;

    const ChartContext *m_context = nullptr;
    QVector<TrackingSeries::CategoryBar> m_bars;
    QVector<int> m_highlighted;
};
