#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QVector>
#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QPrinter;

// Lays a ReportDocument out on A4 pages and paints them on a QPdfWriter or a QPrinter.
// Our own pagination rather than QTextDocument's, for what a printout needs: a header
// (project, report) and a footer (date, "page x of y", draft mark) on every page, table
// header rows repeated on every page a table spans, rows too tall for a page split
// between lines, a heading never last on a page, and a table of contents with the pages
// the headings landed on. Layout first (a display list per page), then painting, so the
// page count and the contents' page numbers are known before anything is drawn. All text
// is drawn as plain text in Noto Sans CJK, which has every glyph both languages need.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Called with (done, total) during layout and painting; false cancels.
    using Progress = std::function<bool(int, int)>;

    explicit ReportRenderer(const ReportDocument &document);
    ~ReportRenderer();

    // A4 portrait with the report's margins.
    static void setupPage(QPagedPaintDevice *device);

    // Lays out for `device` (its resolution and paint rectangle) and paints every page.
    // False when cancelled or when the device cannot be painted on.
    bool render(QPagedPaintDevice *device, const Progress &progress = {});
    // Pages of the last render() or layout().
    int pageCount() const { return int(m_pages.size()); }
    // Layout only (for tests and the page count).
    bool layout(const QPaintDevice *device, double width, double height,
                const Progress &progress = {});
    // The page each heading block landed on (1-based), by block index; 0 if none.
    int pageOfBlock(int block) const { return m_blockPage.value(block); }
    bool wasCancelled() const { return m_cancelled; }

    // Writes a PDF through QSaveFile: nothing is left at `path` unless it succeeded.
    static bool writePdf(const ReportDocument &document, const QString &path, QString *error,
                         const Progress &progress = {}, int *pages = nullptr);

    static QString fontFamily();

private:
    enum Font
    {
        Body,
        BodyGrey,
        Cell,
        CellBold,
        H1,
        H2,
        H3,
        Title,
        Subtitle,
        Furniture,
        FontCount
    };
    struct Op
    {
        enum Type
        {
            Text,
            Fill,
            Rule,
            Chart,
            ContentsEntry
        };
        Type type = Text;
        Font font = Body;
        QPointF pos; // text baseline start
        QString text;
        QRectF rect; // fills, rules (a line from top-left to bottom-right), charts, entries
        int colour = 0;
        int target = -1; // contents entry: block index of the heading; chart: its kind
        int item = 0;    // chart: which indicator
    };
    struct Page
    {
        QVector<Op> ops;
    };
    struct TableCell
    {
        QStringList lines;
        bool right = false;
    };

    void newPage();
    bool fits(double h) const { return m_y + h <= m_bottom + 0.01; }
    QStringList breakLines(const QString &text, Font font, double width) const;
    double lineHeight(Font font) const;
    double ascent(Font font) const;
    void addText(Font font, double x, double baseline, const QString &text, int colour = 0);
    double needAfterHeading(int block) const;
    double tableStartHeight(const ReportBlock &table) const;

    void layTitle(const ReportBlock &block);
    void layHeading(int index, const ReportBlock &block);
    void layParagraph(const ReportBlock &block);
    void layTable(const ReportBlock &block);
    void layChart(const ReportBlock &block);
    void layContents();

    QVector<double> columnEdges(const ReportBlock &table) const;
    QList<TableCell> cells(const ReportBlock &table, const QStringList &row, Font font) const;
    double rowHeight(const QList<TableCell> &row, Font font) const;
    void layRow(const ReportBlock &table, QList<TableCell> &row, Font font, bool header,
                bool shaded, int maxLines);

    void paintPage(QPainter &painter, int index);
    void paintChart(QPainter &painter, const Op &op);

    const ReportDocument &m_doc;
    const QPaintDevice *m_device = nullptr;
    QFont m_fonts[FontCount];
    double m_dpi = 72;
    double m_width = 0;
    double m_height = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_y = 0;
    bool m_pageEmpty = true;
    bool m_cancelled = false;
    QVector<Page> m_pages;
    QHash<int, int> m_blockPage;
    QList<int> m_contentsHeadings;
};
