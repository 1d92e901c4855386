#include "PolicyCommands.h"

#include "Project.h"
#include "store/Rows.h"

namespace {

const QString policyTable = QStringLiteral("policy");

QString label(const Policy &p)
{
    return p.code.isEmpty() ? p.title : p.code;
}

} // namespace

AddPolicyCommand::AddPolicyCommand(Project *project, Policy policy)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Add policy %1").arg(label(policy)))
{
    if (policy.uuid.isEmpty())
        policy.uuid = Rows::newUuid();
    m_uuid = policy.uuid;
    QVariantMap row = Rows::fromPolicy(policy);
    const QString now = Rows::now();
    row.insert(QStringLiteral("created"), now);
    row.insert(QStringLiteral("modified"), now);
    row.insert(QStringLiteral("modified_by"), project->evaluator().uuid);
    setChanges({{policyTable, policy.uuid, {}, row}});
}

EditPolicyCommand::EditPolicyCommand(Project *project, const Policy &before, const Policy &after)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Edit policy %1").arg(label(after)))
{
    const QVariantMap old = project->store().row(policyTable, before.uuid);
    QVariantMap updated = old;
    const QVariantMap fields = Rows::fromPolicy(after);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        updated.insert(it.key(), it.value());
    updated.insert(QStringLiteral("uuid"), before.uuid);
    updated.insert(QStringLiteral("modified"), Rows::now());
    updated.insert(QStringLiteral("modified_by"), project->evaluator().uuid);
    setChanges({{policyTable, before.uuid, old, updated}});
}

DeletePolicyCommand::DeletePolicyCommand(Project *project, const QString &policyUuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap policy = store.row(policyTable, policyUuid);
    setText(QCoreApplication::translate("Undo", "Delete policy %1")
                .arg(policy.value(QStringLiteral("code")).toString()));
    RowChanges changes;
    const QString scoreTable = QStringLiteral("score");
    for (const QVariantMap &score :
         store.rowsWhere(scoreTable, QStringLiteral("policy_uuid"), policyUuid)) {
        const QString scoreUuid = score.value(QStringLiteral("uuid")).toString();
        for (const QVariantMap &e :
             store.rowsWhere(QStringLiteral("evidence"), QStringLiteral("score_uuid"), scoreUuid))
            changes.append(
                {QStringLiteral("evidence"), e.value(QStringLiteral("uuid")).toString(), e, {}});
        changes.append({scoreTable, scoreUuid, score, {}});
    }
    // Rows of other tables that refer to the policy go with it (and come back on undo).
    for (const QString &table :
         {QStringLiteral("bottleneck_policy"), QStringLiteral("consensus")}) {
        for (const QVariantMap &row :
             store.rowsWhere(table, QStringLiteral("policy_uuid"), policyUuid))
            changes.append({table, row.value(QStringLiteral("uuid")).toString(), row, {}});
    }
    if (!policy.isEmpty())
        changes.append({policyTable, policyUuid, policy, {}});
    setChanges(changes);
}
