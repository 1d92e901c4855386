#include "ScoreCommands.h"

#include "Project.h"
#include "domain/Vocabulary.h"
#include "store/Rows.h"

namespace {

const QString scoreTable = QStringLiteral("score");
const QString evidenceTable = QStringLiteral("evidence");

QString cellOfScore(const ProjectStore &store, const QVariantMap &score)
{
    return cellLabel(store, score.value(QStringLiteral("policy_uuid")).toString(),
                     score.value(QStringLiteral("goal_uuid")).toString());
}

} // namespace

QString cellLabel(const ProjectStore &store, const QString &policyUuid, const QString &goalUuid)
{
    const QString policy =
        store.row(QStringLiteral("policy"), policyUuid).value(QStringLiteral("code")).toString();
    const GoalNode *goal = store.framework().byUuid(goalUuid);
    return QCoreApplication::translate("Undo", "%1 × %2")
        .arg(policy, goal ? goal->code : QString());
}

SetScoreCommand::SetScoreCommand(Project *project, const QString &policyUuid,
                                 const QString &goalUuid, std::optional<int> value,
                                 const QString &rationale)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Score %1: %2")
                           .arg(cellLabel(project->store(), policyUuid, goalUuid),
                                value ? QString::number(*value) : Vocabulary::notApplicableLabel()))
{
    const ProjectStore &store = project->store();
    const Evaluator who = project->evaluator();
    RowChanges changes;
    if (store.row(QStringLiteral("evaluator"), who.uuid).isEmpty()) {
        QVariantMap evaluator = Rows::fromEvaluator(who);
        evaluator.insert(QStringLiteral("created"), Rows::now());
        changes.append({QStringLiteral("evaluator"), who.uuid, {}, evaluator});
    }
    const std::optional<Score> existing = store.score(policyUuid, goalUuid, who.uuid);
    const QString now = Rows::now();
    Score score;
    if (existing) {
        score = *existing;
    } else {
        score.uuid = Rows::newUuid();
        score.policyUuid = policyUuid;
        score.goalUuid = goalUuid;
        score.evaluatorUuid = who.uuid;
    }
    score.value = value;
    score.rationale = rationale;
    QVariantMap after = Rows::fromScore(score);
    after.insert(QStringLiteral("modified"), now);
    if (existing) {
        // Undo writes `before` back over `after` column by column, so `after` carries the
        // whole row: without `created` in it, undo "restored" created from NULL and logged
        // that as a change.
        const QVariantMap before = store.row(scoreTable, score.uuid);
        QVariantMap row = before;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            row.insert(it.key(), it.value());
        changes.append({scoreTable, score.uuid, before, row});
    } else {
        after.insert(QStringLiteral("created"), now);
        changes.append({scoreTable, score.uuid, {}, after});
    }
    m_scoreUuid = score.uuid;
    setChanges(changes);
}

ClearScoreCommand::ClearScoreCommand(Project *project, const QString &scoreUuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap score = store.row(scoreTable, scoreUuid);
    setText(QCoreApplication::translate("Undo", "Clear score %1").arg(cellOfScore(store, score)));
    RowChanges changes;
    for (const QVariantMap &e :
         store.rowsWhere(evidenceTable, QStringLiteral("score_uuid"), scoreUuid))
        changes.append({evidenceTable, e.value(QStringLiteral("uuid")).toString(), e, {}});
    if (!score.isEmpty())
        changes.append({scoreTable, scoreUuid, score, {}});
    setChanges(changes);
}

AddEvidenceCommand::AddEvidenceCommand(Project *project, Evidence evidence)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    setText(QCoreApplication::translate("Undo", "Add evidence to %1")
                .arg(cellOfScore(store, store.row(scoreTable, evidence.scoreUuid))));
    if (evidence.uuid.isEmpty())
        evidence.uuid = Rows::newUuid();
    const QList<Evidence> existing = store.evidence(evidence.scoreUuid);
    evidence.sortOrder = existing.isEmpty() ? 0 : existing.last().sortOrder + 1;
    QVariantMap row = Rows::fromEvidence(evidence);
    const QString now = Rows::now();
    row.insert(QStringLiteral("created"), now);
    row.insert(QStringLiteral("modified"), now);
    setChanges({{evidenceTable, evidence.uuid, {}, row}});
}

EditEvidenceCommand::EditEvidenceCommand(Project *project, const Evidence &after)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap before = store.row(evidenceTable, after.uuid);
    const QString scoreUuid = before.value(QStringLiteral("score_uuid")).toString();
    setText(QCoreApplication::translate("Undo", "Edit evidence of %1")
                .arg(cellOfScore(store, store.row(scoreTable, scoreUuid))));
    QVariantMap row = before;
    Evidence changed = after;
    changed.scoreUuid = scoreUuid;
    changed.sortOrder = before.value(QStringLiteral("sort_order")).toInt();
    const QVariantMap fields = Rows::fromEvidence(changed);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        row.insert(it.key(), it.value());
    row.insert(QStringLiteral("modified"), Rows::now());
    setChanges({{evidenceTable, after.uuid, before, row}});
}

RemoveEvidenceCommand::RemoveEvidenceCommand(Project *project, const QString &evidenceUuid)
    : RowChangeCommand(project, QString())
{
    const ProjectStore &store = project->store();
    const QVariantMap before = store.row(evidenceTable, evidenceUuid);
    setText(QCoreApplication::translate("Undo", "Remove evidence from %1")
                .arg(cellOfScore(
                    store,
                    store.row(scoreTable, before.value(QStringLiteral("score_uuid")).toString()))));
    setChanges({{evidenceTable, evidenceUuid, before, {}}});
}
