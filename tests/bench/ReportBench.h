#pragma once

#include <QString>
#include <functional>

using MetricFn = std::function<void(const char *, double, const char *)>;

// Reports (issue "Printouts for managers"): the executive summary of the sample project in
// both languages (target < 2 s) and the evaluation dossier of a generated project with
// `dossierPolicies` policies (target < 20 s), each built and written as PDF; times and page
// counts. Needs a QApplication (fonts, charts).
bool measureReports(int dossierPolicies, const MetricFn &metric, QString *error);
