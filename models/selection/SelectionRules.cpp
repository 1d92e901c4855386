#include "SelectionRules.h"

#include "domain/Framework.h"
#include "domain/Indicator.h"
#include "scoring/ScoringData.h"

#include <algorithm>

QSet<QString> SelectionRules::goalUuids(const SelectionState &state, const Framework &framework)
{
    QSet<QString> result;
    for (const QString &uuid : state.goals) {
        const GoalNode *node = framework.byUuid(uuid);
        if (!node)
            continue;
        if (!node->isDimension()) {
            result.insert(uuid);
            continue;
        }
        for (const GoalNode &goal : framework.goalsOf(node->code))
            result.insert(goal.uuid);
    }
    return result;
}

QVector<int> SelectionRules::goalIndexes(const SelectionState &state, const Framework &framework,
                                         const ScoringData &data)
{
    QVector<int> result;
    const QSet<QString> uuids = goalUuids(state, framework);
    for (int g = 0; g < data.goalUuids.size(); ++g) {
        if (uuids.contains(data.goalUuids.at(g)))
            result << g;
    }
    return result;
}

QVector<int> SelectionRules::policyIndexes(const SelectionState &state, const ScoringData &data)
{
    QVector<int> result;
    for (const QString &uuid : state.policies) {
        const int index = data.policyIndex(uuid);
        if (index >= 0 && !result.contains(index))
            result << index;
    }
    return result;
}

QSet<QString> SelectionRules::categoryCodes(const SelectionState &state,
                                            const QList<BottleneckCategory> &categories)
{
    QSet<QString> result(state.categories.cbegin(), state.categories.cend());
    // Categories come in tree order but user sub-categories may nest; repeat until stable.
    bool grew = !result.isEmpty();
    while (grew) {
        grew = false;
        for (const BottleneckCategory &category : categories) {
            if (!category.parentCode.isEmpty() && result.contains(category.parentCode) &&
                !result.contains(category.code)) {
                result.insert(category.code);
                grew = true;
            }
        }
    }
    return result;
}

SelectionRules::BottleneckScope
SelectionRules::bottleneckScope(const SelectionState &state, const Framework &framework,
                                const QList<BottleneckCategory> &categories, bool withCategories)
{
    BottleneckScope scope;
    scope.policies = QSet<QString>(state.policies.cbegin(), state.policies.cend());
    scope.goals = goalUuids(state, framework);
    if (withCategories)
        scope.categories = categoryCodes(state, categories);
    scope.period = state.period;
    // A selected goal that is not in the framework (stale) must still filter, to nothing.
    if (scope.goals.isEmpty() && !state.goals.isEmpty())
        scope.goals.insert(QString());
    return scope;
}

bool SelectionRules::openDuring(const Bottleneck &bottleneck, const PeriodRange &period)
{
    if (!period.isValid())
        return true;
    if (!bottleneck.opened.isValid() || bottleneck.opened.year() > period.to)
        return false;
    if (bottleneck.isClosed() && bottleneck.closed.isValid() &&
        bottleneck.closed.year() < period.from)
        return false;
    return true;
}

namespace {

bool intersects(const QStringList &list, const QSet<QString> &set)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const QString &uuid) { return set.contains(uuid); });
}

} // namespace

bool SelectionRules::matches(const Bottleneck &bottleneck, const BottleneckScope &scope)
{
    if (!scope.policies.isEmpty() && !intersects(bottleneck.policyUuids, scope.policies))
        return false;
    if (!scope.goals.isEmpty() && !intersects(bottleneck.goalUuids, scope.goals))
        return false;
    if (!scope.categories.isEmpty() && !scope.categories.contains(bottleneck.categoryCode))
        return false;
    return openDuring(bottleneck, scope.period);
}

QStringList SelectionRules::indicatorUuids(const SelectionState &state, const Framework &framework,
                                           const QList<Indicator> &indicators)
{
    QStringList result;
    if (!state.indicators.isEmpty()) {
        for (const Indicator &indicator : indicators) {
            if (state.indicators.contains(indicator.uuid))
                result << indicator.uuid;
        }
        return result;
    }
    const QSet<QString> goals = goalUuids(state, framework);
    if (goals.isEmpty())
        return result;
    for (const Indicator &indicator : indicators) {
        if (intersects(indicator.goalUuids, goals))
            result << indicator.uuid;
    }
    return result;
}

QString SelectionRules::ruleText()
{
    return tr("Selected policies: the goal and evidence charts count only them; the heatmap, "
              "ranking and profile highlight them; the register shows the bottlenecks that "
              "block them. Selected goals: highlighted in the goal chart and heatmap; the "
              "register shows the bottlenecks affecting them and the indicator chart their "
              "indicators. Selected categories: highlighted in the bottleneck chart, and the "
              "register shows only them. A period keeps the bottlenecks open during it. "
              "Different kinds combine with \"and\", items of one kind with \"or\".");
}
