// The scoring side of ProjectStore: bulk reads for the scoring engine and weight sets.
#include "ProjectStore.h"

#include "SchemaCheck.h"
#include "domain/Vocabulary.h"
#include "scoring/ScoringData.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

// A prepared statement on the raw handle: hundreds of thousands of rows are read here, and
// QtSql's per-value QVariant/QString conversions would dominate the time.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    bool next() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    QByteArray bytes(int column) const // valid until the next step
    {
        return QByteArray::fromRawData(
            reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray ownedBytes(int column) const // a deep copy, to keep as a hash key
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QHash<QByteArray, int> indexOf(const QStringList &uuids)
{
    QHash<QByteArray, int> index;
    index.reserve(uuids.size());
    for (int i = 0; i < uuids.size(); ++i)
        index.insert(uuids.at(i).toUtf8(), i);
    return index;
}

} // namespace

bool ProjectStore::loadScoringData(ScoringData *data, QString *error) const
{
    *data = ScoringData();
    sqlite3 *db = SchemaCheck::handle(database());
    Statement policyRows(db, "SELECT uuid, code, title FROM policy ORDER BY code");
    while (policyRows.next()) {
        data->policyUuids << policyRows.text(0);
        data->policyCodes << policyRows.text(1);
        data->policyTitles << policyRows.text(2);
    }
    data->goals = m_framework.goals();
    for (const GoalNode &g : std::as_const(data->goals))
        data->goalUuids << g.uuid;
    data->evaluators = evaluators();
    for (const Evaluator &e : std::as_const(data->evaluators))
        data->evaluatorUuids << e.uuid;

    const QHash<QByteArray, int> policies = indexOf(data->policyUuids);
    const QHash<QByteArray, int> goals = indexOf(data->goalUuids);
    const QHash<QByteArray, int> evaluators = indexOf(data->evaluatorUuids);
    data->scores = ScoreMatrix(int(data->policyUuids.size()), int(data->goalUuids.size()),
                               int(data->evaluatorUuids.size()));

    // Evidence levels by score first (the evidence table is small), so that the one pass over
    // the scores can attach them: joining evidence to score by UUID would cost a random
    // lookup in the large score table per item.
    QHash<QByteArray, QVector<ResultLevel>> evidenceByScore;
    Statement evidence(db, "SELECT score_uuid, level FROM evidence");
    while (evidence.next()) {
        if (const auto level = Vocabulary::resultLevelFromText(evidence.text(1)))
            evidenceByScore[evidence.ownedBytes(0)].append(*level);
    }

    Statement scores(db, "SELECT policy_uuid, goal_uuid, evaluator_uuid, value, uuid FROM score");
    if (!scores.isValid()) {
        if (error)
            *error = tr("The scores cannot be read.");
        return false;
    }
    while (scores.next()) {
        const int p = policies.value(scores.bytes(0), -1);
        const int g = goals.value(scores.bytes(1), -1);
        const int e = evaluators.value(scores.bytes(2), -1);
        if (p < 0 || g < 0 || e < 0)
            continue; // a score on a dimension or of another framework: `check` reports it
        data->scores.setScore(
            p, g, e, scores.isNull(3) ? std::nullopt : std::optional<int>(scores.integer(3)));
        const auto items = evidenceByScore.constFind(scores.bytes(4));
        if (items != evidenceByScore.constEnd()) {
            for (ResultLevel level : *items)
                data->evidence.append({p, g, e, level});
        }
    }

    Statement overrides(db, "SELECT policy_uuid, goal_uuid, value, rationale FROM consensus");
    while (overrides.next()) {
        const CellRef cell{policies.value(overrides.bytes(0), -1),
                           goals.value(overrides.bytes(1), -1)};
        if (cell.policy < 0 || cell.goal < 0)
            continue;
        data->overrides.insert(
            cell, overrides.isNull(2) ? std::nullopt : std::optional<double>(overrides.integer(2)));
        data->overrideRationales.insert(cell, overrides.text(3));
    }

    return true;
}

QList<WeightSetRecord> ProjectStore::weightSets() const
{
    QList<WeightSetRecord> sets;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT uuid FROM weight_set ORDER BY name"));
    QStringList uuids;
    while (q.next())
        uuids << q.value(0).toString();
    for (const QString &uuid : std::as_const(uuids)) {
        if (auto set = weightSet(uuid))
            sets << *set;
    }
    return sets;
}

std::optional<WeightSetRecord> ProjectStore::weightSet(const QString &uuid) const
{
    QSqlQuery q(database());
    q.prepare(
        QStringLiteral("SELECT uuid, name, revision, description FROM weight_set WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    WeightSetRecord set;
    set.uuid = q.value(0).toString();
    set.name = q.value(1).toString();
    set.revision = q.value(2).toInt();
    set.description = q.value(3).toString();
    q.prepare(QStringLiteral("SELECT code, raw FROM weight WHERE weight_set_uuid = ?"));
    q.addBindValue(uuid);
    q.exec();
    while (q.next())
        set.raw.insert(q.value(0).toString(), q.value(1).toDouble());
    q.prepare(
        QStringLiteral("SELECT level_code, method FROM weight_method WHERE weight_set_uuid = ?"));
    q.addBindValue(uuid);
    q.exec();
    while (q.next())
        set.methods.insert(q.value(0).toString(), q.value(1).toString());
    q.prepare(
        QStringLiteral("SELECT level_code, row_code, column_code, value FROM pairwise"
                       " WHERE weight_set_uuid = ? ORDER BY level_code, row_code, column_code"));
    q.addBindValue(uuid);
    q.exec();
    while (q.next())
        set.judgements.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toDouble()});
    return set;
}

std::optional<WeightSetRecord> ProjectStore::weightSetByName(const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT uuid FROM weight_set WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return weightSet(q.value(0).toString());
    return std::nullopt;
}

QString ProjectStore::activeWeightSetUuid() const
{
    const QString active = metadata(QStringLiteral("weight_set"));
    if (!active.isEmpty() && !row(QStringLiteral("weight_set"), active).isEmpty())
        return active;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT uuid FROM weight_set ORDER BY created, name LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}
