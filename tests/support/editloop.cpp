// Test support: a process that works on a project file until tst_durability stops it, often
// with SIGKILL. Output is for the test, one line per event, flushed at once.
//
//   pwb-editloop loop FILE             adds policies K00001, K00002, … (continuing after the
//                                      highest K code in the file), printing "done <code>"
//                                      after each successful push
//   pwb-editloop hold FILE             opens FILE for editing, prints "ready", then waits
//   pwb-editloop spill FILE            opens FILE for editing, starts a transaction that
//                                      grows the file past SQLite's page cache (so pages are
//                                      written before the commit), prints "spilled", waits
//   pwb-editloop save-copy FILE TARGET ProjectStore::saveCopy, the error on stderr
#include "Project.h"
#include "commands/PolicyCommands.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

[[noreturn]] void waitForever()
{
    for (;;)
        QThread::sleep(1);
}

int loop(std::unique_ptr<ProjectStore> store)
{
    int next = 1;
    for (const Policy &p : store->policies()) {
        if (p.code.startsWith(QLatin1Char('K')))
            next = qMax(next, p.code.mid(1).toInt() + 1);
    }
    Project project(std::move(store));
    project.setEvaluator(
        {QStringLiteral("00000000-0000-4000-8000-0000000000e2"), QStringLiteral("Edit Loop")});
    QString lastError;
    QObject::connect(&project, &Project::errorOccurred,
                     [&lastError](const QString &message) { lastError = message; });
    for (;; ++next) {
        Policy p;
        p.code = QStringLiteral("K%1").arg(next, 5, 10, QLatin1Char('0'));
        p.title = QStringLiteral("Kill test policy %1").arg(next);
        p.issuer = QStringLiteral("MOST");
        p.year = 2025;
        p.level = QStringLiteral("ministerial");
        p.instrument = QStringLiteral("guideline");
        p.description = QString(200, QLatin1Char('x')); // pages fill and the file grows
        if (!project.push(new AddPolicyCommand(&project, p))) {
            complain(QStringLiteral("error %1").arg(lastError));
            return 1;
        }
        say(QStringLiteral("done ") + p.code);
    }
}

void spill(const ProjectStore &store)
{
    QSqlQuery q(store.database());
    const QStringList statements{
        QStringLiteral("PRAGMA cache_size = 10"),
        QStringLiteral("BEGIN"),
        QStringLiteral("CREATE TABLE spill (x BLOB)"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "2000) INSERT INTO spill SELECT randomblob(3000) FROM n"),
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            complain(QStringLiteral("error %1: %2").arg(s, q.lastError().text()));
            std::exit(1);
        }
    }
    say(QStringLiteral("spilled"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (args.size() < 3 || (mode == QLatin1String("save-copy") && args.size() < 4)) {
        complain(
            QStringLiteral("usage: pwb-editloop loop|hold|spill FILE | save-copy FILE TARGET"));
        return 2;
    }
    OpenError openError;
    auto store = ProjectStore::open(args.at(2), ProjectStore::Access::ReadWrite, &openError);
    if (!store || store->isReadOnly()) {
        complain(QStringLiteral("error %1")
                     .arg(store ? QStringLiteral("read-only") : openError.message));
        return 2;
    }
    if (mode == QLatin1String("loop"))
        return loop(std::move(store));
    if (mode == QLatin1String("hold")) {
        say(QStringLiteral("ready"));
        waitForever();
    }
    if (mode == QLatin1String("spill")) {
        spill(*store);
        waitForever();
    }
    if (mode == QLatin1String("save-copy")) {
        QString error;
        if (!store->saveCopy(args.at(3), &error)) {
            complain(error);
            return 1;
        }
        say(QStringLiteral("saved"));
        return 0;
    }
    complain(QStringLiteral("unknown mode ") + mode);
    return 2;
}
