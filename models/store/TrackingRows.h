#pragma once

#include "domain/Bottleneck.h"
#include "domain/Indicator.h"

#include <QVariantMap>

// Row conversions of implementation tracking (bottlenecks, indicators), as Rows does for
// the scoring tables. Links (goals, policies) are rows of their own and not part of these.
namespace Rows {

QVariant fromDate(const QDate &date); // ISO date or NULL
QDate toDate(const QVariant &value);

QVariantMap fromBottleneck(const Bottleneck &b); // without created/modified stamps
Bottleneck toBottleneck(const QVariantMap &row);
QVariantMap bottleneckGoalLink(const QString &bottleneckUuid, const QString &goalUuid);
QVariantMap bottleneckPolicyLink(const QString &bottleneckUuid, const QString &policyUuid);
QVariantMap fromBottleneckEvidence(const QString &bottleneckUuid, const Evidence &e);

QVariantMap fromIndicator(const Indicator &i); // the indicator row only
Indicator toIndicator(const QVariantMap &row);
QVariantMap indicatorGoalLink(const QString &indicatorUuid, const QString &goalUuid);
QVariantMap fromObservation(const QString &indicatorUuid, const Observation &o);
QVariantMap fromTarget(const QString &indicatorUuid, const IndicatorTarget &t);
QVariantMap fromBenchmark(const QString &indicatorUuid, const Benchmark &b);

} // namespace Rows
