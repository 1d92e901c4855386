#pragma once

#include "DashboardChart.h"
#include "charts/ScoreSeries.h"

// Chart 2: policies × goals, coloured by consensus (0–4). N/A cells are left transparent
// over a hatched background; disputed cells (evaluators 2 or more points apart) carry a
// cross. Rows are sorted by policy score (best first) or by code. Selected policies are
// outlined as rows, selected goals as columns. A click on a cell picks its policy and goal.
class HeatmapChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit HeatmapChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;

    void setOrder(ScoreSeries::HeatmapOrder order);
    ScoreSeries::HeatmapOrder order() const { return m_order; }
    const QVector<int> &rowPolicies() const { return m_rows; }    // policy index per row
    QVector<int> highlightedColumns() const { return m_columns; } // goal indexes
    QVector<int> highlightedRows() const { return m_highlightRows; }
    QCPColorMap *colorMap() const { return m_map; }
    // Widget position of the centre of cell (row, goal), for tests and tooltips.
    QPointF cellCentre(int row, int goal) const;

protected:
    void clickAt(const QPointF &pos, bool additive) override;
    void addMenuActions(QMenu *menu) override;

private:
    bool cellAt(const QPointF &pos, int *row, int *goal) const;

    const ChartContext *m_context = nullptr;
    SelectionState m_selection;
    ScoreSeries::HeatmapOrder m_order = ScoreSeries::HeatmapOrder::ByScore;
    QVector<int> m_rows;
    QVector<int> m_columns;
    QVector<int> m_highlightRows;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
};
