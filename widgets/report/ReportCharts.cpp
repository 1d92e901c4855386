#include "ReportCharts.h"

#include "ReportRenderer.h"
#include "charts/IndicatorChart.h"
#include "charts/QCustomPlot.h"

#include <cmath>

namespace {

// A restrained palette that survives black-and-white printing (distinct lightness).
const QColor palette[] = {QColor(0x1f, 0x4e, 0x79), QColor(0x5b, 0x9b, 0xd5),
                          QColor(0xed, 0x7d, 0x31), QColor(0x70, 0xad, 0x47),
                          QColor(0xa5, 0xa5, 0xa5), QColor(0xff, 0xc0, 0x00),
                          QColor(0x7f, 0x3f, 0x98), QColor(0x26, 0x44, 0x78)};

QColor paletteColour(int i)
{
    return palette[i % int(sizeof(palette) / sizeof(palette[0]))];
}

QFont chartFont(double points, bool bold = false)
{
    QFont f(ReportRenderer::fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

std::unique_ptr<QCustomPlot> basePlot(const QSize &size)
{
    auto plot = std::make_unique<QCustomPlot>();
    plot->setAttribute(Qt::WA_DontShowOnScreen);
    plot->resize(size);
    plot->setFont(chartFont(8));
    plot->setBackground(Qt::white);
    plot->legend->setFont(chartFont(7.5));
    plot->legend->setBrush(QColor(255, 255, 255, 230));
    plot->legend->setBorderPen(QPen(QColor(0xc0, 0xc6, 0xcc)));
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setLabelFont(chartFont(8));
        axis->setTickLabelFont(chartFont(7.5));
        axis->grid()->setPen(QPen(QColor(0xe0, 0xe4, 0xe8), 0, Qt::SolidLine));
    }
    return plot;
}

// The legend in a row of its own under the axis rect, `columns` entries per line.
void legendBelow(QCustomPlot *plot, int columns)
{
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->take(plot->legend);
    plot->plotLayout()->addElement(1, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->legend->setWrap(columns);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setMargins(QMargins(4, 0, 4, 2));
}

void goalCoverage(QCustomPlot *plot, const ReportChartData &data)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int goals = int(data.goalCodes.size());
    for (int g = 0; g < goals; ++g)
        ticker->addTick(g + 1, data.goalCodes.at(g));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.3, goals + 0.7);
    plot->xAxis->setLabel(data.goalAxis);
    plot->yAxis->setRange(0, 4);
    plot->yAxis->setLabel(data.coverageAxis);
    for (int d = 0; d < data.dimensionCodes.size(); ++d) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(data.dimensionNames.value(d));
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(paletteColour(d));
        for (int g = 0; g < goals; ++g) {
            const double v = data.goalCoverage.value(g);
            if (data.goalDimensions.value(g) == data.dimensionCodes.at(d) && !std::isnan(v))
                bars->addData(g + 1, v);
        }
    }
    legendBelow(plot, 2);
}

void ranking(QCustomPlot *plot, const ReportChartData &data)
{
    const int n = int(data.rankingCodes.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i)
        ticker->addTick(i + 1, data.rankingCodes.at(i));
    // Policies down the vertical axis, best at the top; ranks along the horizontal axis.
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setSubTicks(false);
    plot->yAxis->setRangeReversed(true);
    plot->yAxis->setRange(0.4, n + 0.6);
    plot->yAxis->setLabel(data.policyAxis);
    plot->yAxis->grid()->setVisible(false);
    int maxRank = 1;
    for (int i = 0; i < n; ++i)
        maxRank = std::max({maxRank, data.ranks.value(i), data.rankHigh.value(i)});
    plot->xAxis->setRange(0.5, maxRank + 0.5);
    plot->xAxis->setLabel(data.rankAxis);
    auto intTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    intTicker->setTickStep(maxRank > 40 ? 5 : (maxRank > 20 ? 2 : 1));
    intTicker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->xAxis->setTicker(intTicker);

    auto *points = new QCPGraph(plot->yAxis, plot->xAxis); // key: policy row, value: rank
    points->setName(data.rankLegend);
    points->setLineStyle(QCPGraph::lsNone);
    points->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDisc, paletteColour(0), paletteColour(0), 6));
    auto *interval = new QCPErrorBars(plot->yAxis, plot->xAxis);
    interval->setName(data.intervalLegend);
    interval->setDataPlottable(points);
    interval->setPen(QPen(paletteColour(2), 1.6));
    interval->setWhiskerWidth(5);
    QVector<double> keys, values, minus, plus;
    for (int i = 0; i < n; ++i) {
        keys << i + 1;
        const double rank = data.ranks.value(i);
        values << rank;
        const bool known = data.rankLow.value(i) > 0;
        minus << (known ? std::max(0.0, rank - data.rankLow.value(i)) : 0);
        plus << (known ? std::max(0.0, data.rankHigh.value(i) - rank) : 0);
    }
    points->setData(keys, values, true);
    interval->setData(minus, plus);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

void bottlenecks(QCustomPlot *plot, const ReportChartData &data)
{
    const int n = int(data.categoryCodes.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i)
        ticker->addTick(i + 1, data.categoryCodes.at(i));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->xAxis->setRange(0.4, n + 0.6);
    plot->xAxis->setLabel(data.categoryAxis);
    plot->yAxis->setLabel(data.countAxis);
    auto intTicker = QSharedPointer<QCPAxisTickerFixed>::create();
    intTicker->setTickStep(1);
    intTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->yAxis->setTicker(intTicker);
    int maxTotal = 1;
    for (const QVector<int> &row : data.bottleneckCounts) {
        int total = 0;
        for (int c : row)
            total += c;
        maxTotal = std::max(maxTotal, total);
    }
    plot->yAxis->setRange(0, maxTotal * 1.15 + 0.5);
    QCPBars *below = nullptr;
    for (int s = 0; s < data.statusNames.size(); ++s) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(data.statusNames.at(s));
        bars->setWidth(0.55);
        bars->setPen(QPen(Qt::white, 0.5));
        const QColor colours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0xed, 0x7d, 0x31),
                                  QColor(0xff, 0xc0, 0x00), QColor(0x70, 0xad, 0x47),
                                  QColor(0xa5, 0xa5, 0xa5)};
        bars->setBrush(colours[s % 5]);
        for (int i = 0; i < n; ++i)
            bars->addData(i + 1, data.bottleneckCounts.value(i).value(s));
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
}

} // namespace

namespace {

QFont inPixels(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPixelSize(qMax(1, qRound(font.pointSizeF() * 96 / 72)));
    return font;
}

} // namespace

void ReportCharts::prepareForPrinting(QCustomPlot *plot)
{
    for (int r = 0; r < plot->axisRectCount(); ++r) {
        for (QCPAxis *axis : plot->axisRect(r)->axes()) {
            axis->setLabelFont(inPixels(axis->labelFont()));
            axis->setTickLabelFont(inPixels(axis->tickLabelFont()));
            axis->setSelectedLabelFont(inPixels(axis->selectedLabelFont()));
            axis->setSelectedTickLabelFont(inPixels(axis->selectedTickLabelFont()));
        }
    }
    const QList<QCPLegend *> legends = plot->findChildren<QCPLegend *>();
    for (QCPLegend *legend : legends) {
        legend->setFont(inPixels(legend->font()));
        legend->setSelectedFont(inPixels(legend->selectedFont()));
        for (int i = 0; i < legend->itemCount(); ++i) {
            QCPAbstractLegendItem *item = legend->item(i);
            if (!item) // an empty cell of a wrapped legend
                continue;
            item->setFont(inPixels(item->font()));
            item->setSelectedFont(inPixels(item->selectedFont()));
        }
    }
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
        if (auto *text = qobject_cast<QCPTextElement *>(element)) {
            text->setFont(inPixels(text->font()));
            text->setSelectedFont(inPixels(text->selectedFont()));
        }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i))) {
            text->setFont(inPixels(text->font()));
            text->setSelectedFont(inPixels(text->selectedFont()));
        }
    plot->setFont(inPixels(plot->font()));
}

std::unique_ptr<QCustomPlot> ReportCharts::create(ReportChart kind, const ReportChartData &data,
                                                  const QSize &size, int item)
{
    if (kind == ReportChart::IndicatorTrend) {
        // The indicator monitor's own chart (its labels follow the interface language).
        if (item < 0 || item >= data.indicators.size() || item >= data.indicatorFigures.size())
            return nullptr;
        auto chart = std::make_unique<IndicatorChart>();
        chart->setAttribute(Qt::WA_DontShowOnScreen);
        chart->resize(size);
        chart->setIndicator(&data.indicators.at(item), &data.indicatorFigures.at(item));
        chart->yAxis->scaleRange(1.25); // room for the value labels above the top point
        for (QCPAxis *axis : chart->axisRect()->axes()) {
            axis->setLabelFont(chartFont(7.5));
            axis->setTickLabelFont(chartFont(7));
        }
        chart->legend->setFont(chartFont(7));
        for (int i = 0; i < chart->legend->itemCount(); ++i)
            if (QCPAbstractLegendItem *entry = chart->legend->item(i))
                entry->setFont(chartFont(7));
        return chart;
    }
    std::unique_ptr<QCustomPlot> plot = basePlot(size);
    switch (kind) {
    case ReportChart::GoalCoverage:
        goalCoverage(plot.get(), data);
        break;
    case ReportChart::Ranking:
        ranking(plot.get(), data);
        break;
    case ReportChart::BottleneckStatus:
        bottlenecks(plot.get(), data);
        break;
    case ReportChart::IndicatorTrend:
        break;
    }
    return plot;
}
