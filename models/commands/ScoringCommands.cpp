#include "ScoringCommands.h"

#include "Project.h"
#include "ScoreCommands.h"
#include "domain/Vocabulary.h"
#include "store/Rows.h"

namespace {

const QString setTable = QStringLiteral("weight_set");

// Diffs the child rows of a weight set, matched by `keyOf`, into `changes`.
void diffRows(RowChanges &changes, const QString &table, const QList<QVariantMap> &before,
              const QList<QVariantMap> &after,
              const std::function<QString(const QVariantMap &)> &keyOf)
{
    QHash<QString, QVariantMap> old;
    for (const QVariantMap &row : before)
        old.insert(keyOf(row), row);
    for (QVariantMap row : after) {
        const QString key = keyOf(row);
        if (old.contains(key)) {
            const QVariantMap previous = old.take(key);
            row.insert(QStringLiteral("uuid"), previous.value(QStringLiteral("uuid")));
            bool same = true;
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                same = same && previous.value(it.key()).toString() == it.value().toString();
            if (!same)
                changes.append(
                    {table, row.value(QStringLiteral("uuid")).toString(), previous, row});
        } else {
            row.insert(QStringLiteral("uuid"), Rows::newUuid());
            changes.append({table, row.value(QStringLiteral("uuid")).toString(), {}, row});
        }
    }
    for (const QVariantMap &gone : std::as_const(old))
        changes.append({table, gone.value(QStringLiteral("uuid")).toString(), gone, {}});
}

QString consensusUuidOf(const ProjectStore &store, const QString &policy, const QString &goal)
{
    for (const QVariantMap &row :
         store.rowsWhere(QStringLiteral("consensus"), QStringLiteral("policy_uuid"), policy)) {
        if (row.value(QStringLiteral("goal_uuid")).toString() == goal)
            return row.value(QStringLiteral("uuid")).toString();
    }
    return QString();
}

} // namespace

SaveWeightSetCommand::SaveWeightSetCommand(Project *project, WeightSetRecord set, bool activate)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Save weight set \"%1\"").arg(set.name))
{
    const ProjectStore &store = project->store();
    const QString now = Rows::now();
    const QVariantMap before = set.uuid.isEmpty() ? QVariantMap() : store.row(setTable, set.uuid);
    if (set.uuid.isEmpty() || before.isEmpty())
        set.uuid = set.uuid.isEmpty() ? Rows::newUuid() : set.uuid;
    m_uuid = set.uuid;
    QVariantMap row = before;
    row.insert(QStringLiteral("uuid"), set.uuid);
    row.insert(QStringLiteral("name"), set.name);
    row.insert(QStringLiteral("description"), set.description);
    row.insert(QStringLiteral("revision"),
               before.isEmpty() ? 1 : before.value(QStringLiteral("revision")).toInt() + 1);
    row.insert(QStringLiteral("modified"), now);
    row.insert(QStringLiteral("modified_by"), project->evaluator().uuid);
    if (before.isEmpty())
        row.insert(QStringLiteral("created"), now);
    RowChanges changes{{setTable, set.uuid, before, row}};

    const QVariant setUuid(set.uuid);
    QList<QVariantMap> weights, methods, judgements;
    for (auto it = set.raw.cbegin(); it != set.raw.cend(); ++it)
        weights.append({{QStringLiteral("weight_set_uuid"), setUuid},
                        {QStringLiteral("code"), it.key()},
                        {QStringLiteral("raw"), it.value()}});
    for (auto it = set.methods.cbegin(); it != set.methods.cend(); ++it)
        methods.append({{QStringLiteral("weight_set_uuid"), setUuid},
                        {QStringLiteral("level_code"), it.key()},
                        {QStringLiteral("method"), it.value()}});
    for (const WeightSetRecord::Judgement &j : std::as_const(set.judgements))
        judgements.append({{QStringLiteral("weight_set_uuid"), setUuid},
                           {QStringLiteral("level_code"), j.level},
                           {QStringLiteral("row_code"), j.row},
                           {QStringLiteral("column_code"), j.column},
                           {QStringLiteral("value"), j.value}});
    const QString column = QStringLiteral("weight_set_uuid");
    diffRows(changes, QStringLiteral("weight"),
             store.rowsWhere(QStringLiteral("weight"), column, set.uuid), weights,
             [](const QVariantMap &r) { return r.value(QStringLiteral("code")).toString(); });
    diffRows(changes, QStringLiteral("weight_method"),
             store.rowsWhere(QStringLiteral("weight_method"), column, set.uuid), methods,
             [](const QVariantMap &r) { return r.value(QStringLiteral("level_code")).toString(); });
    diffRows(changes, QStringLiteral("pairwise"),
             store.rowsWhere(QStringLiteral("pairwise"), column, set.uuid), judgements,
             [](const QVariantMap &r) {
                 return QStringList{r.value(QStringLiteral("level_code")).toString(),
                                    r.value(QStringLiteral("row_code")).toString(),
                                    r.value(QStringLiteral("column_code")).toString()}
                     .join(QLatin1Char('\x1f'));
             });
    if (activate) {
        const QString key = QStringLiteral("weight_set");
        changes.append({QStringLiteral("project"),
                        key,
                        store.row(QStringLiteral("project"), key),
                        {{QStringLiteral("key"), key}, {QStringLiteral("value"), set.uuid}}});
    }
    setChanges(changes);
}

DeleteWeightSetCommand::DeleteWeightSetCommand(Project *project, const QString &uuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap set = store.row(setTable, uuid);
    setText(QCoreApplication::translate("Undo", "Delete weight set \"%1\"")
                .arg(set.value(QStringLiteral("name")).toString()));
    RowChanges changes;
    for (const QString &table :
         {QStringLiteral("weight"), QStringLiteral("weight_method"), QStringLiteral("pairwise")}) {
        for (const QVariantMap &row :
             store.rowsWhere(table, QStringLiteral("weight_set_uuid"), uuid))
            changes.append({table, row.value(QStringLiteral("uuid")).toString(), row, {}});
    }
    if (!set.isEmpty())
        changes.append({setTable, uuid, set, {}});
    setChanges(changes);
}

SetActiveWeightSetCommand::SetActiveWeightSetCommand(Project *project, const QString &uuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    setText(QCoreApplication::translate("Undo", "Use weight set \"%1\"")
                .arg(store.row(setTable, uuid).value(QStringLiteral("name")).toString()));
    const QString key = QStringLiteral("weight_set");
    const QVariantMap before = store.row(QStringLiteral("project"), key);
    setChanges({{QStringLiteral("project"),
                 key,
                 before,
                 {{QStringLiteral("key"), key}, {QStringLiteral("value"), uuid}}}});
}

SetConsensusCommand::SetConsensusCommand(Project *project, const QString &policyUuid,
                                         const QString &goalUuid, std::optional<int> value,
                                         const QString &rationale)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Set consensus %1: %2")
                           .arg(cellLabel(project->store(), policyUuid, goalUuid),
                                value ? QString::number(*value) : Vocabulary::notApplicableLabel()))
{
    const ProjectStore &store = project->store();
    const QString table = QStringLiteral("consensus");
    const QString existing = consensusUuidOf(store, policyUuid, goalUuid);
    const QVariantMap before = existing.isEmpty() ? QVariantMap() : store.row(table, existing);
    const QString now = Rows::now();
    QVariantMap row = before;
    row.insert(QStringLiteral("uuid"), existing.isEmpty() ? Rows::newUuid() : existing);
    row.insert(QStringLiteral("policy_uuid"), policyUuid);
    row.insert(QStringLiteral("goal_uuid"), goalUuid);
    row.insert(QStringLiteral("value"), value ? QVariant(*value) : QVariant());
    row.insert(QStringLiteral("rationale"), rationale);
    row.insert(QStringLiteral("set_by"), project->evaluator().uuid);
    row.insert(QStringLiteral("modified"), now);
    if (before.isEmpty())
        row.insert(QStringLiteral("created"), now);
    setChanges({{table, row.value(QStringLiteral("uuid")).toString(), before, row}});
}

ClearConsensusCommand::ClearConsensusCommand(Project *project, const QString &policyUuid,
                                             const QString &goalUuid)
    : RowChangeCommand(project, QCoreApplication::translate("Undo", "Remove consensus of %1")
                                    .arg(cellLabel(project->store(), policyUuid, goalUuid)))
{
    const QString uuid = consensusUuidOf(project->store(), policyUuid, goalUuid);
    if (!uuid.isEmpty())
        setChanges({{QStringLiteral("consensus"),
                     uuid,
                     project->store().row(QStringLiteral("consensus"), uuid),
                     {}}});
}
