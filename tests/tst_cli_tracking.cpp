// The command-line interface for implementation tracking, end to end: `import --bottlenecks`,
// `import --observations`, `export --what bottlenecks|indicators`, with the real binary.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PWB_TEST_DATA_DIR "/csv/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString queryText(const QString &path, const QString &sql)
{
    const QString connection = QStringLiteral("query");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

class TestCliTracking : public QObject
{
    Q_OBJECT

    using Result = CliResult;

private slots:
    void init();
    void cleanup();

    void help_data();
    void help();
    void badUsage_data();
    void badUsage();

    void importBottlenecks();
    void importObservations();
    void rejectedImportWritesNothing_data();
    void rejectedImportWritesNothing();
    void importGbkBottlenecks();

    void exportFormats_data();
    void exportFormats();
    void bottlenecksRoundTrip();
    void exportIndicators();

private:
    Result run(const QStringList &arguments) { return runCli(arguments, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString sample(); // a fresh copy of the sample project
    QStringList exportArgs(const QString &file, const QString &what, const QString &format) const
    {
        return {QStringLiteral("export"),   file,  QStringLiteral("--what"), what,
                QStringLiteral("--format"), format};
    }
    int count(const QString &file, const QString &table)
    {
        return queryText(file, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTracking::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCliTracking::cleanup()
{
    m_dir.reset();
}

QString TestCliTracking::sample()
{
    const QString file = path(QStringLiteral("sample.pwb"));
    if (!QFile::exists(file)) {
        const Result r = run({QStringLiteral("new"), file, QStringLiteral("--sample")});
        if (r.code != 0)
            qWarning() << r.err;
    }
    return file;
}

void TestCliTracking::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("overview") << QStringList{QStringLiteral("help")}
                              << QStringList{QStringLiteral("--bottlenecks CSV"),
                                             QStringLiteral("--observations CSV"),
                                             QStringLiteral("bottlenecks|indicators")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                            << QStringList{QStringLiteral("title,category,severity,status,goals,"
                                                          "policies,owner,opened,target,"
                                                          "description"),
                                           QStringLiteral("indicator,period,value,source,note")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QStringList{QStringLiteral("bottlenecks or indicators")};
}

void TestCliTracking::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Result r = run(arguments);
    QCOMPARE(r.code, 0);
    // Without white space: the help wraps long column lists anywhere.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString out = QString::fromUtf8(r.out).remove(space);
    for (QString e : expected)
        QVERIFY2(out.contains(e.remove(space)),
                 qPrintable(QStringLiteral("missing %1 in:\n%2").arg(e, out)));
}

void TestCliTracking::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("x.pwb");
    QTest::newRow("import two kinds")
        << QStringList{QStringLiteral("import"),         file,
                       QStringLiteral("--bottlenecks"),  QStringLiteral("a.csv"),
                       QStringLiteral("--observations"), QStringLiteral("b.csv")}
        << QStringLiteral("Give one of --bottlenecks CSV, --observations CSV, --policies CSV");
    QTest::newRow("import bottlenecks and policies")
        << QStringList{QStringLiteral("import"),        file,
                       QStringLiteral("--bottlenecks"), QStringLiteral("a.csv"),
                       QStringLiteral("--policies"),    QStringLiteral("b.csv")}
        << QStringLiteral("Give one of");
    QTest::newRow("export what") << QStringList{QStringLiteral("export"),
                                                file,
                                                QStringLiteral("--what"),
                                                QStringLiteral("observations"),
                                                QStringLiteral("--format"),
                                                QStringLiteral("csv")}
                                 << QStringLiteral("--what bottlenecks, --what indicators");
}

void TestCliTracking::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliTracking::importBottlenecks()
{
    const QString file = sample();
    const int before = count(file, QStringLiteral("bottleneck"));
    const Result r = run({QStringLiteral("import"), file, QStringLiteral("--bottlenecks"),
                          fixture(QStringLiteral("bottlenecks_good.csv"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("bottlenecks_good.csv (utf-8): 3 to add, 1 to update, 0 unchanged, "
                            "0 rejected"),
             r.err.constData());
    QVERIFY2(r.err.contains("3 added, 1 updated"), r.err.constData());
    QCOMPARE(count(file, QStringLiteral("bottleneck")), before + 3);
    // One undoable edit, in the change log under its name, attributed to the CLI user.
    QVERIFY(count(file, QStringLiteral("change_log WHERE command = 'Import bottlenecks from "
                                       "bottlenecks_good.csv'")) > 0);
    QCOMPARE(queryText(file, QStringLiteral("SELECT group_concat(g.code, ';') FROM bottleneck b"
                                            " JOIN bottleneck_goal l ON l.bottleneck_uuid = b.uuid"
                                            " JOIN goal g ON g.uuid = l.goal_uuid"
                                            " WHERE b.title = '科研设备跨境通关手续繁琐'")),
             QStringLiteral("S1;S2"));
    QCOMPARE(queryText(file, QStringLiteral("SELECT closed FROM bottleneck WHERE title = "
                                            "'Visa processing for visiting scientists'")),
             QDate::currentDate().toString(Qt::ISODate));

    // The same file again: nothing to do, and the file is not touched.
    const QByteArray bytes = bytesOf(file);
    const Result again = run({QStringLiteral("import"), file, QStringLiteral("--bottlenecks"),
                              fixture(QStringLiteral("bottlenecks_good.csv"))});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.err.contains("0 to add, 0 to update, 4 unchanged"), again.err.constData());
    QVERIFY2(again.err.contains("Nothing to change."), again.err.constData());
    QCOMPARE(bytesOf(file), bytes);
}

void TestCliTracking::importObservations()
{
    const QString file = sample();
    const int before = count(file, QStringLiteral("observation"));
    const Result r = run({QStringLiteral("import"), file, QStringLiteral("--observations"),
                          fixture(QStringLiteral("observations_good.csv"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("3 to add, 1 to update, 0 unchanged, 0 rejected"), r.err.constData());
    QCOMPARE(count(file, QStringLiteral("observation")), before + 3);
    QCOMPARE(queryText(file, QStringLiteral("SELECT o.value FROM observation o JOIN indicator i"
                                            " ON i.uuid = o.indicator_uuid WHERE i.code ="
                                            " 'FOREIGN_WORK_PERMITS' AND o.period = '2022'"))
                 .toDouble(),
             1250000.0);
    QVERIFY(count(file, QStringLiteral("change_log WHERE command = 'Import observations from "
                                       "observations_good.csv'")) > 0);

    // The new latest value shows in the indicator export.
    const Result exported =
        run(exportArgs(file, QStringLiteral("indicators"), QStringLiteral("csv")));
    QCOMPARE(exported.code, 0);
    QVERIFY2(QString::fromUtf8(exported.out)
                 .contains(QStringLiteral("COOP_COUNTRIES,建立科技合作关系的国家和地区,")),
             exported.out.constData());
    QVERIFY(exported.out.contains(",3,2015,158,2023,163,5,"));
}

void TestCliTracking::rejectedImportWritesNothing_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("bad bottleneck rows")
        << QStringLiteral("--bottlenecks") << QStringLiteral("bottlenecks_invalid.csv")
        << QStringList{QStringLiteral("1 to add, 0 to update, 0 unchanged, 14 rejected"),
                       QStringLiteral("line 2: the title is empty"),
                       QStringLiteral("line 3: unknown category \"Z9\""),
                       QStringLiteral("line 4: the severity \"5\" is not 1, 2, 3 or 4"),
                       QStringLiteral("line 5: unknown status \"done\""),
                       QStringLiteral("line 6: the status \"Won't fix\" needs a reason"),
                       QStringLiteral("line 7: unknown goal code(s) \"Z1\", \"Q2\""),
                       QStringLiteral("line 8: \"D\" is a dimension, not a goal"),
                       QStringLiteral("line 9: unknown policy code(s) \"P99\""),
                       QStringLiteral("line 10: the date opened \"2024/03/01\" is not a date"),
                       QStringLiteral("line 11: the target date 2024-01-31 is before the date "
                                      "opened 2024-03-01"),
                       QStringLiteral("line 13: the title \"A good row\" was already used on "
                                      "line 12"),
                       QStringLiteral("line 14: 11 field(s) where the header has 10"),
                       QStringLiteral("line 15: the target date \"2024-02-30\""),
                       QStringLiteral("line 16: moving the bottleneck from \"Mitigated\" to "
                                      "\"Open\" needs a reason"),
                       QStringLiteral("Nothing was imported")};
    QTest::newRow("bad observation rows")
        << QStringLiteral("--observations") << QStringLiteral("observations_invalid.csv")
        << QStringList{QStringLiteral("1 to add, 0 to update, 0 unchanged, 9 rejected"),
                       QStringLiteral("line 3: unknown indicator code \"NO_SUCH_INDICATOR\""),
                       QStringLiteral("line 6: the value \"1,18\" is not a number"),
                       QStringLiteral("line 10: the same indicator and period as line 9"),
                       QStringLiteral("Nothing was imported")};
    QTest::newRow("missing column")
        << QStringLiteral("--bottlenecks") << QStringLiteral("bottlenecks_missing_column.csv")
        << QStringList{QStringLiteral("no \"category\" column"),
                       QStringLiteral("Nothing was imported")};
    QTest::newRow("not a text file")
        << QStringLiteral("--observations") << QStringLiteral("invalid_encoding.csv")
        << QStringList{QStringLiteral("neither UTF-8"), QStringLiteral("Nothing was imported")};
}

void TestCliTracking::rejectedImportWritesNothing()
{
    QFETCH(QString, option);
    QFETCH(QString, csv);
    QFETCH(QStringList, messages);

    const QString file = sample();
    const QByteArray before = bytesOf(file);
    const Result r = run({QStringLiteral("import"), file, option, fixture(csv)});
    QCOMPARE(r.code, 1);
    const QString err = QString::fromUtf8(r.err);
    for (const QString &message : messages)
        QVERIFY2(err.contains(message),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(message, err)));
    QCOMPARE(bytesOf(file), before);
}

void TestCliTracking::importGbkBottlenecks()
{
    const QString file = sample();
    const QByteArray before = bytesOf(file);
    const QString gbk = fixture(QStringLiteral("bottlenecks_gbk.csv"));
    const Result forcedUtf8 = run({QStringLiteral("import"), file, QStringLiteral("--bottlenecks"),
                                   gbk, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(forcedUtf8.code, 1);
    QVERIFY2(forcedUtf8.err.contains("not valid UTF-8"), forcedUtf8.err.constData());
    QCOMPARE(bytesOf(file), before);

    const Result detected =
        run({QStringLiteral("import"), file, QStringLiteral("--bottlenecks"), gbk});
    QVERIFY2(detected.code == 0, detected.err.constData());
    QVERIFY2(detected.err.contains("(gbk): 2 to add"), detected.err.constData());
    const Result exported =
        run(exportArgs(file, QStringLiteral("bottlenecks"), QStringLiteral("csv")));
    QVERIFY2(QString::fromUtf8(exported.out)
                 .contains(QStringLiteral("科研经费跨境拨付审批慢,P3,3,open,G1;F2,P12,"
                                          "广东省科学技术厅,2024-03-01,2025-06-30,"
                                          "由Excel另存为CSV（GBK编码）,,,,")),
             exported.out.constData());
}

void TestCliTracking::exportFormats_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("format");
    QTest::newRow("bottlenecks csv") << QStringLiteral("bottlenecks") << QStringLiteral("csv");
    QTest::newRow("bottlenecks json") << QStringLiteral("bottlenecks") << QStringLiteral("json");
    QTest::newRow("indicators csv") << QStringLiteral("indicators") << QStringLiteral("csv");
    QTest::newRow("indicators json") << QStringLiteral("indicators") << QStringLiteral("json");
}

void TestCliTracking::exportFormats()
{
    QFETCH(QString, what);
    QFETCH(QString, format);
    const QString file = sample();
    const Result toStdout = run(exportArgs(file, what, format));
    QVERIFY2(toStdout.code == 0, toStdout.err.constData());
    const QString out = path(QStringLiteral("out.") + format);
    const Result toFile =
        run(exportArgs(file, what, format) + QStringList{QStringLiteral("-o"), out});
    QVERIFY2(toFile.code == 0, toFile.err.constData());
    QVERIFY(toFile.out.isEmpty());
    QVERIFY2(toFile.err.contains("Exported " + what.toUtf8()), toFile.err.constData());
    const QByteArray bytes = bytesOf(out);
    QCOMPARE(bytes, toStdout.out);

    const int items =
        count(file, what == QLatin1String("bottlenecks") ? QStringLiteral("bottleneck")
                                                         : QStringLiteral("indicator"));
    if (format == QLatin1String("json")) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(what).toArray().size(), items);
        return;
    }
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QByteArray header = bytes.mid(3, bytes.indexOf("\r\n") - 3);
    QCOMPARE(header, what == QLatin1String("bottlenecks")
                         ? QByteArray("title,category,severity,status,goals,policies,owner,"
                                      "opened,target,description,closed,status_reason,notes,uuid")
                         : QByteArray("code,name_zh,name_en,unit,direction,goals,observations,"
                                      "baseline_period,baseline,latest_period,latest,change,"
                                      "target_period,target,progress,status,benchmarks,unit_en"));
}

void TestCliTracking::bottlenecksRoundTrip()
{
    const QString file = sample();
    const QString policies = path(QStringLiteral("policies.csv"));
    const QString bottlenecks = path(QStringLiteral("bottlenecks.csv"));
    QCOMPARE(run(exportArgs(file, QStringLiteral("policies"), QStringLiteral("csv")) +
                 QStringList{QStringLiteral("-o"), policies})
                 .code,
             0);
    const Result exported =
        run(exportArgs(file, QStringLiteral("bottlenecks"), QStringLiteral("csv")) +
            QStringList{QStringLiteral("-o"), bottlenecks});
    QCOMPARE(exported.code, 0);

    const QString fresh = path(QStringLiteral("fresh.pwb"));
    QCOMPARE(run({QStringLiteral("new"), fresh}).code, 0);
    // Before the policies exist, the links cannot be made: every row says which code is unknown.
    const Result early =
        run({QStringLiteral("import"), fresh, QStringLiteral("--bottlenecks"), bottlenecks});
    QCOMPARE(early.code, 1);
    QVERIFY2(early.err.contains("unknown policy code(s) \"P10\""), early.err.constData());
    QCOMPARE(count(fresh, QStringLiteral("bottleneck")), 0);

    QCOMPARE(run({QStringLiteral("import"), fresh, QStringLiteral("--policies"), policies}).code,
             0);
    const Result imported =
        run({QStringLiteral("import"), fresh, QStringLiteral("--bottlenecks"), bottlenecks});
    QVERIFY2(imported.code == 0, imported.err.constData());
    const int items = count(file, QStringLiteral("bottleneck"));
    QVERIFY2(imported.err.contains(QStringLiteral(": %1 to add").arg(items).toUtf8()),
             imported.err.constData());
    // The same bottlenecks: the export of the copy is the same, byte for byte.
    QCOMPARE(run(exportArgs(fresh, QStringLiteral("bottlenecks"), QStringLiteral("csv"))).out,
             bytesOf(bottlenecks));
}

void TestCliTracking::exportIndicators()
{
    const QString file = sample();
    const Result r = run(exportArgs(file, QStringLiteral("indicators"), QStringLiteral("csv")));
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("USA 2021: 6.74 (ratio 0.031)")), r.out.constData());
    QVERIFY(out.contains(QStringLiteral("GII_RANK,")));

    const Result json = run(exportArgs(file, QStringLiteral("indicators"), QStringLiteral("json")));
    QCOMPARE(json.code, 0);
    const QJsonArray list =
        QJsonDocument::fromJson(json.out).object().value(QLatin1String("indicators")).toArray();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &v : list) {
        const QJsonObject i = v.toObject();
        QVERIFY(i.value(QLatin1String("observations")).isArray());
        QVERIFY(i.value(QLatin1String("targets")).isArray());
        QVERIFY(i.value(QLatin1String("benchmarks")).isArray());
        QVERIFY(i.value(QLatin1String("status")).isString());
    }
}

QTEST_GUILESS_MAIN(TestCliTracking)
#include "tst_cli_tracking.moc"
