#include "TrackingBench.h"

#include "Project.h"
#include "domain/Vocabulary.h"
#include "itemmodels/BottleneckFilterModel.h"
#include "itemmodels/BottleneckMatrixModel.h"
#include "itemmodels/BottleneckTableModel.h"
#include "scoring/IndicatorFigures.h"
#include "store/ProjectStore.h"
#include "store/Rows.h"
#include "store/TrackingRows.h"
#include "tracking/BottleneckView.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0
                  : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

} // namespace

bool populateTracking(const QString &path, int bottlenecks, int indicators, int periods,
                      quint64 seed, const MetricFn &metric, QString *error)
{
    OpenError openError;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    if (!store) {
        *error = openError.message;
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(seed);
    QStringList categories;
    for (const BottleneckCategory &c : store->bottleneckCategories()) {
        if (!c.parentCode.isEmpty() || c.code == QLatin1String("X"))
            categories << c.code;
    }
    const QList<GoalNode> goals = store->framework().goals();
    QStringList policies;
    for (const PolicySummary &s : store->policySummaries())
        policies << s.policy.uuid;
    const QStringList owners{QStringLiteral("科技部国际合作司"),
                             QStringLiteral("外交部"),
                             QStringLiteral("国家标准化管理委员会"),
                             QStringLiteral("公安部"),
                             QStringLiteral("财政部"),
                             QStringLiteral("海关总署"),
                             QStringLiteral("国家网信办"),
                             QStringLiteral("教育部")};
    const QList<BottleneckStatus> statuses = Vocabulary::statuses();
    const QString now = Rows::now();
    RowChanges changes;
    for (int i = 0; i < bottlenecks; ++i) {
        Bottleneck b;
        b.uuid = Rows::newUuid();
        b.title = QStringLiteral("合成堵点 %1").arg(i + 1);
        b.categoryCode = categories.at(random.bounded(int(categories.size())));
        b.severity = 1 + random.bounded(4);
        b.status = statuses.at(random.bounded(int(statuses.size())));
        if (b.status == BottleneckStatus::WontFix)
            b.statusReason = QStringLiteral("合成数据");
        b.owner = owners.at(random.bounded(int(owners.size())));
        b.opened = QDate(2021, 1, 1).addDays(random.bounded(1800));
        if (random.bounded(2))
            b.target = b.opened.addDays(90 + random.bounded(700));
        if (b.isClosed())
            b.closed = b.opened.addDays(30 + random.bounded(400));
        b.description = QStringLiteral("合成描述 %1").arg(i);
        QVariantMap row = Rows::fromBottleneck(b);
        row.insert(QStringLiteral("created"), now);
        row.insert(QStringLiteral("modified"), now);
        row.insert(QStringLiteral("modified_by"), QString());
        changes.append({QStringLiteral("bottleneck"), b.uuid, {}, row});
        QSet<QString> seen;
        const int goalCount = 1 + random.bounded(3);
        for (int g = 0; g < goalCount; ++g) {
            const QString goal = goals.at(random.bounded(int(goals.size()))).uuid;
            if (seen.contains(goal))
                continue;
            seen.insert(goal);
            const QVariantMap link = Rows::bottleneckGoalLink(b.uuid, goal);
            changes.append({QStringLiteral("bottleneck_goal"),
                            link.value(QStringLiteral("uuid")).toString(),
                            {},
                            link});
        }
        const int policyCount = policies.isEmpty() ? 0 : random.bounded(4);
        for (int p = 0; p < policyCount; ++p) {
            const QString policy = policies.at(random.bounded(int(policies.size())));
            if (seen.contains(policy))
                continue;
            seen.insert(policy);
            const QVariantMap link = Rows::bottleneckPolicyLink(b.uuid, policy);
            changes.append({QStringLiteral("bottleneck_policy"),
                            link.value(QStringLiteral("uuid")).toString(),
                            {},
                            link});
        }
    }
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.uuid = Rows::newUuid();
        ind.code = QStringLiteral("SYN_%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        ind.nameZh = QStringLiteral("合成指标 %1").arg(i + 1);
        ind.nameEn = QStringLiteral("Synthetic indicator %1").arg(i + 1);
        ind.higherIsBetter = random.bounded(3) != 0;
        ind.sortOrder = 1000 + i;
        changes.append({QStringLiteral("indicator"), ind.uuid, {}, Rows::fromIndicator(ind)});
        const QVariantMap link =
            Rows::indicatorGoalLink(ind.uuid, goals.at(random.bounded(int(goals.size()))).uuid);
        changes.append({QStringLiteral("indicator_goal"),
                        link.value(QStringLiteral("uuid")).toString(),
                        {},
                        link});
        double value = 100 + random.bounded(900);
        for (int p = 0; p < periods; ++p) {
            value *= 0.95 + random.generateDouble() * 0.15;
            const Observation o{Rows::newUuid(), QString::number(2005 + p), value,
                                QStringLiteral("synthetic"), QString()};
            changes.append(
                {QStringLiteral("observation"), o.uuid, {}, Rows::fromObservation(ind.uuid, o)});
        }
        const IndicatorTarget t{Rows::newUuid(), QString::number(2005 + periods + 3),
                                value * (ind.higherIsBetter ? 1.2 : 0.8), QString()};
        changes.append({QStringLiteral("target"), t.uuid, {}, Rows::fromTarget(ind.uuid, t)});
    }
    if (!store->apply(changes, true, {QString(), QString(), QStringLiteral("bench")}, error))
        return false;
    metric("populate_tracking_ms", ms(timer), "ms");
    return true;
}

bool measureTracking(const QString &path, const MetricFn &metric, QString *error)
{
    OpenError openError;
    auto opened = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &openError);
    if (!opened) {
        *error = openError.message;
        return false;
    }
    auto project = std::make_unique<Project>(std::move(opened));
    const ProjectStore &store = project->store();
    QElapsedTimer timer;
    timer.start();
    BottleneckTableModel table(project.get());
    metric("bottleneck_register_load_ms", ms(timer), "ms");
    metric("bottlenecks", double(table.rowCount()), "count");
    BottleneckFilterModel proxy;
    proxy.setSourceModel(&table);
    proxy.sort(BottleneckTableModel::Opened);

    // The filters a user flips through, each applied from the unfiltered register and back.
    QList<BottleneckFilterModel::Filter> filters;
    BottleneckFilterModel::Filter f;
    f.categoryCode = QStringLiteral("P");
    filters << f;
    f = {};
    f.statuses = BottleneckFilterModel::Filter::unresolved();
    filters << f;
    f = {};
    f.minSeverity = 3;
    filters << f;
    f = {};
    f.goalUuid = store.framework().goals().value(3).uuid;
    filters << f;
    f = {};
    f.policyUuid = table.rowCount() > 0 && !table.bottleneckAt(0).policyUuids.isEmpty()
                       ? table.bottleneckAt(0).policyUuids.first()
                       : QString();
    filters << f;
    f = {};
    f.owner = QStringLiteral("公安部");
    filters << f;
    f = {};
    f.overdueOnly = true;
    filters << f;
    f = {};
    f.text = QStringLiteral("堵点 12");
    filters << f;
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        for (const BottleneckFilterModel::Filter &filter : std::as_const(filters)) {
            timer.restart();
            proxy.setFilter(filter);
            times << ms(timer);
            timer.restart();
            proxy.setFilter({});
            times << ms(timer);
        }
    }
    metric("bottleneck_filter_median_ms", median(times), "ms");
    metric("bottleneck_filter_max_ms", *std::max_element(times.cbegin(), times.cend()), "ms");

    BottleneckMatrixModel matrix(&table, store.framework(), store.bottleneckCategories());
    times.clear();
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        matrix.recompute();
        times << ms(timer);
    }
    metric("bottleneck_matrix_median_ms", median(times), "ms");
    metric("bottleneck_matrix_max_ms", *std::max_element(times.cbegin(), times.cend()), "ms");

    timer.restart();
    {
        BottleneckView view(project.get());
        view.resize(1400, 800);
        view.show();
        QCoreApplication::processEvents();
        metric("bottleneck_view_open_ms", ms(timer), "ms");
    }

    timer.restart();
    const QList<Indicator> indicators = store.indicators();
    metric("indicators_load_ms", ms(timer), "ms");
    timer.restart();
    int onTrack = 0;
    for (const Indicator &i : indicators) {
        const IndicatorFigures figures =
            IndicatorMath::compute(IndicatorMath::inputFrom(i, QDate::currentDate()));
        onTrack += figures.status == IndicatorStatus::OnTrack ? 1 : 0;
    }
    metric("indicator_figures_ms", ms(timer), "ms");
    metric("indicators", double(indicators.size()), "count");
    return true;
}
