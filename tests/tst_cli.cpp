// The command-line interface end to end: the real binary in a temporary folder, checked by
// exit code, output and the files it leaves (or does not leave) behind.
#include "CliRunner.h"
#include "store/ProjectStore.h"
#include "store/Schema.h"

#include "store/Schema.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
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

// Runs SQL on a project file behind the application's back, as another tool would.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString connection = QStringLiteral("tamper");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

int queryInt(const QString &path, const QString &sql)
{
    const QString connection = QStringLiteral("query");
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

} // namespace

class TestCli : public QObject
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

    void newProject_data();
    void newProject();
    void newRefusesToOverwrite();
    void newSampleNeedsItsFramework();

    void info();
    void infoJson();
    void infoNeverChangesAnOlderFile();

    void check_data();
    void check();

    void importPolicies();
    void importScoresAttributesTheChange_data();
    void importScoresAttributesTheChange();
    void rejectedImportWritesNothing_data();
    void rejectedImportWritesNothing();
    void importEncodingOverride();
    void importIntoOlderFile();
    void importCannotOpen();

    void exportFormats_data();
    void exportFormats();
    void exportToUnwritablePlace();

    void generateIsReproducible();

private:
    Result run(const QStringList &arguments) { return runCli(arguments, m_dir->path()); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString sample(); // a fresh copy of the sample project
    QJsonObject info(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("config")));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QString TestCli::sample()
{
    const QString file = path(QStringLiteral("sample.pwb"));
    if (!QFile::exists(file)) {
        const Result r = run({QStringLiteral("new"), file, QStringLiteral("--sample")});
        if (r.code != 0)
            qWarning() << r.err;
    }
    return file;
}

QJsonObject TestCli::info(const QString &file)
{
    const Result r = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    if (r.code != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << QStringList{QStringLiteral("help")}
                          << QStringLiteral("generate OUT.pwb");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("Exit status");
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("--help")}
                         << QStringLiteral("--framework");
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("--help")}
                          << QStringLiteral("--json");
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("-h")}
                           << QStringLiteral("1 problems found");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                            << QStringLiteral("--encoding");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QStringLiteral("--format");
    QTest::newRow("generate") << QStringList{QStringLiteral("generate"), QStringLiteral("--help")}
                              << QStringLiteral("--evaluators");
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result r = run(arguments);
    QCOMPARE(r.code, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("x.pwb");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), file}
                                     << QStringLiteral("Unknown command \"frobnicate\"");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), file, QStringLiteral("--bogus")}
        << QStringLiteral("Unknown option 'bogus'");
    QTest::newRow("missing file") << QStringList{QStringLiteral("info")}
                                  << QStringLiteral("Missing argument");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("check"), file, file}
                                    << QStringLiteral("Unexpected argument");
    QTest::newRow("unknown framework")
        << QStringList{QStringLiteral("new"), file, QStringLiteral("--framework"),
                       QStringLiteral("fyp15")}
        << QStringLiteral("Unknown framework \"fyp15\"");
    QTest::newRow("import without csv")
        << QStringList{QStringLiteral("import"), file}
        << QStringLiteral("--policies CSV, --scores CSV or --weights CSV");
    QTest::newRow("import with both")
        << QStringList{QStringLiteral("import"),     file,
                       QStringLiteral("--policies"), QStringLiteral("a.csv"),
                       QStringLiteral("--scores"),   QStringLiteral("b.csv")}
        << QStringLiteral("--policies CSV, --scores CSV or --weights CSV");
    QTest::newRow("unknown encoding")
        << QStringList{QStringLiteral("import"),     file,
                       QStringLiteral("--policies"), QStringLiteral("a.csv"),
                       QStringLiteral("--encoding"), QStringLiteral("latin1")}
        << QStringLiteral("Unknown encoding \"latin1\"");
    QTest::newRow("export what") << QStringList{QStringLiteral("export"),   file,
                                                QStringLiteral("--what"),   QStringLiteral("goals"),
                                                QStringLiteral("--format"), QStringLiteral("csv")}
                                 << QStringLiteral(
                                        "--what policies, --what scores or --what aggregates");
    QTest::newRow("export format")
        << QStringList{QStringLiteral("export"), file, QStringLiteral("--what"),
                       QStringLiteral("scores")}
        << QStringLiteral("--format csv or --format json");
    QTest::newRow("generate count")
        << QStringList{QStringLiteral("generate"),     file,
                       QStringLiteral("--policies"),   QStringLiteral("many"),
                       QStringLiteral("--evaluators"), QStringLiteral("2")}
        << QStringLiteral("--policies N");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = run(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pwb"))));
}

void TestCli::newProject_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("goals");
    QTest::addColumn<int>("policies");
    QTest::addColumn<int>("evaluators");
    QTest::addColumn<int>("scores");

    QTest::newRow("default") << QStringList() << QStringLiteral("fyp14")
                             << QStringLiteral("project") << 20 << 0 << 0 << 0;
    QTest::newRow("fyp13 named") << QStringList{QStringLiteral("--framework"),
                                                QStringLiteral("fyp13"), QStringLiteral("--name"),
                                                QStringLiteral("十三五 对比")}
                                 << QStringLiteral("fyp13") << QStringLiteral("十三五 对比") << 20
                                 << 0 << 0 << 0;
    QTest::newRow("sample") << QStringList{QStringLiteral("--sample")} << QStringLiteral("fyp14")
                            << QStringLiteral("示例项目：国际科技合作政策评估") << 20 << 15 << 3
                            << 156;
    QTest::newRow("sample renamed")
        << QStringList{QStringLiteral("--sample"), QStringLiteral("--name"), QStringLiteral("Demo")}
        << QStringLiteral("fyp14") << QStringLiteral("Demo") << 20 << 15 << 3 << 156;
}

void TestCli::newProject()
{
    QFETCH(QStringList, options);
    QFETCH(QString, framework);
    QFETCH(QString, name);
    QFETCH(int, goals);
    QFETCH(int, policies);
    QFETCH(int, evaluators);
    QFETCH(int, scores);

    const QString file = path(QStringLiteral("project.pwb"));
    const Result r = run(QStringList{QStringLiteral("new"), file} + options);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.isEmpty()); // messages go to stderr
    QVERIFY(r.err.contains("Created"));
    const QJsonObject i = info(file);
    QCOMPARE(i.value(QLatin1String("framework")).toString(), framework);
    QCOMPARE(i.value(QLatin1String("name")).toString(), name);
    QCOMPARE(i.value(QLatin1String("goals")).toInt(), goals);
    QCOMPARE(i.value(QLatin1String("policies")).toInt(), policies);
    QCOMPARE(i.value(QLatin1String("evaluators")).toInt(), evaluators);
    QCOMPARE(i.value(QLatin1String("scores")).toInt(), scores);
    QCOMPARE(run({QStringLiteral("check"), file}).code, 0);
}

void TestCli::newRefusesToOverwrite()
{
    const QString file = sample();
    const QByteArray before = bytesOf(file);
    QVERIFY(!before.isEmpty());
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--sample")}}) {
        const Result r = run(QStringList{QStringLiteral("new"), file} + extra);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("already exists"), r.err.constData());
        QCOMPARE(bytesOf(file), before);
    }
    // Not even a file that is not a project is replaced.
    const QString text = path(QStringLiteral("notes.txt"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("keep me");
    notes.close();
    QCOMPARE(run({QStringLiteral("new"), text}).code, 2);
    QCOMPARE(bytesOf(text), QByteArray("keep me"));
}

void TestCli::newSampleNeedsItsFramework()
{
    const QString file = path(QStringLiteral("p13.pwb"));
    const Result r = run({QStringLiteral("new"), file, QStringLiteral("--sample"),
                          QStringLiteral("--framework"), QStringLiteral("fyp13")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("fyp14"), r.err.constData());
    QVERIFY(!QFile::exists(file)); // nothing half-made left behind
}

void TestCli::info()
{
    const QString file = sample();
    const Result r = run({QStringLiteral("info"), file});
    QCOMPARE(r.code, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    // Aligned: every value starts in the same column.
    const QRegularExpression pattern(QStringLiteral("^([a-z -]+:) +(\\S.*)$"));
    qsizetype column = -1;
    QHash<QString, QString> values;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = pattern.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        if (column < 0)
            column = m.capturedStart(2);
        QCOMPARE(m.capturedStart(2), column);
        values.insert(m.captured(1).chopped(1), m.captured(2));
    }
    QCOMPARE(values.value(QStringLiteral("policies")), QStringLiteral("15"));
    QCOMPARE(values.value(QStringLiteral("goals")), QStringLiteral("20"));
    QCOMPARE(values.value(QStringLiteral("evaluators")), QStringLiteral("3"));
    QCOMPARE(values.value(QStringLiteral("scores")), QStringLiteral("156"));
    QCOMPARE(values.value(QStringLiteral("schema version")),
             QString::number(Schema::CurrentVersion));
    QCOMPARE(values.value(QStringLiteral("application id")), QStringLiteral("0x50574231"));
    QCOMPARE(values.value(QStringLiteral("read-only")), QStringLiteral("no"));
    // SHA-256 in blocks of four, for reading aloud (tst_share checks the value).
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){15}$"))
                .match(values.value(QStringLiteral("fingerprint")))
                .hasMatch());
}

void TestCli::infoJson()
{
    const QString file = sample();
    const Result r = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject i = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QStringList keys{QStringLiteral("file"),           QStringLiteral("schema_version"),
                           QStringLiteral("application_id"), QStringLiteral("framework"),
                           QStringLiteral("name"),           QStringLiteral("policies"),
                           QStringLiteral("goals"),          QStringLiteral("dimensions"),
                           QStringLiteral("evaluators"),     QStringLiteral("scores"),
                           QStringLiteral("evidence"),       QStringLiteral("read_only"),
                           QStringLiteral("fingerprint")};
    QStringList actual = i.keys();
    QStringList expected = keys;
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(i.value(QLatin1String("file")).toString(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(i.value(QLatin1String("schema_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(i.value(QLatin1String("application_id")).toInteger(), 0x50574231);
    QCOMPARE(i.value(QLatin1String("framework")).toString(), QStringLiteral("fyp14"));
    QCOMPARE(i.value(QLatin1String("policies")).toInt(), 15);
    QCOMPARE(i.value(QLatin1String("goals")).toInt(), 20);
    QCOMPARE(i.value(QLatin1String("dimensions")).toInt(), 5);
    QCOMPARE(i.value(QLatin1String("evaluators")).toInt(), 3);
    QCOMPARE(i.value(QLatin1String("scores")).toInt(), 156);
    QVERIFY(i.value(QLatin1String("evidence")).toInt() > 0);
    QCOMPARE(i.value(QLatin1String("read_only")), QJsonValue(false));

    // A newer file is shown (what this version knows of it), marked read-only.
    QVERIFY(tamper(file, {QStringLiteral("PRAGMA user_version = 7")}));
    const QJsonObject newer = info(file);
    QCOMPARE(newer.value(QLatin1String("schema_version")).toInt(), 7);
    QCOMPARE(newer.value(QLatin1String("policies")).toInt(), 15);
    QCOMPARE(newer.value(QLatin1String("read_only")), QJsonValue(true));
}

void TestCli::infoNeverChangesAnOlderFile()
{
    const QString file = path(QStringLiteral("v1.pwb"));
    QString error;
    QVERIFY2(ProjectStore::createAtVersion(file, 1, QStringLiteral("fyp14"), &error),
             qPrintable(error));
    const QByteArray before = bytesOf(file);
    const QJsonObject i = info(file);
    QCOMPARE(i.value(QLatin1String("schema_version")).toInt(), 1);
    QCOMPARE(i.value(QLatin1String("goals")).toInt(), 20);
    QCOMPARE(bytesOf(file), before); // read on an upgraded copy, never in place
}

void TestCli::check_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("sound") << QString() << 0 << QStringLiteral("sound");
    QTest::newRow("missing file") << QStringLiteral("delete") << 2
                                  << QStringLiteral("does not exist");
    QTest::newRow("random bytes") << QStringLiteral("random") << 2
                                  << QStringLiteral("not a Policy Workbench project");
    QTest::newRow("empty file") << QStringLiteral("empty") << 2 << QStringLiteral("is empty");
    QTest::newRow("other sqlite database")
        << QStringLiteral("foreign") << 2 << QStringLiteral("not a Policy Workbench project");
    // A project altered outside the application is still recognisably a project, and
    // reporting what was altered is exactly what check is for: a problem (1), not 2.
    QTest::newRow("extra trigger")
        << QStringLiteral("trigger") << 1 << QStringLiteral("unexpected trigger \"sneaky\"");
    QTest::newRow("newer format") << QStringLiteral("newer") << 1
                                  << QStringLiteral("opened read-only: newer format");
    QTest::newRow("broken reference")
        << QStringLiteral("orphan") << 1 << QStringLiteral("Broken reference");
}

void TestCli::check()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    QFETCH(QString, message);

    const QString file = sample();
    if (damage == QLatin1String("delete")) {
        QVERIFY(QFile::remove(file));
    } else if (damage == QLatin1String("random") || damage == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray noise(damage == QLatin1String("empty") ? 0 : 8192, '\0');
        QRandomGenerator rng(42);
        for (char &c : noise)
            c = char(rng.bounded(256));
        f.write(noise);
    } else if (damage == QLatin1String("foreign")) {
        QVERIFY(QFile::remove(file));
        QVERIFY(tamper(file, {QStringLiteral("CREATE TABLE t (x)")}));
    } else if (damage == QLatin1String("trigger")) {
        QVERIFY(tamper(file, {QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON policy BEGIN "
                                             "DELETE FROM score; END")}));
    } else if (damage == QLatin1String("newer")) {
        QVERIFY(tamper(
            file, {QStringLiteral("PRAGMA user_version = %1").arg(Schema::CurrentVersion + 1)}));
    } else if (damage == QLatin1String("orphan")) {
        QVERIFY(tamper(file, {QStringLiteral("UPDATE score SET policy_uuid = 'gone' WHERE rowid = "
                                             "(SELECT min(rowid) FROM score)")}));
    }
    const QByteArray before = bytesOf(file);
    const Result r = run({QStringLiteral("check"), file});
    QVERIFY2(r.code == code, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(bytesOf(file), before); // check only reads
}

void TestCli::importPolicies()
{
    const QString file = sample();
    const Result r = run({QStringLiteral("import"), file, QStringLiteral("--policies"),
                          fixture(QStringLiteral("policies_good.csv"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("3 to add, 1 to update, 0 unchanged, 0 rejected"), r.err.constData());
    QCOMPARE(info(file).value(QLatin1String("policies")).toInt(), 18);
    // Written through the undoable import command, so the change log has it.
    QCOMPARE(
        queryInt(file, QStringLiteral("SELECT count(DISTINCT entity_uuid) FROM change_log WHERE "
                                      "command = 'Import policies from policies_good.csv'")),
        4);

    // The same file again: nothing to do, and the file is not touched.
    const QByteArray before = bytesOf(file);
    const Result again = run({QStringLiteral("import"), file, QStringLiteral("--policies"),
                              fixture(QStringLiteral("policies_good.csv"))});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.err.contains("0 to add, 0 to update, 4 unchanged"), again.err.constData());
    QCOMPARE(bytesOf(file), before);
}

void TestCli::importScoresAttributesTheChange_data()
{
    QTest::addColumn<bool>("configured");
    QTest::addColumn<QString>("actor");
    QTest::newRow("login name") << false << QStringLiteral("cli-tester");
    QTest::newRow("configured evaluator") << true << QStringLiteral("配置的评估人");
}

void TestCli::importScoresAttributesTheChange()
{
    QFETCH(bool, configured);
    QFETCH(QString, actor);
    if (configured) {
        QSettings settings(path(QStringLiteral("config/PolicyWorkbench/PolicyWorkbench.ini")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("evaluator/uuid"),
                          QStringLiteral("00000000-0000-4000-8000-00000000c0de"));
        settings.setValue(QStringLiteral("evaluator/name"), actor);
    }
    const QString file = sample();
    const Result r = run({QStringLiteral("import"), file, QStringLiteral("--scores"),
                          fixture(QStringLiteral("scores_good.csv"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("3 to add, 2 to update, 1 unchanged, 0 rejected"), r.err.constData());
    const QJsonObject i = info(file);
    QCOMPARE(i.value(QLatin1String("scores")).toInt(), 159);
    QCOMPARE(i.value(QLatin1String("evaluators")).toInt(), 4); // 赵六 was added
    const int byActor = queryInt(
        file,
        QStringLiteral("SELECT count(*) FROM change_log WHERE command LIKE 'Import scores%' AND "
                       "actor_name = '%1'")
            .arg(actor));
    QVERIFY2(byActor > 0, qPrintable(actor));
    // The CLI never saves an identity of its own.
    if (!configured)
        QVERIFY(
            !QFile::exists(path(QStringLiteral("config/PolicyWorkbench/PolicyWorkbench.ini"))) ||
            QSettings(path(QStringLiteral("config/PolicyWorkbench/PolicyWorkbench.ini")),
                      QSettings::IniFormat)
                .value(QStringLiteral("evaluator/uuid"))
                .isNull());
}

void TestCli::rejectedImportWritesNothing_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("bad policy rows")
        << QStringLiteral("--policies") << QStringLiteral("policies_invalid.csv")
        << QStringList{
               QStringLiteral("1 to add, 0 to update, 0 unchanged, 10 rejected"),
               QStringLiteral("line 2: the code is empty"),
               QStringLiteral(
                   "line 6: the year \"99999999999\" is not a whole number between 1900 and 2100"),
               QStringLiteral("line 11: 8 field(s) where the header has 7"),
               QStringLiteral("Nothing was imported")};
    QTest::newRow("bad score rows")
        << QStringLiteral("--scores") << QStringLiteral("scores_unknown_goal.csv")
        << QStringList{QStringLiteral("line 2: unknown goal code \"Z9\""),
                       QStringLiteral("line 3: \"D\" is a dimension"),
                       QStringLiteral("line 5: unknown policy code \"P99\""),
                       QStringLiteral("Nothing was imported")};
    QTest::newRow("scores out of range")
        << QStringLiteral("--scores") << QStringLiteral("scores_out_of_range.csv")
        << QStringList{QStringLiteral("line 2: the score \"5\" is not 0, 1, 2, 3, 4 or NA"),
                       QStringLiteral("line 8: the same policy, goal and evaluator as line 7")};
    QTest::newRow("missing column")
        << QStringLiteral("--policies") << QStringLiteral("policies_missing_column.csv")
        << QStringList{QStringLiteral("no \"title\" column"),
                       QStringLiteral("Nothing was imported")};
    QTest::newRow("not a text file")
        << QStringLiteral("--policies") << QStringLiteral("invalid_encoding.csv")
        << QStringList{QStringLiteral("neither UTF-8"), QStringLiteral("Nothing was imported")};
}

void TestCli::rejectedImportWritesNothing()
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
    QVERIFY(QDir(m_dir->path())
                .entryList(QStringList{QStringLiteral("*-journal")}, QDir::Files)
                .isEmpty());
}

void TestCli::importEncodingOverride()
{
    const QString file = sample();
    const QByteArray before = bytesOf(file);
    const QString gbk = fixture(QStringLiteral("policies_gbk.csv"));
    const Result forcedUtf8 = run({QStringLiteral("import"), file, QStringLiteral("--policies"),
                                   gbk, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(forcedUtf8.code, 1);
    QVERIFY2(forcedUtf8.err.contains("not valid UTF-8"), forcedUtf8.err.constData());
    QCOMPARE(bytesOf(file), before);

    const Result forcedGbk = run({QStringLiteral("import"), file, QStringLiteral("--policies"), gbk,
                                  QStringLiteral("--encoding"), QStringLiteral("GBK")});
    QVERIFY2(forcedGbk.code == 0, forcedGbk.err.constData());
    QVERIFY2(forcedGbk.err.contains("(gbk): 2 to add"), forcedGbk.err.constData());
    const Result exported =
        run({QStringLiteral("export"), file, QStringLiteral("--what"), QStringLiteral("policies"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(QString::fromUtf8(exported.out)
                .contains(QStringLiteral(
                    "G01,关于促进外资研发中心发展的若干措施,商务部,2022,ministerial,guideline")));
}

void TestCli::importIntoOlderFile()
{
    // An older file is upgraded when written to; a rejected import must not even do that.
    const QString file = path(QStringLiteral("v1.pwb"));
    QString error;
    QVERIFY2(ProjectStore::createAtVersion(file, 1, QStringLiteral("fyp14"), &error),
             qPrintable(error));
    const QByteArray before = bytesOf(file);
    const Result rejected = run({QStringLiteral("import"), file, QStringLiteral("--policies"),
                                 fixture(QStringLiteral("policies_invalid.csv"))});
    QCOMPARE(rejected.code, 1);
    QVERIFY2(rejected.err.contains("line 2: the code is empty"), rejected.err.constData());
    QCOMPARE(bytesOf(file), before);

    const Result accepted = run({QStringLiteral("import"), file, QStringLiteral("--policies"),
                                 fixture(QStringLiteral("policies_good.csv"))});
    QVERIFY2(accepted.code == 0, accepted.err.constData());
    const QJsonObject i = info(file);
    QCOMPARE(i.value(QLatin1String("schema_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(i.value(QLatin1String("policies")).toInt(), 4);
}

void TestCli::importCannotOpen()
{
    const QString file = sample();
    const QByteArray before = bytesOf(file);
    const Result noCsv = run({QStringLiteral("import"), file, QStringLiteral("--policies"),
                              path(QStringLiteral("missing.csv"))});
    QCOMPARE(noCsv.code, 2);
    QVERIFY2(noCsv.err.contains("missing.csv"), noCsv.err.constData());
    QCOMPARE(bytesOf(file), before);

    const QString notProject = path(QStringLiteral("not-a-project.pwb"));
    QFile f(notProject);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,title\n");
    f.close();
    const Result r = run({QStringLiteral("import"), notProject, QStringLiteral("--policies"),
                          fixture(QStringLiteral("policies_good.csv"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not a Policy Workbench project"), r.err.constData());
    QCOMPARE(bytesOf(notProject), QByteArray("code,title\n"));
}

void TestCli::exportFormats_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("items");
    QTest::newRow("policies csv") << QStringLiteral("policies") << QStringLiteral("csv") << 15;
    QTest::newRow("scores csv") << QStringLiteral("scores") << QStringLiteral("csv") << 156;
    QTest::newRow("policies json") << QStringLiteral("policies") << QStringLiteral("json") << 15;
    QTest::newRow("scores json") << QStringLiteral("scores") << QStringLiteral("json") << 156;
}

void TestCli::exportFormats()
{
    QFETCH(QString, what);
    QFETCH(QString, format);
    QFETCH(int, items);

    const QString file = sample();
    const QStringList args{QStringLiteral("export"),   file,  QStringLiteral("--what"), what,
                           QStringLiteral("--format"), format};
    const Result toStdout = run(args);
    QCOMPARE(toStdout.code, 0);
    const QString out = path(QStringLiteral("out.") + format);
    const Result toFile = run(args + QStringList{QStringLiteral("-o"), out});
    QVERIFY2(toFile.code == 0, toFile.err.constData());
    QVERIFY(toFile.out.isEmpty());
    const QByteArray bytes = bytesOf(out);
    QCOMPARE(bytes, toStdout.out);

    if (format == QLatin1String("json")) {
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(what).toArray().size(), items);
        return;
    }
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    // One header line plus one line per item, each ended by CRLF (quoted descriptions may
    // hold bare line breaks, so count records by re-importing into a fresh project).
    QVERIFY(bytes.endsWith("\r\n"));
    const QString fresh = path(QStringLiteral("fresh.pwb"));
    QCOMPARE(run({QStringLiteral("new"), fresh}).code, 0);
    if (what == QLatin1String("scores")) {
        const QString policies = path(QStringLiteral("policies.csv"));
        QCOMPARE(run({QStringLiteral("export"), file, QStringLiteral("--what"),
                      QStringLiteral("policies"), QStringLiteral("--format"), QStringLiteral("csv"),
                      QStringLiteral("-o"), policies})
                     .code,
                 0);
        QCOMPARE(
            run({QStringLiteral("import"), fresh, QStringLiteral("--policies"), policies}).code, 0);
    }
    const Result imported =
        run({QStringLiteral("import"), fresh, QStringLiteral("--") + what, out});
    QVERIFY2(imported.code == 0, imported.err.constData());
    QVERIFY2(imported.err.contains(QStringLiteral(": %1 to add").arg(items).toUtf8()),
             imported.err.constData());
    // And the round trip is exact.
    QCOMPARE(run({QStringLiteral("export"), fresh, QStringLiteral("--what"), what,
                  QStringLiteral("--format"), format})
                 .out,
             toStdout.out);
}

void TestCli::exportToUnwritablePlace()
{
    const QString file = sample();
    const QString out = path(QStringLiteral("no/such/folder/out.csv"));
    const Result r =
        run({QStringLiteral("export"), file, QStringLiteral("--what"), QStringLiteral("scores"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("Cannot write"), r.err.constData());
    QVERIFY(!QFile::exists(out));

    const Result notProject = run({QStringLiteral("export"), path(QStringLiteral("nothing.pwb")),
                                   QStringLiteral("--what"), QStringLiteral("scores"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(notProject.code, 2);
    QVERIFY(notProject.out.isEmpty());
}

void TestCli::generateIsReproducible()
{
    auto generate = [this](const QString &name, const QString &seed) {
        const Result r = run({QStringLiteral("generate"), path(name), QStringLiteral("--policies"),
                              QStringLiteral("20"), QStringLiteral("--evaluators"),
                              QStringLiteral("3"), QStringLiteral("--seed"), seed});
        return r;
    };
    auto exportOf = [this](const QString &name, const QString &what) {
        return run({QStringLiteral("export"), path(name), QStringLiteral("--what"), what,
                    QStringLiteral("--format"), QStringLiteral("csv")})
            .out;
    };
    const Result first = generate(QStringLiteral("a.pwb"), QStringLiteral("7"));
    QCOMPARE(first.code, 0);
    QVERIFY2(first.err.contains("20 policies, 3 evaluators, 1200 scores"), first.err.constData());
    QVERIFY2(QRegularExpression(QStringLiteral("in \\d+ ms"))
                 .match(QString::fromUtf8(first.err))
                 .hasMatch(),
             first.err.constData());
    QCOMPARE(generate(QStringLiteral("b.pwb"), QStringLiteral("7")).code, 0);
    QCOMPARE(generate(QStringLiteral("c.pwb"), QStringLiteral("8")).code, 0);

    const QJsonObject i = info(path(QStringLiteral("a.pwb")));
    QCOMPARE(i.value(QLatin1String("policies")).toInt(), 20);
    QCOMPARE(i.value(QLatin1String("evaluators")).toInt(), 3);
    QCOMPARE(i.value(QLatin1String("scores")).toInt(), 20 * 20 * 3);
    QCOMPARE(run({QStringLiteral("check"), path(QStringLiteral("a.pwb"))}).code, 0);

    for (const QString &what : {QStringLiteral("policies"), QStringLiteral("scores")}) {
        const QByteArray a = exportOf(QStringLiteral("a.pwb"), what);
        QVERIFY(!a.isEmpty());
        QCOMPARE(exportOf(QStringLiteral("b.pwb"), what), a);
        QVERIFY(exportOf(QStringLiteral("c.pwb"), what) != a); // the seed matters
    }

    // Like new, generate never replaces an existing file.
    const QByteArray before = bytesOf(path(QStringLiteral("a.pwb")));
    const Result again = generate(QStringLiteral("a.pwb"), QStringLiteral("9"));
    QCOMPARE(again.code, 2);
    QCOMPARE(bytesOf(path(QStringLiteral("a.pwb"))), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
