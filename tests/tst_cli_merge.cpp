// `policy-workbench merge` end to end: counts on stdout, conflicts refused by default with
// nothing written, resolved with --on-conflict, idempotent, and refusals with exit 2.
#include "CliRunner.h"
#include "RawDb.h"
#include "TestProject.h"
#include "commands/PolicyCommands.h"
#include "merge/MergeEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestCliMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAndIsIdempotent();
    void conflictsFailByDefault();
    void conflictsResolved_data();
    void conflictsResolved();
    void refusals();

private:
    // Two copies of the sample project; `title` edits P05's title in the file if not empty.
    void makePair(const QString &mineTitle, const QString &theirTitle);
    QString title(const QString &path);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mine, m_theirs, m_out;
};

void TestCliMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_mine = m_dir->filePath(QStringLiteral("mine.pwb"));
    m_theirs = m_dir->filePath(QStringLiteral("theirs.pwb"));
    m_out = m_dir->filePath(QStringLiteral("out.pwb"));
}

void TestCliMerge::cleanup()
{
    m_dir.reset();
}

void TestCliMerge::makePair(const QString &mineTitle, const QString &theirTitle)
{
    TestProject sample(TestProject::Content::Sample);
    QVERIFY(sample.isValid());
    sample.close();
    QVERIFY(QFile::copy(sample.path(), m_mine));
    QVERIFY(QFile::copy(sample.path(), m_theirs));
    for (const auto &[path, text] :
         {std::pair{m_mine, mineTitle}, std::pair{m_theirs, theirTitle}}) {
        if (text.isEmpty())
            continue;
        OpenError error;
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
        QVERIFY(store);
        Project project(std::move(store));
        project.setEvaluator(TestProject::testEvaluator());
        Policy before = *project.store().policyByCode(QStringLiteral("P05")), after = before;
        after.title = text;
        QVERIFY(project.push(new EditPolicyCommand(&project, before, after)));
    }
}

QString TestCliMerge::title(const QString &path)
{
    RawDb db(path);
    return db.scalar(QStringLiteral("SELECT title FROM policy WHERE code = 'P05'")).toString();
}

void TestCliMerge::addsAndIsIdempotent()
{
    makePair(QString(), QStringLiteral("their title"));
    const QString mineHash = MergeEngine::fingerprint(m_mine);
    const QString theirsHash = MergeEngine::fingerprint(m_theirs);
    CliResult r = runCli({QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"), m_out},
                         m_dir->path());
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(theirsHash), r.out.constData());
    QVERIFY(
        QRegularExpression(QStringLiteral("Policies\\s+0\\s+1\\s+0\\s+0")).match(out).hasMatch());
    QCOMPARE(title(m_out), QStringLiteral("their title"));
    // Neither input was touched.
    QCOMPARE(MergeEngine::fingerprint(m_mine), mineHash);
    QCOMPARE(MergeEngine::fingerprint(m_theirs), theirsHash);
    // Again, into the result itself: nothing to do.
    r = runCli({QStringLiteral("merge"), m_out, m_theirs, QStringLiteral("-o"), m_out},
               m_dir->path());
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Nothing to merge")));
    QVERIFY(QRegularExpression(QStringLiteral("Policies\\s+0\\s+0\\s+0\\s+0"))
                .match(QString::fromUtf8(r.out))
                .hasMatch());
}

void TestCliMerge::conflictsFailByDefault()
{
    makePair(QStringLiteral("my title"), QStringLiteral("their title"));
    const QString mineHash = MergeEngine::fingerprint(m_mine);
    const CliResult r = runCli(
        {QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"), m_out}, m_dir->path());
    QCOMPARE(r.code, 1);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("mine \"my title\"")));
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("theirs \"their title\"")));
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("nothing was written")));
    QVERIFY(!QFile::exists(m_out));
    QCOMPARE(MergeEngine::fingerprint(m_mine), mineHash);
    // No temporary file left behind either.
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::Files | QDir::Hidden)
                 .filter(QStringLiteral(".pwb-merge"))
                 .size(),
             0);
}

void TestCliMerge::conflictsResolved_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mine") << QStringLiteral("mine") << QStringLiteral("my title");
    QTest::newRow("theirs") << QStringLiteral("theirs") << QStringLiteral("their title");
}

void TestCliMerge::conflictsResolved()
{
    QFETCH(QString, side);
    QFETCH(QString, expected);
    makePair(QStringLiteral("my title"), QStringLiteral("their title"));
    const CliResult r = runCli({QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"),
                                m_out, QStringLiteral("--on-conflict"), side},
                               m_dir->path());
    QCOMPARE(r.code, 0);
    QCOMPARE(title(m_out), expected);
    const CliResult check = runCli({QStringLiteral("check"), m_out}, m_dir->path());
    QCOMPARE(check.code, 0);
}

void TestCliMerge::refusals()
{
    makePair(QString(), QString());
    QFile text(m_dir->filePath(QStringLiteral("notes.pwb")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a project");
    text.close();
    CliResult r =
        runCli({QStringLiteral("merge"), m_mine, text.fileName(), QStringLiteral("-o"), m_out},
               m_dir->path());
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(m_out));
    r = runCli({QStringLiteral("merge"), m_mine, m_theirs}, m_dir->path());
    QCOMPARE(r.code, 2); // no -o
    r = runCli({QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"), m_out,
                QStringLiteral("--on-conflict"), QStringLiteral("newest")},
               m_dir->path());
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
