#include "IndicatorChart.h"

#include "domain/Indicator.h"
#include "itemmodels/IndicatorTableModel.h"
#include "scoring/IndicatorFigures.h"

#include <QDate>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Year ticks in the middle of each year, where a year's observation is drawn (a period is
// placed at its midpoint: "2022" at 2022.5), labelled with the year.
class YearTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        for (const double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
            if (range.size() / step <= 12)
                return step;
        }
        return 200;
    }
    int getSubTickCount(double) override { return 0; }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return QString::number(int(std::floor(tick)));
    }
    QVector<double> createTickVector(double step, const QCPRange &range) override
    {
        QVector<double> ticks;
        for (double t = std::ceil((range.lower - 0.5) / step) * step + 0.5; t <= range.upper;
             t += step)
            ticks << t;
        return ticks;
    }
};

// Strong colours for the chart; the table uses IndicatorTableModel::statusColor's pale ones.
QColor markerColor(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::OnTrack:
        return QColor(0x2e, 0x8b, 0x3a);
    case IndicatorStatus::AtRisk:
        return QColor(0xd9, 0x8c, 0x00);
    case IndicatorStatus::OffTrack:
        return QColor(0xc6, 0x28, 0x28);
    case IndicatorStatus::NoData:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QString number(double value)
{
    return IndicatorTableModel::formatNumber(value);
}

} // namespace

IndicatorChart::IndicatorChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumHeight(200);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setAccessibleName(tr("Trend chart"));
    xAxis->setTicker(QSharedPointer<YearTicker>::create());
    xAxis->setLabel(tr("Period"));
    yAxis->setNumberFormat(QStringLiteral("g"));
    yAxis->setNumberPrecision(10); // 1180000, not 1.18e+06
    auto *legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    legend->setBorderPen(Qt::NoPen);
    plotLayout()->setRowStretchFactor(1, 0.001);
}

void IndicatorChart::setIndicator(const Indicator *indicator, const IndicatorFigures *f)
{
    clearGraphs();
    clearItems();
    m_observationGraph = nullptr;
    const bool reversed = indicator && !indicator->higherIsBetter;
    yAxis->setRangeReversed(reversed);
    yAxis->setLabel(indicator ? indicator->unit() : QString());
    legend->setVisible(indicator != nullptr);
    // What a screen reader says instead of the picture: whose trend, and its values.
    setAccessibleName(indicator ? tr("Trend chart of %1").arg(indicator->name())
                                : tr("Trend chart"));
    QStringList values;
    if (indicator) {
        for (const IndicatorPoint &p : f->observations)
            values << tr("%1: %2").arg(p.period, number(p.value));
    }
    setAccessibleDescription(
        !indicator ? QString()
        : values.isEmpty()
            ? tr("No observations yet.")
            : tr("Observed (%1): %2").arg(indicator->unit(), values.join(QStringLiteral("; "))));

    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin;
    double yMin = xMin, yMax = -xMin;
    auto include = [&](double x, double y) {
        xMin = std::min(xMin, x);
        xMax = std::max(xMax, x);
        yMin = std::min(yMin, y);
        yMax = std::max(yMax, y);
    };
    auto addText = [&](double x, double y, const QString &text, const QColor &color) {
        auto *item = new QCPItemText(this);
        item->position->setCoords(x, y);
        item->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        item->setPadding(QMargins(6, 0, 0, 2));
        item->setColor(color);
        item->setText(text); // drawn as plain text
        return item;
    };

    if (indicator) {
        QVector<double> xs, ys;
        for (const IndicatorPoint &p : f->observations) {
            if (const std::optional<double> x = IndicatorMath::periodPosition(p.period)) {
                xs << *x;
                ys << p.value;
                include(*x, p.value);
            }
        }
        const QColor blue(0x1f, 0x5f, 0xa8);
        m_observationGraph = addGraph();
        m_observationGraph->setName(tr("Observed"));
        m_observationGraph->setPen(QPen(blue, 2));
        m_observationGraph->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(blue, 1.5), Qt::white, 7));
        m_observationGraph->setData(xs, ys, true);

        const std::optional<double> latestX =
            f->latest ? IndicatorMath::periodPosition(f->latest->period) : std::nullopt;
        if (latestX) {
            QCPGraph *latest = addGraph();
            latest->setName(tr("Latest: %1").arg(IndicatorMath::statusName(f->status)));
            latest->setLineStyle(QCPGraph::lsNone);
            // A circle: a disc takes its fill from the pen.
            latest->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.5),
                                                    markerColor(f->status), 13));
            latest->setData({*latestX}, {f->latest->value});
            addText(*latestX, f->latest->value, number(f->latest->value),
                    markerColor(f->status).darker(120));
        }

        const QColor purple(0x6a, 0x3d, 0x9a);
        QVector<double> tx, ty;
        for (const IndicatorTarget &t : indicator->targets) {
            if (const std::optional<double> x = IndicatorMath::periodDue(t.period)) {
                tx << *x;
                ty << t.value;
                include(*x, t.value);
                addText(*x, t.value, tr("target %1").arg(number(t.value)), purple);
            }
        }
        const std::optional<double> baseX =
            f->baseline ? IndicatorMath::periodPosition(f->baseline->period) : std::nullopt;
        const std::optional<double> dueX =
            f->target ? IndicatorMath::periodDue(f->target->period) : std::nullopt;
        if (baseX && dueX) {
            // The straight path from the baseline to the target: above it is ahead of time.
            QCPGraph *path = addGraph();
            path->setName(tr("Path to target"));
            path->setPen(QPen(purple, 1.5, Qt::DashLine));
            path->setData({*baseX, *dueX}, {f->baseline->value, f->target->value});
        }
        if (!tx.isEmpty()) {
            QCPGraph *targets = addGraph();
            targets->setName(tr("Target"));
            targets->setLineStyle(QCPGraph::lsNone);
            targets->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssStar, QPen(purple, 2), Qt::NoBrush, 12));
            targets->setData(tx, ty);
        }

        // Benchmarks: distinct marker per benchmark; those without a readable period as a
        // reference line across the chart.
        const QList<QCPScatterStyle::ScatterShape> shapes{
            QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssSquare,
            QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossSquare};
        const QList<QColor> colors{QColor(0xc2, 0x5b, 0x00), QColor(0x00, 0x80, 0x80),
                                   QColor(0x8b, 0x45, 0x13), QColor(0xb0, 0x30, 0x60),
                                   QColor(0x55, 0x6b, 0x2f)};
        QList<const Benchmark *> lines;
        for (int i = 0; i < indicator->benchmarks.size(); ++i) {
            const Benchmark &b = indicator->benchmarks.at(i);
            const std::optional<double> x = IndicatorMath::periodPosition(b.period);
            if (!x) {
                lines << &b;
                yMin = std::min(yMin, b.value);
                yMax = std::max(yMax, b.value);
                continue;
            }
            const QColor color = colors.at(i % colors.size());
            const QString name =
                b.period.isEmpty() ? b.label : QStringLiteral("%1 %2").arg(b.label, b.period);
            QCPGraph *g = addGraph();
            g->setName(name);
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(
                QCPScatterStyle(shapes.at(i % shapes.size()), QPen(color, 2), Qt::NoBrush, 10));
            g->setData({*x}, {b.value});
            include(*x, b.value);
            addText(*x, b.value, b.label, color);
        }
        if (!std::isfinite(xMin)) { // nothing placed in time
            const double year = QDate::currentDate().year();
            xMin = year - 5;
            xMax = year + 1;
        }
        xMin -= 0.8;
        xMax += 1.2; // room for the labels right of the points
        // Labels near the right edge go left of their point, so they are not cut off.
        for (int i = 0; i < itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(item(i));
            if (text && text->position->coords().x() > xMin + 0.75 * (xMax - xMin)) {
                text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
                text->setPadding(QMargins(0, 0, 6, 2));
            }
        }
        for (const Benchmark *b : std::as_const(lines)) {
            QCPGraph *g = addGraph();
            g->setName(tr("%1 (no period)").arg(b->label));
            g->setPen(QPen(QColor(0x70, 0x70, 0x70), 1.2, Qt::DotLine));
            g->setData({xMin, xMax}, {b->value, b->value});
            addText(xMin, b->value, b->label, QColor(0x50, 0x50, 0x50));
        }
        if (xs.isEmpty()) {
            auto *empty = new QCPItemText(this);
            empty->position->setType(QCPItemPosition::ptAxisRectRatio);
            empty->position->setCoords(0.5, 0.5);
            empty->setText(tr("No observations with a period read as a year."));
            empty->setColor(QColor(0x70, 0x70, 0x70));
        }
    }
    if (!std::isfinite(yMin)) {
        yMin = 0;
        yMax = 1;
    }
    const double span = yMax - yMin;
    const double pad = span > 0 ? span * 0.12 : std::max(std::abs(yMax) * 0.1, 1.0);
    double lower = yMin - pad;
    if (yMin >= 0 && lower < 0) // counts and ranks: no negative axis
        lower = 0;
    if (!std::isfinite(xMin)) {
        const double year = QDate::currentDate().year();
        xMin = year - 5;
        xMax = year + 1;
    }
    m_home[0] = xMin;
    m_home[1] = xMax;
    m_home[2] = lower;
    m_home[3] = yMax + pad;
    resetView();
}

QColor IndicatorChart::statusColor(IndicatorStatus status)
{
    return markerColor(status);
}

void IndicatorChart::resetView()
{
    xAxis->setRange(m_home[0], m_home[1]);
    yAxis->setRange(m_home[2], m_home[3]);
    replot();
}
