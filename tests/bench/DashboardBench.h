#pragma once

#include <QString>
#include <functional>

using MetricFn = std::function<void(const char *, double, const char *)>;

// Linked charts (issue "Linked charts"): in the real main window, the first render of the
// dashboard (scoring engine load included), the background rank intervals, and the time
// from a selection change to every visible chart and table redrawn and painted (median
// and worst of 100 changes of every kind).
bool measureDashboard(const QString &path, const MetricFn &metric, QString *error);
