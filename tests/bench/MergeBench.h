#pragma once

#include <QString>
#include <functional>

// Merge (issue "Teams"): two copies of the project at `path`, one with `share` of all
// scores changed (value and rationale, through the change log as edits are); times the
// preview (MergeEngine::plan) and applying it (MergeCommand), and checks that merging
// again finds nothing.
bool measureMerge(const QString &path, double share,
                  const std::function<void(const char *, double, const char *)> &metric,
                  QString *error);
