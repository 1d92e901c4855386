#include "HeatmapChart.h"

#include "charts/ChartContext.h"
#include "domain/Vocabulary.h"
#include "selection/SelectionRules.h"

#include <QMenu>
#include <cmath>

HeatmapChart::HeatmapChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setDataRange(QCPRange(0, 4));
    m_scale->axis()->setLabel(tr("Consensus (0–4)"));
    m_scale->axis()->setTickLabelFont(smallFont());
    m_scale->setBarWidth(10);
    plotLayout()->addElement(1, 1, m_scale);
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    // N/A cells are transparent and show this hatching.
    axisRect()->setBackground(QBrush(QColor(150, 150, 150), Qt::BDiagPattern));
    yAxis->setRangeReversed(true);
}

QString HeatmapChart::chartTitle() const
{
    return tr("Policy × goal heatmap");
}

void HeatmapChart::setOrder(ScoreSeries::HeatmapOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    if (m_context)
        updateChart(*m_context, m_selection, true);
}

void HeatmapChart::updateChart(const ChartContext &context, const SelectionState &selection, bool)
{
    m_context = &context;
    m_selection = selection;
    m_map = nullptr;
    m_rows.clear();
    m_columns.clear();
    m_highlightRows.clear();
    if (!context.hasScoring() || context.scoring->policyUuids.isEmpty() ||
        context.scoring->goals.isEmpty()) {
        beginUpdate(chartTitle(), tr("No policies yet"));
        finishUpdate();
        return;
    }
    const ScoringData &data = *context.scoring;
    const Evaluation::Result &result = *context.result;
    m_rows = ScoreSeries::heatmapRows(data, result, m_order);
    const int rows = int(m_rows.size());
    const int goals = int(data.goals.size());
    beginUpdate(m_order == ScoreSeries::HeatmapOrder::ByScore
                    ? tr("Policy × goal consensus (rows by policy score)")
                    : tr("Policy × goal consensus (rows by code)"));

    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
    gradient.setColorStopAt(0.5, QColor(0x6b, 0xae, 0xd6));
    gradient.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setName(tr("Consensus"));
    m_map->removeFromLegend();
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_map->data()->setSize(goals, rows);
    m_map->data()->setRange(QCPRange(0, goals - 1), QCPRange(0, rows - 1));
    auto *disputed = new QCPGraph(xAxis, yAxis);
    disputed->setName(tr("Disputed (evaluators ≥ 2 points apart)"));
    disputed->setLineStyle(QCPGraph::lsNone);
    disputed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross,
                                              QPen(QColor(0xd6, 0x27, 0x28), 1.5), Qt::NoBrush,
                                              rows > 200 ? 3 : 7));
    QVector<double> dx, dy;
    for (int r = 0; r < rows; ++r) {
        const int p = m_rows.at(r);
        for (int g = 0; g < goals; ++g) {
            m_map->data()->setCell(g, r, result.consensus.raw(p, g));
            if (ScoreSeries::cellKind(result, p, g) == ScoreSeries::CellKind::Disputed) {
                dx << g;
                dy << r;
            }
        }
    }
    disputed->setData(dx, dy, true);
    m_map->setColorScale(m_scale);
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(0, 4));
    // A legend entry for the hatching, drawn with the same brush.
    auto *notApplicable = new QCPBars(xAxis, yAxis);
    notApplicable->setName(tr("N/A (not applicable or unscored)"));
    notApplicable->setPen(QPen(Qt::gray));
    notApplicable->setBrush(QBrush(QColor(150, 150, 150), Qt::BDiagPattern));

    // Highlights: selected policies as rows, selected goals as columns.
    const QVector<int> policies = SelectionRules::policyIndexes(selection, data);
    for (int r = 0; r < rows; ++r) {
        if (policies.contains(m_rows.at(r))) {
            m_highlightRows << r;
            addOutline(-0.5, r - 0.5, goals - 0.5, r + 0.5);
        }
    }
    m_columns = SelectionRules::goalIndexes(selection, *context.framework, data);
    for (int g : m_columns)
        addOutline(g - 0.5, -0.5, g + 0.5, rows - 0.5);

    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int g = 0; g < goals; ++g)
        xTicker->addTick(g, data.goals.at(g).code);
    xAxis->setTicker(xTicker);
    xAxis->setTickLabelRotation(goals > 16 ? 60 : 0);
    xAxis->setRange(-0.5, goals - 0.5);
    xAxis->setLabel(tr("Goals"));
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    if (rows <= 60) {
        for (int r = 0; r < rows; ++r)
            yTicker->addTick(r, data.policyCodes.at(m_rows.at(r)));
    }
    yAxis->setTicker(yTicker);
    yAxis->setRange(-0.5, rows - 0.5);
    yAxis->setLabel(rows <= 60 ? tr("Policies") : tr("%n policies", nullptr, rows));
    finishUpdate();
}

bool HeatmapChart::cellAt(const QPointF &pos, int *row, int *goal) const
{
    if (!m_map || !axisRect()->rect().contains(pos.toPoint()))
        return false;
    *goal = categoryAt(xAxis->pixelToCoord(pos.x()), int(m_context->scoring->goals.size()));
    *row = categoryAt(yAxis->pixelToCoord(pos.y()), int(m_rows.size()));
    return *goal >= 0 && *row >= 0;
}

QPointF HeatmapChart::cellCentre(int row, int goal) const
{
    return QPointF(xAxis->coordToPixel(goal), yAxis->coordToPixel(row));
}

QString HeatmapChart::toolTipAt(const QPointF &pos) const
{
    int row = 0, goal = 0;
    if (!cellAt(pos, &row, &goal))
        return QString();
    const int p = m_rows.at(row);
    const ScoringData &data = *m_context->scoring;
    const Evaluation::Result &result = *m_context->result;
    QStringList lines{m_context->policyLabel(p), m_context->goalLabel(goal)};
    QStringList scores;
    const qint8 *cell = data.scores.cell(p, goal);
    int notApplicable = 0;
    for (int e = 0; e < data.scores.evaluatorCount(); ++e) {
        if (ScoreMatrix::isScore(cell[e]))
            scores << QString::number(cell[e]);
        else if (cell[e] == ScoreMatrix::NotApplicable)
            ++notApplicable;
    }
    if (const std::optional<double> value = result.consensus.value(p, goal))
        lines << tr("Consensus: %1").arg(*value, 0, 'f', 2) +
                     (result.consensus.isOverride(p, goal)
                          ? QStringLiteral(" (%1)").arg(Aggregation::overrideLabel())
                          : QString());
    else
        lines << tr("Consensus: N/A");
    lines << tr("%n scores", nullptr, int(scores.size())) +
                 (scores.isEmpty() ? QString()
                                   : QStringLiteral(": ") + scores.join(QStringLiteral(", ")));
    if (notApplicable > 0)
        lines << tr("%n evaluators said N/A", nullptr, notApplicable);
    if (ScoreSeries::cellKind(result, p, goal) == ScoreSeries::CellKind::Disputed)
        lines << tr("Disputed: evaluators %1 points apart")
                     .arg(result.dispersion.at(p, goal).range, 0, 'f', 0);
    return lines.join(QLatin1Char('\n'));
}

void HeatmapChart::clickAt(const QPointF &pos, bool additive)
{
    int row = 0, goal = 0;
    if (!cellAt(pos, &row, &goal))
        return;
    SelectionState items;
    items.policies << m_context->scoring->policyUuids.at(m_rows.at(row));
    items.goals << m_context->scoring->goalUuids.at(goal);
    emit itemsPicked(items, additive);
}

void HeatmapChart::addMenuActions(QMenu *menu)
{
    QAction *byScore = menu->addAction(tr("Sort Rows by &Score"), this,
                                       [this] { setOrder(ScoreSeries::HeatmapOrder::ByScore); });
    byScore->setCheckable(true);
    byScore->setChecked(m_order == ScoreSeries::HeatmapOrder::ByScore);
    QAction *byCode = menu->addAction(tr("Sort Rows by &Code"), this,
                                      [this] { setOrder(ScoreSeries::HeatmapOrder::ByCode); });
    byCode->setCheckable(true);
    byCode->setChecked(m_order == ScoreSeries::HeatmapOrder::ByCode);
}
