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
// `item` picks the indicator of an IndicatorTrend.
std::unique_ptr<QCustomPlot> create(ReportChart kind, const ReportChartData &data,
                                    const QSize &size, int item = 0);

// Gives every font of the plot (axes, legend and its items, text elements and items) a pixel
// size equal to its point size at 96 dpi, so the chart scales as a whole when painted on a
// high-resolution page. Works on any QCustomPlot, including the dashboard's charts.
void prepareForPrinting(QCustomPlot *plot);

} // namespace ReportCharts
