#pragma once

#include "DashboardChart.h"

// Chart 3: the selected policies' consensus over all goals as a parallel profile (one
// line per policy, N/A leaves a gap), with the portfolio mean dashed for comparison.
// With no policy selected it shows the three best ranked. Selected goals are shaded.
// A parallel profile rather than a radar: twenty goals on a radar are unreadable.
class ProfileChart : public DashboardChart
{
    Q_OBJECT

public:
    static constexpr int MaxLines = 8;
    static constexpr int DefaultLines = 3;

    explicit ProfileChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;

    const QVector<int> &policies() const { return m_policies; } // one line each
    bool showsSelection() const { return m_fromSelection; }

protected:
    void clickAt(const QPointF &pos, bool additive) override;

private:
    const ChartContext *m_context = nullptr;
    QVector<int> m_policies;
    QVector<double> m_mean;
    QVector<QVector<double>> m_lines;
    bool m_fromSelection = false;
};
