// Merging evaluators' files: the three-evaluator round, conflicts of every kind and their
// resolutions, deletions against edits, the same item created twice, idempotence, a
// randomised two-way merge, files whose rows are stored in another order, rows read through
// the raw handle exactly as QtSql reads them, and the files that are refused.
#include "RawDb.h"
#include "TestProject.h"
#include "commands/BottleneckCommands.h"
#include "commands/IndicatorCommands.h"
#include "commands/MergeCommand.h"
#include "commands/PolicyCommands.h"
#include "commands/ScoreCommands.h"
#include "merge/MergeEngine.h"
#include "merge/RowLookup.h"
#include "merge/TableScan.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

// A project file of its own, opened for one evaluator.
struct Copy
{
    QString path;
    std::unique_ptr<Project> project;

    bool open(const QString &file, const Evaluator &who)
    {
        path = file;
        OpenError error;
        auto store = ProjectStore::open(file, ProjectStore::Access::ReadWrite, &error);
        if (!store)
            return false;
        project = std::make_unique<Project>(std::move(store));
        project->setEvaluator(who);
        return true;
    }
    ProjectStore &store() { return project->store(); }
    QString policy(const char *code) { return store().policyByCode(QLatin1String(code))->uuid; }
    QString goal(const char *code) { return store().framework().byCode(QLatin1String(code))->uuid; }
};

Evaluator evaluator(int n)
{
    return {QStringLiteral("00000000-0000-4000-8000-0000000001%1").arg(n, 2, 10, QLatin1Char('0')),
            QStringLiteral("Evaluator %1").arg(n)};
}

// Every row of every merged table, for comparing two files' content.
QStringList content(ProjectStore &store)
{
    QStringList result;
    QSqlQuery q(store.database());
    const QStringList tables{QStringLiteral("policy"),
                             QStringLiteral("evaluator"),
                             QStringLiteral("score"),
                             QStringLiteral("evidence"),
                             QStringLiteral("bottleneck"),
                             QStringLiteral("bottleneck_goal"),
                             QStringLiteral("bottleneck_policy"),
                             QStringLiteral("indicator"),
                             QStringLiteral("observation"),
                             QStringLiteral("consensus")};
    for (const QString &table : tables) {
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                const QString name = q.record().fieldName(i);
                if (name == QLatin1String("modified") || name == QLatin1String("modified_by") ||
                    name == QLatin1String("created"))
                    continue;
                // A score (or policy code) both files created apart is one item under two
                // UUIDs: the same data, identified by its natural key.
                if ((table == QLatin1String("score") || table == QLatin1String("policy")) &&
                    name == QLatin1String("uuid"))
                    continue;
                values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            }
            rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
        rows.sort();
        result << rows;
    }
    return result;
}

bool merge(Copy &mine, const QString &theirs, MergePlan::Resolution resolution,
           MergePlan *out = nullptr)
{
    MergePlan plan = MergeEngine::plan(mine.store(), theirs);
    if (!plan.isUsable()) {
        qWarning("%s", qPrintable(plan.error));
        return false;
    }
    plan.resolveAll(resolution);
    if (out)
        *out = plan;
    if (plan.isEmpty())
        return true;
    return mine.project->push(new MergeCommand(mine.project.get(), plan));
}

const MergePlan::Counts &countsOf(const MergePlan &plan, MergePlan::Kind kind)
{
    return plan.counts[int(kind)];
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void threeEvaluators();
    void conflictPerKind_data();
    void conflictPerKind();
    void keepBothForText();
    void deletionsAgainstEdits();
    void sameScoreCreatedTwice();
    void idempotentAndUndoable();
    void randomisedBothWays();
    void storageOrderDoesNotMatter();
    void rawRowsAreQtSqlRows();
    void refusals_data();
    void refusals();

private:
    // The shared starting point: the sample project, copied for each participant.
    QString makeCopy(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
};

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_base = m_dir->filePath(QStringLiteral("base.pwb"));
    TestProject sample(TestProject::Content::Sample);
    QVERIFY2(sample.isValid(), qPrintable(sample.error()));
    sample.close();
    QVERIFY(QFile::copy(sample.path(), m_base));
}

void TestMerge::cleanup()
{
    m_dir.reset();
}

QString TestMerge::makeCopy(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile::copy(m_base, path);
    return path;
}

void TestMerge::threeEvaluators()
{
    Copy lead, e[3];
    QVERIFY(lead.open(makeCopy(QStringLiteral("lead.pwb")), evaluator(0)));
    // Each evaluator scores goal S1 of three policies in their own copy, offline.
    const char *policies[] = {"P01", "P02", "P03"};
    for (int i = 0; i < 3; ++i) {
        QVERIFY(e[i].open(makeCopy(QStringLiteral("e%1.pwb").arg(i)), evaluator(i + 1)));
        for (int p = 0; p < 3; ++p) {
            QVERIFY(e[i].project->push(
                new SetScoreCommand(e[i].project.get(), e[i].policy(policies[p]), e[i].goal("S1"),
                                    (i + p) % 5, QStringLiteral("rationale %1/%2").arg(i).arg(p))));
        }
    }
    const int before = lead.store().counts().scores;
    for (int i = 0; i < 3; ++i) {
        MergePlan plan;
        QVERIFY(merge(lead, e[i].path, MergePlan::Resolution::Unresolved, &plan));
        QCOMPARE(plan.conflicts.size(), 0);
        QCOMPARE(countsOf(plan, MergePlan::Kind::Scores).added, 3);
        QCOMPARE(countsOf(plan, MergePlan::Kind::Other).added, 1); // the evaluator
        QCOMPARE(countsOf(plan, MergePlan::Kind::Policies).changed, 0);
    }
    QCOMPARE(lead.store().counts().scores, before + 9);
    QCOMPARE(lead.store().counts().evaluators, 3 + 3);
    for (int i = 0; i < 3; ++i) {
        for (int p = 0; p < 3; ++p) {
            const auto s = lead.store().score(lead.policy(policies[p]), lead.goal("S1"),
                                              evaluator(i + 1).uuid);
            QVERIFY(s);
            QCOMPARE(*s->value, (i + p) % 5);
            QCOMPARE(s->rationale, QStringLiteral("rationale %1/%2").arg(i).arg(p));
        }
    }
    // The lead's merged file, merged back into an evaluator's copy, brings the others.
    lead.project.reset();
    MergePlan back;
    QVERIFY(merge(e[0], lead.path, MergePlan::Resolution::Unresolved, &back));
    QCOMPARE(back.conflicts.size(), 0);
    QCOMPARE(countsOf(back, MergePlan::Kind::Scores).added, 6);
    QCOMPARE(e[0].store().counts().scores, before + 9);
}

void TestMerge::conflictPerKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("policy") << int(MergePlan::Kind::Policies);
    QTest::newRow("score") << int(MergePlan::Kind::Scores);
    QTest::newRow("evidence") << int(MergePlan::Kind::Evidence);
    QTest::newRow("bottleneck") << int(MergePlan::Kind::Bottlenecks);
    QTest::newRow("indicator") << int(MergePlan::Kind::Indicators);
}

void TestMerge::conflictPerKind()
{
    QFETCH(int, kind);
    const auto k = static_cast<MergePlan::Kind>(kind);
    for (const auto resolution : {MergePlan::Resolution::Mine, MergePlan::Resolution::Theirs}) {
        Copy a, b;
        QVERIFY(a.open(makeCopy(QStringLiteral("a%1.pwb").arg(int(resolution))), evaluator(1)));
        QVERIFY(b.open(makeCopy(QStringLiteral("b%1.pwb").arg(int(resolution))), evaluator(1)));
        // The same item changed differently in both copies; `read` gives its value.
        std::function<QString(Copy &)> read;
        auto edit = [&](Copy &c, const QString &text) -> bool {
            Project *p = c.project.get();
            switch (k) {
            case MergePlan::Kind::Policies: {
                Policy before = *c.store().policyByCode(QStringLiteral("P05"));
                Policy after = before;
                after.title = text;
                read = [](Copy &x) { return x.store().policyByCode(QStringLiteral("P05"))->title; };
                return p->push(new EditPolicyCommand(p, before, after));
            }
            case MergePlan::Kind::Scores:
                read = [](Copy &x) {
                    return x.store()
                        .score(x.policy("P02"), x.goal("D2"), evaluator(1).uuid)
                        ->rationale;
                };
                return p->push(new SetScoreCommand(p, c.policy("P02"), c.goal("D2"), 3, text));
            case MergePlan::Kind::Evidence: {
                const Score s = c.store().scores(c.policy("P01")).first();
                Evidence e = c.store().evidence(s.uuid).first();
                e.quote = text;
                const QString uuid = e.uuid;
                read = [uuid](Copy &x) {
                    return x.store()
                        .row(QStringLiteral("evidence"), uuid)
                        .value(QStringLiteral("quote"))
                        .toString();
                };
                return p->push(new EditEvidenceCommand(p, e));
            }
            case MergePlan::Kind::Bottlenecks: {
                Bottleneck b = c.store().bottlenecks().first();
                b.owner = text;
                const QString uuid = b.uuid;
                read = [uuid](Copy &x) { return x.store().bottleneck(uuid)->owner; };
                return p->push(new EditBottleneckCommand(p, b, QDate(2026, 11, 25)));
            }
            case MergePlan::Kind::Indicators: {
                Indicator i = c.store().indicators().first();
                i.nameEn = text;
                const QString uuid = i.uuid;
                read = [uuid](Copy &x) { return x.store().indicator(uuid)->nameEn; };
                return p->push(new EditIndicatorCommand(p, i));
            }
            default:
                return false;
            }
        };
        // Mine edited twice, theirs once: one revision more here.
        QVERIFY(edit(a, QStringLiteral("mine, first")));
        QThread::msleep(2); // edits are told apart by their time, to the millisecond
        QVERIFY(edit(a, QStringLiteral("mine")));
        QVERIFY(edit(b, QStringLiteral("theirs")));
        b.project.reset();
        MergePlan plan = MergeEngine::plan(a.store(), b.path);
        QVERIFY2(plan.isUsable(), qPrintable(plan.error));
        QCOMPARE(plan.conflicts.size(), 1);
        const MergePlan::Conflict &c = plan.conflicts.first();
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.mine.toString(), QStringLiteral("mine"));
        QCOMPARE(c.theirs.toString(), QStringLiteral("theirs"));
        QCOMPARE(c.mineChange.actor, evaluator(1).name);
        QVERIFY(c.theirsChange.at.isValid());
        QVERIFY(c.theirsChange.revision >= 1);
        QCOMPARE(c.mineChange.revision, c.theirsChange.revision + 1);
        QCOMPARE(countsOf(plan, k).conflicts, 1);
        plan.resolveAll(resolution);
        QVERIFY(a.project->push(new MergeCommand(a.project.get(), plan)));
        QCOMPARE(read(a), resolution == MergePlan::Resolution::Mine ? QStringLiteral("mine")
                                                                    : QStringLiteral("theirs"));
    }
}

void TestMerge::keepBothForText()
{
    Copy a, b;
    QVERIFY(a.open(makeCopy(QStringLiteral("a.pwb")), evaluator(1)));
    QVERIFY(b.open(makeCopy(QStringLiteral("b.pwb")), evaluator(1)));
    QVERIFY(a.project->push(new SetScoreCommand(a.project.get(), a.policy("P02"), a.goal("D2"), 3,
                                                QStringLiteral("见第三条"))));
    QVERIFY(b.project->push(new SetScoreCommand(b.project.get(), b.policy("P02"), b.goal("D2"), 3,
                                                QStringLiteral("见实施细则"))));
    b.project.reset();
    QVERIFY(merge(a, b.path, MergePlan::Resolution::Both));
    QCOMPARE(a.store().score(a.policy("P02"), a.goal("D2"), evaluator(1).uuid)->rationale,
             QStringLiteral("见第三条\n\n见实施细则"));
}

void TestMerge::deletionsAgainstEdits()
{
    Copy a, b;
    QVERIFY(a.open(makeCopy(QStringLiteral("a.pwb")), evaluator(1)));
    QVERIFY(b.open(makeCopy(QStringLiteral("b.pwb")), evaluator(2)));
    // Theirs deletes P06 (untouched here) and P05 (edited here).
    const QString p06 = b.policy("P06"), p05 = b.policy("P05");
    const int p06Scores = int(b.store().scores(p06).size());
    QVERIFY(b.project->push(new DeletePolicyCommand(b.project.get(), p06)));
    QVERIFY(b.project->push(new DeletePolicyCommand(b.project.get(), p05)));
    Policy before = *a.store().policy(p05), after = before;
    after.title = QStringLiteral("改过的标题");
    QVERIFY(a.project->push(new EditPolicyCommand(a.project.get(), before, after)));
    b.project.reset();

    MergePlan plan = MergeEngine::plan(a.store(), b.path);
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QCOMPARE(countsOf(plan, MergePlan::Kind::Policies).deleted, 1);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Scores).deleted, p06Scores);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Policies).conflicts, 1);
    const MergePlan::Conflict &c = plan.conflicts.constLast();
    QVERIFY(c.field.isEmpty());
    QCOMPARE(c.key, p05);
    QVERIFY(c.theirsRow.isEmpty());
    // Kept (mine): P06 goes with its scores, P05 stays with the edit.
    plan.resolveAll(MergePlan::Resolution::Mine);
    QVERIFY(a.project->push(new MergeCommand(a.project.get(), plan)));
    QVERIFY(!a.store().policy(p06));
    QVERIFY(a.store().scores(p06).isEmpty());
    QCOMPARE(a.store().policy(p05)->title, QStringLiteral("改过的标题"));
    QVERIFY(a.store().check().isEmpty());
}

void TestMerge::sameScoreCreatedTwice()
{
    // Both copies give the same evaluator's score to a cell nobody had scored: same
    // natural key, other UUIDs. Equal values merge silently; different ones conflict.
    Copy a, b;
    QVERIFY(a.open(makeCopy(QStringLiteral("a.pwb")), evaluator(1)));
    QVERIFY(b.open(makeCopy(QStringLiteral("b.pwb")), evaluator(1)));
    for (Copy *c : {&a, &b})
        QVERIFY(c->project->push(new SetScoreCommand(c->project.get(), c->policy("P09"),
                                                     c->goal("E4"), 2, QStringLiteral("同"))));
    QVERIFY(b.project->push(
        new SetScoreCommand(b.project.get(), b.policy("P09"), b.goal("E5"), 1, QString())));
    QVERIFY(a.project->push(
        new SetScoreCommand(a.project.get(), a.policy("P09"), a.goal("E5"), 4, QString())));
    b.project.reset();
    MergePlan plan = MergeEngine::plan(a.store(), b.path);
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    QCOMPARE(plan.conflicts.size(), 1);
    QCOMPARE(plan.conflicts.first().field, QStringLiteral("value"));
    QCOMPARE(plan.conflicts.first().mine.toInt(), 4);
    QCOMPARE(plan.conflicts.first().theirs.toInt(), 1);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Scores).added, 0);
    plan.resolveAll(MergePlan::Resolution::Theirs);
    QVERIFY(a.project->push(new MergeCommand(a.project.get(), plan)));
    QCOMPARE(*a.store().score(a.policy("P09"), a.goal("E5"), evaluator(1).uuid)->value, 1);
    QVERIFY(a.store().check().isEmpty());
}

void TestMerge::idempotentAndUndoable()
{
    Copy a, b;
    QVERIFY(a.open(makeCopy(QStringLiteral("a.pwb")), evaluator(1)));
    QVERIFY(b.open(makeCopy(QStringLiteral("b.pwb")), evaluator(2)));
    QVERIFY(b.project->push(new SetScoreCommand(b.project.get(), b.policy("P01"), b.goal("G1"), 3,
                                                QStringLiteral("x"))));
    Policy before = *b.store().policyByCode(QStringLiteral("P04")), after = before;
    after.issuer = QStringLiteral("新的发文机关");
    QVERIFY(b.project->push(new EditPolicyCommand(b.project.get(), before, after)));
    b.project.reset();
    const QStringList original = content(a.store());
    MergePlan first;
    QVERIFY(merge(a, b.path, MergePlan::Resolution::Unresolved, &first));
    QVERIFY(!first.isEmpty());
    const QStringList merged = content(a.store());
    QVERIFY(merged != original);
    // Again: nothing new.
    MergePlan again = MergeEngine::plan(a.store(), b.path);
    QVERIFY(again.isEmpty());
    QCOMPARE(again.total().added + again.total().changed + again.total().deleted, 0);
    // Undo restores the file and forgets their history, so the merge can be redone.
    a.project->undoStack()->undo();
    QCOMPARE(content(a.store()), original);
    MergePlan redo = MergeEngine::plan(a.store(), b.path);
    QCOMPARE(redo.total().added, first.total().added);
    QCOMPARE(redo.total().changed, first.total().changed);
    a.project->undoStack()->redo();
    QCOMPARE(content(a.store()), merged);
    // The change log names the file and its fingerprint.
    QSqlQuery q(a.store().database());
    q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE command LIKE '%%1%'")
               .arg(first.theirsFingerprint.left(16)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

void TestMerge::randomisedBothWays()
{
    // A new seed each run, printed; PWB_SEED=… repeats one.
    const quint64 seed = qEnvironmentVariableIsSet("PWB_SEED")
                             ? qEnvironmentVariable("PWB_SEED").toULongLong()
                             : QRandomGenerator::global()->generate();
    qInfo("seed %llu", static_cast<unsigned long long>(seed));
    QRandomGenerator random(seed);
    Copy a, b;
    QVERIFY(a.open(makeCopy(QStringLiteral("a.pwb")), evaluator(1)));
    QVERIFY(b.open(makeCopy(QStringLiteral("b.pwb")), evaluator(2)));
    const QList<GoalNode> goals = a.store().framework().goals();
    const QList<Policy> policies = a.store().policies();
    // Reported edits: (policy, goal, evaluator) → value, per copy.
    QHash<QString, int> doneA, doneB;
    auto randomEdits = [&](Copy &c, QHash<QString, int> *done, int evaluatorNo) {
        for (int i = 0; i < 40; ++i) {
            const Policy &p = policies.at(random.bounded(int(policies.size())));
            const GoalNode &g = goals.at(random.bounded(int(goals.size())));
            const int value = random.bounded(5);
            const int what = random.bounded(10);
            if (what < 7) {
                if (c.project->push(
                        new SetScoreCommand(c.project.get(), p.uuid, g.uuid, value, QString())))
                    done->insert(p.uuid + g.uuid + evaluator(evaluatorNo).uuid, value);
            } else if (what < 9) {
                Policy before = *c.store().policy(p.uuid), after = before;
                after.description = QStringLiteral("edit %1").arg(random.generate());
                QVERIFY(c.project->push(new EditPolicyCommand(c.project.get(), before, after)));
            } else {
                Policy n;
                n.code = QStringLiteral("R%1-%2").arg(evaluatorNo).arg(i);
                n.title = n.code;
                QVERIFY(c.project->push(new AddPolicyCommand(c.project.get(), n)));
            }
        }
    };
    randomEdits(a, &doneA, 1);
    randomEdits(b, &doneB, 2);
    // Also the same evaluator in both, to force conflicts on shared cells.
    a.project->setEvaluator(evaluator(3));
    b.project->setEvaluator(evaluator(3));
    QHash<QString, int> sharedA, sharedB;
    randomEdits(a, &sharedA, 3);
    randomEdits(b, &sharedB, 3);

    // Merge both ways on copies: b's view wins in both results.
    const QString aPath = a.path, bPath = b.path;
    a.project.reset();
    b.project.reset();
    const QString a2 = m_dir->filePath(QStringLiteral("a2.pwb")),
                  b2 = m_dir->filePath(QStringLiteral("b2.pwb"));
    QVERIFY(QFile::copy(aPath, a2));
    QVERIFY(QFile::copy(bPath, b2));
    Copy intoA, intoB;
    QVERIFY(intoA.open(a2, evaluator(4)));
    QVERIFY(intoB.open(b2, evaluator(4)));
    QVERIFY(merge(intoA, bPath, MergePlan::Resolution::Theirs));
    QVERIFY(merge(intoB, aPath, MergePlan::Resolution::Mine));
    const QStringList resultA = content(intoA.store()), resultB = content(intoB.store());
    if (resultA != resultB) {
        for (const QString &line : resultA) {
            if (!resultB.contains(line))
                qWarning("only in A: %s", qPrintable(line));
        }
        for (const QString &line : resultB) {
            if (!resultA.contains(line))
                qWarning("only in B: %s", qPrintable(line));
        }
    }
    QCOMPARE(resultA, resultB);
    // Every reported edit of a different evaluator survives; of the shared evaluator,
    // b's survives, and a's unless b changed the same cell.
    auto valueOf = [&](Copy &c, const QString &id) {
        const QString policy = id.left(36), goal = id.mid(36, 36), who = id.mid(72);
        const auto s = c.store().score(policy, goal, who);
        return s && s->value ? *s->value : -1;
    };
    for (auto it = doneA.cbegin(); it != doneA.cend(); ++it)
        QCOMPARE(valueOf(intoA, it.key()), it.value());
    for (auto it = doneB.cbegin(); it != doneB.cend(); ++it)
        QCOMPARE(valueOf(intoA, it.key()), it.value());
    for (auto it = sharedB.cbegin(); it != sharedB.cend(); ++it)
        QCOMPARE(valueOf(intoA, it.key()), it.value());
    for (auto it = sharedA.cbegin(); it != sharedA.cend(); ++it) {
        if (!sharedB.contains(it.key()))
            QCOMPARE(valueOf(intoA, it.key()), it.value());
    }
    QVERIFY(intoA.store().check().isEmpty());
    QVERIFY(intoB.store().check().isEmpty());
}

void TestMerge::storageOrderDoesNotMatter()
{
    // Theirs: one policy retitled, one existing score revalued by its own evaluator, one
    // score added by a new evaluator; then the policy, score and evidence tables rewritten
    // in reverse storage order, so that hardly a row is where it is in mine.
    const QString theirsPath = makeCopy(QStringLiteral("theirs.pwb"));
    QStringList scored; // policy|goal|value|evaluator|name of an existing score
    {
        RawDb db(theirsPath);
        scored =
            db.rows(QStringLiteral(
                        "SELECT s.policy_uuid, s.goal_uuid, s.value, e.uuid, e.name FROM score s"
                        " JOIN evaluator e ON e.uuid = s.evaluator_uuid"
                        " WHERE s.value IS NOT NULL ORDER BY s.rowid LIMIT 1"))
                .value(0)
                .split(QLatin1Char('|'));
        QCOMPARE(scored.size(), 5);
    }
    {
        Copy theirs;
        QVERIFY(theirs.open(theirsPath, evaluator(1)));
        Policy before = *theirs.store().policyByCode(QStringLiteral("P04")), after = before;
        after.title = QStringLiteral("Retitled there");
        QVERIFY(theirs.project->push(new EditPolicyCommand(theirs.project.get(), before, after)));
        QVERIFY(theirs.project->push(new SetScoreCommand(theirs.project.get(), theirs.policy("P02"),
                                                         theirs.goal("S1"), 3,
                                                         QStringLiteral("new there"))));
        theirs.project->setEvaluator({scored.at(3), scored.at(4)});
        QVERIFY(theirs.project->push(
            new SetScoreCommand(theirs.project.get(), scored.at(0), scored.at(1),
                                (scored.at(2).toInt() + 1) % 5, QStringLiteral("revalued"))));
    }
    {
        RawDb db(theirsPath);
        for (const char *table : {"policy", "score", "evidence"}) {
            for (const QString &sql :
                 {QStringLiteral(
                      "CREATE TEMP TABLE copied AS SELECT * FROM %1 ORDER BY rowid DESC"),
                  QStringLiteral("DELETE FROM %1"),
                  QStringLiteral("INSERT INTO %1 SELECT * FROM copied"),
                  QStringLiteral("DROP TABLE copied")})
                QVERIFY2(db.exec(sql.arg(QLatin1String(table))), qPrintable(db.error()));
        }
        QVERIFY(db.scalar(QStringLiteral("SELECT code FROM policy ORDER BY rowid LIMIT 1"))
                    .toString() != QLatin1String("P01"));
    }
    Copy mine;
    QVERIFY(mine.open(makeCopy(QStringLiteral("mine.pwb")), evaluator(2)));
    MergePlan plan;
    QVERIFY(merge(mine, theirsPath, MergePlan::Resolution::Unresolved, &plan));
    QCOMPARE(plan.conflicts.size(), 0);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Policies).changed, 1);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Policies).added, 0);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Scores).changed, 1);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Scores).added, 1);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Scores).deleted, 0);
    QCOMPARE(countsOf(plan, MergePlan::Kind::Evidence).added, 0);
    QCOMPARE(mine.store().policyByCode(QStringLiteral("P04"))->title,
             QStringLiteral("Retitled there"));
    Copy theirs;
    QVERIFY(theirs.open(theirsPath, evaluator(1)));
    QCOMPARE(content(mine.store()), content(theirs.store()));
    const MergePlan again = MergeEngine::plan(mine.store(), theirsPath);
    QVERIFY(again.isUsable());
    QVERIFY(again.isEmpty());
}

void TestMerge::rawRowsAreQtSqlRows()
{
    // Rows read through the raw handle go into the same row changes as rows read through
    // QtSql: same values, same QVariant types (NULL included).
    Copy copy;
    QVERIFY(copy.open(makeCopy(QStringLiteral("copy.pwb")), evaluator(1)));
    QVERIFY(copy.project->push(new SetScoreCommand(copy.project.get(), copy.policy("P01"),
                                                   copy.goal("S1"), std::nullopt, QString())));
    int rows = 0, nulls = 0, numbers = 0;
    for (const char *table : {"project", "evaluator", "policy", "score", "evidence",
                              "bottleneck_category", "bottleneck", "indicator", "observation"}) {
        const QString name = QLatin1String(table);
        TableScan scan(copy.store().database(), name);
        RowLookup lookup(copy.store().database(), name);
        QVERIFY2(scan.error().isEmpty() && lookup.error().isEmpty(), table);
        QSqlQuery q(copy.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM %1").arg(name)));
        while (q.next()) {
            QVERIFY2(scan.next(), table);
            const QVariantMap raw = scan.row();
            QCOMPARE(lookup.row(scan.key()), raw);
            QCOMPARE(raw.size(), q.record().count());
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant expected = q.value(i), actual = raw.value(q.record().fieldName(i));
                QCOMPARE(actual.typeId(), expected.typeId());
                QCOMPARE(actual.isNull(), expected.isNull());
                QCOMPARE(actual, expected);
                nulls += expected.isNull();
                numbers += expected.typeId() == QMetaType::LongLong;
            }
            ++rows;
        }
        QVERIFY2(!scan.next(), table);
        QVERIFY(lookup.row(QStringLiteral("no such key")).isEmpty());
        QVERIFY(lookup.error().isEmpty());
    }
    QVERIFY(rows > 400);
    QVERIFY(nulls > 0);
    QVERIFY(numbers > 0);
}

void TestMerge::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a project") << QStringLiteral("text") << QStringLiteral("cannot be merged");
    QTest::newRow("damaged") << QStringLiteral("truncated") << QStringLiteral("cannot be merged");
    QTest::newRow("newer version") << QStringLiteral("newer") << QStringLiteral("cannot be merged");
    QTest::newRow("other framework") << QStringLiteral("fyp13") << QStringLiteral("framework");
    QTest::newRow("itself") << QStringLiteral("self") << QStringLiteral("itself");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("Cannot read");
}

void TestMerge::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    Copy a;
    QVERIFY(a.open(makeCopy(QStringLiteral("a.pwb")), evaluator(1)));
    QString theirs = m_dir->filePath(QStringLiteral("theirs.pwb"));
    if (what == QLatin1String("text")) {
        QFile f(theirs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,code\nnot,a project\n");
    } else if (what == QLatin1String("truncated")) {
        QFile source(m_base);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile f(theirs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source.read(source.size() / 2));
    } else if (what == QLatin1String("newer")) {
        QVERIFY(QFile::copy(m_base, theirs));
        RawDb db(theirs);
        db.exec(QStringLiteral("PRAGMA user_version = 99"));
    } else if (what == QLatin1String("fyp13")) {
        TestProject other(TestProject::Content::Empty, QStringLiteral("fyp13"));
        other.close();
        QVERIFY(QFile::copy(other.path(), theirs));
    } else if (what == QLatin1String("self")) {
        theirs = a.path;
    } else {
        theirs = m_dir->filePath(QStringLiteral("nowhere.pwb"));
    }
    const QByteArray before = MergeEngine::fingerprint(a.path).toLatin1();
    const MergePlan plan = MergeEngine::plan(a.store(), theirs);
    QVERIFY(!plan.isUsable());
    QVERIFY2(plan.error.contains(message), qPrintable(plan.error));
    QVERIFY(plan.changes.isEmpty());
    QCOMPARE(MergeEngine::fingerprint(a.path).toLatin1(), before);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
