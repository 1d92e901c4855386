// The project file under other programs and failures: the instance lock, edits refused once
// another program has changed or replaced the file, processes killed in the middle of edits,
// and full disks and unusable targets during Save As and export.
#include "CliRunner.h"
#include "FailingDevice.h"
#include "RawDb.h"
#include "TestProject.h"
#include "commands/PolicyCommands.h"
#include "io/JsonExport.h"
#include "io/PolicyCsv.h"
#include "io/ScoreCsv.h"
#include "store/FileGuard.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <QtTest>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

namespace {

const QString editLoop = QStringLiteral(PWB_EDITLOOP_BINARY);

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Everything in a folder, hidden files included: journals and temporary files show up.
QStringList folderEntries(const QString &dir)
{
    QStringList entries =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.sort();
    return entries;
}

QString lockOf(const QString &path)
{
    return path + QStringLiteral(".lock");
}

Policy policy(const QString &code)
{
    Policy p;
    p.code = code;
    p.title = QStringLiteral("Policy %1").arg(code);
    p.level = QStringLiteral("ministerial");
    p.instrument = QStringLiteral("guideline");
    return p;
}

QStringList policyCodes(const QString &path)
{
    RawDb db(path);
    return db.rows(QStringLiteral("SELECT code FROM policy ORDER BY code"));
}

struct Run
{
    int code = -1; // -1: crashed, killed or timed out
    QString out;
    QString err;
};

// Runs `program` as a user would from a shell (see CliRunner), optionally with files limited
// to `fileSizeLimit` bytes: RLIMIT_FSIZE with SIGXFSZ ignored makes every write past the
// limit fail with EFBIG, a full disk that even root cannot write past.
Run runProgram(const QString &program, const QStringList &arguments, const QString &home,
               qint64 fileSizeLimit = -1)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), home);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(home);
    if (fileSizeLimit >= 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
    }
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A helper process (pwb-editloop `mode` FILE) that has printed `line`.
bool startHelper(QProcess *process, const QString &mode, const QString &path, const QString &line)
{
    process->start(editLoop, {mode, path});
    if (!process->waitForStarted())
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (process->canReadLine())
            return process->readLine().trimmed() == line.toUtf8();
        if (!process->waitForReadyRead(1000) && process->state() != QProcess::Running)
            return false;
    }
    return false;
}

// A process id that is certainly not running: one of a process that has finished.
qint64 deadPid()
{
    QProcess process;
    process.start(editLoop, {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH ? pid : 0;
}

QStringList integrityCheck(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {QStringLiteral("integrity_check failed to run")};
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private slots:
    // The instance lock.
    void secondInstanceIsRefused();
    void staleLockIsTakenOver();
    void lockHeldByAnotherProcess();

    // Change detection.
    void ownEditsAndOtherReadersAreNotChanges();
    void changeByAnotherProgramIsRefused();
    void replacedFileIsRefused_data();
    void replacedFileIsRefused();

    // Crashes.
    void hotJournalIsRolledBack_data();
    void hotJournalIsRolledBack();
    void killedWhileEditing();

    // Full disks and unusable targets.
    void exportOnFullDisk_data();
    void exportOnFullDisk();
    void saveCopyOnFullDisk();
    void unusableTarget_data();
    void unusableTarget();
    void exportToFailingDevice_data();
    void exportToFailingDevice();
};

void TestDurability::secondInstanceIsRefused()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    QVERIFY(QFileInfo::exists(lockOf(tp.path())));

    OpenError error;
    auto second = ProjectStore::open(tp.path(), ProjectStore::Access::ReadWrite, &error);
    QVERIFY(!second);
    QCOMPARE(int(error.code), int(OpenError::Locked));
    QVERIFY(error.readOnlyPossible);
    // Who holds it: program, process and host, as the lock file records them.
    for (const QString &part :
         {QString::number(QCoreApplication::applicationPid()), QSysInfo::machineHostName(),
          QStringLiteral("tst_durability"), QStringLiteral("test.pwb")})
        QVERIFY2(error.message.contains(part), qPrintable(error.message));

    // Reading needs no lock, takes none, and does not stop the next writer.
    auto reader = ProjectStore::open(tp.path(), ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QVERIFY(reader->isReadOnly());

    tp.close();
    QVERIFY(!QFileInfo::exists(lockOf(tp.path()))); // released with the store
    second = ProjectStore::open(tp.path(), ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(second, qPrintable(error.message));
    QVERIFY(!second->isReadOnly());
    QVERIFY(QFileInfo::exists(lockOf(tp.path())));
    reader.reset();
    second.reset();
    QVERIFY(!QFileInfo::exists(lockOf(tp.path())));
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});
}

void TestDurability::staleLockIsTakenOver()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    // What QLockFile writes: pid, program, host, machine id, boot id.
    QFile lock(lockOf(tp.path()));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\npwb-editloop\n" + QSysInfo::machineHostName().toUtf8() +
               '\n' + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
    lock.close();

    OpenError error;
    auto store = ProjectStore::open(tp.path(), ProjectStore::Access::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY(!store->isReadOnly());
    QLockFile now(lockOf(tp.path()));
    qint64 holder = 0;
    QVERIFY(now.getLockInfo(&holder, nullptr, nullptr));
    QCOMPARE(holder, QCoreApplication::applicationPid());
}

void TestDurability::lockHeldByAnotherProcess()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    TestProject other;
    QVERIFY2(other.isValid(), qPrintable(other.error()));
    tp.close();
    const QString path = tp.path();
    const QString csv = tp.filePath(QStringLiteral("new.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,title\r\nL01,Locked out\r\n");
    }
    QProcess holder;
    QVERIFY2(startHelper(&holder, QStringLiteral("hold"), path, QStringLiteral("ready")),
             holder.readAllStandardError().constData());
    const QString pid = QString::number(holder.processId());
    const QByteArray hash = fileHash(path);
    QTemporaryDir home;

    OpenError error;
    QVERIFY(!ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error));
    QCOMPARE(int(error.code), int(OpenError::Locked));
    QVERIFY2(error.message.contains(pid) && error.message.contains(QStringLiteral("pwb-editloop")),
             qPrintable(error.message));

    // Commands that write refuse, saying who has the file; nothing is written.
    CliResult r =
        runCli({QStringLiteral("import"), path, QStringLiteral("--policies"), csv}, home.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(pid), r.err.constData());
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--weights"), csv}, home.path());
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(pid), r.err.constData());
    QString message;
    QVERIFY(!other.store().saveCopy(path, &message)); // Save As over it
    QVERIFY2(message.contains(pid), qPrintable(message));
    QVERIFY(!ProjectStore::create(path, QStringLiteral("fyp14"), QStringLiteral("New"), true,
                                  &message)); // New over it
    QVERIFY2(message.contains(pid), qPrintable(message));
    QCOMPARE(fileHash(path), hash);

    // Commands that only read ignore the lock.
    r = runCli({QStringLiteral("info"), path}, home.path());
    QVERIFY2(r.code == 0, r.err.constData());
    r = runCli({QStringLiteral("check"), path}, home.path());
    QVERIFY2(r.code == 0, r.err.constData());
    r = runCli({QStringLiteral("export"), path, QStringLiteral("--what"), QStringLiteral("scores"),
                QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                tp.filePath(QStringLiteral("scores.csv"))},
               home.path());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(fileHash(path), hash);

    // Killed, the holder leaves its lock file behind; it no longer stops anyone.
    QCOMPARE(::kill(pid_t(holder.processId()), SIGKILL), 0);
    QVERIFY(holder.waitForFinished());
    QVERIFY(QFileInfo::exists(lockOf(path)));
    r = runCli({QStringLiteral("import"), path, QStringLiteral("--policies"), csv}, home.path());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(policyCodes(path).contains(QStringLiteral("L01")));
    QVERIFY(!QFileInfo::exists(lockOf(path)));
}

void TestDurability::ownEditsAndOtherReadersAreNotChanges()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    Project *project = tp.project();
    QSignalSpy errors(project, &Project::errorOccurred);
    OpenError error;
    auto reader = ProjectStore::open(tp.path(), ProjectStore::Access::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message));
    RawDb raw(tp.path());
    for (int i = 1; i <= 20; ++i) {
        QVERIFY2(project->push(new AddPolicyCommand(project, policy(QStringLiteral("O%1").arg(i)))),
                 qPrintable(errors.isEmpty() ? QString() : errors.last().at(0).toString()));
        // Other programs reading the file between our edits change nothing.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM policy")).toInt(), i);
        QCOMPARE(reader->counts().policies, i);
    }
    for (int i = 0; i < 5; ++i)
        project->undoStack()->undo();
    for (int i = 0; i < 5; ++i)
        project->undoStack()->redo();
    QCOMPARE(errors.count(), 0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM policy")).toInt(), 20);
}

void TestDurability::changeByAnotherProgramIsRefused()
{
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    Project *project = tp.project();
    QSignalSpy errors(project, &Project::errorOccurred);
    QVERIFY(project->push(new AddPolicyCommand(project, policy(QStringLiteral("C1")))));
    {
        RawDb other(tp.path()); // another program, e.g. an sqlite3 shell
        QVERIFY2(other.exec(QStringLiteral(
                     "UPDATE project SET value = 'Renamed elsewhere' WHERE key = 'name'")),
                 qPrintable(other.error()));
    }
    QVERIFY(!project->push(new AddPolicyCommand(project, policy(QStringLiteral("C2")))));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.last().at(0).toString();
    for (const QString &part : {QStringLiteral("\"test.pwb\" was changed by another program"),
                                QStringLiteral("not written"), QStringLiteral("Reopen the file")})
        QVERIFY2(message.contains(part), qPrintable(message));
    QCOMPARE(project->undoStack()->count(), 1);
    // Until the file is reopened every write is refused, undo included.
    project->undoStack()->undo();
    QCOMPARE(errors.count(), 2);

    tp.close();
    {
        RawDb db(tp.path());
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT value FROM project WHERE key = 'name'")).toString(),
            QStringLiteral("Renamed elsewhere"));
    }
    QCOMPARE(policyCodes(tp.path()), QStringList{QStringLiteral("C1")});

    QVERIFY2(tp.reopen(), qPrintable(tp.error()));
    project = tp.project();
    QVERIFY(project->push(new AddPolicyCommand(project, policy(QStringLiteral("C2")))));
    tp.close();
    QCOMPARE(policyCodes(tp.path()), (QStringList{QStringLiteral("C1"), QStringLiteral("C2")}));
}

void TestDurability::replacedFileIsRefused_data()
{
    QTest::addColumn<int>("how");
    QTest::addColumn<QString>("expected");
    const QString changed = QStringLiteral("\"test.pwb\" was changed by another program");
    // A sync tool writes the new version next to the file and renames it over the old one:
    // a byte-identical copy has the same SQLite change counter, only the inode tells.
    QTest::newRow("identical copy renamed over") << 0 << changed;
    QTest::newRow("other version renamed over") << 1 << changed;
    QTest::newRow("deleted") << 2 << QStringLiteral("\"test.pwb\" was moved or deleted");
}

void TestDurability::replacedFileIsRefused()
{
    QFETCH(int, how);
    QFETCH(QString, expected);
    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    Project *project = tp.project();
    QSignalSpy errors(project, &Project::errorOccurred);
    QVERIFY(project->push(new AddPolicyCommand(project, policy(QStringLiteral("R1")))));
    const QString replacement = tp.filePath(QStringLiteral("replacement.pwb"));
    QVERIFY(QFile::copy(tp.path(), replacement));
    if (how == 1) {
        RawDb db(replacement);
        QVERIFY(
            db.exec(QStringLiteral("UPDATE project SET value = 'Replaced' WHERE key = 'name'")));
    }
    if (how == 2)
        QVERIFY(QFile::remove(tp.path()));
    else
        QCOMPARE(::rename(QFile::encodeName(replacement).constData(),
                          QFile::encodeName(tp.path()).constData()),
                 0);

    QVERIFY(!project->push(new AddPolicyCommand(project, policy(QStringLiteral("R2")))));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.last().at(0).toString().contains(expected),
             qPrintable(errors.last().at(0).toString()));
    tp.close();
    if (how == 2) {
        QVERIFY(!QFileInfo::exists(tp.path())); // not recreated either
        return;
    }
    QCOMPARE(policyCodes(tp.path()), QStringList{QStringLiteral("R1")});
    RawDb db(tp.path());
    QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM project WHERE key = 'name'")).toString(),
             how == 1 ? QStringLiteral("Replaced") : QStringLiteral("Test project"));
}

void TestDurability::hotJournalIsRolledBack_data()
{
    QTest::addColumn<int>("access");
    QTest::newRow("opened for editing (window, import)") << int(ProjectStore::Access::ReadWrite);
    QTest::newRow("opened for reading (info, check, export)")
        << int(ProjectStore::Access::ReadOnlyAllowNewer);
}

void TestDurability::hotJournalIsRolledBack()
{
    QFETCH(int, access);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const int policies = tp.store().counts().policies;
    tp.close();
    const QString path = tp.path();
    const QByteArray hash = fileHash(path);
    const qint64 size = QFileInfo(path).size();

    QProcess spill;
    QVERIFY2(startHelper(&spill, QStringLiteral("spill"), path, QStringLiteral("spilled")),
             spill.readAllStandardError().constData());
    QCOMPARE(::kill(pid_t(spill.processId()), SIGKILL), 0);
    QVERIFY(spill.waitForFinished());
    // Killed mid-transaction with pages already in the file: a hot journal, a stale lock.
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    QVERIFY(QFileInfo(path).size() > size);
    QVERIFY(QFileInfo::exists(lockOf(path)));

    // Page 1 is written first when a commit writes its pages; killed right after it, the
    // header counts pages the file does not have yet. The journal holds the real page 1.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray header = file.read(100);
        const quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
        qToBigEndian<quint32>(quint32(file.size() / pageSize + 50), header.data() + 28);
        qToBigEndian<quint32>(changeCounter, header.data() + 92); // header count is valid
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(header), qint64(100));
    }

    OpenError error;
    auto store = ProjectStore::open(path, ProjectStore::Access(access), &error);
    QVERIFY2(store, qPrintable(error.message)); // rolled back, not refused as truncated
    QCOMPARE(store->isReadOnly(), access != int(ProjectStore::Access::ReadWrite));
    QCOMPARE(integrityCheck(store->database()), QStringList{QStringLiteral("ok")});
    QCOMPARE(store->counts().policies, policies);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    store.reset();
    QCOMPARE(QFileInfo(path).size(), size);
    QCOMPARE(fileHash(path), hash); // exactly the last committed state
}

void TestDurability::killedWhileEditing()
{
    const quint32 seed = qEnvironmentVariableIsSet("PWB_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PWB_KILL_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("kill test seed %u (PWB_KILL_SEED=%u repeats it)", seed, seed);
    QRandomGenerator random(seed);

    TestProject tp;
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QString path = tp.path();
    QSet<QString> reported; // every code the loop said it had saved, over all rounds
    int staleLocks = 0, hotJournals = 0, unreported = 0;
    const int rounds = 30;
    QElapsedTimer timer;
    timer.start();
    for (int round = 1; round <= rounds; ++round) {
        const int delay = int(random.bounded(30, 401));
        QProcess loop;
        loop.start(editLoop, {QStringLiteral("loop"), path});
        QVERIFY(loop.waitForStarted());
        QThread::msleep(ulong(delay));
        QCOMPARE(::kill(pid_t(loop.processId()), SIGKILL), 0);
        QVERIFY(loop.waitForFinished(10000));
        const QString context =
            QStringLiteral("round %1, killed after %2 ms").arg(round).arg(delay);
        // Killed, not stopped by an error of its own.
        QVERIFY2(loop.exitStatus() == QProcess::CrashExit,
                 qPrintable(context + QLatin1Char(' ') +
                            QString::fromUtf8(loop.readAllStandardError())));
        QList<QByteArray> lines = loop.readAllStandardOutput().split('\n');
        lines.removeLast(); // empty, or a line cut off by the kill
        for (const QByteArray &line : std::as_const(lines)) {
            QVERIFY2(line.startsWith("done K"), line.constData());
            reported.insert(QString::fromUtf8(line.mid(5)));
        }
        staleLocks += QFileInfo::exists(lockOf(path)) ? 1 : 0;
        hotJournals += QFileInfo(path + QStringLiteral("-journal")).size() > 0 ? 1 : 0;

        OpenError error;
        auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
        QVERIFY2(store, qPrintable(context + QStringLiteral(": ") + error.message));
        QVERIFY(!store->isReadOnly());
        QCOMPARE(integrityCheck(store->database()), QStringList{QStringLiteral("ok")});
        QSet<QString> saved;
        int highest = 0;
        for (const Policy &p : store->policies()) {
            saved.insert(p.code);
            highest = qMax(highest, p.code.mid(1).toInt());
        }
        for (const QString &code : std::as_const(reported))
            QVERIFY2(saved.contains(code), qPrintable(context + QStringLiteral(": lost ") + code));
        // Each run continues after the highest code and commits in order: no gaps, and at most
        // one commit per run that was killed before it could say so.
        QCOMPARE(saved.size(), highest);
        QVERIFY2(saved.size() - reported.size() <= round, qPrintable(context));
        unreported = int(saved.size() - reported.size());
    }
    qInfo("%d rounds, %d kills, %lld edits reported and verified (+%d committed unreported), "
          "%d stale locks taken over, %d hot journals rolled back, %lld ms",
          rounds, rounds, qint64(reported.size()), unreported, staleLocks, hotJournals,
          timer.elapsed());
    QVERIFY2(reported.size() >= rounds, "too few edits to prove anything");
    QVERIFY(staleLocks > 0);
}

void TestDurability::exportOnFullDisk_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("format");
    // Large exports reach the file in several writes; small ones sit in QSaveFile's buffer
    // until the commit, whose own failure Qt 6.4 does not report.
    QTest::newRow("scores csv") << QStringLiteral("scores") << QStringLiteral("csv");
    QTest::newRow("scores json") << QStringLiteral("scores") << QStringLiteral("json");
    QTest::newRow("policies csv (small)") << QStringLiteral("policies") << QStringLiteral("csv");
}

void TestDurability::exportOnFullDisk()
{
    QFETCH(QString, what);
    QFETCH(QString, format);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    QString error;
    const bool csv = format == QLatin1String("csv");
    QVERIFY(what == QLatin1String("scores")
                ? (csv ? ScoreCsv::write(tp.store(), &whole, &error)
                       : JsonExport::writeScores(tp.store(), &whole, &error))
                : PolicyCsv::write(tp.store(), &whole, &error));
    const qint64 limit = whole.size() / 2;
    tp.close();
    const QByteArray hash = fileHash(tp.path());
    QTemporaryDir home, out;
    const QString target = QDir(out.path()).filePath(what + QLatin1Char('.') + format);
    const QStringList arguments{
        QStringLiteral("export"),   tp.path(), QStringLiteral("--what"), what,
        QStringLiteral("--format"), format,    QStringLiteral("-o"),     target};

    const Run full = runProgram(QStringLiteral(PWB_CLI_BINARY), arguments, home.path(), limit);
    QVERIFY2(full.code == 2, qPrintable(full.err));
    const QString reason = QString::fromLocal8Bit(std::strerror(EFBIG));
    QVERIFY2(full.err.contains(QStringLiteral("Cannot write \"%1\"").arg(target)) &&
                 full.err.contains(reason),
             qPrintable(full.err));
    QCOMPARE(folderEntries(out.path()), QStringList()); // no partial file, no temporary file
    QCOMPARE(fileHash(tp.path()), hash);

    // The limit is what made it fail.
    const Run room = runProgram(QStringLiteral(PWB_CLI_BINARY), arguments, home.path());
    QVERIFY2(room.code == 0, qPrintable(room.err));
    QCOMPARE(QFileInfo(target).size(), whole.size());
}

void TestDurability::saveCopyOnFullDisk()
{
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    tp.close();
    const QByteArray hash = fileHash(tp.path());
    const qint64 limit = QFileInfo(tp.path()).size() / 4;
    const QString target = tp.filePath(QStringLiteral("copy.pwb"));
    QTemporaryDir home;
    const QStringList arguments{QStringLiteral("save-copy"), tp.path(), target};

    const Run full = runProgram(editLoop, arguments, home.path(), limit);
    QCOMPARE(full.code, 1);
    // SQLite's error and the system's reason.
    QVERIFY2(full.err.startsWith(QStringLiteral("Could not write the copy: ")) &&
                 full.err.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
             qPrintable(full.err));
    QCOMPARE(folderEntries(tp.dir()), QStringList{QStringLiteral("test.pwb")});
    QCOMPARE(fileHash(tp.path()), hash);

    const Run room = runProgram(editLoop, arguments, home.path());
    QVERIFY2(room.code == 0, qPrintable(room.err));
    QVERIFY(QFileInfo(target).size() > limit);
    QCOMPARE(fileHash(tp.path()), hash);
}

void TestDurability::unusableTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    // Root ignores permission bits, so the targets are made unusable by the file system's
    // shape instead.
    QTest::newRow("missing folder")
        << QStringLiteral("no/such/folder/out") << QString::fromLocal8Bit(std::strerror(ENOENT));
    QTest::newRow("file in place of the folder")
        << QStringLiteral("plain-file/out") << QString::fromLocal8Bit(std::strerror(ENOTDIR));
    QTest::newRow("folder in place of the file")
        << QStringLiteral("existing-folder") << QString::fromLocal8Bit(std::strerror(EISDIR));
}

void TestDurability::unusableTarget()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    QVERIFY(QDir(tp.dir()).mkdir(QStringLiteral("existing-folder")));
    {
        QFile plain(tp.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("not a folder");
    }
    QStringList entries = folderEntries(tp.dir());
    const QByteArray hash = fileHash(tp.path());
    const QString path = tp.filePath(target);

    // Save As
    QString error;
    QVERIFY(!tp.store().saveCopy(path, &error));
    QVERIFY2(error.contains(reason) && (error.contains(QFileInfo(path).fileName()) ||
                                        error.contains(QFileInfo(path).absolutePath())),
             qPrintable(error));
    QCOMPARE(folderEntries(tp.dir()), entries);
    QCOMPARE(folderEntries(tp.filePath(QStringLiteral("existing-folder"))), QStringList());

    // Export
    tp.close();
    entries.removeOne(QStringLiteral("test.pwb.lock")); // released with the project
    QTemporaryDir home;
    const Run run = runProgram(QStringLiteral(PWB_CLI_BINARY),
                               {QStringLiteral("export"), tp.path(), QStringLiteral("--what"),
                                QStringLiteral("policies"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("-o"), path},
                               home.path());
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write \"%1\"").arg(path)),
             qPrintable(run.err));
    QVERIFY2(!run.err.trimmed().endsWith(QLatin1Char(':')), qPrintable(run.err)); // a reason
    QCOMPARE(folderEntries(tp.dir()), entries);
    QCOMPARE(folderEntries(tp.filePath(QStringLiteral("existing-folder"))), QStringList());
    QCOMPARE(fileHash(tp.path()), hash);
}

void TestDurability::exportToFailingDevice_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("capacity");
    for (const qint64 capacity : {qint64(0), qint64(10), qint64(3000)}) {
        QTest::addRow("policies csv, %lld bytes", capacity) << 0 << capacity;
        QTest::addRow("scores csv, %lld bytes", capacity) << 1 << capacity;
        QTest::addRow("policies json, %lld bytes", capacity) << 2 << capacity;
        QTest::addRow("scores json, %lld bytes", capacity) << 3 << capacity;
    }
}

void TestDurability::exportToFailingDevice()
{
    QFETCH(int, kind);
    QFETCH(qint64, capacity);
    TestProject tp(TestProject::Content::Sample);
    QVERIFY2(tp.isValid(), qPrintable(tp.error()));
    const QByteArray hash = fileHash(tp.path());
    FailingDevice device(capacity);
    QVERIFY(device.open(QIODevice::WriteOnly));
    QString error;
    const ProjectStore &store = tp.store();
    const bool ok = kind == 0   ? PolicyCsv::write(store, &device, &error)
                    : kind == 1 ? ScoreCsv::write(store, &device, &error)
                    : kind == 2 ? JsonExport::writePolicies(store, &device, &error)
                                : JsonExport::writeScores(store, &device, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
    QVERIFY(device.written().size() <= capacity);
    QCOMPARE(fileHash(tp.path()), hash);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
