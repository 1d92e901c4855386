// The evaluation dossier's sections (ReportBuilder is split like ProjectStore: the shared
// tables and the summary in ReportBuilder.cpp, the dossier here).
#include "ReportBuilder.h"

#include "ReportBuilderState.h"
#include "domain/Bottleneck.h"
#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"
#include "store/ProjectStore.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

const char *const meaningSources[] = {
    "The policy does not touch this goal.", "Mentioned as a principle or direction only.",
    "Concrete measures named, but no responsible body or procedure.",
    "Responsible body, procedure, resources and timeline defined.",
    "Implemented, with outcome-level evidence of effect."};

struct VocabularyTerm
{
    const char *code;
    const char *english;
};
const VocabularyTerm levelTerms[] = {
    {"national", "National"}, {"ministerial", "Ministerial"}, {"regional", "Regional"}};
const VocabularyTerm instrumentTerms[] = {{"law", "Law"},
                                          {"plan", "Plan"},
                                          {"guideline", "Guideline"},
                                          {"regulation", "Regulation"},
                                          {"programme", "Programme"},
                                          {"fiscal", "Fiscal measure"},
                                          {"service", "Administrative service"},
                                          {"reform", "Institutional reform"}};

template<std::size_t N> const char *termFor(const VocabularyTerm (&terms)[N], const QString &code)
{
    for (const VocabularyTerm &t : terms)
        if (code == QLatin1String(t.code))
            return t.english;
    return nullptr;
}

} // namespace

// ---- evaluation dossier ------------------------------------------------------------------

bool ReportBuilder::addDossier(const Progress &progress)
{
    const ReportLanguage &L = d->lang;
    addTitle(d->doc.title);
    const QString description = L.pick(d->store.metadata(QStringLiteral("description")),
                                       d->store.metadata(QStringLiteral("description_en")));
    if (!description.isEmpty())
        addParagraph(description, true);
    addPageBreak();
    ReportBlock contents;
    contents.kind = ReportBlock::Kind::Contents;
    d->doc.blocks << contents;
    addPageBreak();

    addMethod();

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "2 Results")), 1, true);
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Ranking")), 2, true);
    addRankingTable(0);
    // 4 mm a policy, so the labels never overlap.
    addChart(ReportChart::Ranking,
             25 + 4.0 * double(std::min<qsizetype>(d->shown.size(), DossierChartRows)));
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Goal coverage and agreement")), 2, true);
    addChart(ReportChart::GoalCoverage, 70);
    QVector<int> goals(d->data.goals.size());
    std::iota(goals.begin(), goals.end(), 0);
    addGoalTable(goals);

    addPageBreak();
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "3 Policies")), 1, true);
    const int total = int(d->shown.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return false;
        addPolicySection(d->shown.at(i));
    }
    if (progress && !progress(total, total))
        return false;

    addPageBreak();
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "4 Bottleneck register")), 1, true);
    addChart(ReportChart::BottleneckStatus, 65);
    if (d->bottlenecks.isEmpty())
        addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "No bottleneck has been recorded.")), true);
    else
        addBottleneckTable(d->bottlenecks, true);

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "5 Indicators")), 1, true);
    addParagraph(L.text(QT_TRANSLATE_NOOP(
                     "Report", "On track: the target is reached, or progress is at least the "
                               "share of time elapsed minus 10 points. At risk: at least half "
                               "of that. Off track: moving away from the target, below half, "
                               "or the target period has ended.")),
                 true);
    addIndicatorTable(false);
    addIndicatorTrends();

    addPageBreak();
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Appendix: sources")), 1, true);
    addSources();
    return true;
}

void ReportBuilder::addMethod()
{
    const ReportLanguage &L = d->lang;
    const Evaluation::Result &r = d->result;
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "1 Method")), 1, true);
    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Scoring rubric")), 2, true);
    QList<QStringList> rubric;
    for (int s = 0; s <= 4; ++s)
        rubric << QStringList{scoreLabel(s), L.translate("Vocabulary", meaningSources[s])};
    rubric << QStringList{
        L.translate("Vocabulary", "N/A"),
        L.text(QT_TRANSLATE_NOOP("Report", "The goal does not apply to the "
                                           "policy; left out of every average."))};
    addTable({L.text(QT_TRANSLATE_NOOP("Report", "Score")),
              L.text(QT_TRANSLATE_NOOP("Report", "Meaning"))},
             rubric, {25, 75}, {});

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Weights")), 2, true);
    const QMap<QString, Ahp::Result> consistency =
        Evaluation::consistency(d->store.framework(), d->set);
    QList<QStringList> weights;
    const QList<GoalNode> dims = d->store.framework().dimensions();
    for (int dim = 0; dim < dims.size(); ++dim) {
        const QString method = d->set.methods.value(dims.at(dim).code, QStringLiteral("direct"));
        const auto cr = consistency.constFind(dims.at(dim).code);
        weights << QStringList{
            dims.at(dim).code + QLatin1Char(' ') + dimensionName(dims.at(dim).code),
            L.number(r.weights.dimensionWeight(dim) * 100, 1) + QStringLiteral(" %"),
            L.number(r.weights.dimensionWeight(dim) * 100, 1) + QStringLiteral(" %"),
            method == QLatin1String("ahp") ? QStringLiteral("AHP")
                                           : L.text(QT_TRANSLATE_NOOP("Report", "direct")),
            cr != consistency.constEnd() ? L.number(cr->consistencyRatio, 3) : QString()};
        for (int g : r.weights.goalsOf(dim))
            weights << QStringList{
                QStringLiteral("    ") + goalLabel(g),
                L.number(r.weights.goalWeight(g) * 100, 1) + QStringLiteral(" %"),
                L.number(r.weights.effectiveWeight(g) * 100, 1) + QStringLiteral(" %"), QString(),
                QString()};
    }
    addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "Weight set \"%1\", revision %2. Dimension "
                                                    "method: %3; consistency ratio of the "
                                                    "dimension comparison: %4."))
                     .arg(d->set.name)
                     .arg(d->set.revision)
                     .arg(d->set.methods.value(QString()) == QLatin1String("ahp")
                              ? QStringLiteral("AHP")
                              : L.text(QT_TRANSLATE_NOOP("Report", "direct")))
                     .arg(consistency.contains(QString())
                              ? L.number(consistency.value(QString()).consistencyRatio, 3)
                              : QStringLiteral("—")));
    addTable({L.text(QT_TRANSLATE_NOOP("Report", "Dimension / goal")),
              L.text(QT_TRANSLATE_NOOP("Report", "Weight within level")),
              L.text(QT_TRANSLATE_NOOP("Report", "Effective weight")),
              L.text(QT_TRANSLATE_NOOP("Report", "Method")),
              L.text(QT_TRANSLATE_NOOP("Report", "Consistency ratio"))},
             weights, {52, 13, 13, 10, 12}, {false, true, true, false, true});

    addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Aggregation, agreement and sensitivity")), 2,
               true);
    addParagraph(L.text(QT_TRANSLATE_NOOP(
        "Report",
        "Consensus of a cell: the mean of the evaluators' scores, N/A left out; a consensus set "
        "by the lead evaluator replaces it. Policy score: the weighted mean of the consensus "
        "over the goals that are not N/A, with effective weight = dimension weight × goal "
        "weight; shown on 0–4 and 0–100. Ranks are competition ranks (1224).")));
    addParagraph(L.text(QT_TRANSLATE_NOOP(
                            "Report", "Agreement: Krippendorff's alpha, ordinal metric, over the "
                                      "(policy, goal) cells: %1 overall. %2 cells are disputed "
                                      "(scores 2 or more points apart)."))
                     .arg(L.number(r.agreement.overall.alpha, 3))
                     .arg(r.dispersion.disputed.size()));
    addParagraph(L.text(QT_TRANSLATE_NOOP(
                            "Report", "Sensitivity: %1 Monte Carlo draws of all weights around the "
                                      "current ones (Dirichlet per level, concentration 100, seed "
                                      "%2); the rank interval holds 90 % of the draws."))
                     .arg(MonteCarloDraws)
                     .arg(MonteCarloSeed));
}

void ReportBuilder::addPolicySection(int p)
{
    const ReportLanguage &L = d->lang;
    const Evaluation::Result &r = d->result;
    const std::optional<Policy> policy = d->store.policy(d->data.policyUuids.at(p));
    if (!policy)
        return;
    addHeading(policy->code + QStringLiteral(" · ") + policy->title, 2, true);

    QStringList facts;
    if (!policy->issuer.isEmpty())
        facts << policy->issuer;
    if (policy->year > 0)
        facts << QString::number(policy->year);
    if (const char *level = termFor(levelTerms, policy->level))
        facts << L.translate("Vocabulary", level);
    if (const char *instrument = termFor(instrumentTerms, policy->instrument))
        facts << L.translate("Vocabulary", instrument);
    const Aggregation::PolicyScore &s = r.policyScores.at(p);
    facts << L.text(QT_TRANSLATE_NOOP("Report", "score %1 (%2 of 100)"))
                 .arg(L.number(s.score, 2), L.number(s.percent, 1));
    facts << (r.ranks.at(p) > 0 ? L.text(QT_TRANSLATE_NOOP("Report", "rank %1 of %2, interval %3"))
                                      .arg(r.ranks.at(p))
                                      .arg(d->data.policyUuids.size())
                                      .arg(rankInterval(p))
                                : L.text(QT_TRANSLATE_NOOP("Report", "unranked")));
    addParagraph(facts.join(QStringLiteral(" · ")));
    if (!policy->description.isEmpty())
        addParagraph(policy->description, true);

    const QList<Score> scores = d->store.scores(policy->uuid);
    QHash<QString, QList<Score>> byGoal;
    for (const Score &sc : scores)
        byGoal[sc.goalUuid] << sc;
    QList<QStringList> rows;
    QList<QStringList> evidenceRows;
    for (int g = 0; g < d->data.goals.size(); ++g) {
        QList<Score> cell = byGoal.value(d->data.goalUuids.at(g));
        if (cell.isEmpty())
            continue;
        std::sort(cell.begin(), cell.end(),
                  [](const Score &a, const Score &b) { return a.evaluatorName < b.evaluatorName; });
        QString consensus = L.number(r.consensus.raw(p, g), 2);
        if (std::isnan(r.consensus.raw(p, g)))
            consensus = L.translate("Vocabulary", "N/A");
        if (r.consensus.isOverride(p, g))
            consensus += QLatin1Char(' ') + L.text(QT_TRANSLATE_NOOP("Report", "(set by lead)"));
        if (r.dispersion.at(p, g).disputed)
            consensus += QLatin1Char(' ') + L.text(QT_TRANSLATE_NOOP("Report", "(disputed)"));
        bool first = true;
        for (const Score &sc : cell) {
            rows << QStringList{
                first ? goalLabel(g) : QString(), first ? consensus : QString(), sc.evaluatorName,
                sc.value ? QString::number(*sc.value) : L.translate("Vocabulary", "N/A"),
                sc.rationale};
            first = false;
            for (const Evidence &e : d->store.evidence(sc.uuid)) {
                evidenceRows << QStringList{d->data.goals.at(g).code,
                                            sc.evaluatorName,
                                            resultLevelLabel(int(e.level)),
                                            e.source,
                                            e.locator,
                                            e.quote};
                if (!e.source.isEmpty())
                    ++d->sources[e.source];
            }
        }
    }
    if (rows.isEmpty()) {
        addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "Not scored yet.")), true);
    } else {
        addTable({L.text(QT_TRANSLATE_NOOP("Report", "Goal")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Consensus")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Evaluator")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Score")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Rationale"))},
                 rows, {24, 11, 12, 7, 46}, {false, true, false, true, false});
    }
    if (!evidenceRows.isEmpty())
        addTable({L.text(QT_TRANSLATE_NOOP("Report", "Goal")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Evaluator")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Result level")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Source")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Where")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Quote"))},
                 evidenceRows, {7, 12, 9, 22, 9, 41}, {});

    QList<Bottleneck> blocking;
    for (const Bottleneck &b : openBottlenecks())
        if (b.policyUuids.contains(policy->uuid))
            blocking << b;
    if (!blocking.isEmpty())
        addBottleneckTable(blocking, false);
}

void ReportBuilder::addSources()
{
    const ReportLanguage &L = d->lang;
    for (const Bottleneck &b : d->bottlenecks)
        for (const Evidence &e : d->store.bottleneckEvidence(b.uuid))
            if (!e.source.isEmpty())
                ++d->sources[e.source];
    for (const Indicator &i : d->indicators)
        for (const Observation &o : i.observations)
            if (!o.source.isEmpty())
                ++d->sources[o.source];
    QList<QStringList> rows;
    for (auto it = d->sources.cbegin(); it != d->sources.cend(); ++it)
        rows << QStringList{it.key(), QString::number(it.value())};
    if (rows.isEmpty()) {
        addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "No source is cited.")), true);
        return;
    }
    addParagraph(L.text(QT_TRANSLATE_NOOP("Report", "Every source cited by the evidence of the "
                                                    "policies in this dossier, the bottlenecks and "
                                                    "the indicator observations.")),
                 true);
    addTable({L.text(QT_TRANSLATE_NOOP("Report", "Source")),
              L.text(QT_TRANSLATE_NOOP("Report", "Citations"))},
             rows, {85, 15}, {false, true});
}

void ReportBuilder::addIndicatorTrends()
{
    const ReportLanguage &L = d->lang;
    bool first = true;
    for (int i = 0; i < d->indicators.size(); ++i) {
        const Indicator &ind = d->indicators.at(i);
        if (d->figures.at(i).observationCount < 2 && ind.targets.isEmpty())
            continue;
        if (first)
            addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Indicator trends")), 2, true);
        first = false;
        addHeading(ind.code + QStringLiteral(" · ") + L.pick(ind.nameZh, ind.nameEn) +
                       QStringLiteral(" (") + L.pick(ind.unitZh, ind.unitEn) + QLatin1Char(')'),
                   3);
        addChart(ReportChart::IndicatorTrend, 56, i);
    }
}
