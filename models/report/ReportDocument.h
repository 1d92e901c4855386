#pragma once

#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// The charts a report can hold. ReportCharts (widgets) draws them from ReportChartData.
enum class ReportChart
{
    GoalCoverage,     // mean consensus per goal, bars coloured by dimension
    Ranking,          // rank with the current weights and the Monte Carlo 5–95 % interval
    BottleneckStatus, // unresolved and closed bottlenecks per category, stacked by status
    IndicatorTrend,   // one indicator's observations, targets and benchmarks (block's chartItem)
};

// The numbers and translated labels behind the charts, so the drawing code needs neither
// the project nor a translator.
struct ReportChartData
{
    // Goal coverage: one entry per goal, in framework order.
    QStringList goalCodes;
    QStringList goalDimensions;   // dimension code of each goal
    QStringList dimensionCodes;   // in framework order
    QStringList dimensionNames;   // legend
    QVector<double> goalCoverage; // mean consensus 0..4, NaN when no policy applies
    QString coverageAxis;         // "Mean consensus (0–4)"
    QString goalAxis;             // "Goal"

    // Ranking: the policies shown, best first.
    QStringList rankingCodes;
    QVector<int> ranks;     // with the current weights
    QVector<int> rankLow;   // Monte Carlo 5 % (best) rank, 0 when not computed
    QVector<int> rankHigh;  // Monte Carlo 95 % rank
    QString rankAxis;       // "Rank (1 = best)"
    QString rankLegend;     // "Rank with current weights"
    QString intervalLegend; // "Monte Carlo 5–95 % interval"
    QString policyAxis;

    // Bottlenecks: counts[category][status].
    QStringList categoryCodes;
    QStringList statusNames;
    QVector<QVector<int>> bottleneckCounts;
    QString countAxis;    // "Bottlenecks"
    QString categoryAxis; // "Category"

    // Indicator trends: the indicators and their derived figures, by chartItem.
    QList<Indicator> indicators;
    QList<IndicatorFigures> indicatorFigures;
};

// One piece of a report, top to bottom. Text is plain text: the renderer draws it as it
// is, so user text containing markup prints literally.
struct ReportBlock
{
    enum class Kind
    {
        Title,     // title block: `text` big, `lines` below it; `emphasis`: a cover page
        Heading,   // `level` 1–3; never the last thing on a page
        Paragraph, // `text`; `emphasis` for notes and captions
        Table,     // `header` repeated on every page the table spans, then `rows`
        Chart,     // `chart`, `height` in millimetres at full width
        Contents,  // the table of contents: every heading with `inContents`, with page numbers
        PageBreak,
    };

    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    QStringList lines;
    bool inContents = false;
    bool emphasis = false;
    QStringList header;
    QList<QStringList> rows;
    QVector<double> widths; // relative column widths
    QVector<bool> numeric;  // right-aligned columns
    ReportChart chart = ReportChart::GoalCoverage;
    int chartItem = 0; // which indicator, for IndicatorTrend
    double height = 80;
};

// A report as data: what the builder decided, before any page exists. Translated labels
// for the page furniture travel with it.
struct ReportDocument
{
    QString language; // "en" or "zh_CN"
    QString projectName;
    QString title; // "Executive summary" / "Evaluation dossier"
    QDate date;
    bool draft = false;
    QString dateLine;  // footer: "1 December 2026"
    QString pageLabel; // "Page %1 of %2"
    QString draftLabel;
    QString contentsTitle;
    QList<ReportBlock> blocks;
    ReportChartData charts;
    int policiesShown = 0;

    // Every piece of text in order (headings, paragraphs, table cells tab-separated), one
    // line each: what tests and the XLSX export read.
    QString plainText() const;
    // The tables with the heading they are under, for the XLSX export.
    struct NamedTable
    {
        QString name;
        const ReportBlock *block = nullptr;
    };
    QList<NamedTable> tables() const;
};
