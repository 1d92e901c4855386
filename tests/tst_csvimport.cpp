// CSV import and export: decoding, parsing, import plans (what is added, updated, left
// alone and rejected, with line and reason) and applying them as one undoable edit.
#include "FailingDevice.h"
#include "TestProject.h"

#include "commands/ImportCommand.h"
#include "commands/PolicyCommands.h"
#include "io/CsvReader.h"
#include "io/JsonExport.h"
#include "io/PolicyCsv.h"
#include "io/ScoreCsv.h"
#include "io/TextDecoding.h"
#include "store/Rows.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using Encoding = TextDecoding::Encoding;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PWB_TEST_DATA_DIR "/csv/") + name;
}

// Every row of `table`, in a stable order, to compare the project before and after.
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
    return {rowsOf(store, QStringLiteral("policy")), rowsOf(store, QStringLiteral("score")),
            rowsOf(store, QStringLiteral("evaluator"))};
}

ImportPlan planFor(const QString &kind, const CsvReader::Table &table, const ProjectStore &store)
{
    if (kind == QLatin1String("scores"))
        return ScoreCsv::plan(table, store);
    return PolicyCsv::plan(table, store, TestProject::testEvaluator().uuid);
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

QByteArray exported(bool (*write)(const ProjectStore &, QIODevice *, QString *),
                    const ProjectStore &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!write(store, &buffer, &error))
        qWarning() << error;
    return buffer.data();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void decoding_data();
    void decoding();
    void encodingNames();
    void lineNumbers_data();
    void lineNumbers();

    void importPlan_data();
    void importPlan();
    void notApplicableScoresAreStoredAsNull();
    void ambiguousEvaluatorIsRejected();
    void hugeFieldIsRejectedClearly();
    void oversizedFileIsRefused();

    void exportIsExcelFriendly();
    void exportRoundTrips();
    void awkwardTextRoundTrips();
    void exportJson();
    void exportReportsWriteFailure();

private:
    std::unique_ptr<TestProject> m_project;
};

void TestCsvImport::init()
{
    m_project = std::make_unique<TestProject>(TestProject::Content::Sample);
    QVERIFY2(m_project->isValid(), qPrintable(m_project->error()));
}

void TestCsvImport::cleanup()
{
    m_project.reset();
}

void TestCsvImport::decoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("used");
    QTest::addColumn<bool>("hadBom");
    QTest::addColumn<QString>("text");

    const QString zh = QStringLiteral("政策,年份");
    QTest::newRow("ascii is utf-8") << QByteArray("a,b\n") << int(Encoding::Auto) << true
                                    << int(Encoding::Utf8) << false << QStringLiteral("a,b\n");
    QTest::newRow("utf-8") << zh.toUtf8() << int(Encoding::Auto) << true << int(Encoding::Utf8)
                           << false << zh;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + zh.toUtf8() << int(Encoding::Auto)
                               << true << int(Encoding::Utf8) << true << zh;
    QTest::newRow("gbk detected") << QByteArray("\xD5\xFE\xB2\xDF,\xC4\xEA\xB7\xDD")
                                  << int(Encoding::Auto) << true << int(Encoding::Gbk) << false
                                  << zh;
    QTest::newRow("gbk forced") << QByteArray("\xD5\xFE\xB2\xDF,\xC4\xEA\xB7\xDD")
                                << int(Encoding::Gbk) << true << int(Encoding::Gbk) << false << zh;
    QTest::newRow("gbk forced as utf-8")
        << QByteArray("\xD5\xFE\xB2\xDF,\xC4\xEA\xB7\xDD") << int(Encoding::Utf8) << false
        << int(Encoding::Utf8) << false << QString();
    QTest::newRow("neither") << QByteArray("ok\n\x80\xFF") << int(Encoding::Auto) << false
                             << int(Encoding::Gbk) << false << QString();
    QTest::newRow("truncated utf-8 sequence") << zh.toUtf8().chopped(1) << int(Encoding::Utf8)
                                              << false << int(Encoding::Utf8) << false << QString();
    QTest::newRow("nul byte") << QByteArray("a,b\n\0c", 6) << int(Encoding::Auto) << false
                              << int(Encoding::Utf8) << false << QString();
    QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                          "a\0",
                                          4)
                            << int(Encoding::Auto) << false << int(Encoding::Utf8) << false
                            << QString();
}

void TestCsvImport::decoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, ok);
    QFETCH(int, used);
    QFETCH(bool, hadBom);
    QFETCH(QString, text);

    const TextDecoding::Result result =
        TextDecoding::decode(bytes, static_cast<Encoding>(encoding));
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.error.isEmpty(), ok);
    if (!ok)
        return;
    QCOMPARE(int(result.used), used);
    QCOMPARE(result.hadBom, hadBom);
    QCOMPARE(result.text, text);
}

void TestCsvImport::encodingNames()
{
    QCOMPARE(TextDecoding::fromName(QStringLiteral("AUTO")), std::optional(Encoding::Auto));
    QCOMPARE(TextDecoding::fromName(QStringLiteral("utf8")), std::optional(Encoding::Utf8));
    QCOMPARE(TextDecoding::fromName(QStringLiteral("UTF-8")), std::optional(Encoding::Utf8));
    QCOMPARE(TextDecoding::fromName(QStringLiteral("gb18030")), std::optional(Encoding::Gbk));
    QCOMPARE(TextDecoding::fromName(QStringLiteral("GB2312")), std::optional(Encoding::Gbk));
    QCOMPARE(TextDecoding::fromName(QStringLiteral("latin1")), std::nullopt);
    QCOMPARE(TextDecoding::name(Encoding::Gbk), QStringLiteral("gbk"));
    QCOMPARE(TextDecoding::name(Encoding::Utf8), QStringLiteral("utf-8"));
}

void TestCsvImport::lineNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("lastFields");

    QTest::newRow("lf") << QStringLiteral("a,b\n1,2\n3,4\n") << QList<int>{2, 3}
                        << QStringList{QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("no final newline") << QStringLiteral("a,b\n1,2\n3,4") << QList<int>{2, 3}
                                      << QStringList{QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("crlf and blank lines")
        << QStringLiteral("a,b\r\n\r\n1,2\r\n\r\n3,4\r\n") << QList<int>{3, 5}
        << QStringList{QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("lone cr") << QStringLiteral("a,b\r1,2\r3,4\r") << QList<int>{2, 3}
                             << QStringList{QStringLiteral("3"), QStringLiteral("4")};
    QTest::newRow("quoted line breaks")
        << QStringLiteral("a,b\n\"x\ny\",\"p\r\nq\"\n5,\"\"\"6\"\"\"\n") << QList<int>{2, 5}
        << QStringList{QStringLiteral("5"), QStringLiteral("\"6\"")};
    QTest::newRow("bom and spaces")
        << QStringLiteral("\uFEFF a , b \n 1 , \" 2 \" \n") << QList<int>{2}
        << QStringList{QStringLiteral("1"), QStringLiteral(" 2 ")};
    QTest::newRow("separator-only rows") << QStringLiteral("a,b\n,\n1,2\n , \n") << QList<int>{3}
                                         << QStringList{QStringLiteral("1"), QStringLiteral("2")};
}

void TestCsvImport::lineNumbers()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, lastFields);

    const CsvReader::Table table = CsvReader::parse(text);
    QVERIFY2(table.ok, qPrintable(table.error));
    QCOMPARE(table.header, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QList<int> actual;
    for (const CsvReader::Record &r : table.records)
        actual << r.line;
    QCOMPARE(actual, lines);
    QCOMPARE(table.records.last().fields, lastFields);
}

void TestCsvImport::importPlan_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<QString>("fileError"); // a part of the message; empty: the file is usable
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<int>("newEvaluators");
    QTest::addColumn<QStringList>("rejected"); // "line|part of the reason"
    QTest::addColumn<QStringList>("firstRow"); // preview of the first accepted row

    const int automatic = int(Encoding::Auto);
    const QString utf8 = QStringLiteral("utf-8");
    const QString gbk = QStringLiteral("gbk");
    const QString none;
    auto row = [](const char *kind, const char *file) {
        return &(QTest::newRow(file) << QString::fromLatin1(kind) << QString::fromLatin1(file));
    };

    *row("policies", "policies_good.csv")
        << automatic << utf8 << none << 3 << 1 << 0 << 0 << QStringList()
        << QStringList{QStringLiteral("N01"),
                       QStringLiteral("New policy one"),
                       QStringLiteral("科学技术部"),
                       QStringLiteral("2022"),
                       QStringLiteral("National"),
                       QStringLiteral("Plan"),
                       QStringLiteral("First new policy")};
    *row("policies", "policies_update.csv")
        << automatic << utf8 << none << 1 << 1 << 1 << 0 << QStringList() << QStringList();
    *row("policies", "policies_bom.csv")
        << automatic << utf8 << none << 2 << 0 << 0 << 0 << QStringList()
        << QStringList{QStringLiteral("N11"),
                       QStringLiteral("带BOM的政策"),
                       QStringLiteral("商务部"),
                       QStringLiteral("2021"),
                       QString(),
                       QString(),
                       QString()};
    const QStringList gbkRow{QStringLiteral("G01"),
                             QStringLiteral("关于促进外资研发中心发展的若干措施"),
                             QStringLiteral("商务部"),
                             QStringLiteral("2022"),
                             QStringLiteral("Ministerial"),
                             QStringLiteral("Guideline"),
                             QStringLiteral("由Excel另存为CSV（GBK编码）")};
    *row("policies", "policies_gbk.csv")
        << automatic << gbk << none << 2 << 0 << 0 << 0 << QStringList() << gbkRow;
    QTest::newRow("policies_gbk.csv forced gbk")
        << QStringLiteral("policies") << QStringLiteral("policies_gbk.csv") << int(Encoding::Gbk)
        << gbk << none << 2 << 0 << 0 << 0 << QStringList() << gbkRow;
    QTest::newRow("policies_gbk.csv forced utf-8")
        << QStringLiteral("policies") << QStringLiteral("policies_gbk.csv") << int(Encoding::Utf8)
        << utf8 << QStringLiteral("not valid UTF-8: byte 0xb1 on line 1") << 0 << 0 << 0 << 0
        << QStringList() << QStringList();
    *row("policies", "policies_crlf.csv")
        << automatic << utf8 << none << 2 << 0 << 0 << 0 << QStringList()
        << QStringList{QStringLiteral("C01"),
                       QStringLiteral("First CRLF policy"),
                       QStringLiteral("科学技术部"),
                       QStringLiteral("2020"),
                       QStringLiteral("National"),
                       QStringLiteral("Law"),
                       QStringLiteral("two lines\r\nin one field")};
    *row("policies", "policies_quoted.csv")
        << automatic << utf8 << none << 3 << 0 << 0 << 0
        << QStringList{QStringLiteral(
               "6|the year \"1800\" is not a whole number between 1900 and 2100")}
        << QStringList{QStringLiteral("Q01"),
                       QStringLiteral("Title with \"quotes\", and a comma"),
                       QStringLiteral("issuer"),
                       QStringLiteral("2020"),
                       QString(),
                       QString(),
                       QStringLiteral("Line one\nline two\nline three")};
    *row("policies", "policies_chinese_headers.csv")
        << automatic << utf8 << none << 2 << 0 << 0 << 0 << QStringList()
        << QStringList{QStringLiteral("Z01"),      QStringLiteral("中文表头政策"),
                       QStringLiteral("国务院"),   QStringLiteral("2019"),
                       QStringLiteral("National"), QStringLiteral("Law"),
                       QStringLiteral("中文表头")};
    *row("policies", "policies_invalid.csv")
        << automatic << utf8 << none << 1 << 0 << 0 << 0
        << QStringList{QStringLiteral("2|the code is empty"),
                       QStringLiteral("3|the title is empty"),
                       QStringLiteral("5|the code \"B02\" was already used on line 4"),
                       QStringLiteral("6|the year \"99999999999\" is not a whole number between "
                                      "1900 and 2100"),
                       QStringLiteral("7|the year \"二〇二一\" is not a whole number"),
                       QStringLiteral("8|unknown level \"provincial\" (use one of: national, "
                                      "ministerial, regional)"),
                       QStringLiteral("9|unknown instrument \"decree\""),
                       QStringLiteral("10|2 field(s) where the header has 7"),
                       QStringLiteral("11|8 field(s) where the header has 7"),
                       QStringLiteral("12|the code \"B09\nsplit\" contains a line break")}
        << QStringList();
    *row("policies", "policies_blank_lines.csv")
        << automatic << utf8 << none << 1 << 0 << 0 << 0
        << QStringList{QStringLiteral("6|the title is empty")}
        << QStringList{QStringLiteral("N01"),
                       QStringLiteral("One"),
                       QString(),
                       QString(),
                       QString(),
                       QString(),
                       QString()};
    *row("policies", "policies_header_only.csv")
        << automatic << utf8 << none << 0 << 0 << 0 << 0 << QStringList() << QStringList();
    *row("policies", "policies_missing_column.csv")
        << automatic << utf8 << QStringLiteral("no \"title\" column") << 0 << 0 << 0 << 0
        << QStringList() << QStringList();
    *row("policies", "policies_unterminated.csv")
        << automatic << utf8 << QStringLiteral("Line 3: a quoted field is never closed") << 0 << 0
        << 0 << 0 << QStringList() << QStringList();
    *row("policies", "empty.csv") << automatic << utf8 << QStringLiteral("The file is empty") << 0
                                  << 0 << 0 << 0 << QStringList() << QStringList();
    *row("policies", "invalid_encoding.csv")
        << automatic << gbk
        << QStringLiteral("neither UTF-8 (byte 0x80 on line 3 cannot be decoded) nor GBK") << 0 << 0
        << 0 << 0 << QStringList() << QStringList();
    *row("policies", "policies_utf16.csv") << automatic << utf8 << QStringLiteral("UTF-16") << 0
                                           << 0 << 0 << 0 << QStringList() << QStringList();

    *row("scores", "scores_good.csv")
        << automatic << utf8 << none << 3 << 2 << 1 << 1 << QStringList()
        << QStringList{QStringLiteral("P01"), QStringLiteral("D1"), QStringLiteral("张敏"),
                       QStringLiteral("2"), QStringLiteral("new score")};
    *row("scores", "scores_unknown_goal.csv")
        << automatic << utf8 << none << 1 << 0 << 0 << 0
        << QStringList{QStringLiteral("2|unknown goal code \"Z9\""),
                       QStringLiteral("3|\"D\" is a dimension, not a goal: score its goals (D1, "
                                      "D2, D3, D4, D5)"),
                       QStringLiteral("4|the goal code is empty"),
                       QStringLiteral("5|unknown policy code \"P99\""),
                       QStringLiteral("6|the evaluator is empty")}
        << QStringList{QStringLiteral("P01"), QStringLiteral("D1"), QStringLiteral("张敏"),
                       QStringLiteral("2"), QStringLiteral("ok")};
    *row("scores", "scores_out_of_range.csv")
        << automatic << utf8 << none << 1 << 0 << 0 << 0
        << QStringList{QStringLiteral("2|the score \"5\" is not 0, 1, 2, 3, 4 or NA"),
                       QStringLiteral("3|the score \"-1\""),
                       QStringLiteral("4|the score \"2.5\""),
                       QStringLiteral("5|the score is empty"),
                       QStringLiteral("6|the score \"high\""),
                       QStringLiteral("8|the same policy, goal and evaluator as line 7"),
                       QStringLiteral("9|the score \"99999999999\"")}
        << QStringList{QStringLiteral("P01"), QStringLiteral("E2"), QStringLiteral("张敏"),
                       QStringLiteral("4"), QStringLiteral("ok")};
    *row("scores", "scores_na.csv")
        << automatic << utf8 << none << 5 << 0 << 0 << 0 << QStringList()
        << QStringList{QStringLiteral("P01"), QStringLiteral("D1"), QStringLiteral("张敏"),
                       QStringLiteral("NA"), QString()};
    *row("scores", "scores_chinese_headers.csv")
        << automatic << gbk << none << 0 << 2 << 0 << 0 << QStringList()
        << QStringList{QStringLiteral("P04"), QStringLiteral("D1"), QStringLiteral("王磊"),
                       QStringLiteral("3"), QStringLiteral("中文表头")};
    *row("scores", "scores_missing_column.csv")
        << automatic << utf8 << QStringLiteral("no \"evaluator\" column") << 0 << 0 << 0 << 0
        << QStringList() << QStringList();
    // A policies file offered as scores is refused as a whole, not row by row.
    QTest::newRow("policies file as scores")
        << QStringLiteral("scores") << QStringLiteral("policies_good.csv") << automatic << utf8
        << QStringLiteral("no \"policy\" column") << 0 << 0 << 0 << 0 << QStringList()
        << QStringList();
}

void TestCsvImport::importPlan()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(int, encoding);
    QFETCH(QString, encodingName);
    QFETCH(QString, fileError);
    QFETCH(int, added);
    QFETCH(int, updated);
    QFETCH(int, unchanged);
    QFETCH(int, newEvaluators);
    QFETCH(QStringList, rejected);
    QFETCH(QStringList, firstRow);

    ProjectStore &store = m_project->store();
    const Snapshot before = snapshot(store);
    const CsvReader::Table table =
        CsvReader::readFile(fixture(file), static_cast<Encoding>(encoding));
    const ImportPlan plan = planFor(kind, table, store);
    QCOMPARE(snapshot(store), before); // planning reads only

    if (!fileError.isEmpty()) {
        QVERIFY(!plan.isUsable());
        QVERIFY2(plan.fileError.contains(fileError), qPrintable(plan.fileError));
        QVERIFY(plan.rows.isEmpty());
        QVERIFY(plan.changes.isEmpty());
        return;
    }
    QVERIFY2(plan.isUsable(), qPrintable(plan.fileError));
    QCOMPARE(plan.encodingName, encodingName);
    QCOMPARE(plan.columns.size(), kind == QLatin1String("scores") ? 5 : 7);

    QCOMPARE(plan.rejected.size(), rejected.size());
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

    // One row change per added or updated row, plus one per evaluator the file introduces.
    int evaluatorInserts = 0;
    for (const RowChange &change : plan.changes) {
        if (change.table == QLatin1String("evaluator")) {
            QVERIFY(change.isInsert());
            ++evaluatorInserts;
        } else {
            QVERIFY(change.after.contains(QStringLiteral("modified")));
            QVERIFY(change.after.contains(QStringLiteral("created")));
            if (!change.isInsert())
                QCOMPARE(change.before, store.row(change.table, change.key));
        }
    }
    QCOMPARE(evaluatorInserts, newEvaluators);
    QCOMPARE(plan.changes.size(), added + updated + newEvaluators);

    // Applying is one edit, and undo/redo return exactly to each state.
    if (plan.changes.isEmpty() || !plan.rejected.isEmpty())
        return;
    const ProjectStore::Counts countsBefore = store.counts();
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("Import"), plan.changes)));
    QCOMPARE(project->undoStack()->count(), 1);
    const ProjectStore::Counts countsAfter = store.counts();
    const bool scores = kind == QLatin1String("scores");
    QCOMPARE(countsAfter.policies, countsBefore.policies + (scores ? 0 : added));
    QCOMPARE(countsAfter.scores, countsBefore.scores + (scores ? added : 0));
    QCOMPARE(countsAfter.evaluators, countsBefore.evaluators + newEvaluators);
    const Snapshot after = snapshot(store);
    QVERIFY(after != before);

    // Importing the same file again changes nothing.
    const ImportPlan again =
        planFor(kind, CsvReader::readFile(fixture(file), static_cast<Encoding>(encoding)), store);
    QVERIFY(again.changes.isEmpty());
    QCOMPARE(again.count(ImportPlan::Action::Unchanged), added + updated + unchanged);

    project->undoStack()->undo();
    QCOMPARE(snapshot(store), before);
    project->undoStack()->redo();
    QCOMPARE(snapshot(store), after);
}

void TestCsvImport::notApplicableScoresAreStoredAsNull()
{
    ProjectStore &store = m_project->store();
    const ImportPlan plan = ScoreCsv::plan(
        CsvReader::readFile(fixture(QStringLiteral("scores_na.csv")), Encoding::Auto), store);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(describe(plan)));
    QCOMPARE(plan.changes.size(), 5);
    Project *project = m_project->project();
    QVERIFY(project->push(new ImportCommand(project, QStringLiteral("Import"), plan.changes)));
    for (const RowChange &change : plan.changes) {
        const QVariantMap row = store.row(QStringLiteral("score"), change.key);
        QVERIFY(!row.isEmpty());
        QVERIFY2(row.value(QStringLiteral("value")).isNull(), qPrintable(change.key));
    }
}

void TestCsvImport::ambiguousEvaluatorIsRejected()
{
    ProjectStore &store = m_project->store();
    // A second evaluator with the same name as one in the sample (e.g. from a merge).
    QVariantMap twin = Rows::fromEvaluator({Rows::newUuid(), QStringLiteral("张敏")});
    twin.insert(QStringLiteral("created"), Rows::now());
    QString error;
    QVERIFY2(store.apply({{QStringLiteral("evaluator"),
                           twin.value(QStringLiteral("uuid")).toString(),
                           {},
                           twin}},
                         true, {}, &error),
             qPrintable(error));
    const ImportPlan plan =
        ScoreCsv::plan(CsvReader::parse(QStringLiteral(
                           "policy,goal,evaluator,score\nP01,D1,张敏,2\nP01,D1,李华,2\n")),
                       store);
    QCOMPARE(plan.rejected.size(), 1);
    QCOMPARE(plan.rejected.first().line, 2);
    QVERIFY2(plan.rejected.first().reason.contains(QStringLiteral("ambiguous")),
             qPrintable(plan.rejected.first().reason));
    QCOMPARE(plan.count(ImportPlan::Action::Add), 1);
}

void TestCsvImport::hugeFieldIsRejectedClearly()
{
    const QString path = m_project->filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("code,title,description\nH01,Huge,\"");
        file.write(QByteArray(10 * 1024 * 1024, 'x'));
        file.write("\"\nH02,Fine,");
        file.write(QByteArray(CsvReader::MaxFieldLength, 'y'));
        file.write("\n");
    }
    const ImportPlan plan =
        PolicyCsv::plan(CsvReader::readFile(path, Encoding::Auto), m_project->store(), QString());
    QVERIFY2(plan.isUsable(), qPrintable(plan.fileError));
    QCOMPARE(plan.rejected.size(), 1);
    QCOMPARE(plan.rejected.first().line, 2);
    QCOMPARE(plan.rejected.first().reason,
             QStringLiteral("the value in column \"description\" is 10485760 characters long; the "
                            "limit is 100000"));
    // The preview keeps a readable excerpt, not the 10 MB.
    QVERIFY(plan.rejected.first().fields.at(2).size() <= 1001);
    QCOMPARE(plan.count(ImportPlan::Action::Add), 1); // exactly at the limit is fine
}

void TestCsvImport::oversizedFileIsRefused()
{
    const CsvReader::Table table =
        CsvReader::readFile(fixture(QStringLiteral("policies_good.csv")), Encoding::Auto, 100);
    QVERIFY(!table.ok);
    QVERIFY2(table.error.contains(QStringLiteral("too large")), qPrintable(table.error));
    const CsvReader::Table missing =
        CsvReader::readFile(fixture(QStringLiteral("no_such_file.csv")), Encoding::Auto);
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains(QStringLiteral("no_such_file.csv")), qPrintable(missing.error));
}

void TestCsvImport::exportIsExcelFriendly()
{
    const QByteArray policies = exported(&PolicyCsv::write, m_project->store());
    QVERIFY(policies.startsWith("\xEF\xBB\xBF"
                                "code,title,issuer,year,level,instrument,description\r\n"));
    QVERIFY(policies.endsWith("\r\n"));
    // Every line break outside quotes is CRLF (bare LF only inside quoted descriptions).
    const CsvReader::Table table = CsvReader::parse(QString::fromUtf8(policies));
    QVERIFY(table.ok);
    QCOMPARE(table.records.size(), 15);
    QCOMPARE(table.records.first().fields.first(), QStringLiteral("P01"));

    const QByteArray scores = exported(&ScoreCsv::write, m_project->store());
    QVERIFY(scores.startsWith("\xEF\xBB\xBF"
                              "policy,goal,evaluator,score,rationale\r\n"));
    const CsvReader::Table scoreTable = CsvReader::parse(QString::fromUtf8(scores));
    QCOMPARE(scoreTable.records.size(), 156);
    for (const CsvReader::Record &r : scoreTable.records) {
        const QString value = r.fields.at(3);
        QVERIFY2(value == QLatin1String("NA") ||
                     (value.size() == 1 && value.at(0) >= QLatin1Char('0') &&
                      value.at(0) <= QLatin1Char('4')),
                 qPrintable(value));
    }
}

void TestCsvImport::exportRoundTrips()
{
    const ProjectStore &source = m_project->store();
    TestProject target(TestProject::Content::Empty);
    QVERIFY(target.isValid());
    QCOMPARE(target.store().counts().scores, 0);

    // Policies first (scores refer to them by code), then scores; through files as a user would.
    for (const QString &kind : {QStringLiteral("policies"), QStringLiteral("scores")}) {
        const bool scores = kind == QLatin1String("scores");
        const QString path = target.filePath(kind + QStringLiteral(".csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported(scores ? &ScoreCsv::write : &PolicyCsv::write, source));
        file.close();
        const ImportPlan plan =
            planFor(kind, CsvReader::readFile(path, Encoding::Auto), target.store());
        QVERIFY2(plan.isUsable() && plan.rejected.isEmpty(), qPrintable(describe(plan)));
        QCOMPARE(plan.count(ImportPlan::Action::Add), scores ? 156 : 15);
        QVERIFY(target.project()->push(new ImportCommand(target.project(), kind, plan.changes)));
    }
    QCOMPARE(target.store().counts().evaluators, 3);
    QCOMPARE(exported(&PolicyCsv::write, target.store()), exported(&PolicyCsv::write, source));
    QCOMPARE(exported(&ScoreCsv::write, target.store()), exported(&ScoreCsv::write, source));
}

void TestCsvImport::awkwardTextRoundTrips()
{
    Policy awkward;
    awkward.code = QStringLiteral("W01");
    awkward.title = QStringLiteral("\"Quoted\", with comma");
    awkward.issuer = QStringLiteral("  leading and trailing spaces  ");
    awkward.year = 2024;
    awkward.description = QStringLiteral("line one\r\nline two\nline \"three\",\tend");
    Project *project = m_project->project();
    QVERIFY(project->push(new AddPolicyCommand(project, awkward)));

    const QByteArray bytes = exported(&PolicyCsv::write, m_project->store());
    TestProject target(TestProject::Content::Empty);
    const ImportPlan plan = PolicyCsv::plan(CsvReader::parse(QString::fromUtf8(bytes)),
                                            target.store(), TestProject::testEvaluator().uuid);
    QVERIFY2(plan.rejected.isEmpty(), qPrintable(describe(plan)));
    QVERIFY(target.project()->push(
        new ImportCommand(target.project(), QStringLiteral("Import"), plan.changes)));
    const std::optional<Policy> copy = target.store().policyByCode(QStringLiteral("W01"));
    QVERIFY(copy);
    QCOMPARE(copy->title, awkward.title);
    QCOMPARE(copy->issuer, awkward.issuer);
    QCOMPARE(copy->year, awkward.year);
    QCOMPARE(copy->description, awkward.description);
}

void TestCsvImport::exportJson()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(JsonExport::writeScores(m_project->store(), &buffer, &error), qPrintable(error));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(buffer.data(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("framework")).toString(), QStringLiteral("fyp14"));
    QCOMPARE(root.value(QLatin1String("project")).toString(), m_project->store().name());
    const QJsonArray scores = root.value(QLatin1String("scores")).toArray();
    QCOMPARE(scores.size(), 156);
    int evidence = 0, notApplicable = 0;
    for (const QJsonValue &v : scores) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"policy", "goal", "evaluator", "rationale"})
            QVERIFY2(s.value(QLatin1String(key)).isString(), key);
        const QJsonValue score = s.value(QLatin1String("score"));
        if (score.isNull())
            ++notApplicable;
        else
            QVERIFY(score.isDouble() && score.toInt() >= 0 && score.toInt() <= 4);
        evidence += int(s.value(QLatin1String("evidence")).toArray().size());
    }
    QCOMPARE(evidence, m_project->store().counts().evidence);
    const int naInCsv = int(exported(&ScoreCsv::write, m_project->store()).count(",NA,"));
    QCOMPARE(notApplicable, naInCsv);

    buffer.close();
    buffer.setData(QByteArray());
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(JsonExport::writePolicies(m_project->store(), &buffer, &error));
    const QJsonArray policies =
        QJsonDocument::fromJson(buffer.data()).object().value(QLatin1String("policies")).toArray();
    QCOMPARE(policies.size(), 15);
    const QJsonObject first = policies.first().toObject();
    QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("P01"));
    QCOMPARE(first.value(QLatin1String("year")).toInt(), 2021);
    QCOMPARE(first.value(QLatin1String("level")).toString(), QStringLiteral("national"));
}

void TestCsvImport::exportReportsWriteFailure()
{
    for (int capacity : {0, 100, 5000}) {
        FailingDevice device(capacity);
        device.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(!ScoreCsv::write(m_project->store(), &device, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        error.clear();
        QVERIFY(!PolicyCsv::write(m_project->store(), &device, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!JsonExport::writeScores(m_project->store(), &device, &error));
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
