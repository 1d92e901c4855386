// CSV import and export of implementation tracking: bottlenecks (import plan with every
// rejection reason, status rules, links, round trip) and indicator observations, and the
// indicator export with its derived figures.
#include "FailingDevice.h"
#include "TestProject.h"

#include "commands/ImportCommand.h"
#include "io/BottleneckCsv.h"
#include "io/CsvReader.h"
#include "io/ObservationCsv.h"
#include "io/PolicyCsv.h"
#include "io/TrackingExport.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using Encoding = TextDecoding::Encoding;

namespace {

// A fixed day, so that closed dates and indicator statuses do not depend on the calendar.
const QDate today(2025, 6, 1);

QString fixture(const QString &name)
{
    return QStringLiteral(PWB_TEST_DATA_DIR "/csv/") + name;
}

QList<QVariantMap> rowsOf(const ProjectStore &store, const QString &table)
{
    QList<QVariantMap> rows;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY uuid").arg(table)))
        return rows;
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), q.value(i));
        rows << row;
    }
    return rows;
}

using Snapshot = QList<QList<QVariantMap>>;

Snapshot snapshot(const ProjectStore &store)
{
    Snapshot s;
    for (const char *table : {"bottleneck", "bottleneck_goal", "bottleneck_policy", "observation"})
        s << rowsOf(store, QString::fromLatin1(table));
    return s;
}

ImportPlan planFor(const QString &kind, const CsvReader::Table &table, const ProjectStore &store)
{
    if (kind == QLatin1String("observations"))
        return ObservationCsv::plan(table, store);
    return BottleneckCsv::plan(table, store, TestProject::testEvaluator().uuid, today);
}

QString describe(const ImportPlan &plan)
{
    QStringList lines;
    if (!plan.fileError.isEmpty())
        lines << QStringLiteral("file error: ") + plan.fileError;
    for (const ImportPlan::Rejected &r : plan.rejected)
        lines << QStringLiteral("line %1: %2").arg(r.line).arg(r.reason);
    return lines.join(QLatin1Char('\n'));
}

QByteArray exportedBottlenecks(const ProjectStore &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!BottleneckCsv::write(store, &buffer, &error))
        qWarning() << error;
    return buffer.data();
}

QByteArray exportedIndicators(const ProjectStore &store, bool json)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = json ? TrackingExport::writeIndicatorsJson(store, today, &buffer, &error)
                         : TrackingExport::writeIndicatorsCsv(store, today, &buffer, &error);
    if (!ok)
        qWarning() << error;
    return buffer.data();
}

std::optional<Bottleneck> bottleneckTitled(const ProjectStore &store, const QString &title)
{
    for (const Bottleneck &b : store.bottlenecks()) {
        if (b.title == title)
            return b;
    }
    return std::nullopt;
}

QStringList goalCodes(const ProjectStore &store, const QStringList &uuids)
{
    QStringList codes;
    for (const QString &uuid : uuids)
        codes << store.framework().byUuid(uuid)->code;
    return codes;
}

QStringList policyCodes(const ProjectStore &store, const QStringList &uuids)
{
    QStringList codes;
    for (const QString &uuid : uuids)
        codes << store.policy(uuid)->code;
    return codes;
}

std::optional<Observation> observation(const ProjectStore &store, const QString &code,
                                       const QString &period)
{
    for (const Indicator &i : store.indicators()) {
        if (i.code != code)
            continue;
        for (const Observation &o : i.observations) {
            if (o.period == period)
                return o;
        }
    }
    return std::nullopt;
}

} // namespace

class TestTrackingCsv : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importPlan_data();
    void importPlan();
    void importedBottlenecks();
    void statusReasonColumn();
    void ambiguousTitleNeedsUuid();
    void missingColumns_data();
    void missingColumns();
    void importedObservations();
    void parseValue_data();
    void parseValue();

    void bottleneckExportIsExcelFriendly();
    void bottleneckExportRoundTrips();
    void bottleneckJson();
    void indicatorCsv();
    void indicatorJson();
    void exportReportsWriteFailure();

private:
    std::unique_ptr<TestProject> m_project;
};

void TestTrackingCsv::init()
{
    m_project = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_project->isValid(), qPrintable(m_project->error()));
}

void TestTrackingCsv::cleanup()
{
    m_project.reset();
}

void TestTrackingCsv::importPlan_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<QStringList>("rejected"); // "line|part of the reason"
    QTest::addColumn<QStringList>("firstRow"); // preview of the first accepted row

    const QString utf8 = QStringLiteral("utf-8");
    const QString b = QStringLiteral("bottlenecks");
    const QString o = QStringLiteral("observations");

    QTest::newRow("bottlenecks good")
        << b << QStringLiteral("bottlenecks_good.csv") << utf8 << 3 << 1 << 0 << QStringList()
        << QStringList{QStringLiteral("外资研发中心认定标准各地不一"),
                       QStringLiteral("P4"),
                       QStringLiteral("Serious"),
                       QStringLiteral("Open"),
                       QStringLiteral("E2; E5"),
                       QStringLiteral("P10"),
                       QStringLiteral("商务部"),
                       QStringLiteral("2024-05-01"),
                       QStringLiteral("2025-12-31"),
                       QStringLiteral("各地认定标准不一，\n跨区域经营的外资研发中心需重复申请。")};
    QTest::newRow("bottlenecks chinese headers")
        << b << QStringLiteral("bottlenecks_chinese_headers.csv") << utf8 << 1 << 0 << 1
        << QStringList() << QStringList();
    QTest::newRow("bottlenecks gbk") << b << QStringLiteral("bottlenecks_gbk.csv")
                                     << QStringLiteral("gbk") << 2 << 0 << 0 << QStringList()
                                     << QStringList{QStringLiteral("科研经费跨境拨付审批慢"),
                                                    QStringLiteral("P3"),
                                                    QStringLiteral("Serious"),
                                                    QStringLiteral("Open"),
                                                    QStringLiteral("G1; F2"),
                                                    QStringLiteral("P12"),
                                                    QStringLiteral("广东省科学技术厅"),
                                                    QStringLiteral("2024-03-01"),
                                                    QStringLiteral("2025-06-30"),
                                                    QStringLiteral("由Excel另存为CSV（GBK编码）")};
    QTest::newRow("bottlenecks invalid")
        << b << QStringLiteral("bottlenecks_invalid.csv") << utf8 << 1 << 0 << 0
        << QStringList{QStringLiteral("2|the title is empty"),
                       QStringLiteral("3|unknown category \"Z9\" (use a code: I, I1,"),
                       QStringLiteral(
                           "4|the severity \"5\" is not 1, 2, 3 or 4 (Minor … Critical)"),
                       QStringLiteral("5|unknown status \"done\" (use one of: open, in_progress, "
                                      "mitigated, resolved, wont_fix)"),
                       QStringLiteral(
                           "6|the status \"Won't fix\" needs a reason, and the file has no "
                           "status_reason column to give one"),
                       QStringLiteral("7|unknown goal code(s) \"Z1\", \"Q2\""),
                       QStringLiteral("8|\"D\" is a dimension, not a goal: link its goals (D1, "),
                       QStringLiteral("9|unknown policy code(s) \"P99\""),
                       QStringLiteral(
                           "10|the date opened \"2024/03/01\" is not a date written yyyy-MM-dd"),
                       QStringLiteral(
                           "11|the target date 2024-01-31 is before the date opened 2024-03-01"),
                       QStringLiteral("13|the title \"A good row\" was already used on line 12"),
                       QStringLiteral("14|11 field(s) where the header has 10"),
                       QStringLiteral(
                           "15|the target date \"2024-02-30\" is not a date written yyyy-MM-dd"),
                       QStringLiteral(
                           "16|moving the bottleneck from \"Mitigated\" to \"Open\" needs a "
                           "reason, and the file has no status_reason column")}
        << QStringList{QStringLiteral("A good row"),
                       QStringLiteral("P4"),
                       QStringLiteral("Moderate"),
                       QStringLiteral("Open"),
                       QStringLiteral("E2"),
                       QStringLiteral("P10"),
                       QString(),
                       QStringLiteral("2024-01-01"),
                       QString(),
                       QString()};
    QTest::newRow("bottlenecks reasons")
        << b << QStringLiteral("bottlenecks_reasons.csv") << utf8 << 1 << 1 << 0
        << QStringList{QStringLiteral("4|a date closed is given, but the status \"Open\" is not "
                                      "resolved or won't fix"),
                       QStringLiteral("5|the uuid \"not-a-uuid\" is not a UUID")}
        << QStringList();

    QTest::newRow("observations good")
        << o << QStringLiteral("observations_good.csv") << utf8 << 3 << 1 << 0 << QStringList()
        << QStringList{QStringLiteral("COOP_COUNTRIES"), QStringLiteral("2023"),
                       QStringLiteral("163"), QStringLiteral("外交部网站"), QStringLiteral("示例")};
    QTest::newRow("observations chinese headers")
        << o << QStringLiteral("observations_chinese_headers.csv") << utf8 << 1 << 0 << 1
        << QStringList() << QStringList();
    QTest::newRow("observations invalid")
        << o << QStringLiteral("observations_invalid.csv") << utf8 << 1 << 0 << 0
        << QStringList{QStringLiteral("2|the indicator code is empty"),
                       QStringLiteral("3|unknown indicator code \"NO_SUCH_INDICATOR\""),
                       QStringLiteral("4|the period is empty"),
                       QStringLiteral("5|the value \"abc\" is not a number"),
                       QStringLiteral("6|the value \"1,18\" is not a number"),
                       QStringLiteral("7|the value \"nan\" is not a number"),
                       QStringLiteral("8|the value is empty"),
                       QStringLiteral("10|the same indicator and period as line 9"),
                       QStringLiteral("11|6 field(s) where the header has 5")}
        << QStringList{QStringLiteral("COOP_COUNTRIES"), QStringLiteral("2028"),
                       QStringLiteral("170"), QString(), QString()};
}

void TestTrackingCsv::importPlan()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, encodingName);
    QFETCH(int, added);
    QFETCH(int, updated);
    QFETCH(int, unchanged);
    QFETCH(QStringList, rejected);
    QFETCH(QStringList, firstRow);

    ProjectStore &store = m_project->store();
    const Snapshot before = snapshot(store);
    const CsvReader::Table table = CsvReader::readFile(fixture(file), Encoding::Auto);
    const ImportPlan plan = planFor(kind, table, store);
    QCOMPARE(snapshot(store), before); // planning reads only
    QVERIFY2(plan.isUsable(), qPrintable(plan.fileError));
    QCOMPARE(plan.encodingName, encodingName);
    QCOMPARE(plan.columns.size(), kind == QLatin1String("bottlenecks") ? 10 : 5);

    QVERIFY2(plan.rejected.size() == rejected.size(), qPrintable(describe(plan)));
    for (int i = 0; i < rejected.size(); ++i) {
        const int bar = int(rejected.at(i).indexOf(QLatin1Char('|')));
        const ImportPlan::Rejected &r = plan.rejected.at(i);
        QVERIFY2(r.line == rejected.at(i).left(bar).toInt() &&
                     r.reason.contains(rejected.at(i).mid(bar + 1)),
                 qPrintable(QStringLiteral("expected %1, got line %2: %3")
                                .arg(rejected.at(i))
                                .arg(r.line)
                                .arg(r.reason)));
        QVERIFY(!r.fields.isEmpty());
    }
    QCOMPARE(plan.count(ImportPlan::Action::Add), added);
    QCOMPARE(plan.count(ImportPlan::Action::Update), updated);
    QCOMPARE(plan.count(ImportPlan::Action::Unchanged), unchanged);
    if (!firstRow.isEmpty())
        QCOMPARE(plan.rows.first().display, firstRow);
    for (const RowChange &change : plan.changes) {
        if (!change.isInsert())
            QCOMPARE(change.before, store.row(change.table, change.key));
        if (change.table == QLatin1String("bottleneck")) {
            QVERIFY(change.after.contains(QStringLiteral("modified")));
            QCOMPARE(change.after.value(QStringLiteral("modified_by")).toString(),
                     TestProject::testEvaluator().uuid);
        }
    }

    // Applying is one edit; the same file again changes nothing; undo and redo return
    // exactly to each state.
    if (plan.changes.isEmpty() || !plan.rejected.isEmpty())
        return;
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("Import"), plan.changes)));
    QCOMPARE(project->undoStack()->count(), 1);
    const Snapshot after = snapshot(store);
    QVERIFY(after != before);
    const ImportPlan again =
        planFor(kind, CsvReader::readFile(fixture(file), Encoding::Auto), store);
    QVERIFY2(again.changes.isEmpty(), qPrintable(describe(again)));
    QCOMPARE(again.count(ImportPlan::Action::Unchanged), added + updated + unchanged);
    project->undoStack()->undo();
    QCOMPARE(snapshot(store), before);
    project->undoStack()->redo();
    QCOMPARE(snapshot(store), after);
}

void TestTrackingCsv::importedBottlenecks()
{
    ProjectStore &store = m_project->store();
    const QString updatedTitle = QStringLiteral("标委会委员限于境内法人，外企总部无法参与标准化");
    const std::optional<Bottleneck> old = bottleneckTitled(store, updatedTitle);
    QVERIFY(old);
    const int count = int(store.bottlenecks().size());
    const ImportPlan plan = planFor(
        QStringLiteral("bottlenecks"),
        CsvReader::readFile(fixture(QStringLiteral("bottlenecks_good.csv")), Encoding::Auto),
        store);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(describe(plan)));
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("Import"), plan.changes)));
    QCOMPARE(store.bottlenecks().size(), count + 3);

    // A category by its Chinese name, severity and status by their labels, codes separated by
    // a full-width semicolon and by "; ", no target.
    const std::optional<Bottleneck> byName =
        bottleneckTitled(store, QStringLiteral("科研设备跨境通关手续繁琐"));
    QVERIFY(byName);
    QCOMPARE(byName->categoryCode, QStringLiteral("P4"));
    QCOMPARE(byName->severity, 3);
    QCOMPARE(byName->status, BottleneckStatus::InProgress);
    QCOMPARE(goalCodes(store, byName->goalUuids),
             (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    QCOMPARE(policyCodes(store, byName->policyUuids),
             (QStringList{QStringLiteral("P01"), QStringLiteral("P02")}));
    QVERIFY(!byName->target.isValid());
    QVERIFY(!byName->closed.isValid());

    // Resolved without a date closed: closed today, as in the editor.
    const std::optional<Bottleneck> resolved =
        bottleneckTitled(store, QStringLiteral("Visa processing for visiting scientists"));
    QVERIFY(resolved);
    QCOMPARE(resolved->categoryCode, QStringLiteral("P4"));
    QCOMPARE(resolved->severity, 1);
    QCOMPARE(resolved->status, BottleneckStatus::Resolved);
    QCOMPARE(resolved->closed, today);
    QVERIFY(resolved->policyUuids.isEmpty());

    // Updated by title: same uuid, new severity, links replaced, an empty description column
    // empties the description.
    const std::optional<Bottleneck> updated = bottleneckTitled(store, updatedTitle);
    QVERIFY(updated);
    QCOMPARE(updated->uuid, old->uuid);
    QCOMPARE(updated->severity, 4);
    QCOMPARE(updated->owner, old->owner);
    QVERIFY(updated->description.isEmpty());
    QCOMPARE(policyCodes(store, updated->policyUuids),
             (QStringList{QStringLiteral("P10"), QStringLiteral("P03")}));
    QCOMPARE(goalCodes(store, updated->goalUuids),
             (QStringList{QStringLiteral("E2"), QStringLiteral("E5")}));
}

void TestTrackingCsv::statusReasonColumn()
{
    ProjectStore &store = m_project->store();
    const QString reopenedTitle = QStringLiteral("外国高端人才确认函审发层级过高");
    const std::optional<Bottleneck> old = bottleneckTitled(store, reopenedTitle);
    QVERIFY(old && old->status == BottleneckStatus::Resolved && old->closed.isValid());

    const QString csv =
        QStringLiteral("title,category,severity,status,status_reason\n"
                       "Closed as won't fix with a reason,P6,2,wont_fix,超出本项目范围\n"
                       "外国高端人才确认函审发层级过高,P3,2,in_progress,下放后仍有地方未落实\n");
    const ImportPlan plan = planFor(QStringLiteral("bottlenecks"), CsvReader::parse(csv), store);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(describe(plan)));
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("Import"), plan.changes)));

    const std::optional<Bottleneck> wontFix =
        bottleneckTitled(store, QStringLiteral("Closed as won't fix with a reason"));
    QVERIFY(wontFix);
    QCOMPARE(wontFix->status, BottleneckStatus::WontFix);
    QCOMPARE(wontFix->statusReason, QStringLiteral("超出本项目范围"));
    QCOMPARE(wontFix->closed, today);
    QCOMPARE(wontFix->opened, today); // no opened column: today, as in the editor
    // Reopened: the date closed is cleared, the links (no columns for them) are kept.
    const std::optional<Bottleneck> reopened = bottleneckTitled(store, reopenedTitle);
    QCOMPARE(reopened->status, BottleneckStatus::InProgress);
    QVERIFY(!reopened->closed.isValid());
    QCOMPARE(reopened->goalUuids, old->goalUuids);
    QCOMPARE(reopened->policyUuids, old->policyUuids);

    // An empty reason in the column is no reason.
    const ImportPlan empty =
        planFor(QStringLiteral("bottlenecks"),
                CsvReader::parse(QStringLiteral("title,category,status,status_reason\n"
                                                "New and closed,P6,wont_fix,\n")),
                store);
    QCOMPARE(empty.rejected.size(), 1);
    QVERIFY2(empty.rejected.first().reason.contains(
                 QStringLiteral("needs a reason in the status_reason column")),
             qPrintable(describe(empty)));
}

void TestTrackingCsv::ambiguousTitleNeedsUuid()
{
    ProjectStore &store = m_project->store();
    const Bottleneck existing = store.bottlenecks().first();
    // A second bottleneck with the same title.
    const QString csv =
        QStringLiteral("title,category,uuid\n%1,P4,%2\n")
            .arg(existing.title, QStringLiteral("{0e0e0e0e-1111-4222-8333-444455556666}"));
    ImportPlan plan = planFor(QStringLiteral("bottlenecks"), CsvReader::parse(csv), store);
    // The uuid is unknown, so the title decides: it updates the existing record.
    QCOMPARE(plan.count(ImportPlan::Action::Update), 1);

    Bottleneck twin = existing;
    twin.uuid = Rows::newUuid();
    QVariantMap row = Rows::fromBottleneck(twin);
    row.insert(QStringLiteral("created"), Rows::now());
    row.insert(QStringLiteral("modified"), Rows::now());
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("twin"),
                                            {{QStringLiteral("bottleneck"), twin.uuid, {}, row}})));
    plan = planFor(QStringLiteral("bottlenecks"),
                   CsvReader::parse(QStringLiteral("title,category\n%1,P4\n").arg(existing.title)),
                   store);
    QCOMPARE(plan.rejected.size(), 1);
    QVERIFY2(plan.rejected.first().reason.contains(QStringLiteral("is ambiguous: 2 bottlenecks")),
             qPrintable(describe(plan)));
    // With the uuid it is clear which one is meant.
    plan = planFor(QStringLiteral("bottlenecks"),
                   CsvReader::parse(QStringLiteral("title,category,severity,uuid\n%1,P4,1,%2\n")
                                        .arg(existing.title, twin.uuid)),
                   store);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(describe(plan)));
    QCOMPARE(plan.count(ImportPlan::Action::Update), 1);
    QCOMPARE(plan.changes.first().key, twin.uuid);
}

void TestTrackingCsv::missingColumns_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("fileError");
    QTest::newRow("bottleneck category")
        << QStringLiteral("bottlenecks") << QStringLiteral("title,severity\nx,2\n")
        << QStringLiteral("The file has no \"category\" column");
    QTest::newRow("bottleneck twice")
        << QStringLiteral("bottlenecks") << QStringLiteral("title,标题,category\nx,y,P4\n")
        << QStringLiteral("names the column \"title\" more than once");
    QTest::newRow("observation value")
        << QStringLiteral("observations") << QStringLiteral("indicator,period\nGII_RANK,2023\n")
        << QStringLiteral("The file has no \"value\" column");
}

void TestTrackingCsv::missingColumns()
{
    QFETCH(QString, kind);
    QFETCH(QString, csv);
    QFETCH(QString, fileError);
    const ImportPlan plan = planFor(kind, CsvReader::parse(csv), m_project->store());
    QVERIFY(!plan.isUsable());
    QVERIFY2(plan.fileError.contains(fileError), qPrintable(plan.fileError));
    QVERIFY(plan.changes.isEmpty());

    const ImportPlan fromFile =
        planFor(QStringLiteral("bottlenecks"),
                CsvReader::readFile(fixture(QStringLiteral("bottlenecks_missing_column.csv")),
                                    Encoding::Auto),
                m_project->store());
    QVERIFY(fromFile.fileError.contains(QStringLiteral("no \"category\" column")));
}

void TestTrackingCsv::importedObservations()
{
    ProjectStore &store = m_project->store();
    const ImportPlan plan = planFor(
        QStringLiteral("observations"),
        CsvReader::readFile(fixture(QStringLiteral("observations_good.csv")), Encoding::Auto),
        store);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(describe(plan)));
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("Import"), plan.changes)));

    const std::optional<Observation> permits =
        observation(store, QStringLiteral("FOREIGN_WORK_PERMITS"), QStringLiteral("2022"));
    QVERIFY(permits);
    QCOMPARE(permits->value, 1250000.0);
    QCOMPARE(permits->source, QStringLiteral("国家移民管理局"));
    // A code in the wrong case still finds its indicator.
    QVERIFY(observation(store, QStringLiteral("GII_RANK"), QStringLiteral("2023")));
    const std::optional<Observation> agreements =
        observation(store, QStringLiteral("GOV_AGREEMENTS"), QStringLiteral("2022"));
    QCOMPARE(agreements->value, 116.0);
    QCOMPARE(agreements->note, QStringLiteral("更正"));
    int periods2022 = 0;
    for (const Indicator &i : store.indicators()) {
        if (i.code == QLatin1String("GOV_AGREEMENTS"))
            periods2022 = int(std::count_if(
                i.observations.cbegin(), i.observations.cend(),
                [](const Observation &o) { return o.period == QLatin1String("2022"); }));
    }
    QCOMPARE(periods2022, 1); // updated, not added beside the old one
}

void TestTrackingCsv::parseValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QStringLiteral("163") << true << 163.0;
    QTest::newRow("decimal") << QStringLiteral("0.21") << true << 0.21;
    QTest::newRow("negative") << QStringLiteral("-3.5") << true << -3.5;
    QTest::newRow("exponent") << QStringLiteral("1e6") << true << 1e6;
    QTest::newRow("thousands") << QStringLiteral("1,180,000") << true << 1180000.0;
    QTest::newRow("thousands decimal") << QStringLiteral("12,345.5") << true << 12345.5;
    QTest::newRow("spaces") << QStringLiteral(" 42 ") << true << 42.0;
    QTest::newRow("decimal comma") << QStringLiteral("1,18") << false << 0.0;
    QTest::newRow("bad grouping") << QStringLiteral("1,1800") << false << 0.0;
    QTest::newRow("percent") << QStringLiteral("26.3%") << false << 0.0;
    QTest::newRow("text") << QStringLiteral("abc") << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("huge") << QStringLiteral("1e999") << false << 0.0;
}

void TestTrackingCsv::parseValue()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed = ObservationCsv::parseValue(text);
    QCOMPARE(bool(parsed), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestTrackingCsv::bottleneckExportIsExcelFriendly()
{
    const QByteArray bytes = exportedBottlenecks(m_project->store());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "title,category,severity,status,goals,policies,owner,opened,target,"
                             "description,closed,status_reason,notes,uuid\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));
    const CsvReader::Table table = CsvReader::parse(QString::fromUtf8(bytes));
    QVERIFY(table.ok);
    QCOMPARE(table.records.size(), m_project->store().bottlenecks().size());
    bool found = false;
    for (const CsvReader::Record &r : table.records) {
        if (r.fields.first() != QStringLiteral("标委会委员限于境内法人，外企总部无法参与标准化"))
            continue;
        found = true;
        QCOMPARE(r.fields.mid(1, 5),
                 (QStringList{QStringLiteral("P4"), QStringLiteral("3"), QStringLiteral("open"),
                              QStringLiteral("E2;E5"), QStringLiteral("P10")}));
        QCOMPARE(r.fields.at(7), QStringLiteral("2024-03-01"));
        QCOMPARE(r.fields.at(8), QStringLiteral("2025-12-31"));
    }
    QVERIFY(found);
}

void TestTrackingCsv::bottleneckExportRoundTrips()
{
    const ProjectStore &source = m_project->store();
    TestProject target(TestProject::Content::Empty);
    QVERIFY(target.isValid());
    QVERIFY(target.store().bottlenecks().isEmpty());

    // Policies first (bottlenecks link to them by code), through files as a user would.
    QBuffer policies;
    policies.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(PolicyCsv::write(source, &policies, &error));
    ImportPlan plan = PolicyCsv::plan(CsvReader::parse(QString::fromUtf8(policies.data())),
                                      target.store(), TestProject::testEvaluator().uuid);
    QVERIFY(target.project()->push(
        new ImportCommand(target.project(), QStringLiteral("policies"), plan.changes)));

    const QString path = target.filePath(QStringLiteral("bottlenecks.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exportedBottlenecks(source));
    file.close();
    plan = planFor(QStringLiteral("bottlenecks"), CsvReader::readFile(path, Encoding::Auto),
                   target.store());
    QVERIFY2(plan.isUsable() && plan.rejected.isEmpty(), qPrintable(describe(plan)));
    QCOMPARE(plan.count(ImportPlan::Action::Add), int(source.bottlenecks().size()));
    QVERIFY(target.project()->push(
        new ImportCommand(target.project(), QStringLiteral("bottlenecks"), plan.changes)));

    QCOMPARE(exportedBottlenecks(target.store()), exportedBottlenecks(source));
    const QList<Bottleneck> a = source.bottlenecks();
    const QList<Bottleneck> b = target.store().bottlenecks();
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(Rows::fromBottleneck(b.at(i)), Rows::fromBottleneck(a.at(i)));
        QCOMPARE(b.at(i).goalUuids, a.at(i).goalUuids); // goals have the same UUID everywhere
        QCOMPARE(policyCodes(target.store(), b.at(i).policyUuids),
                 policyCodes(source, a.at(i).policyUuids));
    }
    // Importing the export into the project it came from changes nothing.
    const ImportPlan again =
        planFor(QStringLiteral("bottlenecks"), CsvReader::readFile(path, Encoding::Auto), source);
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(again.count(ImportPlan::Action::Unchanged), int(a.size()));
}

void TestTrackingCsv::bottleneckJson()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(TrackingExport::writeBottlenecksJson(m_project->store(), &buffer, &error),
             qPrintable(error));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(buffer.data(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("framework")).toString(), QStringLiteral("fyp14"));
    const QJsonArray list = root.value(QLatin1String("bottlenecks")).toArray();
    QCOMPARE(list.size(), m_project->store().bottlenecks().size());
    int evidence = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject b = v.toObject();
        for (const char *key : {"title", "category", "status", "owner", "description", "uuid"})
            QVERIFY2(b.value(QLatin1String(key)).isString(), key);
        QVERIFY(b.value(QLatin1String("severity")).isDouble());
        QVERIFY(b.value(QLatin1String("goals")).isArray());
        QVERIFY(b.value(QLatin1String("opened")).isString());
        QVERIFY(b.value(QLatin1String("closed")).isNull() ||
                b.value(QLatin1String("closed")).isString());
        evidence += int(b.value(QLatin1String("evidence")).toArray().size());
    }
    QVERIFY(evidence > 0);
}

void TestTrackingCsv::indicatorCsv()
{
    const QByteArray bytes = exportedIndicators(m_project->store(), false);
    QVERIFY(bytes.startsWith(
        "\xEF\xBB\xBF"
        "code,name_zh,name_en,unit,direction,goals,observations,baseline_period,baseline,"
        "latest_period,latest,change,target_period,target,progress,status,benchmarks,unit_en\r\n"));
    const CsvReader::Table table = CsvReader::parse(QString::fromUtf8(bytes));
    QVERIFY(table.ok);
    QCOMPARE(table.records.size(), m_project->store().indicators().size());
    QHash<QString, QStringList> byCode;
    for (const CsvReader::Record &r : table.records)
        byCode.insert(r.fields.first(), r.fields);
    auto field = [&](const char *code, const char *column) {
        return byCode.value(QLatin1String(code)).value(table.column({QString::fromLatin1(column)}));
    };

    QCOMPARE(field("COOP_COUNTRIES", "direction"), QStringLiteral("higher"));
    QCOMPARE(field("COOP_COUNTRIES", "goals"), QStringLiteral("D1;D3;D4"));
    QCOMPARE(field("COOP_COUNTRIES", "observations"), QStringLiteral("2"));
    QCOMPARE(field("COOP_COUNTRIES", "baseline_period"), QStringLiteral("2015"));
    QCOMPARE(field("COOP_COUNTRIES", "baseline"), QStringLiteral("158"));
    QCOMPARE(field("COOP_COUNTRIES", "latest_period"), QStringLiteral("2022"));
    QCOMPARE(field("COOP_COUNTRIES", "latest"), QStringLiteral("161"));
    QCOMPARE(field("COOP_COUNTRIES", "change"), QStringLiteral("3"));
    QCOMPARE(field("COOP_COUNTRIES", "target"), QString());
    QCOMPARE(field("COOP_COUNTRIES", "progress"), QString());
    QCOMPARE(field("INTL_COAUTHORED_SHARE", "change"), QStringLiteral("2.6")); // no binary noise
    QCOMPARE(field("RD_COMMISSIONED_ABROAD_SHARE", "change"), QStringLiteral("-0.55"));
    QCOMPARE(field("GII_RANK", "direction"), QStringLiteral("lower"));
    QCOMPARE(field("FOREIGN_WORK_PERMITS", "latest"), QStringLiteral("1180000"));

    // The sample's target: 0.21 in 2021 towards 1.0 in 2025; one observation gives progress 0.
    QCOMPARE(field("FOREIGN_FUNDS_RD_SHARE", "target_period"), QStringLiteral("2025"));
    QCOMPARE(field("FOREIGN_FUNDS_RD_SHARE", "target"), QStringLiteral("1"));
    QCOMPARE(field("FOREIGN_FUNDS_RD_SHARE", "progress"), QStringLiteral("0"));
    QCOMPARE(field("FOREIGN_FUNDS_RD_SHARE", "benchmarks"),
             QStringLiteral("USA 2021: 6.74 (ratio 0.031)"));
    QCOMPARE(field("FOREIGN_FUNDS_RD_SHARE", "unit"), QStringLiteral("%"));
    QCOMPARE(field("HEI_FOREIGN_TEACHER_SHARE", "benchmarks"),
             QStringLiteral("USA: 13 (ratio 0.105)"));
    const QStringList statuses{QStringLiteral("no_data"), QStringLiteral("on_track"),
                               QStringLiteral("at_risk"), QStringLiteral("off_track")};
    for (const CsvReader::Record &r : table.records)
        QVERIFY2(statuses.contains(r.fields.at(table.column({QStringLiteral("status")}))),
                 qPrintable(r.fields.first()));
}

void TestTrackingCsv::indicatorJson()
{
    const QByteArray bytes = exportedIndicators(m_project->store(), true);
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray list = root.value(QLatin1String("indicators")).toArray();
    QCOMPARE(list.size(), m_project->store().indicators().size());
    QJsonObject share;
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("code")).toString() ==
            QLatin1String("FOREIGN_FUNDS_RD_SHARE"))
            share = v.toObject();
    }
    QVERIFY(!share.isEmpty());
    QCOMPARE(share.value(QLatin1String("observations")).toArray().size(), 1);
    QCOMPARE(share.value(QLatin1String("targets")).toArray().size(), 1);
    const QJsonObject latest = share.value(QLatin1String("latest")).toObject();
    QCOMPARE(latest.value(QLatin1String("period")).toString(), QStringLiteral("2021"));
    QCOMPARE(latest.value(QLatin1String("value")).toDouble(), 0.21);
    QVERIFY(share.value(QLatin1String("change")).isNull()); // one observation: no change
    const QJsonObject usa = share.value(QLatin1String("benchmarks")).toArray().first().toObject();
    QCOMPARE(usa.value(QLatin1String("label")).toString(), QStringLiteral("USA"));
    QCOMPARE(usa.value(QLatin1String("value")).toDouble(), 6.74);
    QVERIFY(qAbs(usa.value(QLatin1String("ratio")).toDouble() - 0.21 / 6.74) < 1e-12);
    QCOMPARE(usa.value(QLatin1String("ahead")).toBool(), false);
    QVERIFY(!share.value(QLatin1String("status")).toString().isEmpty());
    QVERIFY(!share.value(QLatin1String("status_text")).toString().isEmpty());
}

void TestTrackingCsv::exportReportsWriteFailure()
{
    const ProjectStore &store = m_project->store();
    using Write = std::function<bool(QIODevice *, QString *)>;
    const QList<Write> writers{
        [&](QIODevice *d, QString *e) { return BottleneckCsv::write(store, d, e); },
        [&](QIODevice *d, QString *e) { return TrackingExport::writeBottlenecksJson(store, d, e); },
        [&](QIODevice *d, QString *e) {
            return TrackingExport::writeIndicatorsCsv(store, today, d, e);
        },
        [&](QIODevice *d, QString *e) {
            return TrackingExport::writeIndicatorsJson(store, today, d, e);
        },
    };
    for (int capacity : {0, 100, 1000}) {
        for (const Write &write : writers) {
            FailingDevice device(capacity);
            device.open(QIODevice::WriteOnly);
            QString error;
            QVERIFY(!write(&device, &error));
            QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        }
    }
}

QTEST_GUILESS_MAIN(TestTrackingCsv)
#include "tst_trackingcsv.moc"
