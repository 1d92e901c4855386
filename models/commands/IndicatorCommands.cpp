#include "IndicatorCommands.h"

#include "Project.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QSet>

namespace {

const QString indicatorTable = QStringLiteral("indicator");
const QString goalLinkTable = QStringLiteral("indicator_goal");
const QString uuidColumn = QStringLiteral("uuid");
const QString ownerColumn = QStringLiteral("indicator_uuid");

QString valueTableLabel(const QString &table)
{
    if (table == QLatin1String("target"))
        return QCoreApplication::translate("Undo", "target");
    if (table == QLatin1String("benchmark"))
        return QCoreApplication::translate("Undo", "benchmark");
    return QCoreApplication::translate("Undo", "observation");
}

} // namespace

AddIndicatorCommand::AddIndicatorCommand(Project *project, Indicator indicator)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Add indicator %1").arg(indicator.code))
{
    if (indicator.uuid.isEmpty())
        indicator.uuid = Rows::newUuid();
    m_uuid = indicator.uuid;
    int order = 0;
    for (const Indicator &i : project->store().indicators())
        order = std::max(order, i.sortOrder + 1);
    indicator.sortOrder = order;
    indicator.builtin = false;
    RowChanges changes{{indicatorTable, indicator.uuid, {}, Rows::fromIndicator(indicator)}};
    QSet<QString> goals;
    for (const QString &goal : std::as_const(indicator.goalUuids)) {
        if (goals.contains(goal))
            continue;
        goals.insert(goal);
        const QVariantMap link = Rows::indicatorGoalLink(indicator.uuid, goal);
        changes.append({goalLinkTable, link.value(uuidColumn).toString(), {}, link});
    }
    auto add = [&](const QString &table, QVariantMap row) {
        if (row.value(uuidColumn).toString().isEmpty())
            row.insert(uuidColumn, Rows::newUuid());
        changes.append({table, row.value(uuidColumn).toString(), {}, row});
    };
    for (const Observation &o : std::as_const(indicator.observations))
        add(QStringLiteral("observation"), Rows::fromObservation(indicator.uuid, o));
    for (const IndicatorTarget &t : std::as_const(indicator.targets))
        add(QStringLiteral("target"), Rows::fromTarget(indicator.uuid, t));
    for (const Benchmark &b : std::as_const(indicator.benchmarks))
        add(QStringLiteral("benchmark"), Rows::fromBenchmark(indicator.uuid, b));
    setChanges(changes);
}

EditIndicatorCommand::EditIndicatorCommand(Project *project, const Indicator &after)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Edit indicator %1").arg(after.code))
{
    const ProjectStore &store = project->store();
    const QVariantMap old = store.row(indicatorTable, after.uuid);
    if (old.isEmpty())
        return;
    QVariantMap updated = old;
    QVariantMap fields = Rows::fromIndicator(after);
    // Neither the origin nor the position of an indicator changes by editing it.
    fields.remove(QStringLiteral("builtin"));
    fields.remove(QStringLiteral("sort_order"));
    bool differs = false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        differs = differs || old.value(it.key()).toString() != it.value().toString();
        updated.insert(it.key(), it.value());
    }
    RowChanges changes;
    if (differs)
        changes.append({indicatorTable, after.uuid, old, updated});
    const QSet<QString> wanted(after.goalUuids.cbegin(), after.goalUuids.cend());
    QSet<QString> present;
    for (const QVariantMap &row : store.rowsWhere(goalLinkTable, ownerColumn, after.uuid)) {
        const QString goal = row.value(QStringLiteral("goal_uuid")).toString();
        present.insert(goal);
        if (!wanted.contains(goal))
            changes.append({goalLinkTable, row.value(uuidColumn).toString(), row, {}});
    }
    for (const QString &goal : after.goalUuids) {
        if (present.contains(goal))
            continue;
        present.insert(goal);
        const QVariantMap link = Rows::indicatorGoalLink(after.uuid, goal);
        changes.append({goalLinkTable, link.value(uuidColumn).toString(), {}, link});
    }
    setChanges(changes);
}

DeleteIndicatorCommand::DeleteIndicatorCommand(Project *project, const QString &indicatorUuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap row = store.row(indicatorTable, indicatorUuid);
    setText(QCoreApplication::translate("Undo", "Delete indicator %1")
                .arg(row.value(QStringLiteral("code")).toString()));
    RowChanges changes;
    for (const QString &table : {goalLinkTable, QStringLiteral("observation"),
                                 QStringLiteral("target"), QStringLiteral("benchmark")}) {
        for (const QVariantMap &child : store.rowsWhere(table, ownerColumn, indicatorUuid))
            changes.append({table, child.value(uuidColumn).toString(), child, {}});
    }
    if (!row.isEmpty())
        changes.append({indicatorTable, indicatorUuid, row, {}});
    setChanges(changes);
}

SetIndicatorValueCommand::SetIndicatorValueCommand(Project *project, const QString &table,
                                                   const QString &uuid, const QVariantMap &row)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap before = store.row(table, uuid);
    const QString indicatorUuid = (row.isEmpty() ? before : row).value(ownerColumn).toString();
    const QString code =
        store.row(indicatorTable, indicatorUuid).value(QStringLiteral("code")).toString();
    if (row.isEmpty()) {
        setText(QCoreApplication::translate("Undo", "Remove %1 of %2")
                    .arg(valueTableLabel(table), code));
        if (!before.isEmpty())
            setChanges({{table, uuid, before, {}}});
        return;
    }
    QVariantMap after = row;
    after.insert(uuidColumn, uuid);
    setText(
        before.isEmpty()
            ? QCoreApplication::translate("Undo", "Add %1 to %2").arg(valueTableLabel(table), code)
            : QCoreApplication::translate("Undo", "Edit %1 of %2")
                  .arg(valueTableLabel(table), code));
    setChanges({{table, uuid, before, after}});
}
