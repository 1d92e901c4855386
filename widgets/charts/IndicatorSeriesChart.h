#pragma once

#include "DashboardChart.h"
#include "charts/TrackingSeries.h"

// Chart 6: indicator time series with their targets (stars, dashed path from the latest
// value), benchmarks (diamonds with their label) and the latest value in its status
// colour. Shows the selected indicators, else those of the selected goals, else the ones
// at risk or off track. Indicators of one unit are drawn in it (lower-is-better on a
// reversed axis, so up is better); several of different units on a normalised index
// (first observation = 100, up is better). The selected period is shaded. Drag pans, the wheel
// zooms.
class IndicatorSeriesChart : public DashboardChart
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 8;

    explicit IndicatorSeriesChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;
    void resetView() override;

    const QVector<TrackingSeries::IndicatorLine> &lines() const { return m_lines; }
    QStringList shownIndicators() const; // UUIDs
    // Several indicators of different units: an index, first observation = 100.
    bool isNormalised() const { return m_normalised; }

protected:
    void clickAt(const QPointF &pos, bool additive) override;

private:
    // The line and point nearest to `pos` within `radius` pixels.
    bool nearestPoint(const QPointF &pos, double radius, int *line, int *point) const;

    const ChartContext *m_context = nullptr;
    QVector<TrackingSeries::IndicatorLine> m_lines;
    QVector<int> m_indexes; // into context.indicators
    bool m_normalised = false;
};
