#pragma once

#include <QString>
#include <functional>

using MetricFn = std::function<void(const char *, double, const char *)>;

// Implementation tracking (issue "bottleneck register and indicator monitor"): adds
// `bottlenecks` synthetic bottlenecks (random category, status, severity, 1–3 goals and
// 0–3 policies, owners, dates) and `indicators` indicators with `periods` observations
// each to the project at `path`, in one transaction.
bool populateTracking(const QString &path, int bottlenecks, int indicators, int periods,
                      quint64 seed, const MetricFn &metric, QString *error);

// Register load, filter (median and worst of repeated filter changes), matrix recompute,
// the register view's construction and the derived figures of every indicator.
bool measureTracking(const QString &path, const MetricFn &metric, QString *error);
