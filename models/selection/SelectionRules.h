#pragma once

#include "Selection.h"
#include "domain/Bottleneck.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

class Framework;
struct Indicator;
struct ScoringData;

// How a selection reaches each view (issue "Linked charts"). Stated once, here, and shown
// to the user by ruleText(), so that every chart, table and panel answers the same way:
// - Policies: score charts (goal scores, evidence maturity) count only the selected
//   policies; the heatmap, the ranking and the profile highlight them; the register shows
//   the bottlenecks that block at least one of them.
// - Goals (a dimension stands for its goals): the goal bars and heatmap columns are
//   highlighted; the register shows the bottlenecks affecting at least one of them; the
//   indicator chart and list show the indicators linked to them.
// - Categories (with their sub-categories): highlighted in the bottleneck chart; the
//   register shows only bottlenecks of those categories.
// - Indicators: drawn in the indicator chart (normalised when several).
// - Period: the register and the bottleneck charts keep the bottlenecks open at some time
//   in the period (opened by its end, not closed before its start); the indicator and
//   timeline charts mark the period.
// Kinds combine with "and"; items of one kind with "or".
class SelectionRules
{
    Q_DECLARE_TR_FUNCTIONS(SelectionRules)

public:
    // Goal UUIDs named by the selection, dimensions expanded to their goals.
    static QSet<QString> goalUuids(const SelectionState &state, const Framework &framework);
    // The same as indexes into `data.goals`, ascending.
    static QVector<int> goalIndexes(const SelectionState &state, const Framework &framework,
                                    const ScoringData &data);
    // Selected policies as indexes into `data.policyUuids`, in selection order; unknown
    // UUIDs (a deleted policy) are left out.
    static QVector<int> policyIndexes(const SelectionState &state, const ScoringData &data);
    // Selected category codes with all their descendants.
    static QSet<QString> categoryCodes(const SelectionState &state,
                                       const QList<BottleneckCategory> &categories);

    // Which bottlenecks a selection keeps. Empty sets do not filter.
    struct BottleneckScope
    {
        QSet<QString> policies;
        QSet<QString> goals;
        QSet<QString> categories;
        PeriodRange period;

        bool isEmpty() const
        {
            return policies.isEmpty() && goals.isEmpty() && categories.isEmpty() &&
                   !period.isValid();
        }
        friend bool operator==(const BottleneckScope &a, const BottleneckScope &b)
        {
            return a.policies == b.policies && a.goals == b.goals && a.categories == b.categories &&
                   a.period == b.period;
        }
    };
    // `withCategories` false: the scope of the bottleneck charts, which highlight the
    // selected categories instead of dropping the others.
    static BottleneckScope bottleneckScope(const SelectionState &state, const Framework &framework,
                                           const QList<BottleneckCategory> &categories,
                                           bool withCategories = true);
    static bool matches(const Bottleneck &bottleneck, const BottleneckScope &scope);
    // Open at some time in the period: opened by its end and not closed before its start.
    static bool openDuring(const Bottleneck &bottleneck, const PeriodRange &period);

    // Indicators to show: the selected ones; without any, those linked to a selected goal;
    // without either, none (the views then choose their default). In library order.
    static QStringList indicatorUuids(const SelectionState &state, const Framework &framework,
                                      const QList<Indicator> &indicators);

    // The rules above, for the user, one short paragraph.
    static QString ruleText();
};
