// The bottleneck register's model layer: status rules, commands with undo and history,
// links that outlive a deleted policy, sub-categories, and the register, filter and
// matrix models.
#include "TestProject.h"
#include "commands/BottleneckCommands.h"
#include "commands/PolicyCommands.h"
#include "domain/BottleneckRules.h"
#include "domain/Vocabulary.h"
#include "itemmodels/BottleneckFilterModel.h"
#include "itemmodels/BottleneckMatrixModel.h"
#include "itemmodels/BottleneckTableModel.h"
#include "itemmodels/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

const QDate today(2026, 11, 25);

QString goalUuid(const ProjectStore &store, const char *code)
{
    const GoalNode *g = store.framework().byCode(QString::fromLatin1(code));
    return g ? g->uuid : QString();
}

QString policyUuid(const ProjectStore &store, const char *code)
{
    const auto p = store.policyByCode(QString::fromLatin1(code));
    return p ? p->uuid : QString();
}

Bottleneck draft(const QString &title, const QString &category)
{
    Bottleneck b;
    b.title = title;
    b.categoryCode = category;
    b.severity = 3;
    b.owner = QStringLiteral("科技部国际合作司");
    b.opened = QDate(2025, 3, 1);
    return b;
}

// The history entries of a bottleneck as "field:old>new" / "entity:action" strings.
QStringList historyOf(const ProjectStore &store, const QString &uuid)
{
    QStringList list;
    for (const HistoryEntry &e :
         store.history(uuid,
                       {QStringLiteral("bottleneck_goal"), QStringLiteral("bottleneck_policy"),
                        QStringLiteral("bottleneck_evidence")},
                       QStringLiteral("bottleneck_uuid"))) {
        if (e.action == QLatin1String("update"))
            list << QStringLiteral("%1:%2>%3").arg(e.field, e.oldValue, e.newValue);
        else
            list << QStringLiteral("%1:%2").arg(e.entity, e.action);
    }
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Bottleneck)
Q_DECLARE_METATYPE(BottleneckFilterModel::Filter)

class TestBottlenecks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void transitions_data();
    void transitions();
    void fieldErrors_data();
    void fieldErrors();
    void addEditUndoRedo();
    void historyRecordsEveryFieldOnce();
    void closingSetsAndReopeningClearsClosedDate();
    void deletingPolicyRemovesLinkKeepsBottleneck();
    void deleteBottleneckRestoresEverything();
    void evidenceHistory();
    void subCategoryCountsInParent();
    void tableModelFollowsEdits();
    void filters_data();
    void filters();
    void matrixCounts();
    void sampleProjectBottlenecks();

private:
    std::unique_ptr<TestProject> m_fixture;
};

void TestBottlenecks::init()
{
    m_fixture = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
}

void TestBottlenecks::cleanup()
{
    m_fixture.reset();
}

void TestBottlenecks::transitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("allowed");
    using S = BottleneckStatus;
    auto row = [](const char *name, S from, S to, const char *reason, bool allowed) {
        QTest::newRow(name) << int(from) << int(to) << QString::fromUtf8(reason) << allowed;
    };
    row("open→in progress", S::Open, S::InProgress, "", true);
    row("open→resolved (skip)", S::Open, S::Resolved, "", true);
    row("in progress→mitigated", S::InProgress, S::Mitigated, "", true);
    row("mitigated→resolved", S::Mitigated, S::Resolved, "", true);
    row("same status", S::Mitigated, S::Mitigated, "", true);
    row("won't fix without reason", S::Open, S::WontFix, "", false);
    row("won't fix blank reason", S::InProgress, S::WontFix, "   ", false);
    row("won't fix with reason", S::Open, S::WontFix, "规划已到期", true);
    row("back without reason", S::Mitigated, S::InProgress, "", false);
    row("back with reason", S::Mitigated, S::InProgress, "措施失效", true);
    row("reopen resolved without reason", S::Resolved, S::Open, "", false);
    row("reopen resolved with reason", S::Resolved, S::Open, "问题复现", true);
    row("reopen won't fix without reason", S::WontFix, S::InProgress, "", false);
    row("won't fix→resolved without reason", S::WontFix, S::Resolved, "", false);
}

void TestBottlenecks::transitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, reason);
    QFETCH(bool, allowed);
    const QString error = BottleneckRules::transitionError(
        static_cast<BottleneckStatus>(from), static_cast<BottleneckStatus>(to), reason);
    QCOMPARE(error.isEmpty(), allowed);
}

void TestBottlenecks::fieldErrors_data()
{
    QTest::addColumn<Bottleneck>("bottleneck");
    QTest::addColumn<QString>("expected"); // part of the one message, empty: valid
    Bottleneck ok = draft(QStringLiteral("T"), QStringLiteral("P3"));
    QTest::newRow("valid") << ok << QString();
    Bottleneck b = ok;
    b.title = QStringLiteral("  ");
    QTest::newRow("empty title") << b << QStringLiteral("title");
    b = ok;
    b.severity = 5;
    QTest::newRow("severity 5") << b << QStringLiteral("Severity");
    b = ok;
    b.target = QDate(2025, 1, 1);
    QTest::newRow("target before opened") << b << QStringLiteral("target date");
    b = ok;
    b.status = BottleneckStatus::Resolved;
    b.closed = QDate(2024, 1, 1);
    QTest::newRow("closed before opened") << b << QStringLiteral("date closed");
    b = ok;
    b.closed = QDate(2025, 6, 1);
    QTest::newRow("closed date while open") << b << QStringLiteral("Only a resolved");
    b = ok;
    b.status = BottleneckStatus::WontFix;
    QTest::newRow("won't fix without reason") << b << QStringLiteral("reason");
}

void TestBottlenecks::fieldErrors()
{
    QFETCH(Bottleneck, bottleneck);
    QFETCH(QString, expected);
    const QStringList errors = BottleneckRules::fieldErrors(bottleneck);
    if (expected.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(expected), qPrintable(errors.first()));
    }
}

void TestBottlenecks::addEditUndoRedo()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    Bottleneck b = draft(QStringLiteral("数据出境无细则"), QStringLiteral("P8"));
    b.goalUuids = {goalUuid(store, "F3"), goalUuid(store, "E2")};
    b.policyUuids = {policyUuid(store, "P01")};
    auto *add = new AddBottleneckCommand(project, b, today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));
    auto saved = store.bottleneck(uuid);
    QVERIFY(saved);
    QCOMPARE(saved->title, b.title);
    QCOMPARE(saved->goalUuids, b.goalUuids);
    QCOMPARE(saved->policyUuids, b.policyUuids);
    QCOMPARE(saved->opened, b.opened);

    Bottleneck edited = *saved;
    edited.status = BottleneckStatus::InProgress;
    edited.owner = QStringLiteral("国家网信办");
    edited.goalUuids = {goalUuid(store, "F3"), goalUuid(store, "F2")}; // E2 out, F2 in
    edited.policyUuids = {};
    auto *edit = new EditBottleneckCommand(project, edited, today);
    QVERIFY(!edit->isEmpty());
    QVERIFY(project->push(edit));
    saved = store.bottleneck(uuid);
    QCOMPARE(saved->status, BottleneckStatus::InProgress);
    QCOMPARE(saved->owner, QStringLiteral("国家网信办"));
    QCOMPARE(saved->goalUuids, edited.goalUuids);
    QVERIFY(saved->policyUuids.isEmpty());

    project->undoStack()->undo();
    saved = store.bottleneck(uuid);
    QCOMPARE(saved->status, BottleneckStatus::Open);
    QCOMPARE(saved->owner, b.owner);
    QCOMPARE(QSet<QString>(saved->goalUuids.cbegin(), saved->goalUuids.cend()),
             QSet<QString>(b.goalUuids.cbegin(), b.goalUuids.cend()));
    QCOMPARE(saved->policyUuids, b.policyUuids);
    project->undoStack()->undo();
    QVERIFY(!store.bottleneck(uuid));
    QVERIFY(
        store.rowsWhere(QStringLiteral("bottleneck_goal"), QStringLiteral("bottleneck_uuid"), uuid)
            .isEmpty());
    project->undoStack()->redo();
    project->undoStack()->redo();
    saved = store.bottleneck(uuid);
    QVERIFY(saved);
    QCOMPARE(saved->status, BottleneckStatus::InProgress);
    QCOMPARE(saved->goalUuids.size(), 2);

    // An edit that changes nothing is no edit.
    EditBottleneckCommand same(project, *saved, today);
    QVERIFY(same.isEmpty());
}

void TestBottlenecks::historyRecordsEveryFieldOnce()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    Bottleneck b = draft(QStringLiteral("逐级签字"), QStringLiteral("P3"));
    b.goalUuids = {goalUuid(store, "G1")};
    auto *add = new AddBottleneckCommand(project, b, today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));
    QCOMPARE(historyOf(store, uuid), QStringList({QStringLiteral("bottleneck:insert"),
                                                  QStringLiteral("bottleneck_goal:insert")}));

    Bottleneck edited = *store.bottleneck(uuid);
    edited.severity = 4;
    edited.status = BottleneckStatus::Mitigated;
    edited.statusReason = QStringLiteral("试点取消会签");
    edited.notes = QStringLiteral("见2025年通知");
    edited.goalUuids << goalUuid(store, "F2");
    QVERIFY(project->push(new EditBottleneckCommand(project, edited, today)));
    const QStringList history = historyOf(store, uuid);
    const QStringList expectedNew{
        QStringLiteral("severity:3>4"),
        QStringLiteral("status:open>mitigated"),
        QStringLiteral("status_reason:>试点取消会签"),
        QStringLiteral("notes:>见2025年通知"),
        QStringLiteral("bottleneck_goal:insert"),
    };
    QCOMPARE(history.size(), 2 + expectedNew.size());
    const QStringList added = history.mid(2);
    for (const QString &e : expectedNew)
        QCOMPARE(added.count(e), 1);
    // The bookkeeping columns change too, and are logged, but nothing else is.
    for (const QString &e : added)
        QVERIFY2(expectedNew.contains(e), qPrintable(e));

    // The timeline describes it in words, with the actor.
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBottleneck(uuid);
    QCOMPARE(model.rowCount(), history.size());
    QStringList sentences;
    for (int r = 0; r < model.rowCount(); ++r)
        sentences << model.index(r, HistoryModel::Change).data().toString();
    QVERIFY(sentences.contains(QStringLiteral("Status: Open → Mitigated")));
    QVERIFY(sentences.contains(QStringLiteral("Linked goal F2")));
    QCOMPARE(model.index(2, HistoryModel::Who).data().toString(),
             TestProject::testEvaluator().name);
}

void TestBottlenecks::closingSetsAndReopeningClearsClosedDate()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    auto *add =
        new AddBottleneckCommand(project, draft(QStringLiteral("X"), QStringLiteral("X")), today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));
    Bottleneck b = *store.bottleneck(uuid);
    b.status = BottleneckStatus::Resolved;
    QVERIFY(project->push(new EditBottleneckCommand(project, b, today)));
    QCOMPARE(store.bottleneck(uuid)->closed, today);
    b = *store.bottleneck(uuid);
    b.status = BottleneckStatus::Open;
    b.statusReason = QStringLiteral("问题复现");
    QVERIFY(project->push(new EditBottleneckCommand(project, b, today)));
    QVERIFY(!store.bottleneck(uuid)->closed.isValid());
    QVERIFY(historyOf(store, uuid).contains(QStringLiteral("closed:2026-11-25>")));
}

void TestBottlenecks::deletingPolicyRemovesLinkKeepsBottleneck()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    const QString p03 = policyUuid(store, "P03");
    Bottleneck b = draft(QStringLiteral("设施开放不足"), QStringLiteral("I3"));
    b.policyUuids = {p03, policyUuid(store, "P04")};
    auto *add = new AddBottleneckCommand(project, b, today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));

    QVERIFY(project->push(new DeletePolicyCommand(project, p03)));
    auto saved = store.bottleneck(uuid);
    QVERIFY(saved);
    QCOMPARE(saved->policyUuids, QStringList{policyUuid(store, "P04")});
    HistoryModel model(&store);
    model.setBottleneck(uuid);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, HistoryModel::Change).data().toString(),
             QStringLiteral("Unlinked policy P03 (deleted)"));
    QVERIFY(model.index(last, HistoryModel::Edit)
                .data()
                .toString()
                .contains(QStringLiteral("Delete policy P03")));

    project->undoStack()->undo();
    QCOMPARE(store.bottleneck(uuid)->policyUuids.size(), 2);
    model.reload();
    QCOMPARE(model.index(model.rowCount() - 1, HistoryModel::Change).data().toString(),
             QStringLiteral("Linked policy P03"));
}

void TestBottlenecks::deleteBottleneckRestoresEverything()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    Bottleneck b = draft(QStringLiteral("标委会限制"), QStringLiteral("P4"));
    b.goalUuids = {goalUuid(store, "E5")};
    b.policyUuids = {policyUuid(store, "P10")};
    auto *add = new AddBottleneckCommand(project, b, today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));
    Evidence e;
    e.source = QStringLiteral("001");
    e.quote = QStringLiteral("引文");
    e.level = ResultLevel::Output;
    QVERIFY(project->push(new AddBottleneckEvidenceCommand(project, uuid, e)));
    const Bottleneck before = *store.bottleneck(uuid);

    QVERIFY(project->push(new DeleteBottleneckCommand(project, uuid)));
    QVERIFY(!store.bottleneck(uuid));
    QVERIFY(store.bottleneckEvidence(uuid).isEmpty());
    project->undoStack()->undo();
    const auto restored = store.bottleneck(uuid);
    QVERIFY(restored);
    QCOMPARE(restored->goalUuids, before.goalUuids);
    QCOMPARE(restored->policyUuids, before.policyUuids);
    QCOMPARE(store.bottleneckEvidence(uuid).size(), 1);
    QCOMPARE(store.bottleneckEvidence(uuid).first().quote, QStringLiteral("引文"));
}

void TestBottlenecks::evidenceHistory()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    auto *add =
        new AddBottleneckCommand(project, draft(QStringLiteral("E"), QStringLiteral("P5")), today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));
    Evidence e;
    e.source = QStringLiteral("001");
    e.level = ResultLevel::Activity;
    QVERIFY(project->push(new AddBottleneckEvidenceCommand(project, uuid, e)));
    Evidence stored = store.bottleneckEvidence(uuid).first();
    stored.level = ResultLevel::Outcome;
    QVERIFY(project->push(new EditBottleneckEvidenceCommand(project, stored)));
    QCOMPARE(store.bottleneckEvidence(uuid).first().level, ResultLevel::Outcome);
    QVERIFY(project->push(new RemoveBottleneckEvidenceCommand(project, stored.uuid)));
    QVERIFY(store.bottleneckEvidence(uuid).isEmpty());
    QCOMPARE(historyOf(store, uuid), QStringList({QStringLiteral("bottleneck:insert"),
                                                  QStringLiteral("bottleneck_evidence:insert"),
                                                  QStringLiteral("level:activity>outcome"),
                                                  QStringLiteral("bottleneck_evidence:delete")}));
}

void TestBottlenecks::subCategoryCountsInParent()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    BottleneckCategory sub;
    sub.code = QStringLiteral("P8.1");
    sub.parentCode = QStringLiteral("P8");
    sub.nameZh = QStringLiteral("数据出境");
    QVERIFY(project->push(new AddBottleneckCategoryCommand(project, sub)));
    const QList<BottleneckCategory> categories = store.bottleneckCategories();
    int p8 = -1, p81 = -1;
    for (int i = 0; i < categories.size(); ++i) {
        if (categories.at(i).code == QLatin1String("P8"))
            p8 = i;
        if (categories.at(i).code == QLatin1String("P8.1"))
            p81 = i;
    }
    QVERIFY(p8 >= 0);
    QCOMPARE(p81, p8 + 1); // listed right below its parent

    BottleneckTableModel table(project);
    Bottleneck b = draft(QStringLiteral("细则缺失"), QStringLiteral("P8.1"));
    b.goalUuids = {goalUuid(store, "F3")};
    QVERIFY(project->push(new AddBottleneckCommand(project, b, today)));
    QVERIFY(table.isInCategory(QStringLiteral("P8.1"), QStringLiteral("P")));
    QVERIFY(!table.isInCategory(QStringLiteral("P8"), QStringLiteral("P8.1")));
    BottleneckFilterModel filter;
    filter.setSourceModel(&table);
    BottleneckFilterModel::Filter f;
    f.categoryCode = QStringLiteral("P8");
    filter.setFilter(f);
    int found = 0;
    for (int r = 0; r < filter.rowCount(); ++r)
        found += filter.index(r, 0).data().toString() == QStringLiteral("细则缺失") ? 1 : 0;
    QCOMPARE(found, 1);

    // A built-in category cannot be removed; an unused user one can, undoably.
    RemoveBottleneckCategoryCommand builtin(project, QStringLiteral("P8"));
    QVERIFY(builtin.changes().isEmpty());
}

void TestBottlenecks::tableModelFollowsEdits()
{
    Project *project = m_fixture->project();
    BottleneckTableModel model(project);
    model.setToday(today);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    Bottleneck b = draft(QStringLiteral("新堵点"), QStringLiteral("I1"));
    b.target = QDate(2026, 1, 31); // past: overdue
    auto *add = new AddBottleneckCommand(project, b, today);
    const QString uuid = add->bottleneckUuid();
    QVERIFY(project->push(add));
    QCOMPARE(model.rowCount(), before + 1);
    const int row = model.rowOf(uuid);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, BottleneckTableModel::Title).data().toString(),
             QStringLiteral("新堵点"));
    QVERIFY(model.index(row, 0).data(BottleneckTableModel::OverdueRole).toBool());
    QVERIFY(model.index(row, BottleneckTableModel::Target)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Overdue")));
    model.setToday(QDate(2026, 1, 1));
    QVERIFY(!model.index(row, 0).data(BottleneckTableModel::OverdueRole).toBool());
    model.setToday(QDate(2026, 4, 1)); // opened 2025-03-01: over a year
    QVERIFY(model.index(row, 0).data(BottleneckTableModel::LongOpenRole).toBool());

    Bottleneck edited = *project->store().bottleneck(uuid);
    edited.title = QStringLiteral("改名后的堵点");
    QVERIFY(project->push(new EditBottleneckCommand(project, edited, today)));
    QCOMPARE(model.index(row, BottleneckTableModel::Title).data().toString(),
             QStringLiteral("改名后的堵点"));
    project->undoStack()->undo();
    project->undoStack()->undo();
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOf(uuid), -1);
}

void TestBottlenecks::filters_data()
{
    QTest::addColumn<BottleneckFilterModel::Filter>("filter");
    QTest::addColumn<QStringList>("expected");
    BottleneckFilterModel::Filter f;
    QTest::newRow("none") << f
                          << QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                         QStringLiteral("C")};
    f.categoryCode = QStringLiteral("I");
    QTest::newRow("category I (with children)") << f << QStringList{QStringLiteral("A")};
    f = {};
    f.statuses = BottleneckFilterModel::Filter::unresolved();
    QTest::newRow("unresolved") << f << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    f = {};
    f.minSeverity = 3;
    QTest::newRow("severity ≥3") << f << QStringList{QStringLiteral("A"), QStringLiteral("C")};
    f = {};
    f.goalUuid = QStringLiteral("goal:F1");
    QTest::newRow("goal F1") << f << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    f = {};
    f.policyUuid = QStringLiteral("policy:P02");
    QTest::newRow("policy P02") << f << QStringList{QStringLiteral("B")};
    f = {};
    f.owner = QStringLiteral("公安部");
    QTest::newRow("owner") << f << QStringList{QStringLiteral("C")};
    f = {};
    f.overdueOnly = true;
    QTest::newRow("overdue") << f << QStringList{QStringLiteral("B")};
    f = {};
    f.text = QStringLiteral("签证");
    QTest::newRow("text in description") << f << QStringList{QStringLiteral("C")};
    f = {};
    f.goalUuid = QStringLiteral("goal:F1");
    f.minSeverity = 3;
    QTest::newRow("goal and severity") << f << QStringList{QStringLiteral("A")};
}

void TestBottlenecks::filters()
{
    QFETCH(BottleneckFilterModel::Filter, filter);
    QFETCH(QStringList, expected);
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    // Replace the sample's bottlenecks by three known ones.
    for (const Bottleneck &b : store.bottlenecks())
        QVERIFY(project->push(new DeleteBottleneckCommand(project, b.uuid)));
    auto resolveGoal = [&](const QString &s) { return goalUuid(store, s.mid(5).toLatin1()); };
    auto resolvePolicy = [&](const QString &s) { return policyUuid(store, s.mid(7).toLatin1()); };
    if (!filter.goalUuid.isEmpty())
        filter.goalUuid = resolveGoal(filter.goalUuid);
    if (!filter.policyUuid.isEmpty())
        filter.policyUuid = resolvePolicy(filter.policyUuid);

    Bottleneck a = draft(QStringLiteral("A"), QStringLiteral("I4"));
    a.severity = 4;
    a.goalUuids = {goalUuid(store, "F1")};
    Bottleneck b = draft(QStringLiteral("B"), QStringLiteral("P3"));
    b.severity = 2;
    b.status = BottleneckStatus::InProgress;
    b.target = QDate(2026, 6, 30);
    b.goalUuids = {goalUuid(store, "F1"), goalUuid(store, "G1")};
    b.policyUuids = {policyUuid(store, "P02")};
    Bottleneck c = draft(QStringLiteral("C"), QStringLiteral("X"));
    c.severity = 3;
    c.status = BottleneckStatus::Resolved;
    c.target = QDate(2026, 6, 30); // past, but resolved: not overdue
    c.owner = QStringLiteral("公安部");
    c.description = QStringLiteral("人才签证办理周期长");
    for (const Bottleneck &x : {a, b, c})
        QVERIFY(project->push(new AddBottleneckCommand(project, x, today)));

    BottleneckTableModel table(project);
    table.setToday(today);
    BottleneckFilterModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(filter);
    proxy.sort(BottleneckTableModel::Title);
    QStringList titles;
    for (int r = 0; r < proxy.rowCount(); ++r)
        titles << proxy.index(r, BottleneckTableModel::Title).data().toString();
    QCOMPARE(titles, expected);
}

void TestBottlenecks::matrixCounts()
{
    Project *project = m_fixture->project();
    const ProjectStore &store = project->store();
    for (const Bottleneck &b : store.bottlenecks())
        QVERIFY(project->push(new DeleteBottleneckCommand(project, b.uuid)));
    BottleneckTableModel table(project);
    BottleneckMatrixModel matrix(&table, store.framework(), store.bottleneckCategories());
    QAbstractItemModelTester tester(&matrix,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(matrix.columnCount(), int(store.framework().goals().size()) + 1);

    auto rowOf = [&](const char *code) {
        for (int r = 0; r < matrix.rowCount(); ++r) {
            if (matrix.index(r, 0).data(BottleneckMatrixModel::CategoryCodeRole).toString() ==
                QLatin1String(code))
                return r;
        }
        return -1;
    };
    auto columnOf = [&](const char *code) {
        const QString uuid = goalUuid(store, code);
        for (int c = 0; c < matrix.columnCount(); ++c) {
            if (matrix.index(0, c).data(BottleneckMatrixModel::GoalUuidRole).toString() == uuid)
                return c;
        }
        return -1;
    };
    Bottleneck one = draft(QStringLiteral("1"), QStringLiteral("P3"));
    one.goalUuids = {goalUuid(store, "G1"), goalUuid(store, "F2")};
    Bottleneck two = draft(QStringLiteral("2"), QStringLiteral("P3"));
    two.goalUuids = {goalUuid(store, "G1")};
    two.status = BottleneckStatus::Mitigated;
    Bottleneck three = draft(QStringLiteral("3"), QStringLiteral("P1"));
    three.goalUuids = {goalUuid(store, "G1")};
    Bottleneck closed = draft(QStringLiteral("4"), QStringLiteral("P3"));
    closed.goalUuids = {goalUuid(store, "G1")};
    closed.status = BottleneckStatus::Resolved;
    for (const Bottleneck &x : {one, two, three, closed})
        QVERIFY(project->push(new AddBottleneckCommand(project, x, today)));

    const int total = matrix.columnCount() - 1;
    QCOMPARE(matrix.count(rowOf("P3"), columnOf("G1")), 2); // resolved does not count
    QCOMPARE(matrix.count(rowOf("P3"), columnOf("F2")), 1);
    QCOMPARE(matrix.count(rowOf("P1"), columnOf("G1")), 1);
    QCOMPARE(matrix.count(rowOf("P"), columnOf("G1")), 3); // the parent sums its children
    QCOMPARE(matrix.count(rowOf("P3"), total), 2);         // bottlenecks, not links
    QCOMPARE(matrix.count(rowOf("I"), columnOf("G1")), 0);
    QCOMPARE(matrix.index(rowOf("P3"), columnOf("G1")).data().toInt(), 2);
    QCOMPARE(matrix.maxCount(), 3);

    // Resolving one updates the matrix at once.
    Bottleneck first;
    for (const Bottleneck &b : store.bottlenecks()) {
        if (b.title == QLatin1String("1"))
            first = b;
    }
    first.status = BottleneckStatus::Resolved;
    QVERIFY(project->push(new EditBottleneckCommand(project, first, today)));
    QCOMPARE(matrix.count(rowOf("P3"), columnOf("G1")), 1);
    QCOMPARE(matrix.count(rowOf("P3"), columnOf("F2")), 0);
}

void TestBottlenecks::sampleProjectBottlenecks()
{
    const ProjectStore &store = m_fixture->store();
    const QList<Bottleneck> all = store.bottlenecks();
    QVERIFY(all.size() >= 12);
    int overdue = 0, withGoals = 0, withPolicies = 0, evidence = 0;
    bool standards = false;
    for (const Bottleneck &b : all) {
        QVERIFY2(BottleneckRules::fieldErrors(b).isEmpty(), qPrintable(b.title));
        overdue += b.isOverdue(today) ? 1 : 0;
        withGoals += b.goalUuids.isEmpty() ? 0 : 1;
        withPolicies += b.policyUuids.isEmpty() ? 0 : 1;
        evidence += int(store.bottleneckEvidence(b.uuid).size());
        if (b.categoryCode == QLatin1String("P4") &&
            b.policyUuids.contains(policyUuid(store, "P10")))
            standards = true;
    }
    QCOMPARE(withGoals, all.size());
    QCOMPARE(withPolicies, all.size());
    QVERIFY(overdue >= 3);
    QVERIFY(evidence >= all.size());
    QVERIFY(standards); // the standardisation committee rule, against its regulation
}

QTEST_GUILESS_MAIN(TestBottlenecks)
#include "tst_bottlenecks.moc"
