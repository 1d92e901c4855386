#pragma once

#include "charts/QCustomPlot.h"

#include "scoring/IndicatorFigures.h"

#include <QCoreApplication>

struct Indicator;
struct IndicatorFigures;

// The trend chart of one indicator: its observations on a time axis with year ticks, the
// latest value coloured by status, targets with the straight path from the baseline to the
// target, and benchmarks (a marker each; a reference line when the period is not a year).
// Lower-is-better indicators get a reversed value axis, so up is always better. Drag pans,
// the wheel zooms, resetView() returns to the whole series.
class IndicatorChart : public QCustomPlot
{
    // The strings were written for the indicator monitor and are translated in its context.
    Q_DECLARE_TR_FUNCTIONS(IndicatorView)

public:
    explicit IndicatorChart(QWidget *parent = nullptr);

    // Draws `indicator` with its `figures`; null: an empty chart.
    void setIndicator(const Indicator *indicator, const IndicatorFigures *figures);
    void resetView();
    // The strong colour of a status, for markers (the table uses pale ones).
    static QColor statusColor(IndicatorStatus status);

    QCPGraph *observationGraph() const { return m_observationGraph; } // null when empty

private:
    QCPGraph *m_observationGraph = nullptr;
    // The view resetView() returns to: lower and upper of the x and y axes.
    double m_home[4] = {0, 1, 0, 1};
};
