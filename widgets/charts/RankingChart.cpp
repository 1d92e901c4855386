#include "RankingChart.h"

#include "charts/ChartContext.h"
#include "selection/SelectionRules.h"

#include <cmath>

RankingChart::RankingChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
    yAxis->setRangeReversed(true);
}

QString RankingChart::chartTitle() const
{
    return tr("Ranking with uncertainty");
}

void RankingChart::updateChart(const ChartContext &context, const SelectionState &selection, bool)
{
    m_context = &context;
    m_rows.clear();
    if (!context.hasScoring()) {
        beginUpdate(chartTitle(), tr("No policies yet"));
        finishUpdate();
        return;
    }
    const ScoringData &data = *context.scoring;
    const QVector<int> selected = SelectionRules::policyIndexes(selection, data);
    const std::optional<Sensitivity::MonteCarloResult> ranks = context.ranks();
    m_rows = ScoreSeries::ranking(*context.result, ranks, TopRows, selected);
    const bool intervals = !m_rows.isEmpty() && m_rows.first().hasInterval;
    const QString title =
        intervals ? tr("Ranks and 5–95 % intervals (%n weight draws)", nullptr, ranks->draws)
                  : tr("Ranks (intervals being computed…)");
    beginUpdate(m_rows.isEmpty() ? chartTitle() : title,
                m_rows.isEmpty() ? tr("No policy has a score yet") : QString());

    // Rows run down the y axis, ranks along x: graphs keyed on the y axis.
    auto *rank = new QCPGraph(yAxis, xAxis);
    rank->setName(tr("Rank with current weights"));
    rank->setLineStyle(QCPGraph::lsNone);
    rank->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, baseColor(), baseColor(), 7));
    auto *median = new QCPGraph(yAxis, xAxis);
    median->setName(tr("Monte Carlo median rank"));
    median->setLineStyle(QCPGraph::lsNone);
    median->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(Qt::black, 1), Qt::NoBrush, 7));
    auto *interval = new QCPErrorBars(yAxis, xAxis);
    interval->setName(tr("5–95 % rank interval"));
    interval->setPen(QPen(Qt::black, 1.2));
    interval->setWhiskerWidth(5);
    interval->setDataPlottable(median);
    auto *chosen = new QCPGraph(yAxis, xAxis);
    chosen->setName(tr("Selected policies"));
    chosen->setLineStyle(QCPGraph::lsNone);
    chosen->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, highlightColor(), highlightColor(), 9));
    if (selected.isEmpty())
        chosen->removeFromLegend();
    if (!intervals) {
        median->removeFromLegend();
        interval->removeFromLegend();
    }

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> minus, plus;
    int maxRank = 1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const ScoreSeries::RankRow &row = m_rows.at(r);
        ticker->addTick(r, QStringLiteral("%1 · %2")
                               .arg(data.policyCodes.at(row.policy))
                               .arg(row.score, 0, 'f', 2));
        (selected.contains(row.policy) ? chosen : rank)->addData(r, row.rank);
        maxRank = std::max(maxRank, row.rank);
        if (row.hasInterval) {
            median->addData(r, row.medianRank);
            minus << row.medianRank - row.rankP05;
            plus << row.rankP95 - row.medianRank;
            maxRank = std::max(maxRank, row.rankP95);
        }
    }
    interval->setData(minus, plus);
    yAxis->setTicker(ticker);
    yAxis->setRange(-0.6, std::max<double>(m_rows.size(), 1) - 0.4);
    yAxis->setLabel(tr("Policy · score (0–4)"));
    xAxis->setRange(0.5, maxRank + 0.5);
    xAxis->setLabel(tr("Rank (1 = best)"));
    useCountTicks(xAxis);
    finishUpdate();
}

int RankingChart::rowAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    return categoryAt(yAxis->pixelToCoord(pos.y()), int(m_rows.size()));
}

QPointF RankingChart::rowCentre(int row) const
{
    return QPointF(xAxis->coordToPixel(m_rows.at(row).rank), yAxis->coordToPixel(row));
}

QString RankingChart::toolTipAt(const QPointF &pos) const
{
    const int r = rowAt(pos);
    if (r < 0 || !m_context)
        return QString();
    const ScoreSeries::RankRow &row = m_rows.at(r);
    QStringList lines{
        m_context->policyLabel(row.policy),
        tr("Score: %1 of 4 (%2 of 100)").arg(row.score, 0, 'f', 2).arg(row.score * 25, 0, 'f', 1),
        tr("Rank with current weights: %1").arg(row.rank)};
    if (row.hasInterval)
        lines << tr("Monte Carlo: median rank %1, 5–95 %: %2–%3, top 3 in %4 % of draws")
                     .arg(row.medianRank)
                     .arg(row.rankP05)
                     .arg(row.rankP95)
                     .arg(row.probabilityTopK * 100, 0, 'f', 0);
    return lines.join(QLatin1Char('\n'));
}

void RankingChart::clickAt(const QPointF &pos, bool additive)
{
    const int r = rowAt(pos);
    if (r >= 0 && m_context)
        emit picked(SelectionKind::Policy, m_context->scoring->policyUuids.at(m_rows.at(r).policy),
                    additive);
}
