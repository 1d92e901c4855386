#pragma once

#include <QString>
#include <functional>

// Scoring engine metrics on an existing project (issue "Scoring engine"): all aggregates,
// the equivalent GROUP BY run directly in sqlite3 on the same file, alpha over all cells,
// and a 1,000-draw Monte Carlo. Each metric goes to `metric(name, value, unit)`.
bool measureScoring(const QString &path,
                    const std::function<void(const char *, double, const char *)> &metric,
                    QString *error);
