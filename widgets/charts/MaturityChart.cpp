#include "MaturityChart.h"

#include "charts/ChartContext.h"
#include "charts/ScoreSeries.h"
#include "domain/Vocabulary.h"
#include "selection/SelectionRules.h"

#include <QMenu>

MaturityChart::MaturityChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
}

QString MaturityChart::chartTitle() const
{
    return tr("Evidence maturity");
}

QColor MaturityChart::levelColor(int level)
{
    // Light for input and activity (what the evaluation should not stop at), dark for effects.
    static const QColor colors[] = {QColor(0xd9, 0xd9, 0xd9), QColor(0xa6, 0xbd, 0xdb),
                                    QColor(0x74, 0xa9, 0xcf), QColor(0x23, 0x8b, 0x45),
                                    QColor(0x00, 0x44, 0x1b)};
    return colors[std::clamp(level, 0, 4)];
}

void MaturityChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_context)
        updateChart(*m_context, m_selection, true);
}

void MaturityChart::updateChart(const ChartContext &context, const SelectionState &selection, bool)
{
    m_context = &context;
    m_selection = selection;
    m_counts.clear();
    m_items.clear();
    if (!context.hasScoring()) {
        beginUpdate(chartTitle(), tr("No policies yet"));
        finishUpdate();
        return;
    }
    const ScoringData &data = *context.scoring;
    const QVector<int> policies = SelectionRules::policyIndexes(selection, data);
    QVector<int> highlighted;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QString title;
    if (m_mode == Mode::ByGoal) {
        m_counts = ScoreSeries::maturityByGoal(data, policies);
        for (int g = 0; g < data.goals.size(); ++g) {
            m_items << g;
            ticker->addTick(g, data.goals.at(g).code);
        }
        highlighted = SelectionRules::goalIndexes(selection, *context.framework, data);
        title = policies.isEmpty() ? tr("Evidence by result level per goal (all policies)")
                                   : tr("Evidence by result level per goal (%n selected policies)",
                                        nullptr, int(policies.size()));
    } else {
        m_items = policies;
        if (m_items.isEmpty()) {
            for (const ScoreSeries::RankRow &row :
                 ScoreSeries::ranking(*context.result, std::nullopt, DefaultPolicies, {}))
                m_items << row.policy;
            title =
                tr("Evidence by result level of the top %n policies", nullptr, int(m_items.size()));
        } else {
            title = tr("Evidence by result level of the selected policies");
        }
        m_counts = ScoreSeries::maturityByPolicy(data, m_items);
        for (int i = 0; i < m_items.size(); ++i)
            ticker->addTick(i, data.policyCodes.at(m_items.at(i)));
    }
    int maxTotal = 1;
    for (const auto &c : std::as_const(m_counts))
        maxTotal = std::max(maxTotal, c[0] + c[1] + c[2] + c[3] + c[4]);
    beginUpdate(title, data.evidence.isEmpty() ? tr("No evidence items yet") : QString());
    QCPBars *below = nullptr;
    const QList<ResultLevel> levels = Vocabulary::resultLevels();
    for (int level = 0; level < levels.size(); ++level) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(Vocabulary::resultLevelLabel(levels.at(level)));
        bars->setWidth(0.7);
        bars->setPen(QPen(Qt::white, 0.5));
        bars->setBrush(levelColor(level));
        for (int i = 0; i < m_counts.size(); ++i)
            bars->addData(i, m_counts.at(i)[size_t(level)]);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        const bool hit = m_mode == Mode::ByGoal ? highlighted.contains(m_items.at(i))
                                                : policies.contains(m_items.at(i));
        if (hit && m_mode == Mode::ByGoal) {
            const auto &c = m_counts.at(i);
            addOutline(i - 0.42, c[0] + c[1] + c[2] + c[3] + c[4] + maxTotal * 0.02, i + 0.42, 0);
        }
    }
    xAxis->setTicker(ticker);
    xAxis->setTickLabelRotation(m_items.size() > 16 ? 60 : 0);
    xAxis->setRange(-0.6, std::max<double>(m_items.size(), 1) - 0.4);
    xAxis->setLabel(m_mode == Mode::ByGoal ? tr("Goals") : tr("Policies"));
    yAxis->setRange(0, maxTotal * 1.08);
    yAxis->setLabel(tr("Evidence items (count)"));
    useCountTicks(yAxis);
    finishUpdate();
}

QString MaturityChart::toolTipAt(const QPointF &pos) const
{
    if (!m_context || !axisRect()->rect().contains(pos.toPoint()))
        return QString();
    const int i = categoryAt(xAxis->pixelToCoord(pos.x()), int(m_items.size()));
    if (i < 0)
        return QString();
    const auto &c = m_counts.at(i);
    const int total = c[0] + c[1] + c[2] + c[3] + c[4];
    QStringList lines{m_mode == Mode::ByGoal ? m_context->goalLabel(m_items.at(i))
                                             : m_context->policyLabel(m_items.at(i)),
                      tr("%n evidence items", nullptr, total)};
    const QList<ResultLevel> levels = Vocabulary::resultLevels();
    for (int level = 0; level < levels.size(); ++level)
        lines << QStringLiteral("%1: %2")
                     .arg(Vocabulary::resultLevelLabel(levels.at(level)))
                     .arg(c[size_t(level)]);
    if (total > 0)
        lines
            << tr("At outcome or impact level: %1 %").arg(100.0 * (c[3] + c[4]) / total, 0, 'f', 0);
    return lines.join(QLatin1Char('\n'));
}

void MaturityChart::clickAt(const QPointF &pos, bool additive)
{
    if (!m_context || !axisRect()->rect().contains(pos.toPoint()))
        return;
    const int i = categoryAt(xAxis->pixelToCoord(pos.x()), int(m_items.size()));
    if (i < 0)
        return;
    if (m_mode == Mode::ByGoal)
        emit picked(SelectionKind::Goal, m_context->scoring->goalUuids.at(m_items.at(i)), additive);
    else
        emit picked(SelectionKind::Policy, m_context->scoring->policyUuids.at(m_items.at(i)),
                    additive);
}

void MaturityChart::addMenuActions(QMenu *menu)
{
    QAction *byGoal = menu->addAction(tr("Per &Goal"), this, [this] { setMode(Mode::ByGoal); });
    byGoal->setCheckable(true);
    byGoal->setChecked(m_mode == Mode::ByGoal);
    QAction *byPolicy =
        menu->addAction(tr("Per &Policy"), this, [this] { setMode(Mode::ByPolicy); });
    byPolicy->setCheckable(true);
    byPolicy->setChecked(m_mode == Mode::ByPolicy);
}
