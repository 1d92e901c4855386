// The scoring engine's command-line interface end to end: export --what aggregates,
// import --weights and sensitivity, on the real binary.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

class TestCliScoring : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aggregatesJson();
    void aggregatesCsv();
    void importWeightsChangesRanking();
    void importWeightsRejectsBadRows();
    void sensitivityIsReproducible();
    void badUsage_data();
    void badUsage();

private:
    CliResult run(const QStringList &arguments) { return runCli(arguments, m_dir->path()); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    void write(const QString &name, const QByteArray &bytes);
    QJsonObject aggregates(const QStringList &extra = {});
    QByteArray hash(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliScoring::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = file(QStringLiteral("sample.pwb"));
    const CliResult r = run({QStringLiteral("new"), m_project, QStringLiteral("--sample")});
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliScoring::cleanup()
{
    m_dir.reset();
}

void TestCliScoring::write(const QString &name, const QByteArray &bytes)
{
    QFile f(file(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray TestCliScoring::hash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonObject TestCliScoring::aggregates(const QStringList &extra)
{
    const CliResult r = run(QStringList{QStringLiteral("export"), m_project,
                                        QStringLiteral("--what"), QStringLiteral("aggregates"),
                                        QStringLiteral("--format"), QStringLiteral("json")} +
                            extra);
    if (r.code != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

void TestCliScoring::aggregatesJson()
{
    const QJsonObject json = aggregates();
    QCOMPARE(json.value(QLatin1String("framework")).toString(), QStringLiteral("fyp14"));
    const QJsonObject set = json.value(QLatin1String("weight_set")).toObject();
    QCOMPARE(set.value(QLatin1String("name")).toString(), QStringLiteral("Default weights"));
    QCOMPARE(set.value(QLatin1String("revision")).toInt(), 1);
    const QJsonArray policies = json.value(QLatin1String("policies")).toArray();
    QCOMPARE(policies.size(), 15);
    const QJsonArray goals = json.value(QLatin1String("goals")).toArray();
    QCOMPARE(goals.size(), 20);
    // Equal weights: 5 dimensions, so a goal of a 5-goal dimension weighs 1/5 × 1/5.
    for (const QJsonValue &g : goals) {
        if (g.toObject().value(QLatin1String("code")).toString() == QLatin1String("D1"))
            QVERIFY(qAbs(g.toObject().value(QLatin1String("effective_weight")).toDouble() - 0.04) <
                    1e-12);
    }
    // Ranks follow scores (best first), and score100 is score × 25.
    double previousScore = 5;
    int previousRank = 0;
    QList<QPair<int, double>> ranked;
    for (const QJsonValue &v : policies) {
        const QJsonObject p = v.toObject();
        QVERIFY(qAbs(p.value(QLatin1String("score100")).toDouble() -
                     25 * p.value(QLatin1String("score")).toDouble()) < 1e-9);
        ranked.append(
            {p.value(QLatin1String("rank")).toInt(), p.value(QLatin1String("score")).toDouble()});
        // The policy score is the weighted mean of its non-N/A consensus values.
        const QJsonObject consensus = p.value(QLatin1String("consensus")).toObject();
        QVERIFY(consensus.size() == 20);
    }
    std::sort(ranked.begin(), ranked.end());
    for (const auto &r : ranked) {
        QVERIFY(r.first >= previousRank);
        QVERIFY(r.second <= previousScore + 1e-12);
        previousRank = r.first;
        previousScore = r.second;
    }
    QVERIFY(
        json.value(QLatin1String("alpha")).toObject().value(QLatin1String("overall")).isDouble());
}

void TestCliScoring::aggregatesCsv()
{
    const CliResult r =
        run({QStringLiteral("export"), m_project, QStringLiteral("--what"),
             QStringLiteral("aggregates"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("-o"), file(QStringLiteral("agg.csv"))});
    QCOMPARE(r.code, 0);
    QFile f(file(QStringLiteral("agg.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM, for Excel
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList blocks = text.split(QStringLiteral("\r\n\r\n"));
    QCOMPARE(blocks.size(), 3);
    QVERIFY(blocks.at(0).startsWith(
        QLatin1String("code,title,score,score100,rank,goals_counted,disputed,unsupported,D1,")));
    QCOMPARE(blocks.at(0).split(QStringLiteral("\r\n")).size(), 16);
    QVERIFY(blocks.at(1).startsWith(
        QLatin1String("goal,dimension,effective_weight,coverage,count_ge_3,applicable,alpha")));
    QVERIFY(blocks.at(2).contains(QLatin1String("weight_set,Default weights")));
}

void TestCliScoring::importWeightsChangesRanking()
{
    const QJsonObject before = aggregates();
    write(QStringLiteral("w.csv"), "code,weight\r\nG,90\r\nD,2.5\r\nS,2.5\r\nE,2.5\r\nF,2.5\r\n");
    const CliResult r = run({QStringLiteral("import"), m_project, QStringLiteral("--weights"),
                             file(QStringLiteral("w.csv"))});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject after = aggregates();
    QCOMPARE(after.value(QLatin1String("weight_set"))
                 .toObject()
                 .value(QLatin1String("revision"))
                 .toInt(),
             2);
    double gWeight = 0;
    for (const QJsonValue &g : after.value(QLatin1String("goals")).toArray()) {
        if (g.toObject().value(QLatin1String("dimension")).toString() == QLatin1String("G"))
            gWeight += g.toObject().value(QLatin1String("effective_weight")).toDouble();
    }
    QVERIFY(qAbs(gWeight - 0.9) < 1e-12);
    QStringList rankBefore, rankAfter;
    for (const QJsonValue &p : before.value(QLatin1String("policies")).toArray())
        rankBefore << QString::number(p.toObject().value(QLatin1String("rank")).toInt());
    for (const QJsonValue &p : after.value(QLatin1String("policies")).toArray())
        rankAfter << QString::number(p.toObject().value(QLatin1String("rank")).toInt());
    QVERIFY(rankBefore != rankAfter);
    // Importing the same file again changes nothing.
    const QByteArray h = hash(m_project);
    const CliResult again = run({QStringLiteral("import"), m_project, QStringLiteral("--weights"),
                                 file(QStringLiteral("w.csv"))});
    QCOMPARE(again.code, 0);
    QCOMPARE(hash(m_project), h);
}

void TestCliScoring::importWeightsRejectsBadRows()
{
    write(QStringLiteral("bad.csv"), "code,weight\nZ9,1\nG,-3\nD,abc\nS,1\nS,2\n");
    const QByteArray h = hash(m_project);
    const CliResult r = run({QStringLiteral("import"), m_project, QStringLiteral("--weights"),
                             file(QStringLiteral("bad.csv"))});
    QCOMPARE(r.code, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QLatin1String("line 2: unknown dimension or goal code \"Z9\"")),
             qPrintable(err));
    QVERIFY(err.contains(QLatin1String("line 3:")));
    QVERIFY(err.contains(QLatin1String("line 4:")));
    QVERIFY(err.contains(QLatin1String("line 6: the code \"S\" appears twice")));
    QCOMPARE(hash(m_project), h);

    write(QStringLiteral("zero.csv"), "code,weight\nD,0\nS,0\nE,0\nF,0\nG,0\n");
    const CliResult zero = run({QStringLiteral("import"), m_project, QStringLiteral("--weights"),
                                file(QStringLiteral("zero.csv"))});
    QCOMPARE(zero.code, 1);
    QVERIFY(QString::fromUtf8(zero.err).contains(QLatin1String("zero")));
    QCOMPARE(hash(m_project), h);
}

void TestCliScoring::sensitivityIsReproducible()
{
    const QStringList args{QStringLiteral("sensitivity"), m_project,
                           QStringLiteral("--draws"),     QStringLiteral("300"),
                           QStringLiteral("--seed"),      QStringLiteral("42"),
                           QStringLiteral("--format"),    QStringLiteral("json")};
    const CliResult a = run(args);
    const CliResult b = run(args);
    QCOMPARE(a.code, 0);
    QCOMPARE(a.out, b.out);
    const QJsonObject json = QJsonDocument::fromJson(a.out).object();
    QCOMPARE(json.value(QLatin1String("draws")).toInt(), 300);
    const QJsonArray policies = json.value(QLatin1String("policies")).toArray();
    QCOMPARE(policies.size(), 15);
    for (const QJsonValue &v : policies) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(QLatin1String("rank_p05")).toInt() <=
                p.value(QLatin1String("median_rank")).toInt());
        QVERIFY(p.value(QLatin1String("median_rank")).toInt() <=
                p.value(QLatin1String("rank_p95")).toInt());
        QVERIFY(p.value(QLatin1String("p_top_k")).toDouble() >= 0 &&
                p.value(QLatin1String("p_top_k")).toDouble() <= 1);
    }
    QCOMPARE(json.value(QLatin1String("stability")).toArray().size(), 5 + 20);
    const CliResult c =
        run({QStringLiteral("sensitivity"), m_project, QStringLiteral("--draws"),
             QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("43")});
    QVERIFY(c.out != a.out);
}

void TestCliScoring::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("zero draws") << QStringList{QStringLiteral("sensitivity"),
                                               QStringLiteral("sample.pwb"),
                                               QStringLiteral("--draws"), QStringLiteral("0")}
                                << 2;
    QTest::newRow("csv sensitivity")
        << QStringList{QStringLiteral("sensitivity"), QStringLiteral("sample.pwb"),
                       QStringLiteral("--format"), QStringLiteral("csv")}
        << 2;
    QTest::newRow("unknown weight set")
        << QStringList{QStringLiteral("export"),    QStringLiteral("sample.pwb"),
                       QStringLiteral("--what"),    QStringLiteral("aggregates"),
                       QStringLiteral("--format"),  QStringLiteral("json"),
                       QStringLiteral("--weights"), QStringLiteral("nope")}
        << 2;
    QTest::newRow("not a project")
        << QStringList{QStringLiteral("sensitivity"), QStringLiteral("missing.pwb")} << 2;
}

void TestCliScoring::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const CliResult r = run(arguments);
    QCOMPARE(r.code, code);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliScoring)
#include "tst_cli_scoring.moc"
