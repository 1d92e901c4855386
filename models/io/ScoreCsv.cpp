#include "ScoreCsv.h"

#include "CsvFields.h"
#include "CsvWriter.h"
#include "domain/Vocabulary.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

namespace {

enum Column
{
    PolicyCode,
    GoalCode,
    EvaluatorName,
    Value,
    Rationale,
    ColumnCount
};

const std::array<std::array<const char *, 3>, ColumnCount> names{{
    {"policy", "政策", "政策编号"},
    {"goal", "目标", "目标代码"},
    {"evaluator", "评估人", "评价人"},
    {"score", "评分", "得分"},
    {"rationale", "理由", "评分理由"},
}};

QStringList namesOf(Column column)
{
    return CsvFields::namesOf(names[column]);
}

using CsvFields::hasControlCharacters;
using CsvFields::shortened;

// 0..4, or "not applicable" in any of the spellings people use.
std::optional<std::optional<int>> parseScore(const QString &text)
{
    if (text.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0 ||
        text.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0 ||
        text == QStringLiteral("不适用") || text == Vocabulary::notApplicableLabel())
        return std::optional<std::optional<int>>(std::in_place, std::nullopt);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= Score::Min && value <= Score::Max)
        return std::optional<std::optional<int>>(std::in_place, value);
    return std::nullopt;
}

QString scoreText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("NA");
}

const GoalNode *findGoal(const Framework &framework, const QString &code)
{
    if (const GoalNode *node = framework.byCode(code))
        return node;
    for (const GoalNode &node : framework.nodes()) {
        if (node.code.compare(code, Qt::CaseInsensitive) == 0)
            return &node;
    }
    return nullptr;
}

using CsvFields::withEmptyStrings;

} // namespace

QStringList ScoreCsv::columns()
{
    return CsvFields::canonicalNames(names);
}

ImportPlan ScoreCsv::plan(const CsvReader::Table &table, const ProjectStore &store)
{
    ImportPlan plan;
    plan.columns =
        QStringList{tr("Policy"), tr("Goal"), tr("Evaluator"), tr("Score"), tr("Rationale")};
    plan.encodingName = TextDecoding::name(table.encoding);
    if (!table.ok) {
        plan.fileError = table.error;
        return plan;
    }
    std::array<int, ColumnCount> index{};
    for (int c = 0; c < ColumnCount; ++c) {
        const auto column = static_cast<Column>(c);
        index[c] = table.column(namesOf(column));
        if (index[c] == -2) {
            plan.fileError = tr("The header names the column \"%1\" more than once.")
                                 .arg(namesOf(column).first());
            return plan;
        }
        if (index[c] == -1 && column != Rationale) {
            plan.fileError = tr("The file has no \"%1\" column. Scores need the columns policy, "
                                "goal, evaluator and score (or 政策, 目标, 评估人 and 评分); the "
                                "header found is: %2")
                                 .arg(namesOf(column).first(),
                                      shortened(table.header.join(QStringLiteral(", "))));
            return plan;
        }
    }

    const Framework &framework = store.framework();
    QHash<QString, QStringList> evaluatorsByName;
    for (const Evaluator &e : store.evaluators())
        evaluatorsByName[e.name] << e.uuid;
    QHash<QString, std::optional<Policy>> policies;       // by code, looked up once
    QHash<QString, QHash<QString, Score>> scoresOfPolicy; // policy uuid → goal|evaluator → score
    QHash<QString, QString> newEvaluators;                // name → uuid made by this plan
    QHash<QString, int> firstLine;                        // policy|goal|evaluator → line
    RowChanges evaluatorChanges, scoreChanges;
    const QString now = Rows::now();
    const QString scoreTable = QStringLiteral("score");
    const QChar sep(0x1F); // cannot occur in a trimmed code or name

    for (const CsvReader::Record &record : table.records) {
        auto reject = [&](const QString &reason) {
            plan.rejected.append({record.line, ImportPlan::shownFields(record.fields), reason});
        };
        if (const QString problem = CsvReader::recordProblem(table, record); !problem.isEmpty()) {
            reject(problem);
            continue;
        }
        auto value = [&](Column c) {
            return index[c] >= 0 ? record.fields.at(index[c]).trimmed() : QString();
        };

        QStringList reasons;
        const QString policyCode = value(PolicyCode);
        if (!policies.contains(policyCode) && !policyCode.isEmpty())
            policies.insert(policyCode, store.policyByCode(policyCode));
        const std::optional<Policy> policy = policies.value(policyCode);
        if (policyCode.isEmpty())
            reasons << tr("the policy code is empty");
        else if (!policy)
            reasons << tr("unknown policy code \"%1\"").arg(shortened(policyCode));

        const QString goalCode = value(GoalCode);
        const GoalNode *goal = goalCode.isEmpty() ? nullptr : findGoal(framework, goalCode);
        if (goalCode.isEmpty()) {
            reasons << tr("the goal code is empty");
        } else if (!goal) {
            reasons << tr("unknown goal code \"%1\"").arg(shortened(goalCode));
        } else if (goal->isDimension()) {
            QStringList goals;
            for (const GoalNode &g : framework.goalsOf(goal->code))
                goals << g.code;
            reasons << tr("\"%1\" is a dimension, not a goal: score its goals (%2)")
                           .arg(goal->code, goals.join(QStringLiteral(", ")));
            goal = nullptr;
        }

        const QString evaluatorName = value(EvaluatorName);
        const QStringList known = evaluatorsByName.value(evaluatorName);
        if (evaluatorName.isEmpty())
            reasons << tr("the evaluator is empty");
        else if (hasControlCharacters(evaluatorName))
            reasons << tr("the evaluator name \"%1\" contains a line break or tab")
                           .arg(shortened(evaluatorName));
        else if (known.size() > 1)
            reasons << tr("the evaluator name \"%1\" is ambiguous: %2 evaluators of the project "
                          "have it")
                           .arg(shortened(evaluatorName))
                           .arg(known.size());

        const QString valueText = value(Value);
        const std::optional<std::optional<int>> score = parseScore(valueText);
        if (valueText.isEmpty())
            reasons << tr("the score is empty (write NA for \"not applicable\")");
        else if (!score)
            reasons << tr("the score \"%1\" is not 0, 1, 2, 3, 4 or NA").arg(shortened(valueText));

        if (policy && goal && !evaluatorName.isEmpty()) {
            const QString key = policy->uuid + sep + goal->uuid + sep + evaluatorName;
            if (firstLine.contains(key))
                reasons << tr("the same policy, goal and evaluator as line %1")
                               .arg(firstLine.value(key));
            else
                firstLine.insert(key, record.line);
        }
        if (!reasons.isEmpty()) {
            reject(reasons.join(QStringLiteral("; ")));
            continue;
        }

        QString evaluatorUuid =
            known.isEmpty() ? newEvaluators.value(evaluatorName) : known.first();
        if (evaluatorUuid.isEmpty()) {
            evaluatorUuid = Rows::newUuid();
            newEvaluators.insert(evaluatorName, evaluatorUuid);
            QVariantMap row = Rows::fromEvaluator({evaluatorUuid, evaluatorName});
            row.insert(QStringLiteral("created"), now);
            evaluatorChanges.append({QStringLiteral("evaluator"), evaluatorUuid, {}, row});
        }

        const bool loaded = scoresOfPolicy.contains(policy->uuid);
        QHash<QString, Score> &scores = scoresOfPolicy[policy->uuid];
        if (!loaded) {
            for (const Score &s : store.scores(policy->uuid))
                scores.insert(s.goalUuid + sep + s.evaluatorUuid, s);
        }
        const auto existing = scores.constFind(goal->uuid + sep + evaluatorUuid);
        const bool exists = existing != scores.constEnd();

        Score s = exists ? *existing : Score();
        s.value = *score;
        if (index[Rationale] >= 0)
            s.rationale = record.fields.at(index[Rationale]);
        ImportPlan::Row row{
            record.line,
            ImportPlan::Action::Add,
            {policy->code, goal->code, evaluatorName, scoreText(s.value), s.rationale}};
        if (!exists) {
            s.uuid = Rows::newUuid();
            s.policyUuid = policy->uuid;
            s.goalUuid = goal->uuid;
            s.evaluatorUuid = evaluatorUuid;
            QVariantMap after = Rows::fromScore(s);
            after.insert(QStringLiteral("created"), now);
            after.insert(QStringLiteral("modified"), now);
            scoreChanges.append({scoreTable, s.uuid, {}, withEmptyStrings(after)});
        } else if (existing->value == s.value && existing->rationale == s.rationale) {
            row.action = ImportPlan::Action::Unchanged;
        } else {
            row.action = ImportPlan::Action::Update;
            const QVariantMap before = store.row(scoreTable, s.uuid);
            QVariantMap after = before;
            after.insert(QStringLiteral("value"), s.value ? QVariant(*s.value) : QVariant());
            after.insert(QStringLiteral("rationale"), s.rationale);
            after.insert(QStringLiteral("modified"), now);
            scoreChanges.append({scoreTable, s.uuid, before, withEmptyStrings(after)});
        }
        plan.rows.append(row);
    }
    // Evaluators first, so that applying inserts them before the scores that refer to them
    // (and undo removes them after).
    plan.changes = evaluatorChanges + scoreChanges;
    return plan;
}

bool ScoreCsv::write(const ProjectStore &store, QIODevice *device, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    // One query rather than one per policy: exports of generated projects have a million
    // scores. The order is stable so that the same project always exports the same bytes.
    if (!q.exec(QStringLiteral(
            "SELECT p.code, g.code, e.name, s.value, s.rationale FROM score s"
            " JOIN policy p ON p.uuid = s.policy_uuid JOIN goal g ON g.uuid = s.goal_uuid"
            " JOIN evaluator e ON e.uuid = s.evaluator_uuid"
            " ORDER BY p.code, g.sort_order, g.code, e.name, e.uuid"))) {
        if (error)
            *error = tr("Could not read the scores: %1").arg(q.lastError().text());
        return false;
    }
    CsvWriter writer(device);
    writer.writeRecord(columns());
    while (q.next()) {
        const QVariant value = q.value(3);
        writer.writeRecord({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            value.isNull() ? QStringLiteral("NA") : QString::number(value.toInt()),
                            q.value(4).toString()});
    }
    return writer.finish(error);
}
