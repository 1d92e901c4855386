#include "BottleneckStatusChart.h"

#include "charts/ChartContext.h"
#include "domain/Vocabulary.h"

#include <cmath>

BottleneckStatusChart::BottleneckStatusChart(QWidget *parent)
    : DashboardChart(parent)
{
    setAccessibleName(chartTitle());
}

QString BottleneckStatusChart::chartTitle() const
{
    return tr("Bottlenecks by category and status");
}

QColor BottleneckStatusChart::statusColor(BottleneckStatus status)
{
    switch (status) {
    case BottleneckStatus::Open:
        return QColor(0xd6, 0x27, 0x28);
    case BottleneckStatus::InProgress:
        return QColor(0xf2, 0x8e, 0x2b);
    case BottleneckStatus::Mitigated:
        return QColor(0xed, 0xc9, 0x48);
    case BottleneckStatus::Resolved:
        return QColor(0x59, 0xa1, 0x4f);
    case BottleneckStatus::WontFix:
        break;
    }
    return QColor(0xba, 0xb0, 0xac);
}

void BottleneckStatusChart::updateChart(const ChartContext &context,
                                        const SelectionState &selection, bool)
{
    m_context = &context;
    m_highlighted.clear();
    if (!context.framework) {
        m_bars.clear();
        beginUpdate(chartTitle(), tr("No project"));
        finishUpdate();
        return;
    }
    const SelectionRules::BottleneckScope scope =
        SelectionRules::bottleneckScope(selection, *context.framework, context.categories, false);
    m_bars = TrackingSeries::bottlenecksByCategory(context.bottlenecks, context.categories, scope);
    int total = 0;
    for (const TrackingSeries::CategoryBar &bar : std::as_const(m_bars))
        total += bar.total();
    const QString title =
        scope.isEmpty()
            ? tr("Bottlenecks by category and status (%n)", nullptr, total)
            : tr("Bottlenecks by category and status (%n in selection)", nullptr, total);
    beginUpdate(title, total == 0 ? tr("No bottlenecks match") : QString());

    QCPBars *below = nullptr;
    int maxTotal = 1;
    for (const TrackingSeries::CategoryBar &bar : std::as_const(m_bars))
        maxTotal = std::max(maxTotal, bar.total());
    for (BottleneckStatus status : Vocabulary::statuses()) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(Vocabulary::statusLabel(status));
        bars->setWidth(0.7);
        bars->setPen(QPen(Qt::white, 0.5));
        bars->setBrush(statusColor(status));
        for (int i = 0; i < m_bars.size(); ++i)
            bars->addData(i, m_bars.at(i).byStatus[size_t(status)]);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    const QSet<QString> selectedCodes(selection.categories.cbegin(), selection.categories.cend());
    const QHash<QString, QString> barOf = TrackingSeries::barCategories(context.categories);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_bars.size(); ++i) {
        ticker->addTick(i, m_bars.at(i).code);
        // A bar is highlighted when its category, an ancestor or a descendant is selected.
        bool hit = selectedCodes.contains(m_bars.at(i).code);
        for (const QString &code : selectedCodes) {
            if (barOf.value(code) == m_bars.at(i).code)
                hit = true;
            const BottleneckCategory *category = context.category(m_bars.at(i).code);
            if (category && category->parentCode == code)
                hit = true;
        }
        if (hit) {
            m_highlighted << i;
            addOutline(i - 0.42, m_bars.at(i).total() + maxTotal * 0.02, i + 0.42, 0);
        }
    }
    xAxis->setTicker(ticker);
    xAxis->setRange(-0.6, std::max<double>(m_bars.size(), 1) - 0.4);
    xAxis->setLabel(tr("Category"));
    yAxis->setRange(0, maxTotal * 1.08);
    yAxis->setLabel(tr("Bottlenecks (count)"));
    useCountTicks(yAxis);
    finishUpdate();
}

int BottleneckStatusChart::barAt(const QPointF &pos) const
{
    if (!axisRect()->rect().contains(pos.toPoint()))
        return -1;
    const int i = categoryAt(xAxis->pixelToCoord(pos.x()), int(m_bars.size()));
    return i >= 0 && std::abs(xAxis->pixelToCoord(pos.x()) - i) <= 0.4 ? i : -1;
}

QPointF BottleneckStatusChart::barCentre(int bar) const
{
    return QPointF(xAxis->coordToPixel(bar), yAxis->coordToPixel(m_bars.at(bar).total() / 2.0));
}

QString BottleneckStatusChart::toolTipAt(const QPointF &pos) const
{
    const int i = barAt(pos);
    if (i < 0 || !m_context)
        return QString();
    const TrackingSeries::CategoryBar &bar = m_bars.at(i);
    const BottleneckCategory *category = m_context->category(bar.code);
    QStringList lines{bar.code + (category ? QLatin1Char(' ') + category->name() : QString()),
                      tr("%n bottlenecks", nullptr, bar.total())};
    for (BottleneckStatus status : Vocabulary::statuses()) {
        if (const int n = bar.byStatus[size_t(status)])
            lines << QStringLiteral("%1: %2").arg(Vocabulary::statusLabel(status)).arg(n);
    }
    return lines.join(QLatin1Char('\n'));
}

void BottleneckStatusChart::clickAt(const QPointF &pos, bool additive)
{
    const int i = barAt(pos);
    if (i >= 0)
        emit picked(SelectionKind::Category, m_bars.at(i).code, additive);
}
