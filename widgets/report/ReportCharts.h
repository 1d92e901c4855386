#pragma once

#include "report/ReportDocument.h"

#include <QSize>
#include <memory>

class QCustomPlot;

// The one place where report charts are made. The renderer asks for a chart of a kind,
// sized in screen pixels, and paints it as vectors onto the page; swapping these simple
// charts for the dashboard's chart classes (widgets/charts) only changes this file.
namespace ReportCharts {

// A ready-to-paint plot (not shown, no interactions), or null for an unknown kind.
std::unique_ptr<QCustomPlot> create(ReportChart kind, const ReportChartData &data,
                                    const QSize &size);

} // namespace ReportCharts
