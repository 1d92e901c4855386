// The dashboard's shared selection (set, add, clear, history) and the rules by which it
// reaches the views (SelectionRules).
#include "domain/FrameworkLibrary.h"
#include "domain/Indicator.h"
#include "scoring/ScoringData.h"
#include "selection/Selection.h"
#include "selection/SelectionRules.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

const QString P1 = QStringLiteral("p1"), P2 = QStringLiteral("p2"), P3 = QStringLiteral("p3");

Framework fyp14()
{
    QString error;
    Framework framework = FrameworkLibrary::load(QStringLiteral("fyp14"), &error);
    if (framework.isEmpty())
        qFatal("fyp14: %s", qPrintable(error));
    return framework;
}

QString goal(const Framework &framework, const char *code)
{
    const GoalNode *node = framework.byCode(QString::fromLatin1(code));
    return node ? node->uuid : QString();
}

BottleneckCategory category(const char *code, const char *parent, bool builtin = true)
{
    BottleneckCategory c;
    c.code = QString::fromLatin1(code);
    c.parentCode = QString::fromLatin1(parent);
    c.builtin = builtin;
    return c;
}

QList<BottleneckCategory> taxonomy()
{
    return {category("I", ""),
            category("I1", "I"),
            category("I2", "I"),
            category("P", ""),
            category("P3", "P"),
            category("P3-a", "P3", false),
            category("P3-a-i", "P3-a", false),
            category("X", "")};
}

} // namespace

class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void selectReplacesEverything();
    void toggleAddsAndRemoves();
    void removeDropsOneItem();
    void periodAloneOrWidened();
    void clearEmpties();
    void unchangedStateEmitsNothing();
    void backAndForward();
    void newChangeDropsForwardHistory();
    void historyIsBounded();

    void dimensionStandsForItsGoals();
    void policyIndexesSkipUnknown();
    void categoriesIncludeNestedSubCategories();
    void bottleneckScope_data();
    void bottleneckScope();
    void chartScopeLeavesCategoriesOut();
    void openDuringPeriod_data();
    void openDuringPeriod();
    void indicatorsSelectedOrOfGoals();
};

void TestSelection::selectReplacesEverything()
{
    Selection selection;
    selection.select(SelectionKind::Policy, P1);
    selection.toggle(SelectionKind::Goal, QStringLiteral("g"));
    selection.pickPeriod({2020, 2021}, true);
    selection.select(SelectionKind::Category, QStringLiteral("P3"));
    QCOMPARE(selection.state().categories, QStringList{QStringLiteral("P3")});
    QVERIFY(selection.state().policies.isEmpty());
    QVERIFY(selection.state().goals.isEmpty());
    QVERIFY(!selection.state().period.isValid());
    QCOMPARE(selection.state().size(), 1);
}

void TestSelection::toggleAddsAndRemoves()
{
    Selection selection;
    selection.pick(SelectionKind::Policy, P1, false);
    selection.pick(SelectionKind::Policy, P2, true);
    selection.pick(SelectionKind::Goal, QStringLiteral("g"), true);
    QCOMPARE(selection.state().policies, (QStringList{P1, P2}));
    QCOMPARE(selection.state().goals, QStringList{QStringLiteral("g")});
    selection.pick(SelectionKind::Policy, P1, true);
    QCOMPARE(selection.state().policies, QStringList{P2});
    QCOMPARE(selection.state().goals, QStringList{QStringLiteral("g")});
}

void TestSelection::removeDropsOneItem()
{
    Selection selection;
    selection.select(SelectionKind::Indicator, QStringLiteral("a"));
    selection.toggle(SelectionKind::Indicator, QStringLiteral("b"));
    selection.remove(SelectionKind::Indicator, QStringLiteral("a"));
    QCOMPARE(selection.state().indicators, QStringList{QStringLiteral("b")});
    selection.remove(SelectionKind::Indicator, QStringLiteral("b"));
    QVERIFY(selection.state().isEmpty());
}

void TestSelection::periodAloneOrWidened()
{
    Selection selection;
    selection.select(SelectionKind::Policy, P1);
    selection.pickPeriod({2021, 2021}, true);
    QCOMPARE(selection.state().period, (PeriodRange{2021, 2021}));
    QCOMPARE(selection.state().policies, QStringList{P1});
    selection.pickPeriod({2018, 2018}, true);
    QCOMPARE(selection.state().period, (PeriodRange{2018, 2021}));
    selection.pickPeriod({2023, 2023}, false);
    QCOMPARE(selection.state().period, (PeriodRange{2023, 2023}));
    QVERIFY(selection.state().policies.isEmpty());
    selection.pickPeriod({2025, 2024}, false); // invalid: ignored
    QCOMPARE(selection.state().period, (PeriodRange{2023, 2023}));
    selection.clearPeriod();
    QVERIFY(selection.state().isEmpty());
}

void TestSelection::clearEmpties()
{
    Selection selection;
    selection.select(SelectionKind::Goal, QStringLiteral("g"));
    selection.toggle(SelectionKind::Policy, P3);
    selection.clear();
    QVERIFY(selection.state().isEmpty());
    QVERIFY(selection.canGoBack());
}

void TestSelection::unchangedStateEmitsNothing()
{
    Selection selection;
    QSignalSpy spy(&selection, &Selection::changed);
    selection.clear();
    selection.select(SelectionKind::Policy, QString());
    QCOMPARE(spy.count(), 0);
    selection.select(SelectionKind::Policy, P1);
    QCOMPARE(spy.count(), 1);
    selection.select(SelectionKind::Policy, P1);
    selection.remove(SelectionKind::Goal, QStringLiteral("absent"));
    SelectionState same = selection.state();
    selection.setState(same);
    QCOMPARE(spy.count(), 1);
    QVERIFY(selection.canGoBack());
    selection.back();
    QVERIFY(!selection.canGoBack()); // the no-ops left no steps
}

void TestSelection::backAndForward()
{
    Selection selection;
    QSignalSpy spy(&selection, &Selection::changed);
    selection.select(SelectionKind::Policy, P1);
    selection.select(SelectionKind::Policy, P2);
    selection.toggle(SelectionKind::Policy, P3);
    QCOMPARE(selection.state().policies, (QStringList{P2, P3}));
    selection.back();
    QCOMPARE(selection.state().policies, QStringList{P2});
    selection.back();
    QCOMPARE(selection.state().policies, QStringList{P1});
    selection.back();
    QVERIFY(selection.state().isEmpty());
    QVERIFY(!selection.canGoBack());
    selection.back(); // nothing left: no change, no signal
    QCOMPARE(spy.count(), 6);
    selection.forward();
    selection.forward();
    QCOMPARE(selection.state().policies, QStringList{P2});
    QVERIFY(selection.canGoForward());
    selection.forward();
    QCOMPARE(selection.state().policies, (QStringList{P2, P3}));
    QVERIFY(!selection.canGoForward());
}

void TestSelection::newChangeDropsForwardHistory()
{
    Selection selection;
    selection.select(SelectionKind::Policy, P1);
    selection.select(SelectionKind::Policy, P2);
    selection.back();
    QVERIFY(selection.canGoForward());
    selection.select(SelectionKind::Goal, QStringLiteral("g"));
    QVERIFY(!selection.canGoForward());
    selection.back();
    QCOMPARE(selection.state().policies, QStringList{P1});
}

void TestSelection::historyIsBounded()
{
    Selection selection;
    for (int i = 0; i < Selection::HistoryLimit + 20; ++i)
        selection.select(SelectionKind::Policy, QString::number(i));
    int steps = 0;
    while (selection.canGoBack()) {
        selection.back();
        ++steps;
    }
    QCOMPARE(steps, Selection::HistoryLimit);
    QCOMPARE(selection.state().policies, QStringList{QString::number(19)});
}

void TestSelection::dimensionStandsForItsGoals()
{
    const Framework framework = fyp14();
    SelectionState state;
    state.goals << goal(framework, "F") << goal(framework, "D2");
    const QSet<QString> goals = SelectionRules::goalUuids(state, framework);
    QCOMPARE(goals, (QSet<QString>{goal(framework, "F1"), goal(framework, "F2"),
                                   goal(framework, "F3"), goal(framework, "D2")}));
    ScoringData data;
    data.goals = framework.goals();
    for (const GoalNode &node : std::as_const(data.goals))
        data.goalUuids << node.uuid;
    const QVector<int> indexes = SelectionRules::goalIndexes(state, framework, data);
    QStringList codes;
    for (int g : indexes)
        codes << data.goals.at(g).code;
    QCOMPARE(codes, (QStringList{QStringLiteral("D2"), QStringLiteral("F1"), QStringLiteral("F2"),
                                 QStringLiteral("F3")}));
}

void TestSelection::policyIndexesSkipUnknown()
{
    ScoringData data;
    data.policyUuids = QStringList{P1, P2, P3};
    SelectionState state;
    state.policies << P3 << QStringLiteral("deleted") << P1 << P3;
    QCOMPARE(SelectionRules::policyIndexes(state, data), (QVector<int>{2, 0}));
}

void TestSelection::categoriesIncludeNestedSubCategories()
{
    SelectionState state;
    state.categories << QStringLiteral("P");
    QCOMPARE(SelectionRules::categoryCodes(state, taxonomy()),
             (QSet<QString>{QStringLiteral("P"), QStringLiteral("P3"), QStringLiteral("P3-a"),
                            QStringLiteral("P3-a-i")}));
    state.categories = QStringList{QStringLiteral("X")};
    QCOMPARE(SelectionRules::categoryCodes(state, taxonomy()), QSet<QString>{QStringLiteral("X")});
}

void TestSelection::bottleneckScope_data()
{
    QTest::addColumn<QStringList>("policies");
    QTest::addColumn<QStringList>("goals"); // codes
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("matches");
    // The bottleneck: category P3-a, blocks p1 and D2, opened 2020-03, resolved 2022-05.
    const QStringList none;
    QTest::newRow("empty selection") << none << none << none << 0 << 0 << true;
    QTest::newRow("its policy") << QStringList{P1} << none << none << 0 << 0 << true;
    QTest::newRow("another policy") << QStringList{P2} << none << none << 0 << 0 << false;
    QTest::newRow("one of two policies") << QStringList{P2, P1} << none << none << 0 << 0 << true;
    QTest::newRow("its goal") << none << QStringList{QStringLiteral("D2")} << none << 0 << 0
                              << true;
    QTest::newRow("its dimension")
        << none << QStringList{QStringLiteral("D")} << none << 0 << 0 << true;
    QTest::newRow("another goal") << none << QStringList{QStringLiteral("F1")} << none << 0 << 0
                                  << false;
    QTest::newRow("policy and goal")
        << QStringList{P1} << QStringList{QStringLiteral("D2")} << none << 0 << 0 << true;
    QTest::newRow("policy and wrong goal")
        << QStringList{P1} << QStringList{QStringLiteral("F1")} << none << 0 << 0 << false;
    QTest::newRow("parent category")
        << none << none << QStringList{QStringLiteral("P")} << 0 << 0 << true;
    QTest::newRow("other category")
        << none << none << QStringList{QStringLiteral("I1")} << 0 << 0 << false;
    QTest::newRow("period while open") << none << none << none << 2021 << 2021 << true;
    QTest::newRow("period before opening") << none << none << none << 2018 << 2019 << false;
    QTest::newRow("period after closing") << none << none << none << 2023 << 2024 << false;
    QTest::newRow("period of closing") << none << none << none << 2022 << 2030 << true;
}

void TestSelection::bottleneckScope()
{
    QFETCH(QStringList, policies);
    QFETCH(QStringList, goals);
    QFETCH(QStringList, categories);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, matches);
    const Framework framework = fyp14();
    Bottleneck b;
    b.categoryCode = QStringLiteral("P3-a");
    b.policyUuids = QStringList{P1, P3};
    b.goalUuids = QStringList{goal(framework, "D2")};
    b.opened = QDate(2020, 3, 1);
    b.status = BottleneckStatus::Resolved;
    b.closed = QDate(2022, 5, 1);
    SelectionState state;
    state.policies = policies;
    for (const QString &code : goals)
        state.goals << goal(framework, code.toLatin1().constData());
    state.categories = categories;
    state.period = PeriodRange{from, to};
    const SelectionRules::BottleneckScope scope =
        SelectionRules::bottleneckScope(state, framework, taxonomy());
    QCOMPARE(scope.isEmpty(), state.isEmpty());
    QCOMPARE(SelectionRules::matches(b, scope), matches);
}

void TestSelection::chartScopeLeavesCategoriesOut()
{
    const Framework framework = fyp14();
    SelectionState state;
    state.categories << QStringLiteral("I1");
    Bottleneck b;
    b.categoryCode = QStringLiteral("P3");
    QVERIFY(
        !SelectionRules::matches(b, SelectionRules::bottleneckScope(state, framework, taxonomy())));
    QVERIFY(SelectionRules::matches(
        b, SelectionRules::bottleneckScope(state, framework, taxonomy(), false)));
    // A goal that is not in the framework filters to nothing rather than to everything.
    state = SelectionState();
    state.goals << QStringLiteral("stale-goal");
    b.goalUuids << goal(framework, "D1");
    QVERIFY(
        !SelectionRules::matches(b, SelectionRules::bottleneckScope(state, framework, taxonomy())));
}

void TestSelection::openDuringPeriod_data()
{
    QTest::addColumn<QDate>("opened");
    QTest::addColumn<int>("status");
    QTest::addColumn<QDate>("closed");
    QTest::addColumn<bool>("in2021");
    QTest::newRow("open since 2019")
        << QDate(2019, 1, 1) << int(BottleneckStatus::Open) << QDate() << true;
    QTest::newRow("opened 2022") << QDate(2022, 1, 1) << int(BottleneckStatus::Open) << QDate()
                                 << false;
    QTest::newRow("closed 2020") << QDate(2018, 1, 1) << int(BottleneckStatus::WontFix)
                                 << QDate(2020, 12, 31) << false;
    QTest::newRow("closed 2021") << QDate(2018, 1, 1) << int(BottleneckStatus::Resolved)
                                 << QDate(2021, 1, 1) << true;
    QTest::newRow("no opening date") << QDate() << int(BottleneckStatus::Open) << QDate() << false;
}

void TestSelection::openDuringPeriod()
{
    QFETCH(QDate, opened);
    QFETCH(int, status);
    QFETCH(QDate, closed);
    QFETCH(bool, in2021);
    Bottleneck b;
    b.opened = opened;
    b.status = BottleneckStatus(status);
    b.closed = closed;
    QCOMPARE(SelectionRules::openDuring(b, PeriodRange{2021, 2021}), in2021);
    QVERIFY(SelectionRules::openDuring(b, PeriodRange())); // no period: everything
}

void TestSelection::indicatorsSelectedOrOfGoals()
{
    const Framework framework = fyp14();
    QList<Indicator> library;
    for (const char *code : {"A", "B", "C"}) {
        Indicator i;
        i.uuid = QString::fromLatin1(code).toLower();
        i.code = QString::fromLatin1(code);
        library << i;
    }
    library[0].goalUuids << goal(framework, "F1");
    library[1].goalUuids << goal(framework, "S2") << goal(framework, "F3");
    SelectionState state;
    QVERIFY(SelectionRules::indicatorUuids(state, framework, library).isEmpty());
    state.goals << goal(framework, "F");
    QCOMPARE(SelectionRules::indicatorUuids(state, framework, library),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    state.indicators << QStringLiteral("c") << QStringLiteral("gone");
    QCOMPARE(SelectionRules::indicatorUuids(state, framework, library),
             QStringList{QStringLiteral("c")});
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
