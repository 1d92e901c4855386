#include "ScoringBench.h"

#include "scoring/Agreement.h"
#include "scoring/Evaluation.h"
#include "scoring/Sensitivity.h"
#include "store/ProjectStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <sqlite3.h>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// What "all aggregates" costs when SQLite does it alone: mean, count, min and max per
// cell over every score, all rows stepped through.
double groupByInSqlite(const QString &path, qint64 *rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        db,
        "SELECT policy_uuid, goal_uuid, avg(value), count(value), min(value), max(value)"
        " FROM score GROUP BY policy_uuid, goal_uuid",
        -1, &stmt, nullptr);
    *rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++*rows;
    sqlite3_finalize(stmt);
    const double elapsed = ms(t);
    sqlite3_close(db);
    return elapsed;
}

} // namespace

bool measureScoring(const QString &path,
                    const std::function<void(const char *, double, const char *)> &metric,
                    QString *error)
{
    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadOnlyAllowNewer, &openError);
    if (!store) {
        *error = openError.message;
        return false;
    }
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    ScoringData data;
    if (!store->loadScoringData(&data, error))
        return false;
    metric("scoring_load_ms", ms(t), "ms");
    t.restart();
    const WeightSetRecord set =
        store->weightSet(store->activeWeightSetUuid()).value_or(WeightSetRecord());
    const Evaluation::Result result =
        Evaluation::compute(data, Evaluation::weights(store->framework(), set));
    metric("scoring_compute_ms", ms(t), "ms");
    const double aggregates = ms(total);
    metric("all_aggregates_ms", aggregates, "ms");

    qint64 groups = 0;
    const double groupBy = groupByInSqlite(path, &groups);
    metric("sqlite_group_by_ms", groupBy, "ms");
    metric("sqlite_group_by_cells", double(groups), "cells");
    if (groupBy > 0)
        metric("aggregates_vs_group_by_ratio", aggregates / groupBy, "x");

    t.restart();
    const Agreement::ScoreAgreement alpha =
        Agreement::alpha(data.scores, Agreement::Metric::Ordinal);
    metric("alpha_all_cells_ms", ms(t), "ms");
    metric("alpha_ordinal", alpha.overall.alpha, "alpha");

    Sensitivity::MonteCarloOptions options;
    options.draws = 1000;
    options.seed = 1;
    t.restart();
    const Sensitivity::MonteCarloResult mc =
        Sensitivity::monteCarlo(result.consensus, result.weights, options);
    metric("monte_carlo_1000_ms", ms(t), "ms");
    metric("monte_carlo_threads", mc.threads, "threads");
    return mc.isValid();
}
