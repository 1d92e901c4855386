#pragma once

#include "ReportDocument.h"
#include "ReportLanguage.h"
#include "ReportOptions.h"
#include "scoring/Evaluation.h"
#include "scoring/Sensitivity.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class ProjectStore;
struct Bottleneck;
struct BottleneckCategory;
struct Indicator;
struct IndicatorFigures;

// Decides what a report says: runs the scoring engine exactly as the aggregates export
// does (active weight set, mean consensus), the Monte Carlo as `sensitivity --draws 1000
// --seed 1`, reads bottlenecks and indicators, and writes the sections of the chosen
// template as ReportBlocks in the chosen language. No drawing here (see ReportRenderer).
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    static constexpr int MonteCarloDraws = 1000;
    static constexpr quint64 MonteCarloSeed = 1;
    // The summary lists at most this many policies, goals, bottlenecks and indicators.
    static constexpr int SummaryRankingRows = 15;
    static constexpr int SummaryGoalRows = 5;
    static constexpr int SummaryBottleneckRows = 8;
    // The dossier's ranking chart shows at most this many policies (the table has them all).
    static constexpr int DossierChartRows = 30;

    // `progress(done, total)` is called while the dossier's policy sections are written;
    // returning false cancels (build() then returns nullopt with an empty error).
    using Progress = std::function<bool(int, int)>;

    ReportBuilder(const ProjectStore &store, const ReportOptions &options, const QDate &today);
    ~ReportBuilder();

    std::optional<ReportDocument> build(QString *error, const Progress &progress = {});

private:
    bool load(QString *error);
    void addSummary();
    bool addDossier(const Progress &progress);

    void addTitle(const QString &subtitle);
    void addHeading(const QString &text, int level, bool inContents = false);
    void addParagraph(const QString &text, bool emphasis = false);
    void addTable(const QStringList &header, const QList<QStringList> &rows,
                  const QVector<double> &widths, const QVector<bool> &numeric);
    void addChart(ReportChart chart, double heightMm, int item = 0);
    void addPageBreak();

    void addRankingTable(int limit);
    void addGoalTable(const QVector<int> &goals);
    void addBottleneckTable(const QList<Bottleneck> &list, bool register_);
    void addIndicatorTable(bool offTrackOnly);
    void addIndicatorTrends();
    void addMethod();
    void addPolicySection(int policy);
    void addSources();
    void fillCharts();

    QString goalLabel(int goal) const;
    QString dimensionName(const QString &code) const;
    QString categoryLabel(const QString &code) const;
    QString statusLabel(const Bottleneck &b) const;
    QString severityLabel(int severity) const;
    QString resultLevelLabel(int level) const;
    QString indicatorStatus(int status) const;
    QString scoreLabel(int score) const;
    QString value(double v) const; // indicator values: integers without decimals
    QString rankInterval(int policy) const;
    QList<int> shownPolicies() const; // ranking order
    QList<Bottleneck> openBottlenecks() const;

    struct State;
    std::unique_ptr<State> d;
};
