#pragma once

#include "domain/Bottleneck.h"
#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"
#include "selection/SelectionRules.h"

#include <QHash>
#include <QVector>
#include <array>

// The data series of the dashboard's implementation-tracking charts (bottlenecks and
// indicators), from the project's records, so that charts, tooltips and tests agree.
namespace TrackingSeries {

constexpr int StatusCount = 5; // BottleneckStatus values, in enum order

// Chart 5a: bottlenecks per category and status. One bar per built-in second-level
// category (I1…I4, P1…P8) and per top-level category without children (X), in taxonomy
// order; a record filed under a user sub-category counts for its built-in ancestor, one
// filed directly under a top-level category (I, P) gets a bar of that category, shown
// only when it has records. Only the records `scope` keeps are counted.
struct CategoryBar
{
    QString code;
    std::array<int, StatusCount> byStatus{};
    int total() const;
};
QVector<CategoryBar> bottlenecksByCategory(const QList<Bottleneck> &bottlenecks,
                                           const QList<BottleneckCategory> &categories,
                                           const SelectionRules::BottleneckScope &scope);
// The bar a category code counts in (see above); empty for an unknown code.
QString barCategory(const QString &code, const QList<BottleneckCategory> &categories);
// The same for every code of the taxonomy at once.
QHash<QString, QString> barCategories(const QList<BottleneckCategory> &categories);

// Chart 5b: opened vs. closed over time, month by month from the month of the first
// opening to the month of `today`: cumulative counts at the end of each month.
struct Timeline
{
    QVector<double> months;   // position in fractional years: 2021-03 → 2021 + 2/12
    QVector<double> opened;   // cumulative, records opened by the end of the month
    QVector<double> resolved; // cumulative, records closed (resolved or won't fix)
    QVector<double> open;     // opened − resolved
};
Timeline timeline(const QList<Bottleneck> &bottlenecks,
                  const SelectionRules::BottleneckScope &scope, const QDate &today);

// Chart 6: one indicator's series on the chart's scale. With `normalised`, every value is
// an index of the first observation (= 100), so indicators of different units compare;
// for a lower-is-better indicator the index is inverted (first / value × 100) so that up
// is better for every line. Without normalisation the values are as observed.
struct IndicatorLine
{
    QString uuid;
    QVector<double> x; // period positions (IndicatorMath::periodPosition), ascending
    QVector<double> y;
    QStringList periods;
    QStringList sources;
    QVector<double> targetX; // due positions (IndicatorMath::periodDue)
    QVector<double> targetY;
    QVector<double> benchmarkX;
    QVector<double> benchmarkY;
    QStringList benchmarkLabels;
    IndicatorStatus status = IndicatorStatus::NoData;
    bool normalised = false;
};
IndicatorLine indicatorLine(const Indicator &indicator, const IndicatorFigures &figures,
                            bool normalised);

} // namespace TrackingSeries
