#pragma once

#include "charts/QCustomPlot.h"
#include "selection/Selection.h"

#include <QCoreApplication>

struct ChartContext;
class QMenu;

// What every dashboard chart shares (issue "Linked charts"): a title row, the plot, a
// legend row under it; a click (press and release without dragging) is turned into a
// selection pick, a hover into a tooltip with the exact value and the count behind it; and
// the context menu copies the chart, saves it as PNG at a chosen resolution or as vector
// PDF, and resets the view. Charts are drawn from a ChartContext and a SelectionState
// only, so a report can draw the same chart onto its own painter (QCustomPlot::toPainter).
class DashboardChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit DashboardChart(QWidget *parent = nullptr);

    // A short name for the dock, file names and the exported image.
    virtual QString chartTitle() const = 0;
    // Redraws from `context` and `selection`. `dataChanged` false: only the selection
    // changed, and charts may keep what depends on the data alone.
    virtual void updateChart(const ChartContext &context, const SelectionState &selection,
                             bool dataChanged) = 0;
    // Back to the whole data after zooming or panning.
    virtual void resetView();

    // Exports, written through QSaveFile: never a half-written file. `size` in logical
    // pixels (default: the widget's size, or 800 × 500 when hidden).
    bool savePngFile(const QString &path, int dpi, QString *error, QSize size = QSize());
    bool savePdfFile(const QString &path, QString *error, QSize size = QSize());
    QImage renderImage(int dpi, QSize size = QSize());
    void copyToClipboard();

    // The text the tooltip shows at `pos` (widget pixels); empty: none.
    virtual QString toolTipAt(const QPointF &pos) const = 0;

    QCPTextElement *titleElement() const { return m_title; }

signals:
    void picked(SelectionKind kind, const QString &id, bool additive);
    // Several items at once (a heatmap cell is a policy and a goal).
    void itemsPicked(const SelectionState &items, bool additive);
    void periodPicked(const PeriodRange &range, bool additive);

protected:
    // A click at `pos` (widget pixels); `additive` with Ctrl.
    virtual void clickAt(const QPointF &pos, bool additive) = 0;
    // Chart-specific entries of the context menu (sorting, mode).
    virtual void addMenuActions(QMenu *menu);

    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

    // Starts a redraw: removes plottables and items, sets the title and shows `placeholder`
    // in the middle of the plot when it is not empty.
    void beginUpdate(const QString &title, const QString &placeholder = QString());
    // Nearest integer category index for a key coordinate, or -1 outside [0, count).
    static int categoryAt(double coord, int count);
    // Outline rectangle around a data area, in plot coordinates, for highlights.
    QCPItemRect *addOutline(double left, double top, double right, double bottom);
    // A band across the whole value range from key `left` to `right` (period, selection).
    QCPItemRect *addBand(double left, double right, const QColor &color);
    void setLegendVisible(bool visible);
    // Fits the legend's columns to the width (no entry clipped), then replots. Charts end
    // their updates with it.
    void finishUpdate();
    void fitLegend();
    void resizeEvent(QResizeEvent *event) override;
    // Whole-number ticks for a count axis (or years).
    static void useCountTicks(QCPAxis *axis);

    static QColor baseColor();
    static QColor paleColor();
    static QColor highlightColor();
    static QColor seriesColor(int index);
    static QFont smallFont();

private:
    void saveAsPng();
    void saveAsPdf();

    QCPTextElement *m_title;
    QPoint m_pressPos;
    bool m_pressed = false;
};
