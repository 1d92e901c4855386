#pragma once

#include "DashboardChart.h"

#include <array>

// Chart 7: evidence items by result level (input → impact), stacked, per goal (over the
// selected policies, or all) or per policy (the selected ones, or the best ranked).
// Selected goals or policies are outlined.
class MaturityChart : public DashboardChart
{
    Q_OBJECT

public:
    enum class Mode
    {
        ByGoal,
        ByPolicy
    };
    static constexpr int DefaultPolicies = 15;

    explicit MaturityChart(QWidget *parent = nullptr);

    QString chartTitle() const override;
    void updateChart(const ChartContext &context, const SelectionState &selection,
                     bool dataChanged) override;
    QString toolTipAt(const QPointF &pos) const override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    const QVector<std::array<int, 5>> &counts() const { return m_counts; }
    const QVector<int> &items() const { return m_items; } // goal or policy index per bar

    static QColor levelColor(int level);

protected:
    void clickAt(const QPointF &pos, bool additive) override;
    void addMenuActions(QMenu *menu) override;

private:
    const ChartContext *m_context = nullptr;
    SelectionState m_selection;
    Mode m_mode = Mode::ByGoal;
    QVector<std::array<int, 5>> m_counts;
    QVector<int> m_items;
};
