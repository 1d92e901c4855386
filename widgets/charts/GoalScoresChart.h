#pragma once

#include "DashboardChart.h"
#include "charts/ScoreSeries.h"

// Chart 1: mean consensus per goal, grouped by dimension, with the evaluators' spread
// (lowest to highest evaluator mean) and the number of policies scoring 3 or more on the
// right axis. Counts only the selected policies when policies are selected; selected
// goals are drawn in the highlight colour.
class GoalScoresChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit GoalScoresChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;

    const QVector<ScoreSeries::GoalScore> &rows() const { return m_rows; }
    // Key coordinate of goal `goal` (dimensions are separated by a gap).
    double keyOf(int goal) const { return m_keys.value(goal); }
    QVector<int> highlightedGoals() const { return m_highlighted; }

protected:
    void clickAt(const QPointF &pos, bool additive) override;

private:
    int goalAt(const QPointF &pos) const;

    const ChartContext *m_context = nullptr;
    QVector<ScoreSeries::GoalScore> m_rows;
    QVector<double> m_keys;
    QVector<int> m_highlighted;
    int m_policiesCounted = 0;
};
