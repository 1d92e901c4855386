#include "DashboardChart.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QResizeEvent>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolTip>
#include <cmath>

namespace {

constexpr int ClickSlop = 4; // pixels the mouse may move and still click

} // namespace

DashboardChart::DashboardChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setAttribute(Qt::WA_Hover);
    setMouseTracking(true);
    setMinimumSize(260, 200);
    setNoAntialiasingOnDrag(true);
    QFont titleFont = font();
    titleFont.setBold(true);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), titleFont);
    plotLayout()->addElement(0, 0, m_title);
    // The legend goes in a row of its own under the plot, wrapping after four entries.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(2, 0, legend);
    plotLayout()->setRowStretchFactor(2, 0.001);
    plotLayout()->setRowSpacing(2);
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(4);
    legend->setFont(smallFont());
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(2, 0, 2, 2));
    xAxis->setTickLabelFont(smallFont());
    yAxis->setTickLabelFont(smallFont());
    yAxis2->setTickLabelFont(smallFont());
}

void DashboardChart::resetView()
{
    // Charts that neither zoom nor pan keep the ranges their last update set.
    replot();
}

QFont DashboardChart::smallFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
    return f;
}

QColor DashboardChart::baseColor()
{
    return QColor(0x4c, 0x78, 0xa8);
}

QColor DashboardChart::paleColor()
{
    return QColor(0xb8, 0xc9, 0xdc);
}

QColor DashboardChart::highlightColor()
{
    return QColor(0xe8, 0x71, 0x0a);
}

QColor DashboardChart::seriesColor(int index)
{
    // Tableau 10: distinct in print and for the common colour-vision deficiencies.
    static const QColor colors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                    QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
                                    QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                    QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
                                    QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return colors[std::abs(index) % 10];
}

void DashboardChart::beginUpdate(const QString &title, const QString &placeholder)
{
    clearPlottables();
    clearItems();
    m_title->setText(title);
    if (!placeholder.isEmpty()) {
        auto *text = new QCPItemText(this);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(placeholder);
        text->setColor(Qt::darkGray);
        text->setClipToAxisRect(false);
    }
}

int DashboardChart::categoryAt(double coord, int count)
{
    const int index = int(std::lround(coord));
    return index >= 0 && index < count && std::abs(coord - index) <= 0.5 ? index : -1;
}

QCPItemRect *DashboardChart::addOutline(double left, double top, double right, double bottom)
{
    auto *rect = new QCPItemRect(this);
    rect->topLeft->setCoords(left, top);
    rect->bottomRight->setCoords(right, bottom);
    rect->setPen(QPen(highlightColor(), 2.5));
    rect->setBrush(Qt::NoBrush);
    rect->setSelectable(false);
    return rect;
}

QCPItemRect *DashboardChart::addBand(double left, double right, const QColor &color)
{
    auto *rect = new QCPItemRect(this);
    rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    rect->topLeft->setCoords(left, 0);
    rect->bottomRight->setCoords(right, 1);
    rect->setPen(Qt::NoPen);
    rect->setBrush(color);
    rect->setSelectable(false);
    rect->setLayer(QStringLiteral("background"));
    return rect;
}

void DashboardChart::setLegendVisible(bool visible)
{
    legend->setVisible(visible);
}

void DashboardChart::finishUpdate()
{
    fitLegend();
    replot();
}

void DashboardChart::fitLegend()
{
    const QFontMetrics metrics(legend->font());
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
    }
    // Icon, its padding and the item's margins around the text.
    const int itemWidth =
        widest * 115 / 100 + legend->iconSize().width() + legend->iconTextPadding() + 24;
    const int columns = std::max(1, (std::max(width(), 300) - 20) / itemWidth);
    if (legend->wrap() != columns)
        legend->setWrap(columns);
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    fitLegend(); // before the base class replots for the new size
    QCustomPlot::resizeEvent(event);
}

void DashboardChart::useCountTicks(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
}

bool DashboardChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

void DashboardChart::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPos = event->pos();
    QCustomPlot::mousePressEvent(event);
}

void DashboardChart::mouseReleaseEvent(QMouseEvent *event)
{
    QCustomPlot::mouseReleaseEvent(event);
    if (m_pressed && event->button() == Qt::LeftButton &&
        (event->pos() - m_pressPos).manhattanLength() <= ClickSlop)
        clickAt(event->position(), event->modifiers() & Qt::ControlModifier);
    m_pressed = false;
}

void DashboardChart::addMenuActions(QMenu *) {}

void DashboardChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    addMenuActions(&menu);
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("&Copy Chart"), this, &DashboardChart::copyToClipboard);
    menu.addAction(tr("Save as &PNG…"), this, &DashboardChart::saveAsPng);
    menu.addAction(tr("Save as P&DF…"), this, &DashboardChart::saveAsPdf);
    menu.addSeparator();
    menu.addAction(tr("&Reset View"), this, &DashboardChart::resetView);
    menu.exec(event->globalPos());
}

QImage DashboardChart::renderImage(int dpi, QSize size)
{
    if (!size.isValid() || size.isEmpty())
        size = isVisible() ? this->size() : QSize(800, 500);
    const double scale = std::clamp(dpi, 48, 1200) / 96.0;
    QImage image = toPixmap(size.width(), size.height(), scale).toImage();
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

void DashboardChart::copyToClipboard()
{
    QApplication::clipboard()->setImage(renderImage(192));
}

bool DashboardChart::savePngFile(const QString &path, int dpi, QString *error, QSize size)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!renderImage(dpi, size).save(&file, "PNG")) {
        *error = file.error() != QFileDevice::NoError ? file.errorString()
                                                      : tr("The image could not be written.");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DashboardChart::savePdfFile(const QString &path, QString *error, QSize size)
{
    if (!size.isValid() || size.isEmpty())
        size = isVisible() ? this->size() : QSize(800, 500);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        // One page the size of the chart: 96 logical pixels to the inch, drawn as vectors.
        QPdfWriter writer(&file);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(chartTitle());
        writer.setResolution(96);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        QCPPainter painter(&writer);
        if (!painter.isActive()) {
            *error = tr("The PDF could not be started.");
            file.cancelWriting();
            return false;
        }
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        toPainter(&painter, size.width(), size.height());
        painter.end();
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

namespace {

QString suggestedPath(const QString &title, const QString &suffix)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return dir + QLatin1Char('/') + name + suffix;
}

} // namespace

void DashboardChart::saveAsPng()
{
    bool ok = false;
    const int dpi = QInputDialog::getInt(this, tr("Save Chart as PNG"),
                                         tr("Resolution (dots per inch):"), 300, 72, 1200, 1, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart as PNG"), suggestedPath(chartTitle(), QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePngFile(path, dpi, &error))
        QMessageBox::warning(this, tr("Save Chart"),
                             tr("The chart could not be saved to %1: %2").arg(path, error));
}

void DashboardChart::saveAsPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart as PDF"), suggestedPath(chartTitle(), QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdfFile(path, &error))
        QMessageBox::warning(this, tr("Save Chart"),
                             tr("The chart could not be saved to %1: %2").arg(path, error));
}
