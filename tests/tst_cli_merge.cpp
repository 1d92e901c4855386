// `policy-workbench merge` end to end: counts on stdout, conflicts refused by default with
// nothing written, resolved with --on-conflict, idempotent, and refusals with exit 2; a full
// disk or an unusable target leaves both inputs as they were and no partial output.
#include "CliRunner.h"
#include "RawDb.h"
#include "TestProject.h"
#include "commands/PolicyCommands.h"
#include "merge/MergeEngine.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// Everything in a folder, hidden files included: journals, locks and temporary files show.
QStringList folderEntries(const QString &dir)
{
    QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.sort();
    return entries;
}

} // namespace

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
    void otherFrameworkRefused();
    void fullDisk_data();
    void fullDisk();
    void unusableTarget_data();
    void unusableTarget();
    void readOnlyFolder();

private:
    // Their copy adds `count` policies with long descriptions: the merged file is larger.
    void addPolicies(const QString &path, int count);
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
    // Who changed each side, when, and the policy's revision in that file.
    QVERIFY2(QRegularExpression(QStringLiteral("mine \"my title\" \\(.+, \\d{4}-\\d\\d-\\d\\d "
                                               "\\d\\d:\\d\\d, revision \\d+\\)"))
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
             r.out.constData());
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

void TestCliMerge::addPolicies(const QString &path, int count)
{
    OpenError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    Project project(std::move(store));
    project.setEvaluator(TestProject::testEvaluator());
    for (int i = 0; i < count; ++i) {
        Policy p;
        p.code = QStringLiteral("X%1").arg(i, 3, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Added policy %1").arg(i);
        p.level = QStringLiteral("ministerial");
        p.instrument = QStringLiteral("guideline");
        p.description = QString(3000, QLatin1Char('a' + i % 26));
        QVERIFY(project.push(new AddPolicyCommand(&project, p)));
    }
    // And every existing policy rewritten: pages of MINE change, and the rollback journal
    // holds their old content while the merge is written.
    for (const PolicySummary &summary : project.store().policySummaries()) {
        if (summary.policy.code.startsWith(QLatin1Char('X')))
            continue;
        Policy after = summary.policy;
        after.description = QString(20000, QLatin1Char('r'));
        QVERIFY(project.push(new EditPolicyCommand(&project, summary.policy, after)));
    }
}

void TestCliMerge::otherFrameworkRefused()
{
    makePair(QString(), QString());
    TestProject other(TestProject::Content::Empty, QStringLiteral("fyp13"));
    QVERIFY(other.isValid());
    other.close();
    const QString mineHash = MergeEngine::fingerprint(m_mine);
    const CliResult r =
        runCli({QStringLiteral("merge"), m_mine, other.path(), QStringLiteral("-o"), m_out},
               m_dir->path());
    QCOMPARE(r.code, 2);
    const QString err = QString::fromUtf8(r.err);
    // Names the file and both frameworks, and says why nothing happened.
    QVERIFY2(err.contains(QFileInfo(other.path()).fileName()) &&
                 err.contains(QStringLiteral("different frameworks cannot be merged")),
             r.err.constData());
    OpenError error;
    const auto mine = ProjectStore::open(m_mine, ProjectStore::Access::ReadOnly, &error);
    const auto theirs = ProjectStore::open(other.path(), ProjectStore::Access::ReadOnly, &error);
    QVERIFY(mine && theirs);
    QVERIFY(mine->framework().name() != theirs->framework().name());
    QVERIFY2(err.contains(mine->framework().name()) && err.contains(theirs->framework().name()),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_out));
    QCOMPARE(MergeEngine::fingerprint(m_mine), mineHash);
}

void TestCliMerge::fullDisk_data()
{
    QTest::addColumn<qint64>("room");
    QTest::addColumn<bool>("intoMine");
    // Where the disk fills up (room: bytes the files may grow past MINE's size; -1: not
    // even MINE fits): copying MINE to the work file, or at several points of writing the
    // merge into it (the rows, their change log); and the same with OUT = MINE.
    QTest::newRow("copying MINE") << qint64(-1) << false;
    QTest::newRow("merge, 8 KiB of room") << qint64(8 << 10) << false;
    QTest::newRow("merge, 64 KiB of room") << qint64(64 << 10) << false;
    QTest::newRow("merge, 512 KiB of room") << qint64(512 << 10) << false;
    QTest::newRow("merge, OUT is MINE") << qint64(64 << 10) << true;
}

void TestCliMerge::fullDisk()
{
    QFETCH(qint64, room);
    QFETCH(bool, intoMine);
    makePair(QString(), QString());
    addPolicies(m_theirs, 200);
    const QString out = intoMine ? m_mine : m_out;
    const QString mineHash = MergeEngine::fingerprint(m_mine);
    const QString theirsHash = MergeEngine::fingerprint(m_theirs);
    const QStringList entries = folderEntries(m_dir->path());
    const qint64 mineSize = QFileInfo(m_mine).size();
    const qint64 limit = room < 0 ? mineSize / 2 : mineSize + room;
    const QStringList arguments{QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"),
                                out};

    const CliResult full = runCli(arguments, m_dir->path(), limit);
    QCOMPARE(full.code, 2);
    const QString err = QString::fromUtf8(full.err);
    QVERIFY2(err.contains(QStringLiteral("Cannot write \"%1\"").arg(out)), full.err.constData());
    QVERIFY2(err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))), full.err.constData());
    QVERIFY2(err.contains(QStringLiteral("the input files are unchanged")), full.err.constData());
    // Both inputs byte for byte as they were; no OUT, no temporary file, journal or lock.
    QCOMPARE(MergeEngine::fingerprint(m_mine), mineHash);
    QCOMPARE(MergeEngine::fingerprint(m_theirs), theirsHash);
    QCOMPARE(folderEntries(m_dir->path()), entries);

    // The limit is what made it fail.
    const CliResult unlimited = runCli(arguments, m_dir->path());
    QVERIFY2(unlimited.code == 0, unlimited.err.constData());
    QVERIFY(QFileInfo(out).size() > limit);
    RawDb db(out);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM policy WHERE code LIKE 'X%'")).toInt(),
             200);
    QCOMPARE(MergeEngine::fingerprint(m_theirs), theirsHash);
}

void TestCliMerge::unusableTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    // Root ignores permission bits: these targets are unusable by the file system's shape.
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/out.pwb")
                                    << QString::fromLocal8Bit(std::strerror(ENOENT));
    QTest::newRow("file in place of the folder")
        << QStringLiteral("plain-file/out.pwb") << QString::fromLocal8Bit(std::strerror(ENOTDIR));
    QTest::newRow("folder in place of the file")
        << QStringLiteral("existing-folder") << QString::fromLocal8Bit(std::strerror(EISDIR));
}

void TestCliMerge::unusableTarget()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    makePair(QString(), QStringLiteral("their title"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("existing-folder")));
    {
        QFile plain(m_dir->filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("not a folder");
    }
    const QString mineHash = MergeEngine::fingerprint(m_mine);
    const QString theirsHash = MergeEngine::fingerprint(m_theirs);
    const QStringList entries = folderEntries(m_dir->path());
    const QString out = m_dir->filePath(target);
    const CliResult r = runCli(
        {QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"), out}, m_dir->path());
    QCOMPARE(r.code, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("Cannot write")) && err.contains(out) &&
                 err.contains(reason),
             r.err.constData());
    QCOMPARE(folderEntries(m_dir->path()), entries);
    QCOMPARE(folderEntries(m_dir->filePath(QStringLiteral("existing-folder"))), QStringList());
    QCOMPARE(MergeEngine::fingerprint(m_mine), mineHash);
    QCOMPARE(MergeEngine::fingerprint(m_theirs), theirsHash);
}

void TestCliMerge::readOnlyFolder()
{
    makePair(QString(), QStringLiteral("their title"));
    const QString folder = m_dir->filePath(QStringLiteral("read-only"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("read-only")));
    // Permission bits stop other users; root is stopped by the immutable attribute.
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const bool root = ::geteuid() == 0;
    if (root && QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
        QSKIP("running as root and chattr +i is not available: no folder root cannot write to");
    const auto undo = qScopeGuard([&] {
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    const QString mineHash = MergeEngine::fingerprint(m_mine);
    const QString out = QDir(folder).filePath(QStringLiteral("out.pwb"));
    const CliResult r = runCli(
        {QStringLiteral("merge"), m_mine, m_theirs, QStringLiteral("-o"), out}, m_dir->path());
    QCOMPARE(r.code, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("Cannot write in the folder of \"%1\"").arg(out)) &&
                 err.contains(QString::fromLocal8Bit(std::strerror(root ? EPERM : EACCES))),
             r.err.constData());
    QCOMPARE(folderEntries(folder), QStringList());
    QCOMPARE(MergeEngine::fingerprint(m_mine), mineHash);
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
