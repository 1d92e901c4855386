#include "BottleneckCommands.h"

#include "Project.h"
#include "domain/BottleneckRules.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QSet>

namespace {

const QString bottleneckTable = QStringLiteral("bottleneck");
const QString goalLinkTable = QStringLiteral("bottleneck_goal");
const QString policyLinkTable = QStringLiteral("bottleneck_policy");
const QString evidenceTable = QStringLiteral("bottleneck_evidence");
const QString uuidColumn = QStringLiteral("uuid");

QString titleOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("title")).toString();
}

// Inserts and deletes that turn the links `before` into `after`, in `after`'s order.
void diffLinks(RowChanges *changes, const ProjectStore &store, const QString &table,
               const QString &otherColumn, const QString &bottleneckUuid, const QStringList &after,
               QVariantMap (*link)(const QString &, const QString &))
{
    QSet<QString> wanted(after.cbegin(), after.cend());
    QSet<QString> present;
    for (const QVariantMap &row :
         store.rowsWhere(table, QStringLiteral("bottleneck_uuid"), bottleneckUuid)) {
        const QString other = row.value(otherColumn).toString();
        present.insert(other);
        if (!wanted.contains(other))
            changes->append({table, row.value(uuidColumn).toString(), row, {}});
    }
    QSet<QString> added;
    for (const QString &other : after) {
        if (present.contains(other) || added.contains(other))
            continue;
        added.insert(other);
        const QVariantMap row = link(bottleneckUuid, other);
        changes->append({table, row.value(uuidColumn).toString(), {}, row});
    }
}

} // namespace

AddBottleneckCommand::AddBottleneckCommand(Project *project, Bottleneck bottleneck,
                                           const QDate &today)
    : RowChangeCommand(
          project,
          QCoreApplication::translate("Undo", "Add bottleneck \"%1\"").arg(bottleneck.title))
{
    if (bottleneck.uuid.isEmpty())
        bottleneck.uuid = Rows::newUuid();
    if (!bottleneck.opened.isValid())
        bottleneck.opened = today;
    BottleneckRules::settleClosedDate(&bottleneck, today);
    m_uuid = bottleneck.uuid;
    QVariantMap row = Rows::fromBottleneck(bottleneck);
    const QString now = Rows::now();
    row.insert(QStringLiteral("created"), now);
    row.insert(QStringLiteral("modified"), now);
    row.insert(QStringLiteral("modified_by"), project->evaluator().uuid);
    RowChanges changes{{bottleneckTable, bottleneck.uuid, {}, row}};
    diffLinks(&changes, project->store(), goalLinkTable, QStringLiteral("goal_uuid"),
              bottleneck.uuid, bottleneck.goalUuids, &Rows::bottleneckGoalLink);
    diffLinks(&changes, project->store(), policyLinkTable, QStringLiteral("policy_uuid"),
              bottleneck.uuid, bottleneck.policyUuids, &Rows::bottleneckPolicyLink);
    setChanges(changes);
}

EditBottleneckCommand::EditBottleneckCommand(Project *project, Bottleneck after, const QDate &today)
    : RowChangeCommand(
          project, QCoreApplication::translate("Undo", "Edit bottleneck \"%1\"").arg(after.title))
{
    const ProjectStore &store = project->store();
    const QVariantMap old = store.row(bottleneckTable, after.uuid);
    if (old.isEmpty())
        return;
    BottleneckRules::settleClosedDate(&after, today);
    QVariantMap updated = old;
    const QVariantMap fields = Rows::fromBottleneck(after);
    bool differs = false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QVariant &was = old.value(it.key());
        const bool same = was.isNull() || it.value().isNull()
                              ? was.isNull() == it.value().isNull()
                              : was.toString() == it.value().toString();
        differs = differs || !same;
        updated.insert(it.key(), it.value());
    }
    RowChanges changes;
    if (differs) {
        updated.insert(QStringLiteral("modified"), Rows::now());
        updated.insert(QStringLiteral("modified_by"), project->evaluator().uuid);
        changes.append({bottleneckTable, after.uuid, old, updated});
    }
    diffLinks(&changes, store, goalLinkTable, QStringLiteral("goal_uuid"), after.uuid,
              after.goalUuids, &Rows::bottleneckGoalLink);
    diffLinks(&changes, store, policyLinkTable, QStringLiteral("policy_uuid"), after.uuid,
              after.policyUuids, &Rows::bottleneckPolicyLink);
    setChanges(changes);
}

DeleteBottleneckCommand::DeleteBottleneckCommand(Project *project, const QString &bottleneckUuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap row = store.row(bottleneckTable, bottleneckUuid);
    setText(QCoreApplication::translate("Undo", "Delete bottleneck \"%1\"").arg(titleOf(row)));
    RowChanges changes;
    for (const QString &table : {goalLinkTable, policyLinkTable, evidenceTable}) {
        for (const QVariantMap &child :
             store.rowsWhere(table, QStringLiteral("bottleneck_uuid"), bottleneckUuid))
            changes.append({table, child.value(uuidColumn).toString(), child, {}});
    }
    if (!row.isEmpty())
        changes.append({bottleneckTable, bottleneckUuid, row, {}});
    setChanges(changes);
}

AddBottleneckEvidenceCommand::AddBottleneckEvidenceCommand(Project *project,
                                                           const QString &bottleneckUuid,
                                                           Evidence evidence)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    setText(QCoreApplication::translate("Undo", "Add evidence to \"%1\"")
                .arg(titleOf(store.row(bottleneckTable, bottleneckUuid))));
    if (evidence.uuid.isEmpty())
        evidence.uuid = Rows::newUuid();
    const QList<Evidence> existing = store.bottleneckEvidence(bottleneckUuid);
    evidence.sortOrder = existing.isEmpty() ? 0 : existing.last().sortOrder + 1;
    setChanges({{evidenceTable,
                 evidence.uuid,
                 {},
                 Rows::fromBottleneckEvidence(bottleneckUuid, evidence)}});
}

EditBottleneckEvidenceCommand::EditBottleneckEvidenceCommand(Project *project,
                                                             const Evidence &after)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap before = store.row(evidenceTable, after.uuid);
    const QString bottleneckUuid = before.value(QStringLiteral("bottleneck_uuid")).toString();
    setText(QCoreApplication::translate("Undo", "Edit evidence of \"%1\"")
                .arg(titleOf(store.row(bottleneckTable, bottleneckUuid))));
    if (before.isEmpty())
        return;
    Evidence changed = after;
    changed.sortOrder = before.value(QStringLiteral("sort_order")).toInt();
    setChanges({{evidenceTable, after.uuid, before,
                 Rows::fromBottleneckEvidence(bottleneckUuid, changed)}});
}

RemoveBottleneckEvidenceCommand::RemoveBottleneckEvidenceCommand(Project *project,
                                                                 const QString &evidenceUuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap before = store.row(evidenceTable, evidenceUuid);
    setText(QCoreApplication::translate("Undo", "Remove evidence from \"%1\"")
                .arg(titleOf(store.row(
                    bottleneckTable, before.value(QStringLiteral("bottleneck_uuid")).toString()))));
    if (!before.isEmpty())
        setChanges({{evidenceTable, evidenceUuid, before, {}}});
}

AddBottleneckCategoryCommand::AddBottleneckCategoryCommand(Project *project,
                                                           BottleneckCategory category)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Add category %1").arg(category.code))
{
    int order = 0;
    for (const BottleneckCategory &c : project->store().bottleneckCategories())
        order = std::max(order, c.sortOrder + 1);
    setChanges({{QStringLiteral("bottleneck_category"),
                 category.code,
                 {},
                 {{QStringLiteral("code"), category.code},
                  {QStringLiteral("parent_code"), category.parentCode},
                  {QStringLiteral("name_zh"), category.nameZh},
                  {QStringLiteral("name_en"), category.nameEn},
                  {QStringLiteral("description_zh"), category.descriptionZh},
                  {QStringLiteral("description_en"), category.descriptionEn},
                  {QStringLiteral("source"), category.source},
                  {QStringLiteral("builtin"), 0},
                  {QStringLiteral("sort_order"), order}}}});
}

RemoveBottleneckCategoryCommand::RemoveBottleneckCategoryCommand(Project *project,
                                                                 const QString &code)
    : RowChangeCommand(project, QCoreApplication::translate("Undo", "Remove category %1").arg(code))
{
    const QVariantMap row = project->store().row(QStringLiteral("bottleneck_category"), code);
    if (!row.isEmpty() && row.value(QStringLiteral("builtin")).toInt() == 0)
        setChanges({{QStringLiteral("bottleneck_category"), code, row, {}}});
}
