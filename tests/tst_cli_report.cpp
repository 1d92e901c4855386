// `policy-workbench report` end to end on the real binary, without a display: exit codes,
// messages on stderr, PDF and XLSX output, nothing written on failure.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writesPdf_data();
    void writesPdf();
    void writesXlsx();
    void refusesBadInput_data();
    void refusesBadInput();
    void replacesExistingFileOnlyOnSuccess();

private:
    CliResult run(const QStringList &arguments) { return runCli(arguments, m_dir->path()); }
    QString file(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
};

void TestCliReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_project = file(QStringLiteral("sample.pwb"));
    const CliResult r = run({QStringLiteral("new"), m_project, QStringLiteral("--sample")});
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestCliReport::cleanup()
{
    m_dir.reset();
}

void TestCliReport::writesPdf_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("default") << QStringList();
    QTest::newRow("summary zh draft") << QStringList{
        QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--draft")};
    QTest::newRow("dossier en") << QStringList{QStringLiteral("--template"),
                                               QStringLiteral("dossier")};
}

void TestCliReport::writesPdf()
{
    QFETCH(QStringList, options);
    const QString out = file(QStringLiteral("out.pdf"));
    const CliResult r =
        run(QStringList{QStringLiteral("report"), m_project, QStringLiteral("-o"), out} + options);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("pages"));
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 20000);
}

void TestCliReport::writesXlsx()
{
    const QString out = file(QStringLiteral("tables.xlsx"));
    const CliResult r = run({QStringLiteral("report"), m_project, QStringLiteral("-o"), out,
                             QStringLiteral("--template"), QStringLiteral("dossier")});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile xlsx(out);
    QVERIFY(xlsx.open(QIODevice::ReadOnly));
    QVERIFY(xlsx.read(2) == "PK"); // a zip container
}

void TestCliReport::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString out = QStringLiteral("OUT");
    QTest::newRow("no output") << QStringList{QStringLiteral("PROJECT")}
                               << QByteArray("-o OUT.pdf");
    QTest::newRow("no file") << QStringList{QStringLiteral("-o"), out}
                             << QByteArray("Missing argument");
    QTest::newRow("bad template") << QStringList{QStringLiteral("PROJECT"), QStringLiteral("-o"),
                                                 out, QStringLiteral("--template"),
                                                 QStringLiteral("brochure")}
                                  << QByteArray("--template summary");
    QTest::newRow("bad language") << QStringList{QStringLiteral("PROJECT"), QStringLiteral("-o"),
                                                 out, QStringLiteral("--lang"),
                                                 QStringLiteral("fr")}
                                  << QByteArray("--lang zh_CN");
    QTest::newRow("bad format") << QStringList{QStringLiteral("PROJECT"), QStringLiteral("-o"), out,
                                               QStringLiteral("--format"), QStringLiteral("docx")}
                                << QByteArray("--format pdf");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("PROJECT"), QStringLiteral("-o"),
                                                   out, QStringLiteral("--colour")}
                                    << QByteArray("colour");
    QTest::newRow("missing project")
        << QStringList{QStringLiteral("MISSING"), QStringLiteral("-o"), out}
        << QByteArray("missing.pwb");
    QTest::newRow("not a project")
        << QStringList{QStringLiteral("NOTPROJECT"), QStringLiteral("-o"), out}
        << QByteArray("notes.pwb");
}

void TestCliReport::refusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const QString out = file(QStringLiteral("out.pdf"));
    QFile junk(file(QStringLiteral("notes.pwb")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("these are notes, not a project\n");
    junk.close();
    arguments.replaceInStrings(QStringLiteral("NOTPROJECT"), junk.fileName());
    arguments.replaceInStrings(QStringLiteral("MISSING"), file(QStringLiteral("missing.pwb")));
    arguments.replaceInStrings(QStringLiteral("PROJECT"), m_project);
    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    const CliResult r = run(QStringList{QStringLiteral("report")} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TestCliReport::replacesExistingFileOnlyOnSuccess()
{
    const QString out = file(QStringLiteral("existing.pdf"));
    QFile old(out);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    // A failure (the project is not there) leaves the old file as it was.
    CliResult r = run(
        {QStringLiteral("report"), file(QStringLiteral("gone.pwb")), QStringLiteral("-o"), out});
    QCOMPARE(r.code, 2);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old contents"));
    old.close();
    // The output in a folder that does not exist: exit 2, nothing written.
    r = run({QStringLiteral("report"), m_project, QStringLiteral("-o"),
             file(QStringLiteral("no/such/dir/out.pdf"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("Cannot write"));
    r = run({QStringLiteral("report"), m_project, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(old.read(5) == "%PDF-");
    // No temporary files left in the folder.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("existing.pdf"), QStringLiteral("sample.pwb")}));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
