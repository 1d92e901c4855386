// Undoable edits: every command's redo, undo and redo again against the project file, the
// change log each writes, and what happens when an edit cannot be written.
#include "RawDb.h"
#include "TestProject.h"
#include "commands/ImportCommand.h"
#include "commands/PolicyCommands.h"
#include "commands/ScoreCommands.h"
#include "store/Rows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <algorithm>

namespace {

QStringList column(QSqlDatabase db, const QString &sql)
{
    QStringList result;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("<error: %1>").arg(q.lastError().text())};
    while (q.next())
        result << q.value(0).toString();
    return result;
}

// Every row of every table but the change log, values rendered by SQLite's quote() so that
// types count too ('3' is not 3, '' is not NULL).
QStringList content(QSqlDatabase db)
{
    QStringList result;
    for (const QString &table :
         column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name <> 'change_log' ORDER BY name"))) {
        QStringList quoted;
        for (const QString &c :
             column(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
            quoted << QStringLiteral("quote(\"%1\")").arg(c);
        for (const QString &row :
             column(db, QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1")
                            .arg(quoted.join(QStringLiteral(" || '|' || ")), table)))
            result << table + QStringLiteral(": ") + row;
    }
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

struct LogRow
{
    QString at;
    QString actorUuid;
    QString actorName;
    QString command;
    QString action;
    QString entity;
    QString entityUuid;
    QVariant field;
    QVariant oldValue;
    QVariant newValue;

    // What the row says, without when and by which command.
    QString what() const
    {
        auto text = [](const QVariant &v) {
            return v.isNull() ? QStringLiteral("NULL") : v.toString();
        };
        return QStringList{action, entity, entityUuid, text(field), text(oldValue), text(newValue)}
            .join(QLatin1Char('|'));
    }
    // The row undoing this one writes.
    QString reversedWhat() const
    {
        LogRow r = *this;
        if (action == QLatin1String("insert"))
            r.action = QStringLiteral("delete");
        else if (action == QLatin1String("delete"))
            r.action = QStringLiteral("insert");
        std::swap(r.oldValue, r.newValue);
        return r.what();
    }
    QJsonObject json(const QVariant &v) const
    {
        return QJsonDocument::fromJson(v.toString().toUtf8()).object();
    }
};

int lastSeq(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

QList<LogRow> logSince(QSqlDatabase db, int seq)
{
    QList<LogRow> rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT at, actor_uuid, actor_name, command, action, entity, entity_uuid, field,"
        " old_value, new_value FROM change_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(seq);
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7), q.value(8), q.value(9)});
    }
    return rows;
}

QStringList whats(const QList<LogRow> &rows, bool reversed = false)
{
    QStringList result;
    for (const LogRow &r : rows)
        result << (reversed ? r.reversedWhat() : r.what());
    result.sort();
    return result;
}

QStringList fieldsOf(const QList<LogRow> &rows)
{
    QStringList result;
    for (const LogRow &r : rows)
        result << r.field.toString();
    result.sort();
    return result;
}

// What one redo / undo / redo round trip produced.
struct RoundTrip
{
    QString text;
    QStringList before;
    QStringList after;
    QList<LogRow> redoLog;
    QList<LogRow> undoLog;
};

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addPolicy();
    void editPolicy();
    void deletePolicyWithScoresAndEvidence();
    void setScoreNew();
    void setScoreUpdate();
    void setScoreNotApplicable();
    void clearScoreWithEvidence();
    void clearNotApplicableScore();
    void addEvidence();
    void editEvidence();
    void removeEvidence();
    void importCommand();
    void undoTexts_data();
    void undoTexts();
    void scoresOfSeveralEvaluatorsCoexist();
    void changedSignalFollowsTheFile();
    void readOnlyProjectRefusesCommands();
    void failingWriteIsDropped_data();
    void failingWriteIsDropped();
    void failingUndoLeavesTheFileConsistent();
    void failingPushKeepsRedoHistory();

private:
    Project *project() const { return m_tp->project(); }
    ProjectStore &store() const { return m_tp->store(); }
    QSqlDatabase db() const { return m_tp->store().database(); }
    QString policyUuid(const QString &code) const
    {
        const std::optional<Policy> p = store().policyByCode(code);
        return p ? p->uuid : QString();
    }
    QString goalUuid(const QString &code) const
    {
        const GoalNode *g = store().framework().byCode(code);
        return g ? g->uuid : QString();
    }
    // A sample score with at least two evidence items.
    QString scoreWithEvidence() const
    {
        const QStringList uuids =
            column(db(), QStringLiteral("SELECT score_uuid FROM evidence GROUP BY score_uuid"
                                        " HAVING count(*) >= 2 ORDER BY score_uuid LIMIT 1"));
        return uuids.value(0);
    }
    // Pushes `command`, undoes and redoes it, checking the file and the change log at
    // every step. Fills `trip` for the caller's own checks.
    void roundTrip(QUndoCommand *command, RoundTrip *trip);

    std::unique_ptr<TestProject> m_tp;
};

void TestCommands::init()
{
    m_tp = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_tp->isValid(), qPrintable(m_tp->error()));
}

void TestCommands::cleanup()
{
    m_tp.reset();
}

void TestCommands::roundTrip(QUndoCommand *command, RoundTrip *trip)
{
    QUndoStack *stack = project()->undoStack();
    QSignalSpy errors(project(), &Project::errorOccurred);
    const int count = stack->count();
    trip->text = command->text();
    trip->before = content(db());
    const Evaluator who = project()->evaluator();

    const int seq0 = lastSeq(db());
    QVERIFY(project()->push(command)); // runs redo()
    QCOMPARE(errors.count(), 0);
    QCOMPARE(stack->count(), count + 1);
    QVERIFY(stack->canUndo());
    trip->after = content(db());
    QVERIFY(trip->after != trip->before);
    trip->redoLog = logSince(db(), seq0);
    QVERIFY(!trip->redoLog.isEmpty());
    for (const LogRow &r : trip->redoLog) {
        QCOMPARE(r.command, trip->text);
        QCOMPARE(r.actorUuid, who.uuid);
        QCOMPARE(r.actorName, who.name);
        QVERIFY(!r.at.isEmpty());
        QVERIFY(!r.entityUuid.isEmpty());
    }

    const int seq1 = lastSeq(db());
    stack->undo();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(stack->count(), count + 1);
    QVERIFY(stack->canRedo());
    QCOMPARE(content(db()), trip->before);
    trip->undoLog = logSince(db(), seq1);
    const QString undoText = QStringLiteral("Undo: %1").arg(trip->text);
    for (const LogRow &r : trip->undoLog) {
        QCOMPARE(r.command, undoText);
        QCOMPARE(r.actorUuid, who.uuid);
    }
    // Undo logs exactly the reverse of what redo logged.
    QCOMPARE(whats(trip->undoLog), whats(trip->redoLog, true));

    const int seq2 = lastSeq(db());
    stack->redo();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(content(db()), trip->after);
    QCOMPARE(whats(logSince(db(), seq2)), whats(trip->redoLog));

    QVERIFY(store().check().isEmpty());
}

void TestCommands::addPolicy()
{
    Policy p;
    p.code = QStringLiteral("T-001");
    p.title = QStringLiteral("关于测试的若干措施");
    p.issuer = QStringLiteral("科技部");
    p.level = QStringLiteral("ministerial");
    p.instrument = QStringLiteral("guideline");
    // year unknown (0) and no description: stored as NULL and '' respectively.
    auto *command = new AddPolicyCommand(project(), p);
    const QString uuid = command->policyUuid();
    QVERIFY(!uuid.isEmpty());
    RoundTrip trip;
    roundTrip(command, &trip);
    if (QTest::currentTestFailed())
        return;

    const std::optional<Policy> stored = store().policy(uuid);
    QVERIFY(stored);
    QCOMPARE(stored->code, p.code);
    QCOMPARE(stored->title, p.title);
    QCOMPARE(stored->issuer, p.issuer);
    QCOMPARE(stored->year, 0);
    QCOMPARE(stored->level, p.level);
    QCOMPARE(stored->instrument, p.instrument);
    const QVariantMap row = store().row(QStringLiteral("policy"), uuid);
    QVERIFY(row.value(QStringLiteral("year")).isNull());
    QCOMPARE(row.value(QStringLiteral("description")).toString(), QString());
    QVERIFY(!row.value(QStringLiteral("description")).isNull()); // '' not NULL
    QVERIFY(!row.value(QStringLiteral("created")).toString().isEmpty());
    QCOMPARE(row.value(QStringLiteral("modified_by")).toString(),
             TestProject::testEvaluator().uuid);

    QCOMPARE(trip.redoLog.size(), 1);
    const LogRow &log = trip.redoLog.first();
    QCOMPARE(log.action, QStringLiteral("insert"));
    QCOMPARE(log.entity, QStringLiteral("policy"));
    QCOMPARE(log.entityUuid, uuid);
    QVERIFY(log.field.isNull());
    QVERIFY(log.oldValue.isNull());
    const QJsonObject inserted = log.json(log.newValue);
    QCOMPARE(inserted.value(QLatin1String("code")).toString(), p.code);
    QCOMPARE(inserted.value(QLatin1String("title")).toString(), p.title);
    QCOMPARE(trip.undoLog.size(), 1);
    QCOMPARE(trip.undoLog.first().action, QStringLiteral("delete"));
    QCOMPARE(store().counts().policies, 16);
}

void TestCommands::editPolicy()
{
    const std::optional<Policy> before = store().policyByCode(QStringLiteral("P01"));
    QVERIFY(before);
    QVERIFY(before->year > 0);
    Policy after = *before;
    after.title = QStringLiteral("新标题");
    after.issuer = QStringLiteral("全国人大常委会");
    after.year = 0; // now unknown
    RoundTrip trip;
    roundTrip(new EditPolicyCommand(project(), *before, after), &trip);
    if (QTest::currentTestFailed())
        return;

    const std::optional<Policy> stored = store().policy(before->uuid);
    QCOMPARE(stored->title, after.title);
    QCOMPARE(stored->issuer, after.issuer);
    QCOMPARE(stored->year, 0);
    QCOMPARE(stored->description, before->description);
    QCOMPARE(store()
                 .row(QStringLiteral("policy"), before->uuid)
                 .value(QStringLiteral("modified_by"))
                 .toString(),
             TestProject::testEvaluator().uuid);
    // Only the changed fields are logged, with their old and new values (bookkeeping
    // columns modified/modified_by are not).
    QCOMPARE(fieldsOf(trip.redoLog), (QStringList{QStringLiteral("issuer"), QStringLiteral("title"),
                                                  QStringLiteral("year")}));
    for (const LogRow &r : trip.redoLog) {
        QCOMPARE(r.action, QStringLiteral("update"));
        QCOMPARE(r.entity, QStringLiteral("policy"));
        QCOMPARE(r.entityUuid, before->uuid);
        if (r.field == QLatin1String("title")) {
            QCOMPARE(r.oldValue.toString(), before->title);
            QCOMPARE(r.newValue.toString(), after.title);
        } else if (r.field == QLatin1String("year")) {
            QCOMPARE(r.oldValue.toString(), QString::number(before->year));
            QVERIFY(r.newValue.isNull());
        }
    }
    QCOMPARE(fieldsOf(trip.undoLog), fieldsOf(trip.redoLog));
}

void TestCommands::deletePolicyWithScoresAndEvidence()
{
    const QString uuid = policyUuid(QStringLiteral("P01"));
    const int scores = store().scores(uuid).size();
    int evidence = 0;
    for (const Score &s : store().scores(uuid))
        evidence += store().evidence(s.uuid).size();
    QVERIFY(scores >= 3);
    QVERIFY(evidence >= 3);
    // A bottleneck that names the policy: the link goes and comes back with it.
    QSqlQuery q(db());
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO bottleneck (uuid, title, category_code, severity, status, created, "
                 "modified)"
                 " VALUES ('00000000-0000-4000-8000-00000000bb01', '细则缺失', 'P8', 3, 'open',"
                 " '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")),
             qPrintable(q.lastError().text()));
    QVERIFY(
        q.exec(QStringLiteral(
                   "INSERT INTO bottleneck_policy VALUES ('00000000-0000-4000-8000-00000000bc01',"
                   " '00000000-0000-4000-8000-00000000bb01', '%1')")
                   .arg(uuid)));
    const int otherScores = store().counts().scores - scores;
    const QString linksOfPolicy =
        QStringLiteral("SELECT count(*) FROM bottleneck_policy WHERE policy_uuid = '%1'").arg(uuid);
    const int links = column(db(), linksOfPolicy).value(0).toInt(); // the sample's and this one
    QVERIFY(links >= 1);
    const QString bottlenecks =
        column(db(), QStringLiteral("SELECT count(*) FROM bottleneck")).value(0);

    RoundTrip trip;
    roundTrip(new DeletePolicyCommand(project(), uuid), &trip);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(!store().policy(uuid));
    QVERIFY(store().scores(uuid).isEmpty());
    QCOMPARE(store().counts().scores, otherScores);
    QCOMPARE(column(db(), linksOfPolicy).value(0), QStringLiteral("0"));
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM bottleneck")).value(0), bottlenecks);
    // One delete row per removed row, each with the whole row as the old value.
    QCOMPARE(trip.redoLog.size(), scores + evidence + 1 + links);
    QHash<QString, int> perEntity;
    for (const LogRow &r : trip.redoLog) {
        QCOMPARE(r.action, QStringLiteral("delete"));
        QVERIFY(r.newValue.isNull());
        QCOMPARE(r.json(r.oldValue).value(QLatin1String("uuid")).toString(), r.entityUuid);
        ++perEntity[r.entity];
    }
    QCOMPARE(perEntity.value(QStringLiteral("score")), scores);
    QCOMPARE(perEntity.value(QStringLiteral("evidence")), evidence);
    QCOMPARE(perEntity.value(QStringLiteral("policy")), 1);
    QCOMPARE(perEntity.value(QStringLiteral("bottleneck_policy")), links);
}

void TestCommands::setScoreNew()
{
    const QString policy = policyUuid(QStringLiteral("P01"));
    const QString goal = goalUuid(QStringLiteral("D1"));
    QVERIFY(store().scores(policy, goal).isEmpty());
    const Evaluator who = project()->evaluator();
    QVERIFY(!store().evaluator(who.uuid)); // not yet part of the project

    auto *command = new SetScoreCommand(project(), policy, goal, 3, QStringLiteral("有细则"));
    const QString scoreUuid = command->scoreUuid();
    RoundTrip trip;
    roundTrip(command, &trip);
    if (QTest::currentTestFailed())
        return;

    const std::optional<Score> score = store().score(policy, goal, who.uuid);
    QVERIFY(score);
    QCOMPARE(score->uuid, scoreUuid);
    QVERIFY(score->value == 3);
    QCOMPARE(score->rationale, QStringLiteral("有细则"));
    QCOMPARE(score->evaluatorName, who.name);
    QVERIFY(score->created.isValid());
    QCOMPARE(score->created, score->modified);
    QVERIFY(store().evaluator(who.uuid)); // registered with the first score

    QCOMPARE(trip.redoLog.size(), 2);
    QCOMPARE(trip.redoLog.at(0).entity, QStringLiteral("evaluator"));
    QCOMPARE(trip.redoLog.at(0).entityUuid, who.uuid);
    QCOMPARE(trip.redoLog.at(1).entity, QStringLiteral("score"));
    QCOMPARE(trip.redoLog.at(1).action, QStringLiteral("insert"));
    const QJsonObject row = trip.redoLog.at(1).json(trip.redoLog.at(1).newValue);
    QCOMPARE(row.value(QLatin1String("value")).toInt(), 3);
    QCOMPARE(row.value(QLatin1String("goal_uuid")).toString(), goal);
    // Undo removes the score before the evaluator it refers to.
    QCOMPARE(trip.undoLog.size(), 2);
    QCOMPARE(trip.undoLog.at(0).entity, QStringLiteral("score"));
    QCOMPARE(trip.undoLog.at(1).entity, QStringLiteral("evaluator"));
}

void TestCommands::setScoreUpdate()
{
    const QString policy = policyUuid(QStringLiteral("P01"));
    const QString goal = goalUuid(QStringLiteral("D1"));
    QVERIFY(
        project()->push(new SetScoreCommand(project(), policy, goal, 1, QStringLiteral("原则性"))));
    const std::optional<Score> first = store().score(policy, goal, project()->evaluator().uuid);
    QVERIFY(first);

    auto *command = new SetScoreCommand(project(), policy, goal, 4, QStringLiteral("有成效证据"));
    QCOMPARE(command->scoreUuid(), first->uuid); // the same score, changed
    RoundTrip trip;
    roundTrip(command, &trip);
    if (QTest::currentTestFailed())
        return;

    const std::optional<Score> score = store().score(policy, goal, project()->evaluator().uuid);
    QVERIFY(score->value == 4);
    QCOMPARE(score->created, first->created);
    QCOMPARE(store().scores(policy, goal).size(), 1);
    // value and rationale changed; nothing else is logged, neither way.
    QCOMPARE(fieldsOf(trip.redoLog),
             (QStringList{QStringLiteral("rationale"), QStringLiteral("value")}));
    QCOMPARE(fieldsOf(trip.undoLog),
             (QStringList{QStringLiteral("rationale"), QStringLiteral("value")}));
    for (const LogRow &r : trip.redoLog) {
        QCOMPARE(r.action, QStringLiteral("update"));
        QCOMPARE(r.entityUuid, first->uuid);
        if (r.field == QLatin1String("value")) {
            QCOMPARE(r.oldValue.toString(), QStringLiteral("1"));
            QCOMPARE(r.newValue.toString(), QStringLiteral("4"));
        }
    }
}

void TestCommands::setScoreNotApplicable()
{
    const QString policy = policyUuid(QStringLiteral("P02"));
    const QString goal = goalUuid(QStringLiteral("D3"));
    QVERIFY(store().scores(policy, goal).isEmpty());
    RoundTrip trip;
    roundTrip(new SetScoreCommand(project(), policy, goal, std::nullopt, QStringLiteral("不适用")),
              &trip);
    if (QTest::currentTestFailed())
        return;
    std::optional<Score> score = store().score(policy, goal, project()->evaluator().uuid);
    QVERIFY(score);
    QVERIFY(score->isNotApplicable());
    QVERIFY(trip.redoLog.last()
                .json(trip.redoLog.last().newValue)
                .value(QLatin1String("value"))
                .isNull());

    // N/A → 0 ("not addressed", which is not N/A) and back: undo restores a real NULL.
    roundTrip(new SetScoreCommand(project(), policy, goal, 0, QStringLiteral("未涉及")), &trip);
    if (QTest::currentTestFailed())
        return;
    score = store().score(policy, goal, project()->evaluator().uuid);
    QVERIFY(score->value == 0);
    const LogRow &valueRow =
        *std::find_if(trip.redoLog.cbegin(), trip.redoLog.cend(),
                      [](const LogRow &r) { return r.field == QLatin1String("value"); });
    QVERIFY(valueRow.oldValue.isNull());
    QCOMPARE(valueRow.newValue.toString(), QStringLiteral("0"));
    project()->undoStack()->undo();
    QCOMPARE(column(db(), QStringLiteral("SELECT typeof(value) FROM score WHERE uuid = '%1'")
                              .arg(score->uuid)),
             QStringList{QStringLiteral("null")});
}

void TestCommands::clearScoreWithEvidence()
{
    const QString scoreUuid = scoreWithEvidence();
    QVERIFY(!scoreUuid.isEmpty());
    const int evidence = store().evidence(scoreUuid).size();
    QVERIFY(evidence >= 2);
    RoundTrip trip;
    roundTrip(new ClearScoreCommand(project(), scoreUuid), &trip);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(store().row(QStringLiteral("score"), scoreUuid).isEmpty());
    QVERIFY(store().evidence(scoreUuid).isEmpty());
    QCOMPARE(trip.redoLog.size(), evidence + 1);
    QCOMPARE(trip.redoLog.last().entity, QStringLiteral("score"));  // evidence goes first
    QCOMPARE(trip.undoLog.first().entity, QStringLiteral("score")); // and comes back last
}

void TestCommands::clearNotApplicableScore()
{
    const QString policy = policyUuid(QStringLiteral("P03"));
    const QString goal = goalUuid(QStringLiteral("E4"));
    auto *set =
        new SetScoreCommand(project(), policy, goal, std::nullopt, QStringLiteral("不适用"));
    const QString scoreUuid = set->scoreUuid();
    QVERIFY(project()->push(set));
    RoundTrip trip;
    roundTrip(new ClearScoreCommand(project(), scoreUuid), &trip);
    if (QTest::currentTestFailed())
        return;
    project()->undoStack()->undo();
    // Restored as N/A, not as 0 and not as text.
    const std::optional<Score> score = store().score(policy, goal, project()->evaluator().uuid);
    QVERIFY(score);
    QVERIFY(score->isNotApplicable());
}

void TestCommands::addEvidence()
{
    const QString scoreUuid = scoreWithEvidence();
    const QList<Evidence> existing = store().evidence(scoreUuid);
    QVERIFY(existing.size() >= 2);
    Evidence e;
    e.scoreUuid = scoreUuid;
    e.source = QStringLiteral("001");
    e.quote = QStringLiteral("建立健全国际科技合作评估机制");
    e.level = ResultLevel::Outcome;
    // no locator: stored as ''
    RoundTrip trip;
    roundTrip(new AddEvidenceCommand(project(), e), &trip);
    if (QTest::currentTestFailed())
        return;
    const QList<Evidence> now = store().evidence(scoreUuid);
    QCOMPARE(now.size(), existing.size() + 1);
    const Evidence &added = now.last(); // appended after the others
    QCOMPARE(added.sortOrder, existing.last().sortOrder + 1);
    QCOMPARE(added.quote, e.quote);
    QCOMPARE(added.level, ResultLevel::Outcome);
    QCOMPARE(added.locator, QString());
    QCOMPARE(trip.redoLog.size(), 1);
    QCOMPARE(trip.redoLog.first().entity, QStringLiteral("evidence"));
    QCOMPARE(trip.redoLog.first().action, QStringLiteral("insert"));
    QCOMPARE(trip.redoLog.first()
                 .json(trip.redoLog.first().newValue)
                 .value(QLatin1String("level"))
                 .toString(),
             QStringLiteral("outcome"));
}

void TestCommands::editEvidence()
{
    const QString scoreUuid = scoreWithEvidence();
    const Evidence before = store().evidence(scoreUuid).first();
    Evidence after = before;
    after.quote = QStringLiteral("改过的摘录");
    after.level = before.level == ResultLevel::Impact ? ResultLevel::Input : ResultLevel::Impact;
    after.sortOrder = 99;        // ignored: the order is kept
    after.scoreUuid = QString(); // ignored: evidence stays with its score
    RoundTrip trip;
    roundTrip(new EditEvidenceCommand(project(), after), &trip);
    if (QTest::currentTestFailed())
        return;
    const Evidence stored = store().evidence(scoreUuid).first();
    QCOMPARE(stored.uuid, before.uuid);
    QCOMPARE(stored.quote, after.quote);
    QCOMPARE(stored.level, after.level);
    QCOMPARE(stored.sortOrder, before.sortOrder);
    QCOMPARE(fieldsOf(trip.redoLog),
             (QStringList{QStringLiteral("level"), QStringLiteral("quote")}));
}

void TestCommands::removeEvidence()
{
    const QString scoreUuid = scoreWithEvidence();
    const QList<Evidence> before = store().evidence(scoreUuid);
    RoundTrip trip;
    roundTrip(new RemoveEvidenceCommand(project(), before.first().uuid), &trip);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store().evidence(scoreUuid).size(), before.size() - 1);
    QCOMPARE(trip.redoLog.size(), 1);
    QCOMPARE(trip.redoLog.first().action, QStringLiteral("delete"));
    QCOMPARE(trip.redoLog.first().entityUuid, before.first().uuid);
}

void TestCommands::importCommand()
{
    // What an accepted import plan looks like: new policies, an evaluator, a score, evidence.
    const QString now = Rows::now();
    RowChanges changes;
    QStringList policyUuids;
    for (const QString &code : {QStringLiteral("IMP-1"), QStringLiteral("IMP-2")}) {
        Policy p;
        p.uuid = Rows::newUuid();
        p.code = code;
        p.title = QStringLiteral("导入的政策 ") + code;
        p.year = 2022;
        QVariantMap row = Rows::fromPolicy(p);
        row.insert(QStringLiteral("created"), now);
        row.insert(QStringLiteral("modified"), now);
        changes.append({QStringLiteral("policy"), p.uuid, {}, row});
        policyUuids << p.uuid;
    }
    const Evaluator imported{Rows::newUuid(), QStringLiteral("导入评估员")};
    QVariantMap evaluatorRow = Rows::fromEvaluator(imported);
    evaluatorRow.insert(QStringLiteral("created"), now);
    changes.append({QStringLiteral("evaluator"), imported.uuid, {}, evaluatorRow});
    Score s;
    s.uuid = Rows::newUuid();
    s.policyUuid = policyUuids.first();
    s.goalUuid = goalUuid(QStringLiteral("S2"));
    s.evaluatorUuid = imported.uuid;
    s.value = 2;
    QVariantMap scoreRow = Rows::fromScore(s);
    scoreRow.insert(QStringLiteral("created"), now);
    scoreRow.insert(QStringLiteral("modified"), now);
    changes.append({QStringLiteral("score"), s.uuid, {}, scoreRow});
    Evidence e;
    e.uuid = Rows::newUuid();
    e.scoreUuid = s.uuid;
    e.quote = QStringLiteral("摘录");
    QVariantMap evidenceRow = Rows::fromEvidence(e);
    evidenceRow.insert(QStringLiteral("created"), now);
    evidenceRow.insert(QStringLiteral("modified"), now);
    changes.append({QStringLiteral("evidence"), e.uuid, {}, evidenceRow});
    // And a change to an existing policy.
    const QVariantMap p01 =
        store().row(QStringLiteral("policy"), policyUuid(QStringLiteral("P01")));
    QVariantMap p01After = p01;
    p01After.insert(QStringLiteral("issuer"), QStringLiteral("导入的发文机关"));
    changes.append(
        {QStringLiteral("policy"), p01.value(QStringLiteral("uuid")).toString(), p01, p01After});

    RoundTrip trip;
    roundTrip(new ImportCommand(project(),
                                QStringLiteral("Import policies.csv (IMP-1, IMP-2, P01)"), changes),
              &trip);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(store().policyByCode(QStringLiteral("IMP-2")));
    QCOMPARE(store().scores(policyUuids.first()).size(), 1);
    QCOMPARE(store().scores(policyUuids.first()).first().evaluatorName, imported.name);
    QCOMPARE(store().policyByCode(QStringLiteral("P01"))->issuer, QStringLiteral("导入的发文机关"));
    QCOMPARE(trip.redoLog.size(), 6);
    QCOMPARE(trip.undoLog.size(), 6);
    QCOMPARE(trip.undoLog.first().entity, QStringLiteral("policy")); // reverse order
    QCOMPARE(trip.undoLog.first().action, QStringLiteral("update"));
    QCOMPARE(trip.undoLog.last().entityUuid, policyUuids.first());
}

enum CommandKind
{
    AddPolicy,
    EditPolicy,
    DeletePolicy,
    SetScore,
    SetScoreNA,
    ClearScore,
    AddEvidence,
    EditEvidence,
    RemoveEvidence
};

void TestCommands::undoTexts_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("add policy") << int(AddPolicy);
    QTest::newRow("edit policy") << int(EditPolicy);
    QTest::newRow("delete policy") << int(DeletePolicy);
    QTest::newRow("set score") << int(SetScore);
    QTest::newRow("set score N/A") << int(SetScoreNA);
    QTest::newRow("clear score") << int(ClearScore);
    QTest::newRow("add evidence") << int(AddEvidence);
    QTest::newRow("edit evidence") << int(EditEvidence);
    QTest::newRow("remove evidence") << int(RemoveEvidence);
}

void TestCommands::undoTexts()
{
    QFETCH(int, kind);
    const QString scoreUuid = scoreWithEvidence();
    const QVariantMap scoreRow = store().row(QStringLiteral("score"), scoreUuid);
    const QString code =
        store().policy(scoreRow.value(QStringLiteral("policy_uuid")).toString())->code;
    const GoalNode *goal =
        store().framework().byUuid(scoreRow.value(QStringLiteral("goal_uuid")).toString());
    QVERIFY(goal);
    const Policy policy = *store().policyByCode(code);
    const Evidence evidence = store().evidence(scoreUuid).first();
    std::unique_ptr<QUndoCommand> command;
    switch (CommandKind(kind)) {
    case AddPolicy: {
        Policy p;
        p.code = QStringLiteral("NEW-9");
        p.title = QStringLiteral("新政策");
        command.reset(new AddPolicyCommand(project(), p));
        QVERIFY(command->text().contains(QStringLiteral("NEW-9")));
        return;
    }
    case EditPolicy: {
        Policy after = policy;
        after.title += QStringLiteral("（修订）");
        command.reset(new EditPolicyCommand(project(), policy, after));
        break;
    }
    case DeletePolicy:
        command.reset(new DeletePolicyCommand(project(), policy.uuid));
        break;
    case SetScore:
        command.reset(new SetScoreCommand(project(), policy.uuid, goal->uuid, 2, QString()));
        break;
    case SetScoreNA:
        command.reset(
            new SetScoreCommand(project(), policy.uuid, goal->uuid, std::nullopt, QString()));
        break;
    case ClearScore:
        command.reset(new ClearScoreCommand(project(), scoreUuid));
        break;
    case AddEvidence: {
        Evidence e;
        e.scoreUuid = scoreUuid;
        command.reset(new AddEvidenceCommand(project(), e));
        break;
    }
    case EditEvidence:
        command.reset(new EditEvidenceCommand(project(), evidence));
        break;
    case RemoveEvidence:
        command.reset(new RemoveEvidenceCommand(project(), evidence.uuid));
        break;
    }
    const QString text = command->text();
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(text.contains(code), qPrintable(text));
    if (kind == SetScore || kind == SetScoreNA || kind == ClearScore || kind >= AddEvidence)
        QVERIFY2(text.contains(goal->code), qPrintable(text)); // names the cell
}

void TestCommands::scoresOfSeveralEvaluatorsCoexist()
{
    const QString policy = policyUuid(QStringLiteral("P04"));
    const QString goal = goalUuid(QStringLiteral("F2"));
    QVERIFY(store().scores(policy, goal).isEmpty());
    const Evaluator a{QStringLiteral("00000000-0000-4000-8000-0000000000a1"),
                      QStringLiteral("评估员甲")};
    const Evaluator b{QStringLiteral("00000000-0000-4000-8000-0000000000b1"),
                      QStringLiteral("评估员乙")};
    project()->setEvaluator(a);
    QVERIFY(project()->push(new SetScoreCommand(project(), policy, goal, 1, QStringLiteral("甲"))));
    project()->setEvaluator(b);
    QVERIFY(project()->push(new SetScoreCommand(project(), policy, goal, 3, QStringLiteral("乙"))));
    QList<Score> scores = store().scores(policy, goal);
    QCOMPARE(scores.size(), 2);
    QSet<QString> names;
    for (const Score &s : scores)
        names.insert(s.evaluatorName + QString::number(*s.value));
    QCOMPARE(names, (QSet<QString>{QStringLiteral("评估员甲1"), QStringLiteral("评估员乙3")}));

    // A scores again: still one score per evaluator, A's changed, B's untouched.
    project()->setEvaluator(a);
    QVERIFY(
        project()->push(new SetScoreCommand(project(), policy, goal, 2, QStringLiteral("甲改"))));
    QCOMPARE(store().scores(policy, goal).size(), 2);
    QVERIFY(store().score(policy, goal, a.uuid)->value == 2);
    QVERIFY(store().score(policy, goal, b.uuid)->value == 3);
    // Undoing B's score while A is the current evaluator removes B's, not A's.
    project()->undoStack()->undo();
    project()->undoStack()->undo();
    scores = store().scores(policy, goal);
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores.first().evaluatorUuid, a.uuid);
    QVERIFY(scores.first().value == 1);
}

void TestCommands::changedSignalFollowsTheFile()
{
    QList<RowChanges> seen;
    connect(project(), &Project::changed, this, [&seen](const RowChanges &c) { seen << c; });
    Policy p;
    p.code = QStringLiteral("SIG-1");
    p.title = QStringLiteral("信号");
    auto *command = new AddPolicyCommand(project(), p);
    const QString uuid = command->policyUuid();
    QVERIFY(project()->push(command));
    project()->undoStack()->undo();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).size(), 1);
    QVERIFY(seen.at(0).first().isInsert());
    QCOMPARE(seen.at(0).first().key, uuid);
    QVERIFY(seen.at(1).first().isDelete()); // as applied: undo reports the reverse change
    QCOMPARE(seen.at(1).first().key, uuid);
}

void TestCommands::readOnlyProjectRefusesCommands()
{
    const QString path = m_tp->path();
    m_tp->close();
    const QByteArray hash = fileHash(path);
    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnly, &openError);
    QVERIFY2(store, qPrintable(openError.message));
    Project readOnly(std::move(store));
    readOnly.setEvaluator(TestProject::testEvaluator());
    QVERIFY(readOnly.isReadOnly());
    const QStringList before = content(readOnly.store().database());
    QSignalSpy errors(&readOnly, &Project::errorOccurred);

    Policy p;
    p.code = QStringLiteral("RO-1");
    p.title = QStringLiteral("只读");
    QVERIFY(!readOnly.push(new AddPolicyCommand(&readOnly, p)));
    const QString policy = readOnly.store().policyByCode(QStringLiteral("P01"))->uuid;
    QVERIFY(!readOnly.push(new SetScoreCommand(
        &readOnly, policy, Framework::goalUuid(QStringLiteral("fyp14"), QStringLiteral("D1")), 2,
        QString())));
    QVERIFY(!readOnly.push(new DeletePolicyCommand(&readOnly, policy)));
    QCOMPARE(errors.count(), 3);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(readOnly.undoStack()->count(), 0);
    QCOMPARE(content(readOnly.store().database()), before);
    QCOMPARE(fileHash(path), hash);
}

enum Conflict
{
    ScoreInsertedMeanwhile,
    PolicyCodeTakenMeanwhile,
    ScoreAddedToDeletedPolicy,
    PolicyDeletedMeanwhile
};

void TestCommands::failingWriteIsDropped_data()
{
    QTest::addColumn<int>("conflict");
    QTest::newRow("UNIQUE (policy, goal, evaluator)") << int(ScoreInsertedMeanwhile);
    QTest::newRow("UNIQUE policy code") << int(PolicyCodeTakenMeanwhile);
    QTest::newRow("foreign key on delete") << int(ScoreAddedToDeletedPolicy);
    QTest::newRow("row gone") << int(PolicyDeletedMeanwhile);
}

void TestCommands::failingWriteIsDropped()
{
    QFETCH(int, conflict);
    const QString p02 = policyUuid(QStringLiteral("P02"));
    const QString d1 = goalUuid(QStringLiteral("D1"));
    const Evaluator newcomer{QStringLiteral("00000000-0000-4000-8000-0000000000c7"),
                             QStringLiteral("新评估员")};
    project()->setEvaluator(newcomer);
    QVERIFY(project()->push(
        new EditPolicyCommand(project(), *store().policy(p02), *store().policy(p02))));
    const int stackCount = project()->undoStack()->count();

    // Build the edit, then change the file behind its back so that writing it fails.
    std::unique_ptr<QUndoCommand> command;
    QString sql;
    switch (Conflict(conflict)) {
    case ScoreInsertedMeanwhile: // SetScore first registers the evaluator, then the score hits
                                 // UNIQUE
        command.reset(new SetScoreCommand(project(), p02, d1, 2, QStringLiteral("x")));
        sql = QStringLiteral("INSERT INTO score VALUES ('00000000-0000-4000-8000-00000000dd01', "
                             "'%1', '%2', '%3',"
                             " 1, '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
                  .arg(p02, d1, newcomer.uuid);
        break;
    case PolicyCodeTakenMeanwhile: {
        Policy p;
        p.code = QStringLiteral("DUP-1");
        p.title = QStringLiteral("重复");
        command.reset(new AddPolicyCommand(project(), p));
        sql =
            QStringLiteral("INSERT INTO policy (uuid, code, title, created, modified) VALUES"
                           " ('00000000-0000-4000-8000-00000000dd02', 'DUP-1', '别人的', '', '')");
        break;
    }
    case ScoreAddedToDeletedPolicy: // deletes evidence and scores, then the policy fails
        command.reset(new DeletePolicyCommand(project(), p02));
        sql = QStringLiteral(
                  "INSERT INTO score VALUES ('00000000-0000-4000-8000-00000000dd03', '%1', '%2',"
                  " '00000000-0000-4000-8000-0000000000e9', 4, '', '', '')")
                  .arg(p02, d1);
        break;
    case PolicyDeletedMeanwhile: {
        Policy after = *store().policy(p02);
        after.title = QStringLiteral("改");
        command.reset(new EditPolicyCommand(project(), *store().policy(p02), after));
        sql = QStringLiteral("DELETE FROM policy WHERE uuid = '%1'").arg(p02);
        break;
    }
    }
    {
        // On the project's own connection: a change by another program is refused before
        // anything is written (tst_durability); this is about writes that fail inside SQLite.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const QStringList before = content(db());
    const int seq = lastSeq(db());
    const QByteArray hash = fileHash(m_tp->path());
    QSignalSpy errors(project(), &Project::errorOccurred);

    QVERIFY(!project()->push(command.release()));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY(!message.isEmpty());
    QCOMPARE(project()->undoStack()->count(), stackCount); // dropped, not on the stack
    QCOMPARE(project()->undoStack()->index(), stackCount);
    QVERIFY(!project()->undoStack()->canRedo());
    // Nothing of it reached the file: not a partial change, not a log row.
    QCOMPARE(content(db()), before);
    QCOMPARE(lastSeq(db()), seq);
    QCOMPARE(fileHash(m_tp->path()), hash);
    if (conflict == ScoreInsertedMeanwhile)
        QVERIFY(!store().evaluator(newcomer.uuid));

    // The project is still usable, and the earlier edit still undoes.
    Policy p;
    p.code = QStringLiteral("AFTER-1");
    p.title = QStringLiteral("之后");
    QVERIFY(project()->push(new AddPolicyCommand(project(), p)));
    QCOMPARE(project()->undoStack()->count(), stackCount + 1);
    QVERIFY(store().policyByCode(QStringLiteral("AFTER-1")));
}

void TestCommands::failingPushKeepsRedoHistory()
{
    // Undo an edit, then try one that fails: the undone edit must still be redoable.
    Policy first;
    first.code = QStringLiteral("REDO-1");
    first.title = QStringLiteral("可重做");
    QVERIFY(project()->push(new AddPolicyCommand(project(), first)));
    project()->undoStack()->undo();
    QVERIFY(project()->undoStack()->canRedo());
    const int count = project()->undoStack()->count();

    Policy clash;
    clash.code = QStringLiteral("P02"); // taken: UNIQUE(code) makes the write fail
    clash.title = QStringLiteral("冲突");
    QVERIFY(!project()->push(new AddPolicyCommand(project(), clash)));
    QCOMPARE(project()->undoStack()->count(), count);
    QVERIFY(project()->undoStack()->canRedo());
    project()->undoStack()->redo();
    QVERIFY(store().policyByCode(QStringLiteral("REDO-1")));
}

void TestCommands::failingUndoLeavesTheFileConsistent()
{
    Policy p;
    p.code = QStringLiteral("UNDO-1");
    p.title = QStringLiteral("撤销失败");
    auto *command = new AddPolicyCommand(project(), p);
    const QString uuid = command->policyUuid();
    QVERIFY(project()->push(command));
    {
        // Someone scores the new policy behind the application's back: deleting it (the
        // undo) now violates a foreign key.
        RawDb raw(m_tp->path());
        QVERIFY2(
            raw.exec(QStringLiteral(
                         "INSERT INTO score VALUES ('00000000-0000-4000-8000-00000000dd04', '%1',"
                         " '%2', '00000000-0000-4000-8000-0000000000e1', 2, '', '', '')")
                         .arg(uuid, goalUuid(QStringLiteral("D1")))),
            qPrintable(raw.error()));
    }
    const QStringList before = content(db());
    const int seq = lastSeq(db());
    QSignalSpy errors(project(), &Project::errorOccurred);
    project()->undoStack()->undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY(store().policy(uuid));
    QCOMPARE(content(db()), before);
    QCOMPARE(lastSeq(db()), seq);
    // The stack does not claim the undo happened: there is nothing to redo.
    QVERIFY(!project()->undoStack()->canRedo());
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
