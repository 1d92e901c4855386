#include "GoalScoresChart.h"

#include "charts/ChartContext.h"
#include "selection/SelectionRules.h"

#include <cmath>

GoalScoresChart::GoalScoresChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
}

QString GoalScoresChart::chartTitle() const
{
    return tr("Goal scores");
}

void GoalScoresChart::updateChart(const ChartContext &context, const SelectionState &selection,
                                  bool)
{
    m_context = &context;
    m_rows.clear();
    m_keys.clear();
    m_highlighted.clear();
    if (!context.hasScoring() || context.scoring->goals.isEmpty()) {
        beginUpdate(chartTitle(), tr("No goals to show"));
        finishUpdate();
        return;
    }
    const ScoringData &data = *context.scoring;
    const QVector<int> policies = SelectionRules::policyIndexes(selection, data);
    m_policiesCounted = policies.isEmpty() ? int(data.policyUuids.size()) : int(policies.size());
    m_rows = ScoreSeries::goalScores(data, context.result->consensus, policies);
    const QVector<int> selectedGoals =
        SelectionRules::goalIndexes(selection, *context.framework, data);
    m_highlighted = selectedGoals;

    const QString scope = policies.isEmpty()
                              ? tr("all %n policies", nullptr, m_policiesCounted)
                              : tr("%n selected policies", nullptr, m_policiesCounted);
    beginUpdate(tr("Goal scores (%1)").arg(scope),
                data.policyUuids.isEmpty() ? tr("No policies yet") : QString());

    // Keys: one per goal, a gap of 0.7 between dimensions.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QString dimension;
    double key = -1;
    for (int g = 0; g < data.goals.size(); ++g) {
        const GoalNode &goal = data.goals.at(g);
        key += goal.parentCode != dimension && g > 0 ? 1.7 : 1.0;
        dimension = goal.parentCode;
        m_keys << key;
        ticker->addTick(key, goal.code);
    }

    auto *bars = new QCPBars(xAxis, yAxis);
    bars->setName(tr("Mean consensus"));
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(selectedGoals.isEmpty() ? baseColor() : paleColor());
    QCPBars *selected = nullptr;
    if (!selectedGoals.isEmpty()) {
        selected = new QCPBars(xAxis, yAxis);
        selected->setName(tr("Selected goals"));
        selected->setWidth(0.7);
        selected->setPen(Qt::NoPen);
        selected->setBrush(highlightColor());
    }
    auto *spreadCentre = new QCPGraph(xAxis, yAxis);
    spreadCentre->setLineStyle(QCPGraph::lsNone);
    spreadCentre->setScatterStyle(QCPScatterStyle::ssNone);
    spreadCentre->removeFromLegend();
    auto *spread = new QCPErrorBars(xAxis, yAxis);
    spread->setName(tr("Evaluator range"));
    spread->setPen(QPen(Qt::black, 1.2));
    spread->setWhiskerWidth(6);
    spread->setDataPlottable(spreadCentre);
    auto *strong = new QCPGraph(xAxis, yAxis2);
    strong->setName(tr("Policies ≥ 3 (right axis)"));
    strong->setLineStyle(QCPGraph::lsNone);
    strong->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(0x59, 0xa1, 0x4f),
                                            QColor(0x59, 0xa1, 0x4f), 8));

    QVector<double> centreKeys, centres, errors;
    int maxStrong = 1;
    for (int g = 0; g < m_rows.size(); ++g) {
        const ScoreSeries::GoalScore &row = m_rows.at(g);
        if (!std::isnan(row.mean)) {
            if (selected && selectedGoals.contains(g))
                selected->addData(m_keys.at(g), row.mean);
            else
                bars->addData(m_keys.at(g), row.mean);
        }
        if (row.evaluatorsCounted > 0) {
            centreKeys << m_keys.at(g);
            centres << (row.evaluatorMin + row.evaluatorMax) / 2;
            errors << (row.evaluatorMax - row.evaluatorMin) / 2;
        }
        strong->addData(m_keys.at(g), row.strong);
        maxStrong = std::max(maxStrong, row.strong);
    }
    spreadCentre->setData(centreKeys, centres, true);
    spread->setData(errors);
    for (int g : selectedGoals)
        addOutline(m_keys.at(g) - 0.45, 4.1, m_keys.at(g) + 0.45, 0);

    xAxis->setTicker(ticker);
    xAxis->setTickLabelRotation(data.goals.size() > 16 ? 60 : 0);
    xAxis->setRange(-0.8, key + 0.8);
    xAxis->setLabel(tr("Goals, grouped by dimension"));
    yAxis->setRange(0, 4.2);
    yAxis->setLabel(tr("Mean consensus (0–4)"));
    yAxis2->setVisible(true);
    yAxis2->setRange(0, maxStrong * 1.1 + 0.5);
    useCountTicks(yAxis2);
    yAxis2->setLabel(tr("Policies scoring ≥ 3 (count)"));
    finishUpdate();
}

int GoalScoresChart::goalAt(const QPointF &pos) const
{
    if (m_keys.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const double key = xAxis->pixelToCoord(pos.x());
    for (int g = 0; g < m_keys.size(); ++g) {
        if (std::abs(key - m_keys.at(g)) <= 0.5)
            return g;
    }
    return -1;
}

QString GoalScoresChart::toolTipAt(const QPointF &pos) const
{
    const int g = goalAt(pos);
    if (g < 0 || !m_context || g >= m_rows.size())
        return QString();
    const ScoreSeries::GoalScore &row = m_rows.at(g);
    QStringList lines{m_context->goalLabel(g)};
    lines << (std::isnan(row.mean)
                  ? tr("Mean consensus: N/A (no counted policy applies)")
                  : tr("Mean consensus: %1 over %n policies", nullptr, row.applicable)
                        .arg(row.mean, 0, 'f', 2));
    if (row.evaluatorsCounted > 0)
        lines << tr("Evaluator means: %1 to %2 (%n evaluators)", nullptr, row.evaluatorsCounted)
                     .arg(row.evaluatorMin, 0, 'f', 2)
                     .arg(row.evaluatorMax, 0, 'f', 2);
    lines << tr("Policies scoring ≥ 3: %1 of %2").arg(row.strong).arg(m_policiesCounted);
    return lines.join(QLatin1Char('\n'));
}

void GoalScoresChart::clickAt(const QPointF &pos, bool additive)
{
    const int g = goalAt(pos);
    if (g >= 0 && m_context && m_context->scoring)
        emit picked(SelectionKind::Goal, m_context->scoring->goalUuids.at(g), additive);
}
