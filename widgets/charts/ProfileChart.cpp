#include "ProfileChart.h"

#include "charts/ChartContext.h"
#include "charts/ScoreSeries.h"
#include "selection/SelectionRules.h"

#include <cmath>

ProfileChart::ProfileChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
}

QString ProfileChart::chartTitle() const
{
    return tr("Policy profile");
}

void ProfileChart::updateChart(const ChartContext &context, const SelectionState &selection, bool)
{
    m_context = &context;
    m_policies.clear();
    m_lines.clear();
    m_mean.clear();
    if (!context.hasScoring() || context.scoring->goals.isEmpty()) {
        beginUpdate(chartTitle(), tr("No goals to show"));
        finishUpdate();
        return;
    }
    const ScoringData &data = *context.scoring;
    const Evaluation::Result &result = *context.result;
    m_policies = SelectionRules::policyIndexes(selection, data);
    m_fromSelection = !m_policies.isEmpty();
    if (m_policies.size() > MaxLines)
        m_policies.resize(MaxLines);
    if (!m_fromSelection) {
        for (const ScoreSeries::RankRow &row :
             ScoreSeries::ranking(result, std::nullopt, DefaultLines, {}))
            m_policies << row.policy;
    }
    const int extra = int(SelectionRules::policyIndexes(selection, data).size()) - MaxLines;
    QString title = m_fromSelection
                        ? tr("Profile of the selected policies")
                        : tr("Profile of the top %n policies (select policies to compare)", nullptr,
                             int(m_policies.size()));
    if (extra > 0)
        title +=
            QLatin1Char(' ') + tr("(first %1; %n more not drawn)", nullptr, extra).arg(MaxLines);
    beginUpdate(title, data.policyUuids.isEmpty() ? tr("No policies yet") : QString());

    const ScoreSeries::Profile profile = ScoreSeries::profile(result, m_policies);
    m_mean = profile.portfolioMean;
    m_lines = profile.lines;
    const int goals = int(data.goals.size());
    QVector<double> keys(goals);
    for (int g = 0; g < goals; ++g)
        keys[g] = g;
    for (int g : SelectionRules::goalIndexes(selection, *context.framework, data))
        addBand(g - 0.5, g + 0.5, QColor(0xe8, 0x71, 0x0a, 50));

    auto *mean = new QCPGraph(xAxis, yAxis);
    mean->setName(tr("Portfolio mean"));
    mean->setPen(QPen(Qt::darkGray, 2, Qt::DashLine));
    mean->setData(keys, m_mean, true);
    for (int i = 0; i < m_lines.size(); ++i) {
        auto *line = new QCPGraph(xAxis, yAxis);
        line->setName(data.policyCodes.at(m_policies.at(i)));
        line->setPen(QPen(seriesColor(i), 2));
        line->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, seriesColor(i), seriesColor(i), 6));
        line->setData(keys, m_lines.at(i), true);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int g = 0; g < goals; ++g)
        ticker->addTick(g, data.goals.at(g).code);
    xAxis->setTicker(ticker);
    xAxis->setTickLabelRotation(goals > 16 ? 60 : 0);
    xAxis->setRange(-0.5, goals - 0.5);
    xAxis->setLabel(tr("Goals"));
    yAxis->setRange(-0.1, 4.2);
    yAxis->setLabel(tr("Consensus (0–4)"));
    finishUpdate();
}

QString ProfileChart::toolTipAt(const QPointF &pos) const
{
    if (!m_context || m_mean.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return QString();
    const int g = categoryAt(xAxis->pixelToCoord(pos.x()), int(m_mean.size()));
    if (g < 0)
        return QString();
    auto value = [](double v) { return std::isnan(v) ? tr("N/A") : QString::number(v, 'f', 2); };
    QStringList lines{m_context->goalLabel(g), tr("Portfolio mean: %1").arg(value(m_mean.at(g)))};
    for (int i = 0; i < m_lines.size(); ++i)
        lines << QStringLiteral("%1: %2").arg(m_context->scoring->policyCodes.at(m_policies.at(i)),
                                              value(m_lines.at(i).at(g)));
    return lines.join(QLatin1Char('\n'));
}

void ProfileChart::clickAt(const QPointF &pos, bool additive)
{
    if (!m_context || m_mean.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return;
    const int g = categoryAt(xAxis->pixelToCoord(pos.x()), int(m_mean.size()));
    if (g < 0)
        return;
    // A point of a policy's line (within 8 px) picks the policy, elsewhere the goal.
    for (int i = 0; i < m_lines.size(); ++i) {
        const double v = m_lines.at(i).at(g);
        if (!std::isnan(v) && std::abs(yAxis->coordToPixel(v) - pos.y()) <= 8) {
            emit picked(SelectionKind::Policy, m_context->scoring->policyUuids.at(m_policies.at(i)),
                        additive);
            return;
        }
    }
    emit picked(SelectionKind::Goal, m_context->scoring->goalUuids.at(g), additive);
}
