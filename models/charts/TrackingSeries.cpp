#include "TrackingSeries.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace TrackingSeries {

int CategoryBar::total() const
{
    int sum = 0;
    for (int n : byStatus)
        sum += n;
    return sum;
}

QHash<QString, QString> barCategories(const QList<BottleneckCategory> &categories)
{
    QHash<QString, const BottleneckCategory *> byCode;
    for (const BottleneckCategory &category : categories)
        byCode.insert(category.code, &category);
    QHash<QString, QString> bars;
    for (const BottleneckCategory &category : categories) {
        const BottleneckCategory *node = &category;
        // Climb to the built-in category whose parent is top-level (or a top-level one).
        for (int guard = 0; node && guard < 32; ++guard) {
            const BottleneckCategory *parent = byCode.value(node->parentCode);
            if (!parent || (node->builtin && parent->parentCode.isEmpty())) {
                bars.insert(category.code, node->code);
                break;
            }
            node = parent;
        }
    }
    return bars;
}

QString barCategory(const QString &code, const QList<BottleneckCategory> &categories)
{
    return barCategories(categories).value(code);
}

QVector<CategoryBar> bottlenecksByCategory(const QList<Bottleneck> &bottlenecks,
                                           const QList<BottleneckCategory> &categories,
                                           const SelectionRules::BottleneckScope &scope)
{
    QSet<QString> parents;
    for (const BottleneckCategory &category : categories) {
        if (category.builtin && !category.parentCode.isEmpty())
            parents.insert(category.parentCode);
    }
    QVector<CategoryBar> bars;
    QHash<QString, int> index;
    for (const BottleneckCategory &category : categories) {
        if (!category.builtin)
            continue;
        const bool topLevel = category.parentCode.isEmpty();
        if (topLevel || !parents.contains(category.code)) {
            index.insert(category.code, int(bars.size()));
            bars.append(CategoryBar{category.code, {}});
        }
    }
    const QHash<QString, QString> barOf = barCategories(categories);
    for (const Bottleneck &bottleneck : bottlenecks) {
        if (!SelectionRules::matches(bottleneck, scope))
            continue;
        const int bar = index.value(barOf.value(bottleneck.categoryCode), -1);
        if (bar >= 0)
            ++bars[bar].byStatus[size_t(bottleneck.status)];
    }
    // Top-level categories with children show only when records sit on them directly.
    bars.erase(std::remove_if(bars.begin(), bars.end(),
                              [&](const CategoryBar &bar) {
                                  return parents.contains(bar.code) && bar.total() == 0;
                              }),
               bars.end());
    return bars;
}

namespace {

int monthIndex(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
}

} // namespace

Timeline timeline(const QList<Bottleneck> &bottlenecks,
                  const SelectionRules::BottleneckScope &scope, const QDate &today)
{
    Timeline series;
    QHash<int, int> openedIn, closedIn;
    int first = monthIndex(today), last = monthIndex(today);
    bool any = false;
    for (const Bottleneck &bottleneck : bottlenecks) {
        if (!bottleneck.opened.isValid() || !SelectionRules::matches(bottleneck, scope))
            continue;
        any = true;
        const int opened = monthIndex(bottleneck.opened);
        first = std::min(first, opened);
        last = std::max(last, opened);
        ++openedIn[opened];
        if (bottleneck.isClosed() && bottleneck.closed.isValid()) {
            const int closed = monthIndex(bottleneck.closed);
            last = std::max(last, closed);
            ++closedIn[closed];
        }
    }
    if (!any)
        return series;
    double opened = 0, resolved = 0;
    for (int m = first; m <= last; ++m) {
        opened += openedIn.value(m);
        resolved += closedIn.value(m);
        series.months << double(m / 12) + double(m % 12) / 12.0;
        series.opened << opened;
        series.resolved << resolved;
        series.open << opened - resolved;
    }
    return series;
}

IndicatorLine indicatorLine(const Indicator &indicator, const IndicatorFigures &figures,
                            bool normalised)
{
    IndicatorLine line;
    line.uuid = indicator.uuid;
    line.status = figures.status;
    const bool lower = !indicator.higherIsBetter;
    double base = 0;
    if (!figures.observations.isEmpty())
        base = figures.observations.first().value;
    line.normalised = normalised && base != 0 && std::isfinite(base);
    auto scale = [&](double value) {
        if (!line.normalised)
            return value;
        if (lower)
            return value != 0 ? base / value * 100.0 : std::nan("");
        return value / base * 100.0;
    };
    // Sources by period (the figures carry values only).
    QHash<QString, QString> sourceOf;
    for (const Observation &o : indicator.observations)
        sourceOf.insert(o.period, o.source);
    for (const IndicatorPoint &point : figures.observations) {
        const std::optional<double> x = IndicatorMath::periodPosition(point.period);
        if (!x)
            continue;
        line.x << *x;
        line.y << scale(point.value);
        line.periods << point.period;
        line.sources << sourceOf.value(point.period);
    }
    for (const IndicatorTarget &target : indicator.targets) {
        if (const std::optional<double> x = IndicatorMath::periodDue(target.period)) {
            line.targetX << *x;
            line.targetY << scale(target.value);
        }
    }
    for (const Benchmark &benchmark : indicator.benchmarks) {
        const std::optional<double> x = IndicatorMath::periodPosition(benchmark.period);
        // A benchmark without a readable period sits at the latest observation.
        const double at = x ? *x : (line.x.isEmpty() ? 0 : line.x.last());
        line.benchmarkX << at;
        line.benchmarkY << scale(benchmark.value);
        line.benchmarkLabels << benchmark.label;
    }
    return line;
}

} // namespace TrackingSeries
