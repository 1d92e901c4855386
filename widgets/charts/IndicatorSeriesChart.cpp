#include "IndicatorSeriesChart.h"

#include "charts/ChartContext.h"
#include "charts/IndicatorChart.h"

#include <cmath>

IndicatorSeriesChart::IndicatorSeriesChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
}

QString IndicatorSeriesChart::chartTitle() const
{
    return tr("Indicators");
}

QStringList IndicatorSeriesChart::shownIndicators() const
{
    QStringList uuids;
    for (const TrackingSeries::IndicatorLine &line : m_lines)
        uuids << line.uuid;
    return uuids;
}

void IndicatorSeriesChart::updateChart(const ChartContext &context, const SelectionState &selection,
                                       bool)
{
    m_context = &context;
    m_lines.clear();
    m_normalised = false;
    m_indexes.clear();
    if (!context.framework) {
        beginUpdate(chartTitle(), tr("No project"));
        finishUpdate();
        return;
    }
    QStringList uuids =
        SelectionRules::indicatorUuids(selection, *context.framework, context.indicators);
    QString title;
    if (!selection.indicators.isEmpty())
        title = tr("Selected indicators");
    else if (!selection.goals.isEmpty())
        title = tr("Indicators of the selected goals");
    if (uuids.isEmpty() && selection.indicators.isEmpty() && selection.goals.isEmpty()) {
        for (int i = 0; i < context.indicators.size(); ++i) {
            const IndicatorStatus s = context.figures.value(i).status;
            if (s == IndicatorStatus::OffTrack || s == IndicatorStatus::AtRisk)
                uuids << context.indicators.at(i).uuid;
        }
        title = tr("Indicators at risk or off track (select goals or indicators to change)");
    }
    const int more = int(uuids.size()) - MaxLines;
    if (more > 0) {
        uuids = uuids.mid(0, MaxLines);
        title +=
            QLatin1Char(' ') + tr("(first %1; %n more not drawn)", nullptr, more).arg(MaxLines);
    }
    for (const QString &uuid : std::as_const(uuids)) {
        const int i = context.indicatorIndex(uuid);
        if (i >= 0 && i < context.figures.size())
            m_indexes << i;
    }
    // Several indicators share an axis in their unit when they have the same one (raw
    // values compare); otherwise as an index of their first observation.
    bool sameUnit = true, allLower = true;
    for (int i : std::as_const(m_indexes)) {
        const Indicator &indicator = context.indicators.at(i);
        sameUnit = sameUnit && indicator.unitEn == context.indicators.at(m_indexes.first()).unitEn;
        allLower = allLower && !indicator.higherIsBetter;
    }
    const bool normalised = m_indexes.size() > 1 && !sameUnit;
    m_normalised = normalised;
    for (int i : std::as_const(m_indexes))
        m_lines << TrackingSeries::indicatorLine(context.indicators.at(i), context.figures.at(i),
                                                 normalised);
    beginUpdate(title, m_lines.isEmpty() ? tr("No indicator matches the selection") : QString());

    if (selection.period.isValid())
        addBand(selection.period.from, selection.period.to + 1, QColor(0xe8, 0x71, 0x0a, 45));
    for (int l = 0; l < m_lines.size(); ++l) {
        const TrackingSeries::IndicatorLine &line = m_lines.at(l);
        const Indicator &indicator = context.indicators.at(m_indexes.at(l));
        const bool several = m_lines.size() > 1;
        const QColor color = several ? seriesColor(l) : baseColor();
        auto *graph = new QCPGraph(xAxis, yAxis);
        graph->setName(several ? indicator.code : indicator.name());
        graph->setPen(QPen(color, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, Qt::white, 6));
        graph->setData(line.x, line.y, true);
        if (!line.x.isEmpty()) {
            auto *latest = new QCPGraph(xAxis, yAxis);
            latest->setName(tr("Latest: %1").arg(IndicatorMath::statusName(line.status)));
            latest->setLineStyle(QCPGraph::lsNone);
            latest->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc,
                                                    IndicatorChart::statusColor(line.status), 11));
            latest->addData(line.x.last(), line.y.last());
            if (l > 0)
                latest->removeFromLegend();
        }
        for (int t = 0; t < line.targetX.size(); ++t) {
            auto *target = new QCPGraph(xAxis, yAxis);
            target->setName(tr("Target"));
            target->setPen(QPen(color, 1.5, Qt::DashLine));
            target->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, color, 10));
            if (!line.x.isEmpty())
                target->addData(line.x.last(), line.y.last());
            target->addData(line.targetX.at(t), line.targetY.at(t));
            if (l > 0 || t > 0)
                target->removeFromLegend();
        }
        // A benchmark as an index of our first value means little: one indicator only.
        if (!line.benchmarkX.isEmpty() && !normalised) {
            auto *benchmarks = new QCPGraph(xAxis, yAxis);
            benchmarks->setName(tr("Benchmark"));
            benchmarks->setLineStyle(QCPGraph::lsNone);
            benchmarks->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(color, 1.5), Qt::white, 9));
            benchmarks->setData(line.benchmarkX, line.benchmarkY);
            if (l > 0)
                benchmarks->removeFromLegend();
            for (int b = 0; b < line.benchmarkX.size(); ++b) {
                auto *label = new QCPItemText(this);
                label->position->setCoords(line.benchmarkX.at(b), line.benchmarkY.at(b));
                label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                label->setPadding(QMargins(8, 0, 0, 0));
                label->setText(line.benchmarkLabels.at(b));
                label->setFont(smallFont());
                label->setColor(color.darker(130));
            }
        }
    }
    useCountTicks(xAxis); // whole years
    xAxis->setLabel(tr("Year"));
    if (normalised) {
        yAxis->setRangeReversed(false);
        yAxis->setLabel(tr("Index, first observation = 100 (up is better)"));
    } else if (!m_lines.isEmpty()) {
        const Indicator &indicator = context.indicators.at(m_indexes.first());
        yAxis->setRangeReversed(allLower);
        yAxis->setLabel(allLower ? tr("%1 (lower is better, axis reversed)").arg(indicator.unit())
                                 : indicator.unit());
    }
    resetView();
}

void IndicatorSeriesChart::resetView()
{
    rescaleAxes();
    const QCPRange x = xAxis->range();
    xAxis->setRange(std::floor(x.lower) - 0.5, std::ceil(x.upper) + 0.5);
    const QCPRange y = yAxis->range();
    const double pad = std::max(std::abs(y.size()) * 0.1, std::abs(y.upper) * 0.05 + 1e-9);
    yAxis->setRange(y.lower - pad, y.upper + pad);
    finishUpdate();
}

bool IndicatorSeriesChart::nearestPoint(const QPointF &pos, double radius, int *line,
                                        int *point) const
{
    double best = radius * radius;
    bool found = false;
    for (int l = 0; l < m_lines.size(); ++l) {
        for (int i = 0; i < m_lines.at(l).x.size(); ++i) {
            const double dx = xAxis->coordToPixel(m_lines.at(l).x.at(i)) - pos.x();
            const double dy = yAxis->coordToPixel(m_lines.at(l).y.at(i)) - pos.y();
            if (dx * dx + dy * dy <= best) {
                best = dx * dx + dy * dy;
                *line = l;
                *point = i;
                found = true;
            }
        }
    }
    return found;
}

QString IndicatorSeriesChart::toolTipAt(const QPointF &pos) const
{
    int l = 0, i = 0;
    if (!m_context || !nearestPoint(pos, 10, &l, &i))
        return QString();
    const Indicator &indicator = m_context->indicators.at(m_indexes.at(l));
    const IndicatorFigures &figures = m_context->figures.at(m_indexes.at(l));
    const TrackingSeries::IndicatorLine &line = m_lines.at(l);
    const double raw = figures.observations.value(i).value;
    QStringList text{indicator.code + QLatin1Char(' ') + indicator.name(),
                     tr("%1: %2 %3").arg(line.periods.at(i)).arg(raw).arg(indicator.unit())};
    if (line.normalised)
        text << tr("Index: %1 (first observation = 100)").arg(line.y.at(i), 0, 'f', 1);
    if (!line.sources.at(i).isEmpty())
        text << tr("Source: %1").arg(line.sources.at(i));
    text << tr("Status: %1").arg(IndicatorMath::statusName(line.status));
    return text.join(QLatin1Char('\n'));
}

void IndicatorSeriesChart::clickAt(const QPointF &pos, bool additive)
{
    int l = 0, i = 0;
    if (m_context && nearestPoint(pos, 10, &l, &i))
        emit picked(SelectionKind::Indicator, m_lines.at(l).uuid, additive);
}
