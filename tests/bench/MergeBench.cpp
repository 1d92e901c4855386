#include "MergeBench.h"

#include "Project.h"
#include "commands/MergeCommand.h"
#include "merge/MergeEngine.h"
#include "store/Rows.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cstdlib>
#include <ctime>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the whole process (all threads), in ms: on a busy machine the wall time
// says as much about the other processes as about the merge.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

std::unique_ptr<Project> openProject(const QString &path, QString *error)
{
    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    if (!store) {
        *error = openError.message;
        return nullptr;
    }
    auto project = std::make_unique<Project>(std::move(store));
    project->setEvaluator(
        {Rows::stableUuid(QStringLiteral("bench-merger")), QStringLiteral("bench")});
    return project;
}

} // namespace

bool measureMerge(const QString &path, double share,
                  const std::function<void(const char *, double, const char *)> &metric,
                  QString *error)
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("mine.pwb"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.pwb"));
    if (!QFile::copy(path, mine) || !QFile::copy(path, theirs)) {
        *error = QStringLiteral("cannot copy %1").arg(path);
        return false;
    }
    {
        auto project = openProject(theirs, error);
        if (!project)
            return false;
        ProjectStore &store = project->store();
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT * FROM score"));
        QRandomGenerator random(7);
        RowChanges changes;
        while (q.next()) {
            if (random.generateDouble() >= share)
                continue;
            QVariantMap before;
            for (int i = 0; i < q.record().count(); ++i)
                before.insert(q.record().fieldName(i), q.value(i));
            QVariantMap after = before;
            after.insert(QStringLiteral("value"),
                         (before.value(QStringLiteral("value")).toInt() + 1) % 5);
            after.insert(QStringLiteral("rationale"), QStringLiteral("revised in the other copy"));
            after.insert(QStringLiteral("modified"), Rows::now());
            changes.append({QStringLiteral("score"),
                            before.value(QStringLiteral("uuid")).toString(), before, after});
        }
        metric("merge_changed_scores", double(changes.size()), "count");
        if (!project->applyChanges(changes, true, QStringLiteral("bench edits"))) {
            *error = QStringLiteral("could not edit the copy");
            return false;
        }
    }
    auto project = openProject(mine, error);
    if (!project)
        return false;
    double load[1] = {0};
    if (getloadavg(load, 1) == 1)
        metric("merge_load_average", load[0], "");
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    MergePlan plan = MergeEngine::plan(project->store(), theirs);
    metric("merge_preview_ms", ms(timer), "ms");
    metric("merge_preview_cpu_ms", cpuMs() - cpu, "ms");
    if (!plan.isUsable()) {
        *error = plan.error;
        return false;
    }
    metric("merge_preview_changed", double(plan.total().changed), "count");
    metric("merge_preview_conflicts", double(plan.total().conflicts), "count");
    timer.restart();
    cpu = cpuMs();
    if (!project->push(new MergeCommand(project.get(), plan))) {
        *error = project->lastError();
        return false;
    }
    metric("merge_apply_ms", ms(timer), "ms");
    metric("merge_apply_cpu_ms", cpuMs() - cpu, "ms");
    timer.restart();
    const MergePlan again = MergeEngine::plan(project->store(), theirs);
    metric("merge_again_ms", ms(timer), "ms");
    metric("merge_again_changes", double(again.changes.size() + again.conflicts.size()), "count");
    return true;
}
