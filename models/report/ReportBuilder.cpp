#include "ReportBuilder.h"

#include "ReportBuilderState.h"

#include "domain/Bottleneck.h"
#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"
#include "store/ProjectStore.h"

#include <QMap>
#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>

namespace {

// English source texts of the vocabulary, looked up in the "Vocabulary" context of the
// translation so the report uses the same words as the application.
const char *const resultLevelSources[] = {"Input", "Activity", "Output", "Outcome", "Impact"};
const char *const statusSources[] = {"Open", "In progress", "Mitigated", "Resolved", "Won't fix"};
const char *const severitySources[] = {"Minor", "Moderate", "Serious", "Critical"};
const char *const scoreSources[] = {"not addressed", "in principle", "measures", "operational",
                                    "effective"};
} // namespace

ReportBuilder::ReportBuilder(const ProjectStore &store, const ReportOptions &options,
                             const QDate &today)
    : d(std::make_unique<State>(store, options, today))
{}

ReportBuilder::~ReportBuilder() = default;

std::optional<ReportDocument> ReportBuilder::build(QString *error, const Progress &progress)
{
    if (!d->lang.isAvailable()) {
        *error = tr("The Chinese translation of the report texts is missing from this build.");
        return std::nullopt;
    }
    if (!load(error))
        return std::nullopt;
    ReportDocument &doc = d->doc;
    const ReportLanguage &L = d->lang;
    doc.language = L.code();
    doc.projectName = L.pick(d->store.metadata(QStringLiteral("name")),
                             d->store.metadata(QStringLiteral("name_en")));
    doc.title = d->options.templ == ReportOptions::Template::Dossier
                    ? L.text(QT_TRANSLATE_NOOP("Report", "Evaluation dossier"))
                    : L.text(QT_TRANSLATE_NOOP("Report", "Executive summary"));
    doc.date = d->today;
    doc.draft = d->options.draft;
    doc.dateLine = L.isChinese() ? d->today.toString(QStringLiteral("yyyy年M月d日"))
                                 : L.locale().toString(d->today, QStringLiteral("d MMMM yyyy"));
    doc.pageLabel = L.text(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"));
    doc.draftLabel = L.text(QT_TRANSLATE_NOOP("Report", "DRAFT"));
    doc.contentsTitle = L.text(QT_TRANSLATE_NOOP("Report", "Contents"));
    doc.policiesShown = int(d->shown.size());
    fillCharts();
    if (d->options.templ == ReportOptions::Template::Dossier) {
        if (!addDossier(progress)) {
            error->clear();
            return std::nullopt;
        }
    } else {
        addSummary();
    }
    return doc;
}

bool ReportBuilder::load(QString *error)
{
    const ProjectStore &store = d->store;
    const std::optional<WeightSetRecord> set = store.weightSet(store.activeWeightSetUuid());
    if (!set) {
        *error = tr("The project has no weight set.");
        return false;
    }
    d->set = *set;
    if (!store.loadScoringData(&d->data, error))
        return false;
    d->result = Evaluation::compute(d->data, Evaluation::weights(store.framework(), d->set));
    Sensitivity::MonteCarloOptions mc;
    mc.draws = MonteCarloDraws;
    mc.seed = MonteCarloSeed;
    if (!d->data.policyUuids.isEmpty())
        d->monteCarlo = Sensitivity::monteCarlo(d->result.consensus, d->result.weights, mc);

    QList<int> order;
    const bool selection =
        d->options.scope == ReportOptions::Scope::Selection && !d->options.policyUuids.isEmpty();
    for (int p = 0; p < d->data.policyUuids.size(); ++p)
        if (!selection || d->options.policyUuids.contains(d->data.policyUuids.at(p)))
            order << p;
    const QVector<int> &ranks = d->result.ranks;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = ranks.at(a) > 0 ? ranks.at(a) : INT_MAX;
        const int rb = ranks.at(b) > 0 ? ranks.at(b) : INT_MAX;
        return ra != rb ? ra < rb : d->data.policyCodes.at(a) < d->data.policyCodes.at(b);
    });
    d->shown = order;

    d->bottlenecks = store.bottlenecks();
    d->categoryList = store.bottleneckCategories();
    for (const BottleneckCategory &c : d->categoryList)
        d->categories.insert(c.code, c);
    d->indicators = store.indicators();
    for (const Indicator &i : d->indicators)
        d->figures << IndicatorMath::compute(IndicatorMath::inputFrom(i, d->today));
    return true;
}

// ---- building blocks ---------------------------------------------------------------------

void ReportBuilder::addTitle(const QString &subtitle)
{
    const ReportLanguage &L = d->lang;
    ReportBlock b;
    b.kind = ReportBlock::Kind::Title;
    b.emphasis = d->options.templ == ReportOptions::Template::Dossier; // a cover page
    b.text = d->doc.projectName;
    b.lines << subtitle;
    b.lines << L.text(QT_TRANSLATE_NOOP("Report", "Framework: %1"))
                   .arg(L.pick(d->store.framework().nameZh(), d->store.framework().nameEn()));
    b.lines << L.text(QT_TRANSLATE_NOOP("Report", "Weight set: %1 (revision %2)"))
                   .arg(d->set.name)
                   .arg(d->set.revision);
    const int total = int(d->data.policyUuids.size());
    b.lines
        << (int(d->shown.size()) == total
                ? L.text(QT_TRANSLATE_NOOP("Report", "Policies: %1 · evaluators: %2 · scores: %3"))
                      .arg(total)
                      .arg(d->data.evaluators.size())
                      .arg(d->store.counts().scores)
                : L.text(QT_TRANSLATE_NOOP(
                             "Report", "Policies: %1 selected of %4 · evaluators: %2 · scores: %3"))
                      .arg(d->shown.size())
                      .arg(d->data.evaluators.size())
                      .arg(d->store.counts().scores)
                      .arg(total));
    b.lines << L.text(QT_TRANSLATE_NOOP("Report", "Date: %1")).arg(d->doc.dateLine);
    d->doc.blocks << b;
}

void ReportBuilder::addHeading(const QString &text, int level, bool inContents)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    b.level = level;
    b.inContents = inContents;
    d->doc.blocks << b;
}

void ReportBuilder::addParagraph(const QString &text, bool emphasis)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    b.emphasis = emphasis;
    d->doc.blocks << b;
}

void ReportBuilder::addTable(const QStringList &header, const QList<QStringList> &rows,
                             const QVector<double> &widths, const QVector<bool> &numeric)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.header = header;
    b.rows = rows;
    b.widths = widths;
    b.numeric = numeric;
    d->doc.blocks << b;
}

void ReportBuilder::addPageBreak()
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::PageBreak;
    d->doc.blocks << b;
}

void ReportBuilder::addChart(ReportChart chart, double heightMm, int item)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart = chart;
    b.chartItem = item;
    b.height = heightMm;
    d->doc.blocks << b;
}

// ---- labels ------------------------------------------------------------------------------

QString ReportBuilder::goalLabel(int goal) const
{
    const GoalNode &g = d->data.goals.at(goal);
    return g.code + QLatin1Char(' ') + d->lang.pick(g.nameZh, g.nameEn);
}

QString ReportBuilder::dimensionName(const QString &code) const
{
    const GoalNode *node = d->store.framework().byCode(code);
    return node ? d->lang.pick(node->nameZh, node->nameEn) : code;
}

QString ReportBuilder::categoryLabel(const QString &code) const
{
    const auto it = d->categories.constFind(code);
    if (it == d->categories.constEnd())
        return code;
    return code + QLatin1Char(' ') + d->lang.pick(it->nameZh, it->nameEn);
}

QString ReportBuilder::statusLabel(const Bottleneck &b) const
{
    return d->lang.translate("Vocabulary", statusSources[int(b.status)]);
}

QString ReportBuilder::severityLabel(int severity) const
{
    const int s = std::clamp(severity, 1, 4);
    return QStringLiteral("%1 · %2").arg(s).arg(
        d->lang.translate("Vocabulary", severitySources[s - 1]));
}

QString ReportBuilder::resultLevelLabel(int level) const
{
    return d->lang.translate("Vocabulary", resultLevelSources[std::clamp(level, 0, 4)]);
}

QString ReportBuilder::indicatorStatus(int status) const
{
    switch (IndicatorStatus(status)) {
    case IndicatorStatus::NoData:
        return d->lang.translate("IndicatorFigures", "No data");
    case IndicatorStatus::OnTrack:
        return d->lang.translate("IndicatorFigures", "On track");
    case IndicatorStatus::AtRisk:
        return d->lang.translate("IndicatorFigures", "At risk");
    case IndicatorStatus::OffTrack:
        return d->lang.translate("IndicatorFigures", "Off track");
    }
    return {};
}

QString ReportBuilder::scoreLabel(int score) const
{
    return QStringLiteral("%1 · %2").arg(score).arg(
        d->lang.translate("Vocabulary", scoreSources[std::clamp(score, 0, 4)]));
}

QString ReportBuilder::value(double v) const
{
    if (std::isnan(v))
        return QStringLiteral("—");
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15)
        return QString::number(qint64(std::llround(v)));
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}

QString ReportBuilder::rankInterval(int policy) const
{
    if (!d->monteCarlo.isValid() || policy >= d->monteCarlo.policies.size())
        return QStringLiteral("—");
    const Sensitivity::PolicyRanks &r = d->monteCarlo.policies.at(policy);
    if (r.rankedDraws == 0)
        return QStringLiteral("—");
    return r.rankP05 == r.rankP95 ? QString::number(r.rankP05)
                                  : QStringLiteral("%1–%2").arg(r.rankP05).arg(r.rankP95);
}

QList<int> ReportBuilder::shownPolicies() const
{
    return d->shown;
}

QList<Bottleneck> ReportBuilder::openBottlenecks() const
{
    QList<Bottleneck> open;
    for (const Bottleneck &b : d->bottlenecks)
        if (!b.isClosed())
            open << b;
    const QDate today = d->today;
    std::stable_sort(open.begin(), open.end(), [today](const Bottleneck &a, const Bottleneck &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.isOverdue(today) != b.isOverdue(today))
            return a.isOverdue(today);
        return a.opened < b.opened;
    });
    return open;
}

// ---- tables shared by both templates -----------------------------------------------------

void ReportBuilder::addRankingTable(int limit)
{
    const ReportLanguage &L = d->lang;
    const Evaluation::Result &r = d->result;
    QList<QStringList> rows;
    for (int p : d->shown) {
        if (limit > 0 && rows.size() >= limit)
            break;
        const Aggregation::PolicyScore &s = r.policyScores.at(p);
        QString top = QStringLiteral("—");
        if (d->monteCarlo.isValid() && d->monteCarlo.policies.at(p).rankedDraws > 0)
            top = L.number(d->monteCarlo.policies.at(p).probabilityTopK * 100, 0) +
                  QStringLiteral(" %");
        rows << QStringList{r.ranks.at(p) > 0 ? QString::number(r.ranks.at(p))
                                              : L.text(QT_TRANSLATE_NOOP("Report", "unranked")),
                            d->data.policyCodes.at(p),
                            d->data.policyTitles.at(p),
                            L.number(s.score, 2),
                            L.number(s.percent, 1),
                            rankInterval(p),
                            top};
    }
    addTable({L.text(QT_TRANSLATE_NOOP("Report", "Rank")),
              L.text(QT_TRANSLATE_NOOP("Report", "Code")),
              L.text(QT_TRANSLATE_NOOP("Report", "Policy")),
              L.text(QT_TRANSLATE_NOOP("Report", "Score 0–4")),
              L.text(QT_TRANSLATE_NOOP("Report", "Score 0–100")),
              L.text(QT_TRANSLATE_NOOP("Report", "Rank 5–95 %")),
              L.text(QT_TRANSLATE_NOOP("Report", "P(top 3)"))},
             rows, {6, 9, 40, 10, 11, 12, 10}, {true, false, false, true, true, true, true});
    if (limit > 0 && d->shown.size() > limit)
        addParagraph(
            L.text(QT_TRANSLATE_NOOP("Report", "The %1 best-ranked of %2 policies are shown; the "
                                               "evaluation dossier lists all of them."))
                .arg(limit)
                .arg(d->shown.size()),
            true);
}

void ReportBuilder::addGoalTable(const QVector<int> &goals)
{
    const ReportLanguage &L = d->lang;
    const Evaluation::Result &r = d->result;
    QList<QStringList> rows;
    for (int g : goals) {
        const Aggregation::GoalCoverage &c = r.coverage.at(g);
        rows << QStringList{goalLabel(g),
                            L.number(r.weights.effectiveWeight(g) * 100, 1) + QStringLiteral(" %"),
                            L.number(c.meanConsensus, 2),
                            QString::number(c.policiesStrong),
                            QString::number(c.policiesApplicable),
                            L.number(r.agreement.perGoal.value(g).alpha, 3)};
    }
    addTable({L.text(QT_TRANSLATE_NOOP("Report", "Goal")),
              L.text(QT_TRANSLATE_NOOP("Report", "Effective weight")),
              L.text(QT_TRANSLATE_NOOP("Report", "Coverage (mean consensus)")),
              L.text(QT_TRANSLATE_NOOP("Report", "Policies scoring ≥ 3")),
              L.text(QT_TRANSLATE_NOOP("Report", "Policies applicable")),
              L.text(QT_TRANSLATE_NOOP("Report", "Alpha"))},
             rows, {44, 11, 13, 11, 11, 10}, {false, true, true, true, true, true});
}

void ReportBuilder::addBottleneckTable(const QList<Bottleneck> &list, bool register_)
{
    const ReportLanguage &L = d->lang;
    QList<QStringList> rows;
    for (const Bottleneck &b : list) {
        QStringList goals;
        for (const QString &uuid : b.goalUuids)
            if (const GoalNode *g = d->store.framework().byUuid(uuid))
                goals << g->code;
        QString target = b.target.isValid() ? b.target.toString(Qt::ISODate) : QString();
        if (b.isOverdue(d->today))
            target += QLatin1Char(' ') + L.text(QT_TRANSLATE_NOOP("Report", "(overdue)"));
        if (register_)
            rows << QStringList{b.title,
                                categoryLabel(b.categoryCode),
                                severityLabel(b.severity),
                                statusLabel(b),
                                b.owner,
                                b.opened.isValid() ? b.opened.toString(Qt::ISODate) : QString(),
                                target,
                                goals.join(QStringLiteral(", "))};
        else
            rows << QStringList{severityLabel(b.severity),
                                categoryLabel(b.categoryCode),
                                b.title,
                                statusLabel(b),
                                b.owner,
                                target};
    }
    if (register_)
        addTable({L.text(QT_TRANSLATE_NOOP("Report", "Bottleneck")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Category")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Severity")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Status")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Owner")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Opened")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Target date")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Goals"))},
                 rows, {22, 15, 10, 8, 11, 11.5, 14.5, 8}, {});
    else
        addTable({L.text(QT_TRANSLATE_NOOP("Report", "Severity")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Category")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Bottleneck")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Status")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Owner")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Target date"))},
                 rows, {13, 20, 33, 9, 13, 12}, {});
}

void ReportBuilder::addIndicatorTable(bool offTrackOnly)
{
    const ReportLanguage &L = d->lang;
    QList<QStringList> rows;
    for (int i = 0; i < d->indicators.size(); ++i) {
        const Indicator &ind = d->indicators.at(i);
        const IndicatorFigures &f = d->figures.at(i);
        if (offTrackOnly && f.status != IndicatorStatus::OffTrack &&
            f.status != IndicatorStatus::AtRisk)
            continue;
        const auto point = [this](const std::optional<IndicatorPoint> &p) {
            return p ? QStringLiteral("%1 (%2)").arg(value(p->value), p->period) : QString();
        };
        QStringList benchmarks;
        for (const BenchmarkGap &gap : f.gaps)
            benchmarks << (gap.period.isEmpty()
                               ? QStringLiteral("%1: %2").arg(gap.label, value(gap.benchmark))
                               : QStringLiteral("%1 %2: %3")
                                     .arg(gap.label, gap.period, value(gap.benchmark)));
        QStringList row{L.pick(ind.nameZh, ind.nameEn), L.pick(ind.unitZh, ind.unitEn)};
        if (!offTrackOnly)
            row << point(f.baseline);
        row << point(f.latest) << point(f.target)
            << (f.progress ? L.number(*f.progress * 100, 0) + QStringLiteral(" %") : QString())
            << benchmarks.join(QStringLiteral("; ")) << indicatorStatus(int(f.status));
        rows << row;
    }
    QStringList header{L.text(QT_TRANSLATE_NOOP("Report", "Indicator")),
                       L.text(QT_TRANSLATE_NOOP("Report", "Unit"))};
    QVector<double> widths{offTrackOnly ? 28.0 : 24.0, offTrackOnly ? 7.0 : 6.0};
    if (!offTrackOnly) {
        header << L.text(QT_TRANSLATE_NOOP("Report", "Baseline"));
        widths << 11;
    }
    header << L.text(QT_TRANSLATE_NOOP("Report", "Latest"))
           << L.text(QT_TRANSLATE_NOOP("Report", "Target"))
           << L.text(QT_TRANSLATE_NOOP("Report", "Progress"))
           << L.text(QT_TRANSLATE_NOOP("Report", "Benchmarks"))
           << L.text(QT_TRANSLATE_NOOP("Report", "Status"));
    if (offTrackOnly)
        widths << 12 << 12 << 10 << 20 << 11;
    else
        widths << 11 << 10 << 9 << 18 << 11;
    if (rows.isEmpty()) {
        addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "No indicator is off track or at risk.")),
                     true);
        return;
    }
    addTable(header, rows, widths, {});
}

void ReportBuilder::fillCharts()
{
    const ReportLanguage &L = d->lang;
    ReportChartData &c = d->doc.charts;
    for (int g = 0; g < d->data.goals.size(); ++g) {
        c.goalCodes << d->data.goals.at(g).code;
        c.goalDimensions << d->data.goals.at(g).parentCode;
        c.goalCoverage << d->result.coverage.at(g).meanConsensus;
    }
    for (const GoalNode &dim : d->store.framework().dimensions()) {
        c.dimensionCodes << dim.code;
        c.dimensionNames << dim.code + QLatin1Char(' ') + L.pick(dim.nameZh, dim.nameEn);
    }
    c.coverageAxis = L.text(QT_TRANSLATE_NOOP("Report", "Mean consensus, 0–4"));
    c.goalAxis = L.text(QT_TRANSLATE_NOOP("Report", "Goal"));

    const int limit = d->options.templ == ReportOptions::Template::Dossier ? DossierChartRows
                                                                           : SummaryRankingRows;
    for (int p : d->shown) {
        if (c.rankingCodes.size() >= limit || d->result.ranks.at(p) == 0)
            break;
        c.rankingCodes << d->data.policyCodes.at(p);
        c.ranks << d->result.ranks.at(p);
        const bool mc = d->monteCarlo.isValid() && d->monteCarlo.policies.at(p).rankedDraws > 0;
        c.rankLow << (mc ? d->monteCarlo.policies.at(p).rankP05 : 0);
        c.rankHigh << (mc ? d->monteCarlo.policies.at(p).rankP95 : 0);
    }
    c.rankAxis = L.text(QT_TRANSLATE_NOOP("Report", "Rank (1 = best)"));
    c.rankLegend = L.text(QT_TRANSLATE_NOOP("Report", "Rank with the current weights"));
    c.intervalLegend = L.text(QT_TRANSLATE_NOOP("Report", "Monte Carlo 5–95 % rank interval"));
    c.policyAxis = L.text(QT_TRANSLATE_NOOP("Report", "Policy"));

    // Bottlenecks by top-level category of the taxonomy (I, P, X and user roots).
    QStringList roots;
    for (const BottleneckCategory &cat : d->categoryList)
        if (cat.parentCode.isEmpty())
            roots << cat.code;
    c.categoryCodes = roots;
    for (const char *s : statusSources)
        c.statusNames << L.translate("Vocabulary", s);
    c.bottleneckCounts = QVector<QVector<int>>(roots.size(), QVector<int>(5, 0));
    for (const Bottleneck &b : d->bottlenecks) {
        QString code = b.categoryCode;
        for (int guard = 0; guard < 8 && d->categories.contains(code) &&
                            !d->categories.value(code).parentCode.isEmpty();
             ++guard)
            code = d->categories.value(code).parentCode;
        const int row = int(roots.indexOf(code));
        if (row >= 0)
            ++c.bottleneckCounts[row][int(b.status)];
    }
    c.indicators = d->indicators;
    c.indicatorFigures = d->figures;
    c.countAxis = L.text(QT_TRANSLATE_NOOP("Report", "Bottlenecks"));
    c.categoryAxis = L.text(QT_TRANSLATE_NOOP("Report", "Category"));
}

// ---- executive summary -------------------------------------------------------------------

void ReportBuilder::addSummary()
{
    const ReportLanguage &L = d->lang;
    const Evaluation::Result &r = d->result;
    addTitle(d->doc.title);
    const QString description = L.pick(d->store.metadata(QStringLiteral("description")),
                                       d->store.metadata(QStringLiteral("description_en")));
    if (!description.isEmpty())
        addParagraph(description, true);

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Ranking")), 1);
    addParagraph(
        L.text(QT_TRANSLATE_NOOP(
                   "Report",
                   "Policies by weighted score with the current weights. The rank interval shows "
                   "where a policy lands in 90 % of %1 random variations of the weights "
                   "(Monte Carlo, seed %2)."))
            .arg(MonteCarloDraws)
            .arg(MonteCarloSeed));
    addRankingTable(SummaryRankingRows);
    addChart(ReportChart::Ranking, 62);

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Goal coverage")), 1);
    addChart(ReportChart::GoalCoverage, 72);
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Goals least served")), 2);
    QVector<int> goals(d->data.goals.size());
    std::iota(goals.begin(), goals.end(), 0);
    std::stable_sort(goals.begin(), goals.end(), [&r](int a, int b) {
        const double ca = r.coverage.at(a).meanConsensus, cb = r.coverage.at(b).meanConsensus;
        if (std::isnan(ca) != std::isnan(cb))
            return std::isnan(ca);
        return ca < cb;
    });
    goals.resize(std::min<int>(int(goals.size()), SummaryGoalRows));
    addGoalTable(goals);

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Most severe open bottlenecks")), 1);
    QList<Bottleneck> open = openBottlenecks();
    const int openCount = int(open.size());
    if (open.isEmpty()) {
        addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "No bottleneck is open.")), true);
    } else {
        open = open.mid(0, SummaryBottleneckRows);
        addBottleneckTable(open, false);
        if (openCount > open.size())
            addParagraph(
                L.text(QT_TRANSLATE_NOOP("Report", "%1 of %2 unresolved bottlenecks shown."))
                    .arg(open.size())
                    .arg(openCount),
                true);
    }

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Indicators off track")), 1);
    addIndicatorTable(true);

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Agreement between evaluators")), 1);
    addParagraph(L.text(QT_TRANSLATE_NOOP(
                            "Report", "Krippendorff's alpha (ordinal) over all scored cells: %1. "
                                      "Disputed cells (evaluators 2 or more points apart): %2. "
                                      "Cells scored 3 or 4 whose evidence stops at input or "
                                      "activity level: %3."))
                     .arg(L.number(r.agreement.overall.alpha, 3))
                     .arg(r.dispersion.disputed.size())
                     .arg(r.maturity.flags.size()));

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Evaluators' recommendations")), 1);
    const QString notes = d->store.metadata(QStringLiteral("recommendations"));
    addParagraph(notes.isEmpty()
                     ? L.text(QT_TRANSLATE_NOOP("Report", "No recommendations recorded yet (File → "
                                                          "Project Properties)."))
                     : notes,
                 notes.isEmpty());
}
