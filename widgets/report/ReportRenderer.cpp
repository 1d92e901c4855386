#include "ReportRenderer.h"

#include "ReportCharts.h"
#include "charts/QCustomPlot.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>
#include <climits>
#include <cmath>

namespace {

enum Colour
{
    Ink,
    Grey,
    HeaderFill,
    Zebra,
    RuleColour,
    Accent,
    DraftRed
};

QColor colour(int c)
{
    switch (c) {
    case Grey:
        return QColor(0x55, 0x5b, 0x63);
    case HeaderFill:
        return QColor(0xdf, 0xe7, 0xf0);
    case Zebra:
        return QColor(0xf4, 0xf6, 0xf9);
    case RuleColour:
        return QColor(0xa0, 0xaa, 0xb6);
    case Accent:
        return QColor(0x1f, 0x4e, 0x79);
    case DraftRed:
        return QColor(0xc0, 0x39, 0x2b);
    default:
        return QColor(0x1a, 0x1a, 0x1a);
    }
}

constexpr double MarginSide = 18; // millimetres
constexpr double MarginTopBottom = 12;

} // namespace

ReportRenderer::ReportRenderer(const ReportDocument &document)
    : m_doc(document)
{}

ReportRenderer::~ReportRenderer() = default;

QString ReportRenderer::fontFamily()
{
    return QStringLiteral("Noto Sans CJK SC");
}

void ReportRenderer::setupPage(QPagedPaintDevice *device)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(MarginSide, MarginTopBottom, MarginSide, MarginTopBottom),
                    QPageLayout::Millimeter));
}

// ---- layout ------------------------------------------------------------------------------

bool ReportRenderer::layout(const QPaintDevice *device, double width, double height,
                            const Progress &progress)
{
    m_device = device;
    m_dpi = device->logicalDpiY();
    m_width = width;
    m_height = height;
    const auto mm = [this](double v) { return v * m_dpi / 25.4; };
    m_top = mm(12);
    m_bottom = m_height - mm(10);
    m_pages.clear();
    m_blockPage.clear();
    m_contentsHeadings.clear();
    m_cancelled = false;

    const QString family = fontFamily();
    const auto font = [&family](double size, QFont::Weight weight) {
        QFont f(family);
        f.setPointSizeF(size);
        f.setWeight(weight);
        // No OpenType shaping for Latin: Noto CJK substitutes its digits in Latin runs with
        // glyphs outside the cmap, and Qt's PDF text map (glyph → character through the
        // cmap) then loses them: "Page 1 of 4" would copy and search as "Page of".
        f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        return f;
    };
    m_fonts[Body] = font(9.5, QFont::Normal);
    m_fonts[BodyGrey] = font(9, QFont::Normal);
    m_fonts[Cell] = font(8, QFont::Normal);
    m_fonts[CellBold] = font(8, QFont::Bold);
    m_fonts[H1] = font(14, QFont::Bold);
    m_fonts[H2] = font(11, QFont::Bold);
    m_fonts[H3] = font(9.5, QFont::Bold);
    m_fonts[Title] = font(22, QFont::Bold);
    m_fonts[Subtitle] = font(13, QFont::Normal);
    m_fonts[Furniture] = font(7.5, QFont::Normal);

    for (int i = 0; i < m_doc.blocks.size(); ++i)
        if (m_doc.blocks.at(i).kind == ReportBlock::Kind::Heading && m_doc.blocks.at(i).inContents)
            m_contentsHeadings << i;

    newPage();
    const int total = int(m_doc.blocks.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 20 == 0 && !progress(i, total * 2)) {
            m_cancelled = true;
            return false;
        }
        const ReportBlock &block = m_doc.blocks.at(i);
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            layTitle(block);
            break;
        case ReportBlock::Kind::Heading:
            layHeading(i, block);
            break;
        case ReportBlock::Kind::Paragraph:
            layParagraph(block);
            break;
        case ReportBlock::Kind::Table:
            layTable(block);
            break;
        case ReportBlock::Kind::Chart:
            layChart(block);
            break;
        case ReportBlock::Kind::Contents:
            layContents();
            break;
        case ReportBlock::Kind::PageBreak:
            if (!m_pageEmpty)
                newPage();
            break;
        }
    }
    // A trailing page break leaves an empty last page.
    if (m_pageEmpty && m_pages.size() > 1)
        m_pages.removeLast();
    return true;
}

void ReportRenderer::newPage()
{
    m_pages.append(Page());
    m_y = m_top;
    m_pageEmpty = true;
}

double ReportRenderer::lineHeight(Font font) const
{
    const QFontMetricsF fm(m_fonts[font], const_cast<QPaintDevice *>(m_device));
    return fm.height() * (font == Cell || font == CellBold ? 1.08 : 1.2);
}

double ReportRenderer::ascent(Font font) const
{
    const QFontMetricsF fm(m_fonts[font], const_cast<QPaintDevice *>(m_device));
    return fm.ascent() + (lineHeight(font) - fm.height()) / 2;
}

QStringList ReportRenderer::breakLines(const QString &text, Font font, double width) const
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (QString paragraph : paragraphs) {
        paragraph.replace(QLatin1Char('\t'), QLatin1Char(' '));
        if (paragraph.endsWith(QLatin1Char('\r')))
            paragraph.chop(1);
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, m_fonts[font], const_cast<QPaintDevice *>(m_device));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            // Trailing spaces only: leading ones are deliberate (indented rows).
            QString text = paragraph.mid(line.textStart(), line.textLength());
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            lines << text;
        }
        layout.endLayout();
    }
    return lines;
}

void ReportRenderer::addText(Font font, double x, double baseline, const QString &text,
                             int colourIndex)
{
    Op op;
    op.type = Op::Text;
    op.font = font;
    op.pos = QPointF(x, baseline);
    op.text = text;
    op.colour = colourIndex;
    m_pages.last().ops.append(op);
    m_pageEmpty = false;
}

void ReportRenderer::layTitle(const ReportBlock &block)
{
    const double mm = m_dpi / 25.4;
    // The dossier's cover puts the title a third down the page; the summary starts at once.
    if (block.emphasis)
        m_y = m_top + (m_bottom - m_top) / 3;
    Op bar;
    bar.type = Op::Fill;
    bar.rect = QRectF(0, m_y, m_width, 1.6 * mm);
    bar.colour = Accent;
    m_pages.last().ops.append(bar);
    m_y += 5 * mm;
    for (const QString &line : breakLines(block.text, Title, m_width)) {
        addText(Title, 0, m_y + ascent(Title), line, Accent);
        m_y += lineHeight(Title);
    }
    m_y += 2 * mm;
    bool first = true;
    for (const QString &text : block.lines) {
        const Font f = first ? Subtitle : BodyGrey;
        for (const QString &line : breakLines(text, f, m_width)) {
            addText(f, 0, m_y + ascent(f), line, first ? Ink : Grey);
            m_y += lineHeight(f);
        }
        if (first)
            m_y += 1.5 * mm;
        first = false;
    }
    m_y += 5 * mm;
}

double ReportRenderer::tableStartHeight(const ReportBlock &table) const
{
    const double h = rowHeight(cells(table, table.header, CellBold), CellBold);
    if (table.rows.isEmpty())
        return h;
    const double first = rowHeight(cells(table, table.rows.first(), Cell), Cell);
    return h + std::min(first, 3 * lineHeight(Cell) + m_dpi / 25.4 * 2.4);
}

// The space the block after a heading needs on the same page: its first lines, a table's
// header and first row, a whole chart, or another heading and what follows it.
double ReportRenderer::needAfterHeading(int block) const
{
    if (block >= m_doc.blocks.size())
        return 0;
    const ReportBlock &next = m_doc.blocks.at(block);
    switch (next.kind) {
    case ReportBlock::Kind::Paragraph:
        return std::min<double>(2, breakLines(next.text, Body, m_width).size()) * lineHeight(Body);
    case ReportBlock::Kind::Table:
        return tableStartHeight(next);
    case ReportBlock::Kind::Chart:
        return next.height * m_dpi / 25.4;
    case ReportBlock::Kind::Heading:
        return lineHeight(next.level <= 1 ? H1 : (next.level == 2 ? H2 : H3)) +
               needAfterHeading(block + 1);
    default:
        return 0;
    }
}

void ReportRenderer::layHeading(int index, const ReportBlock &block)
{
    const double mm = m_dpi / 25.4;
    const Font font = block.level <= 1 ? H1 : (block.level == 2 ? H2 : H3);
    const QStringList lines = breakLines(block.text, font, m_width);
    const double before =
        m_pageEmpty ? 0 : (block.level <= 1 ? 6 : (block.level == 2 ? 4 : 2)) * mm;
    const double own = lines.size() * lineHeight(font) + (block.level <= 1 ? 3 : 1.5) * mm;
    if (!m_pageEmpty && !fits(before + own + needAfterHeading(index + 1)))
        newPage();
    else
        m_y += before;
    m_blockPage.insert(index, int(m_pages.size()));
    for (const QString &line : lines) {
        addText(font, 0, m_y + ascent(font), line, block.level >= 3 ? Ink : Accent);
        m_y += lineHeight(font);
    }
    if (block.level <= 1) {
        Op rule;
        rule.type = Op::Rule;
        rule.rect = QRectF(QPointF(0, m_y + 0.5 * mm), QPointF(m_width, m_y + 0.5 * mm));
        rule.colour = Accent;
        m_pages.last().ops.append(rule);
        m_y += 3 * mm;
    } else {
        m_y += 1.5 * mm;
    }
}

void ReportRenderer::layParagraph(const ReportBlock &block)
{
    const double mm = m_dpi / 25.4;
    const Font font = block.emphasis ? BodyGrey : Body;
    for (const QString &line : breakLines(block.text, font, m_width)) {
        if (!fits(lineHeight(font)))
            newPage();
        addText(font, 0, m_y + ascent(font), line, block.emphasis ? Grey : Ink);
        m_y += lineHeight(font);
    }
    m_y += 2.5 * mm;
}

QVector<double> ReportRenderer::columnEdges(const ReportBlock &table) const
{
    const int n = int(table.header.size());
    QVector<double> widths = table.widths;
    widths.resize(n);
    double sum = 0;
    for (double &w : widths) {
        if (w <= 0)
            w = 1;
        sum += w;
    }
    QVector<double> edges{0};
    for (double w : widths)
        edges << edges.last() + w / sum * m_width;
    return edges;
}

QList<ReportRenderer::TableCell> ReportRenderer::cells(const ReportBlock &table,
                                                       const QStringList &row, Font font) const
{
    const double pad = 1.5 * m_dpi / 25.4;
    const QVector<double> edges = columnEdges(table);
    QList<TableCell> result;
    for (int c = 0; c + 1 < edges.size(); ++c) {
        TableCell cell;
        cell.lines = breakLines(row.value(c), font, edges.at(c + 1) - edges.at(c) - 2 * pad);
        cell.right = c < table.numeric.size() && table.numeric.at(c);
        result << cell;
    }
    return result;
}

double ReportRenderer::rowHeight(const QList<TableCell> &row, Font font) const
{
    qsizetype lines = 1;
    for (const TableCell &c : row)
        lines = std::max(lines, c.lines.size());
    return double(lines) * lineHeight(font) + 2.4 * m_dpi / 25.4;
}

// Lays out a row, or its first `maxLines` lines (removing them from `row`).
void ReportRenderer::layRow(const ReportBlock &table, QList<TableCell> &row, Font font, bool header,
                            bool shaded, int maxLines)
{
    const double mm = m_dpi / 25.4;
    const double pad = 1.5 * mm;
    const QVector<double> edges = columnEdges(table);
    qsizetype lines = 1;
    for (const TableCell &c : row)
        lines = std::max(lines, c.lines.size());
    const int shown = int(std::min<qsizetype>(lines, maxLines));
    const double h = shown * lineHeight(font) + 2.4 * mm;
    if (header || shaded) {
        Op fill;
        fill.type = Op::Fill;
        fill.rect = QRectF(0, m_y, m_width, h);
        fill.colour = header ? HeaderFill : Zebra;
        m_pages.last().ops.append(fill);
    }
    const QFontMetricsF fm(m_fonts[font], const_cast<QPaintDevice *>(m_device));
    for (int c = 0; c < row.size(); ++c) {
        TableCell &cell = row[c];
        const double left = edges.at(c) + pad;
        const double right = edges.at(c + 1) - pad;
        for (int l = 0; l < shown && l < cell.lines.size(); ++l) {
            const QString &text = cell.lines.at(l);
            const double x = cell.right ? right - fm.horizontalAdvance(text) : left;
            addText(font, x, m_y + 1.2 * mm + l * lineHeight(font) + ascent(font), text,
                    header ? Accent : Ink);
        }
        cell.lines = cell.lines.mid(shown);
    }
    m_y += h;
    Op rule;
    rule.type = Op::Rule;
    rule.rect = QRectF(QPointF(0, m_y), QPointF(m_width, m_y));
    rule.colour = header ? Accent : RuleColour;
    m_pages.last().ops.append(rule);
    m_pageEmpty = false;
}

void ReportRenderer::layTable(const ReportBlock &table)
{
    const double mm = m_dpi / 25.4;
    if (!m_pageEmpty && !fits(tableStartHeight(table)))
        newPage();
    const QList<TableCell> headerCells = cells(table, table.header, CellBold);
    const double headerHeight = rowHeight(headerCells, CellBold);
    QList<TableCell> header = headerCells;
    layRow(table, header, CellBold, true, false, INT_MAX);
    const double line = lineHeight(Cell);
    for (int r = 0; r < table.rows.size(); ++r) {
        QList<TableCell> row = cells(table, table.rows.at(r), Cell);
        const bool shaded = r % 2 == 1;
        for (;;) {
            const double h = rowHeight(row, Cell);
            if (fits(h)) {
                layRow(table, row, Cell, false, shaded, INT_MAX);
                break;
            }
            // Split a row only when it is tall (it would leave a large gap or never fit)
            // and at least three of its lines fit here; otherwise start it on a new page.
            const int room = int((m_bottom - m_y - 2.4 * mm) / line);
            const double pageRoom = m_bottom - m_top - headerHeight;
            if ((h > pageRoom / 3 || h > pageRoom) && room >= 3) {
                layRow(table, row, Cell, false, shaded, room);
            }
            newPage();
            QList<TableCell> again = headerCells;
            layRow(table, again, CellBold, true, false, INT_MAX);
            // A row taller than a whole page goes on in pieces.
            if (rowHeight(row, Cell) > m_bottom - m_y) {
                layRow(table, row, Cell, false, shaded, int((m_bottom - m_y - 2.4 * mm) / line));
                continue;
            }
        }
    }
    m_y += 4 * mm;
}

void ReportRenderer::layChart(const ReportBlock &block)
{
    const double mm = m_dpi / 25.4;
    const double h = std::min(block.height * mm, m_bottom - m_top);
    if (!fits(h))
        newPage();
    Op op;
    op.type = Op::Chart;
    op.rect = QRectF(0, m_y, m_width, h);
    op.target = int(block.chart);
    op.item = block.chartItem;
    m_pages.last().ops.append(op);
    m_pageEmpty = false;
    m_y += h + 4 * mm;
}

void ReportRenderer::layContents()
{
    const double mm = m_dpi / 25.4;
    for (const QString &line : breakLines(m_doc.contentsTitle, H1, m_width)) {
        addText(H1, 0, m_y + ascent(H1), line, Accent);
        m_y += lineHeight(H1);
    }
    Op rule;
    rule.type = Op::Rule;
    rule.rect = QRectF(QPointF(0, m_y + 0.5 * mm), QPointF(m_width, m_y + 0.5 * mm));
    rule.colour = Accent;
    m_pages.last().ops.append(rule);
    m_y += 4 * mm;
    for (int index : m_contentsHeadings) {
        const ReportBlock &heading = m_doc.blocks.at(index);
        const bool top = heading.level <= 1;
        const Font font = top ? CellBold : Cell;
        const double h = lineHeight(Body) * (top ? 1.15 : 1.0);
        if (top && !m_pageEmpty)
            m_y += 1.5 * mm;
        if (!fits(h))
            newPage();
        Op entry;
        entry.type = Op::ContentsEntry;
        entry.font = font;
        entry.rect = QRectF(top ? 0 : 6 * mm, m_y, m_width - (top ? 0 : 6 * mm), h);
        entry.text = heading.text;
        entry.target = index;
        m_pages.last().ops.append(entry);
        m_pageEmpty = false;
        m_y += h;
    }
}

// ---- painting ----------------------------------------------------------------------------

bool ReportRenderer::render(QPagedPaintDevice *device, const Progress &progress)
{
    if (!layout(device, device->width(), device->height(), progress))
        return false;
    // A QCPPainter throughout, so charts can be painted with the same painter.
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    const int total = int(m_pages.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(int(m_doc.blocks.size()) + i * int(m_doc.blocks.size()) / total,
                                  int(m_doc.blocks.size()) * 2)) {
            m_cancelled = true;
            painter.end();
            return false;
        }
        if (i > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        paintPage(painter, i);
    }
    if (progress)
        progress(int(m_doc.blocks.size()) * 2, int(m_doc.blocks.size()) * 2);
    return painter.end();
}

void ReportRenderer::paintPage(QPainter &painter, int index)
{
    const double mm = m_dpi / 25.4;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    if (m_doc.draft) {
        painter.save();
        QFont big(fontFamily());
        big.setPointSizeF(90);
        big.setWeight(QFont::Bold);
        big.setStyleStrategy(m_fonts[Body].styleStrategy());
        painter.setFont(big);
        QColor c = colour(DraftRed);
        c.setAlpha(28);
        painter.setPen(c);
        painter.translate(m_width / 2, m_height / 2);
        painter.rotate(-40);
        const QFontMetricsF fm(big, painter.device());
        const double w = fm.horizontalAdvance(m_doc.draftLabel);
        painter.drawText(QPointF(-w / 2, fm.ascent() / 3), m_doc.draftLabel);
        painter.restore();
    }

    // Header: project name left, report title right, a rule below.
    const QFont &furniture = m_fonts[Furniture];
    painter.setFont(furniture);
    painter.setPen(colour(Grey));
    const QFontMetricsF fm(furniture, painter.device());
    const double titleWidth = fm.horizontalAdvance(m_doc.title);
    const QString project =
        fm.elidedText(m_doc.projectName, Qt::ElideRight, m_width - titleWidth - 8 * mm);
    painter.drawText(QPointF(0, 5 * mm), project);
    painter.drawText(QPointF(m_width - titleWidth, 5 * mm), m_doc.title);
    painter.setPen(QPen(colour(RuleColour), 0.25 * mm));
    painter.drawLine(QPointF(0, 7 * mm), QPointF(m_width, 7 * mm));

    // Footer: date left, draft mark in the middle, page x of y right.
    const double footerRule = m_height - 6.5 * mm;
    painter.drawLine(QPointF(0, footerRule), QPointF(m_width, footerRule));
    painter.setPen(colour(Grey));
    const double baseline = m_height - 2.5 * mm;
    painter.drawText(QPointF(0, baseline), m_doc.dateLine);
    const QString pageText = m_doc.pageLabel.arg(index + 1).arg(m_pages.size());
    painter.drawText(QPointF(m_width - fm.horizontalAdvance(pageText), baseline), pageText);
    if (m_doc.draft) {
        painter.setPen(colour(DraftRed));
        painter.drawText(QPointF((m_width - fm.horizontalAdvance(m_doc.draftLabel)) / 2, baseline),
                         m_doc.draftLabel);
    }

    for (const Op &op : m_pages.at(index).ops) {
        switch (op.type) {
        case Op::Text:
            painter.setFont(m_fonts[op.font]);
            painter.setPen(colour(op.colour));
            painter.drawText(op.pos, op.text);
            break;
        case Op::Fill:
            painter.fillRect(op.rect, colour(op.colour));
            break;
        case Op::Rule:
            painter.setPen(QPen(colour(op.colour), (op.colour == Accent ? 0.35 : 0.15) * mm));
            painter.drawLine(op.rect.topLeft(), op.rect.bottomRight());
            break;
        case Op::Chart:
            paintChart(painter, op);
            break;
        case Op::ContentsEntry: {
            painter.setFont(m_fonts[op.font]);
            painter.setPen(colour(Ink));
            const QFontMetricsF em(m_fonts[op.font], painter.device());
            const QString number = QString::number(m_blockPage.value(op.target));
            const double numberWidth = em.horizontalAdvance(number);
            const double y =
                op.rect.top() + ascent(op.font) + (op.rect.height() - lineHeight(op.font)) / 2;
            const QString text =
                em.elidedText(op.text, Qt::ElideRight, op.rect.width() - numberWidth - 12 * mm);
            painter.drawText(QPointF(op.rect.left(), y), text);
            painter.drawText(QPointF(op.rect.right() - numberWidth, y), number);
            // Dotted leader between the text and the page number.
            painter.setPen(QPen(colour(RuleColour), 0.2 * mm, Qt::DotLine));
            const double from = op.rect.left() + em.horizontalAdvance(text) + 2 * mm;
            const double to = op.rect.right() - numberWidth - 2 * mm;
            if (to > from)
                painter.drawLine(QPointF(from, y), QPointF(to, y));
            break;
        }
        }
    }
}

void ReportRenderer::paintChart(QPainter &painter, const Op &op)
{
    // QCustomPlot lays a chart out in screen pixels (96 per inch). The painter is scaled from
    // that to the device, pens become non-cosmetic so they scale too, and fonts are given in
    // pixels (ReportCharts::prepareForPrinting) so they scale with everything else instead of
    // being resolved at the device's resolution. Everything stays vector.
    constexpr double ChartDpi = 96;
    const double scale = m_dpi / ChartDpi;
    const QSize size(int(op.rect.width() / scale), int(op.rect.height() / scale));
    const std::unique_ptr<QCustomPlot> plot =
        ReportCharts::create(ReportChart(op.target), m_doc.charts, size, op.item);
    if (!plot)
        return;
    ReportCharts::prepareForPrinting(plot.get());
    auto &chartPainter = static_cast<QCPPainter &>(painter);
    chartPainter.save();
    chartPainter.translate(op.rect.topLeft());
    chartPainter.scale(scale, scale);
    chartPainter.setClipRect(QRect(QPoint(0, 0), size));
    chartPainter.setMode(QCPPainter::pmVectorized);
    chartPainter.setMode(QCPPainter::pmNonCosmetic);
    plot->toPainter(&chartPainter, size.width(), size.height());
    chartPainter.setMode(QCPPainter::pmVectorized, false);
    chartPainter.setMode(QCPPainter::pmNonCosmetic, false);
    chartPainter.restore();
}

bool ReportRenderer::writePdf(const ReportDocument &document, const QString &path, QString *error,
                              const Progress &progress, int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    ReportRenderer renderer(document);
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(document.projectName + QStringLiteral(" — ") + document.title);
        writer.setCreator(QStringLiteral("Policy Workbench"));
        setupPage(&writer);
        if (!renderer.render(&writer, progress)) {
            file.cancelWriting();
            *error = renderer.wasCancelled() ? QString() : tr("The report could not be drawn.");
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (pages)
        *pages = renderer.pageCount();
    return true;
}
