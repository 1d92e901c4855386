#pragma once

#include "DashboardChart.h"
#include "charts/ScoreSeries.h"

// Chart 4: the ranking with its uncertainty: one row per policy (best at the top; the
// best TopRows and every selected policy), its rank with the current weights and the
// Monte Carlo 5–95 % rank interval with the median rank when the interval was computed.
// The score is in the row label. Selected policies are drawn in the highlight colour.
class RankingChart : public DashboardChart
{
    Q_OBJECT

public:
    static constexpr int TopRows = 20;

    explicit RankingChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;

    const QVector<ScoreSeries::RankRow> &rows() const { return m_rows; }
    QPointF rowCentre(int row) const; // widget position of a row's rank point

protected:
    void clickAt(const QPointF &pos, bool additive) override;

private:
    int rowAt(const QPointF &pos) const;

    const ChartContext *m_context = nullptr;
    QVector<ScoreSeries::RankRow> m_rows;
};
