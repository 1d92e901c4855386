#include "BottleneckTimelineChart.h"

#include "charts/ChartContext.h"

#include <cmath>

BottleneckTimelineChart::BottleneckTimelineChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
}

QString BottleneckTimelineChart::chartTitle() const
{
    return tr("Bottlenecks opened and closed over time");
}

void BottleneckTimelineChart::updateChart(const ChartContext &context,
                                          const SelectionState &selection, bool)
{
    if (!context.framework) {
        m_series = {};
        beginUpdate(chartTitle(), tr("No project"));
        finishUpdate();
        return;
    }
    const SelectionRules::BottleneckScope scope =
        SelectionRules::bottleneckScope(selection, *context.framework, context.categories, true);
    // The timeline shows the whole history of the records; the period only shades.
    SelectionRules::BottleneckScope withoutPeriod = scope;
    withoutPeriod.period = PeriodRange();
    m_series = TrackingSeries::timeline(context.bottlenecks, withoutPeriod, context.today);
    beginUpdate(withoutPeriod.isEmpty() ? chartTitle()
                                        : tr("Bottlenecks opened and closed (in selection)"),
                m_series.months.isEmpty() ? tr("No bottlenecks with an opening date") : QString());
    if (selection.period.isValid())
        addBand(selection.period.from, selection.period.to + 1, QColor(0xe8, 0x71, 0x0a, 45));
    auto add = [this](const QString &name, const QVector<double> &values, const QColor &color,
                      bool fill) {
        auto *graph = new QCPGraph(xAxis, yAxis);
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(color, 2));
        if (fill)
            graph->setBrush(QColor(color.red(), color.green(), color.blue(), 40));
        graph->setData(m_series.months, values, true);
    };
    add(tr("Open"), m_series.open, QColor(0xd6, 0x27, 0x28), true);
    add(tr("Opened (cumulative)"), m_series.opened, baseColor(), false);
    add(tr("Closed (cumulative)"), m_series.resolved, QColor(0x59, 0xa1, 0x4f), false);
    useCountTicks(xAxis); // whole years
    xAxis->setLabel(tr("Year"));
    yAxis->setLabel(tr("Bottlenecks (count)"));
    useCountTicks(yAxis);
    resetView();
}

void BottleneckTimelineChart::resetView()
{
    if (m_series.months.isEmpty()) {
        xAxis->setRange(QDate::currentDate().year() - 1, QDate::currentDate().year() + 1);
        yAxis->setRange(0, 1);
    } else {
        xAxis->setRange(m_series.months.first() - 0.25, m_series.months.last() + 0.25);
        yAxis->setRange(0, std::max(1.0, m_series.opened.last()) * 1.08);
    }
    finishUpdate();
}

QString BottleneckTimelineChart::toolTipAt(const QPointF &pos) const
{
    if (m_series.months.isEmpty() || !axisRect()->rect().contains(pos.toPoint()))
        return QString();
    const double x = xAxis->pixelToCoord(pos.x());
    // The month at or before the cursor (step lines hold their value to the right).
    const auto it = std::upper_bound(m_series.months.cbegin(), m_series.months.cend(), x + 1e-9);
    if (it == m_series.months.cbegin())
        return QString();
    const int i = int(it - m_series.months.cbegin()) - 1;
    const double m = m_series.months.at(i);
    const int year = int(std::floor(m + 1e-9));
    const int month = int(std::lround((m - year) * 12)) + 1;
    return tr("End of %1-%2\nOpened so far: %3\nClosed so far: %4\nOpen: %5")
        .arg(year)
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(m_series.opened.at(i))
        .arg(m_series.resolved.at(i))
        .arg(m_series.open.at(i));
}

void BottleneckTimelineChart::clickAt(const QPointF &pos, bool additive)
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return;
    const int year = int(std::floor(xAxis->pixelToCoord(pos.x())));
    emit periodPicked(PeriodRange{year, year}, additive);
}
