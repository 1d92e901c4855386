// The read side of ProjectStore: plain queries returning domain values.
#include "ProjectStore.h"

#include "Rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *const policyColumns =
    "p.uuid, p.code, p.title, p.issuer, p.year, p.level, p.instrument, p.description";

Policy policyFrom(const QSqlQuery &q)
{
    Policy p;
    p.uuid = q.value(0).toString();
    p.code = q.value(1).toString();
    p.title = q.value(2).toString();
    p.issuer = q.value(3).toString();
    p.year = q.value(4).toInt();
    p.level = q.value(5).toString();
    p.instrument = q.value(6).toString();
    p.description = q.value(7).toString();
    return p;
}

Score scoreFrom(const QSqlQuery &q)
{
    Score s;
    s.uuid = q.value(0).toString();
    s.policyUuid = q.value(1).toString();
    s.goalUuid = q.value(2).toString();
    s.evaluatorUuid = q.value(3).toString();
    if (!q.value(4).isNull())
        s.value = q.value(4).toInt();
    s.rationale = q.value(5).toString();
    s.created = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    s.modified = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.evaluatorName = q.value(8).toString();
    return s;
}

const char *const scoreSelect =
    "SELECT s.uuid, s.policy_uuid, s.goal_uuid, s.evaluator_uuid, s.value, s.rationale,"
    " s.created, s.modified, e.name FROM score s JOIN evaluator e ON e.uuid = s.evaluator_uuid ";

} // namespace

QString ProjectStore::displayName() const
{
    const QString english = metadata(QStringLiteral("name_en"));
    return uiIsChinese() || english.isEmpty() ? name() : english;
}

QString ProjectStore::displayDescription() const
{
    const QString english = metadata(QStringLiteral("description_en"));
    return uiIsChinese() || english.isEmpty() ? metadata(QStringLiteral("description")) : english;
}

QList<PolicySummary> ProjectStore::policySummaries() const
{
    QList<PolicySummary> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Counting per policy from the (policy, goal, evaluator) unique index keeps this one
    // index scan even for hundreds of thousands of scores.
    q.exec(QStringLiteral("SELECT %1, coalesce(c.goals, 0), coalesce(c.scores, 0) FROM policy p"
                          " LEFT JOIN (SELECT policy_uuid, count(DISTINCT goal_uuid) AS goals,"
                          " count(*) AS scores FROM score GROUP BY policy_uuid) c"
                          " ON c.policy_uuid = p.uuid ORDER BY p.code")
               .arg(QLatin1String(policyColumns)));
    while (q.next()) {
        PolicySummary s;
        s.policy = policyFrom(q);
        s.scoredGoals = q.value(8).toInt();
        s.scoreCount = q.value(9).toInt();
        result << s;
    }
    return result;
}

QList<Policy> ProjectStore::policies() const
{
    QList<Policy> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM policy p ORDER BY p.code")
               .arg(QLatin1String(policyColumns)));
    while (q.next())
        result << policyFrom(q);
    return result;
}

std::optional<PolicySummary> ProjectStore::policySummary(const QString &uuid) const
{
    const std::optional<Policy> p = policy(uuid);
    if (!p)
        return std::nullopt;
    PolicySummary s;
    s.policy = *p;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT count(DISTINCT goal_uuid), count(*) FROM score WHERE policy_uuid = ?"));
    q.addBindValue(uuid);
    if (q.exec() && q.next()) {
        s.scoredGoals = q.value(0).toInt();
        s.scoreCount = q.value(1).toInt();
    }
    return s;
}

std::optional<Policy> ProjectStore::policy(const QString &uuid) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM policy p WHERE p.uuid = ?")
                  .arg(QLatin1String(policyColumns)));
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return policyFrom(q);
    return std::nullopt;
}

std::optional<Policy> ProjectStore::policyByCode(const QString &code) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM policy p WHERE p.code = ?")
                  .arg(QLatin1String(policyColumns)));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return policyFrom(q);
    return std::nullopt;
}

QList<Evaluator> ProjectStore::evaluators() const
{
    QList<Evaluator> result;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT uuid, name FROM evaluator ORDER BY name, uuid"));
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

std::optional<Evaluator> ProjectStore::evaluator(const QString &uuid) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT uuid, name FROM evaluator WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return Evaluator{q.value(0).toString(), q.value(1).toString()};
    return std::nullopt;
}

QList<Score> ProjectStore::scores(const QString &policyUuid, const QString &goalUuid) const
{
    QList<Score> result;
    QSqlQuery q(database());
    if (goalUuid.isEmpty()) {
        q.prepare(QLatin1String(scoreSelect) +
                  QStringLiteral("WHERE s.policy_uuid = ? ORDER BY e.name"));
        q.addBindValue(policyUuid);
    } else {
        q.prepare(QLatin1String(scoreSelect) +
                  QStringLiteral("WHERE s.policy_uuid = ? AND s.goal_uuid = ? ORDER BY e.name"));
        q.addBindValue(policyUuid);
        q.addBindValue(goalUuid);
    }
    if (q.exec()) {
        while (q.next())
            result << scoreFrom(q);
    }
    return result;
}

std::optional<Score> ProjectStore::score(const QString &policyUuid, const QString &goalUuid,
                                         const QString &evaluatorUuid) const
{
    QSqlQuery q(database());
    q.prepare(
        QLatin1String(scoreSelect) +
        QStringLiteral("WHERE s.policy_uuid = ? AND s.goal_uuid = ? AND s.evaluator_uuid = ?"));
    q.addBindValue(policyUuid);
    q.addBindValue(goalUuid);
    q.addBindValue(evaluatorUuid);
    if (q.exec() && q.next())
        return scoreFrom(q);
    return std::nullopt;
}

QList<Evidence> ProjectStore::evidence(const QString &scoreUuid) const
{
    QList<Evidence> result;
    for (const QVariantMap &row :
         rowsWhere(QStringLiteral("evidence"), QStringLiteral("score_uuid"), scoreUuid))
        result << Rows::toEvidence(row);
    std::sort(result.begin(), result.end(),
              [](const Evidence &a, const Evidence &b) { return a.sortOrder < b.sortOrder; });
    return result;
}

QList<Score> ProjectStore::scoresOfGoal(const QString &goalUuid) const
{
    QList<Score> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(scoreSelect) +
              QStringLiteral("WHERE s.goal_uuid = ? ORDER BY s.rowid"));
    q.addBindValue(goalUuid);
    if (q.exec()) {
        while (q.next())
            result << scoreFrom(q);
    }
    return result;
}

QHash<QString, int> ProjectStore::evidenceCounts(const QString &policyUuid) const
{
    QHash<QString, int> counts;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT s.uuid, count(*) FROM score s JOIN evidence v ON v.score_uuid = s.uuid"
        " WHERE s.policy_uuid = ? GROUP BY s.uuid"));
    q.addBindValue(policyUuid);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

QStringList ProjectStore::check() const
{
    QStringList problems;
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << tr("Integrity check failed to run: %1").arg(q.lastError().text());
        return problems;
    }
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << tr("Integrity: %1").arg(q.value(0).toString());
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << tr("Broken reference: a row of %1 refers to a missing row of %2")
                            .arg(q.value(0).toString(), q.value(2).toString());
    }
    const QList<QPair<QString, QString>> consistency{
        {QStringLiteral("SELECT count(*) FROM score s JOIN goal g ON g.uuid = s.goal_uuid"
                        " WHERE g.parent_code = ''"),
         tr("%1 scores are given to a dimension instead of a goal")},
        {QStringLiteral("SELECT count(*) FROM goal g WHERE g.parent_code <> '' AND NOT EXISTS"
                        " (SELECT 1 FROM goal d WHERE d.code = g.parent_code AND d.framework_id = "
                        "g.framework_id)"),
         tr("%1 goals belong to a dimension that does not exist")},
        {QStringLiteral(
             "SELECT count(*) FROM goal WHERE framework_id NOT IN (SELECT id FROM framework)"),
         tr("%1 goals belong to no framework")},
        {QStringLiteral("SELECT count(*) FROM project WHERE key IN ('name', 'uuid', 'framework')"),
         QString()},
    };
    for (const auto &check : consistency) {
        if (!q.exec(check.first) || !q.next())
            continue;
        const int n = q.value(0).toInt();
        if (check.second.isEmpty()) {
            if (n != 3)
                problems << tr("Project metadata is incomplete (name, uuid or framework missing)");
        } else if (n > 0) {
            problems << check.second.arg(n);
        }
    }
    if (m_framework.id() != metadata(QStringLiteral("framework")))
        problems << tr("The project says it uses framework \"%1\" but holds \"%2\"")
                        .arg(metadata(QStringLiteral("framework")), m_framework.id());
    return problems;
}
