#include "SampleProject.h"

#include "ProjectStore.h"
#include "Rows.h"
#include "TrackingRows.h"
#include "domain/BottleneckRules.h"
#include "domain/Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QVariantMap stamped(QVariantMap row, const QString &now, bool modifiedBy)
{
    row.insert(QStringLiteral("created"), now);
    row.insert(QStringLiteral("modified"), now);
    if (modifiedBy)
        row.insert(QStringLiteral("modified_by"), QString());
    return row;
}

} // namespace

// Illustrative bottlenecks with their links and evidence, and illustrative targets for
// the sourced indicators.
bool SampleProject::addTracking(const QJsonObject &root, const ProjectStore &store,
                                const QHash<QString, QString> &policyUuids, const QString &now,
                                RowChanges *changes, QString *error)
{
    QSet<QString> categories;
    for (const BottleneckCategory &c : store.bottleneckCategories())
        categories.insert(c.code);
    for (const QJsonValue &v : root.value(QLatin1String("bottlenecks")).toArray()) {
        const QJsonObject o = v.toObject();
        Bottleneck b;
        b.title = o.value(QLatin1String("title")).toString();
        b.uuid = Rows::stableUuid(QStringLiteral("sample-bottleneck:") + b.title);
        b.categoryCode = o.value(QLatin1String("category")).toString();
        b.severity = o.value(QLatin1String("severity")).toInt();
        b.status = Vocabulary::statusFromText(o.value(QLatin1String("status")).toString())
                       .value_or(BottleneckStatus::Open);
        b.statusReason = o.value(QLatin1String("status_reason")).toString();
        b.owner = o.value(QLatin1String("owner")).toString();
        b.opened = QDate::fromString(o.value(QLatin1String("opened")).toString(), Qt::ISODate);
        b.target = QDate::fromString(o.value(QLatin1String("target")).toString(), Qt::ISODate);
        b.closed = QDate::fromString(o.value(QLatin1String("closed")).toString(), Qt::ISODate);
        b.description = o.value(QLatin1String("description")).toString();
        b.notes = o.value(QLatin1String("notes")).toString();
        if (!categories.contains(b.categoryCode) || !BottleneckRules::fieldErrors(b).isEmpty()) {
            *error = tr("The sample bottleneck \"%1\" is invalid.").arg(b.title);
            return false;
        }
        QVariantMap row = Rows::fromBottleneck(b);
        row.insert(QStringLiteral("created"), now);
        row.insert(QStringLiteral("modified"), now);
        row.insert(QStringLiteral("modified_by"), QString());
        changes->append({QStringLiteral("bottleneck"), b.uuid, {}, row});
        for (const QJsonValue &g : o.value(QLatin1String("goals")).toArray()) {
            const GoalNode *goal = store.framework().byCode(g.toString());
            if (!goal) {
                *error = tr("The sample project refers to an unknown policy, goal or evaluator.");
                return false;
            }
            const QVariantMap link = Rows::bottleneckGoalLink(b.uuid, goal->uuid);
            changes->append({QStringLiteral("bottleneck_goal"),
                             link.value(QStringLiteral("uuid")).toString(),
                             {},
                             link});
        }
        for (const QJsonValue &p : o.value(QLatin1String("policies")).toArray()) {
            const QString policyUuid = policyUuids.value(p.toString());
            if (policyUuid.isEmpty()) {
                *error = tr("The sample project refers to an unknown policy, goal or evaluator.");
                return false;
            }
            const QVariantMap link = Rows::bottleneckPolicyLink(b.uuid, policyUuid);
            changes->append({QStringLiteral("bottleneck_policy"),
                             link.value(QStringLiteral("uuid")).toString(),
                             {},
                             link});
        }
        int order = 0;
        for (const QJsonValue &ev : o.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject x = ev.toObject();
            Evidence e;
            e.uuid = Rows::stableUuid(
                QStringLiteral("sample-bottleneck-evidence:%1:%2").arg(b.uuid).arg(order));
            e.source = x.value(QLatin1String("source")).toString();
            e.locator = x.value(QLatin1String("locator")).toString();
            e.quote = x.value(QLatin1String("quote")).toString();
            e.level = Vocabulary::resultLevelFromText(x.value(QLatin1String("level")).toString())
                          .value_or(ResultLevel::Activity);
            e.sortOrder = order++;
            changes->append({QStringLiteral("bottleneck_evidence"),
                             e.uuid,
                             {},
                             Rows::fromBottleneckEvidence(b.uuid, e)});
        }
    }
    QHash<QString, QString> indicatorUuids;
    for (const Indicator &i : store.indicators())
        indicatorUuids.insert(i.code, i.uuid);
    for (const QJsonValue &v : root.value(QLatin1String("targets")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("indicator")).toString();
        const QString indicatorUuid = indicatorUuids.value(code);
        if (indicatorUuid.isEmpty()) {
            *error = tr("The sample project refers to an unknown indicator %1.").arg(code);
            return false;
        }
        IndicatorTarget t;
        t.period = o.value(QLatin1String("period")).toString();
        t.uuid = Rows::stableUuid(QStringLiteral("sample-target:%1:%2").arg(code, t.period));
        t.value = o.value(QLatin1String("value")).toDouble();
        t.note = o.value(QLatin1String("note")).toString();
        changes->append({QStringLiteral("target"), t.uuid, {}, Rows::fromTarget(indicatorUuid, t)});
    }
    return true;
}

bool SampleProject::write(ProjectStore &store, QString *error)
{
    QFile file(QStringLiteral(":/sample/sample_project.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The sample project is missing from this build.");
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("framework")).toString() != store.framework().id()) {
        *error = tr("The sample project needs the framework \"%1\".")
                     .arg(root.value(QLatin1String("framework")).toString());
        return false;
    }
    const QString now = Rows::now();
    RowChanges changes;
    auto setMeta = [&](const QString &key, const QString &value) {
        const QVariantMap before = store.row(QStringLiteral("project"), key);
        changes.append({QStringLiteral("project"),
                        key,
                        before,
                        {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}});
    };
    const QJsonObject name = root.value(QLatin1String("name")).toObject();
    const QJsonObject description = root.value(QLatin1String("description")).toObject();
    setMeta(QStringLiteral("name"), name.value(QLatin1String("zh")).toString());
    setMeta(QStringLiteral("description"), description.value(QLatin1String("zh")).toString());
    // Optional English versions, shown in an English interface (see ProjectStore::displayName).
    setMeta(QStringLiteral("name_en"), name.value(QLatin1String("en")).toString());
    setMeta(QStringLiteral("description_en"), description.value(QLatin1String("en")).toString());

    QHash<QString, QString> evaluatorUuids;
    for (const QJsonValue &v : root.value(QLatin1String("evaluators")).toArray()) {
        const Evaluator e{Rows::stableUuid(QStringLiteral("sample-evaluator:") + v.toString()),
                          v.toString()};
        evaluatorUuids.insert(e.name, e.uuid);
        QVariantMap row = Rows::fromEvaluator(e);
        row.insert(QStringLiteral("created"), now);
        changes.append({QStringLiteral("evaluator"), e.uuid, {}, row});
    }
    QHash<QString, QString> policyUuids;
    for (const QJsonValue &v : root.value(QLatin1String("policies")).toArray()) {
        const QJsonObject o = v.toObject();
        Policy p;
        p.code = o.value(QLatin1String("code")).toString();
        p.uuid = Rows::stableUuid(QStringLiteral("sample-policy:") + p.code);
        p.title = o.value(QLatin1String("title")).toString();
        p.issuer = o.value(QLatin1String("issuer")).toString();
        p.year = o.value(QLatin1String("year")).toInt();
        p.level = Vocabulary::levelFromText(o.value(QLatin1String("level")).toString())
                      .value_or(QString());
        p.instrument =
            Vocabulary::instrumentFromText(o.value(QLatin1String("instrument")).toString())
                .value_or(QString());
        p.description = o.value(QLatin1String("description")).toString();
        policyUuids.insert(p.code, p.uuid);
        changes.append(
            {QStringLiteral("policy"), p.uuid, {}, stamped(Rows::fromPolicy(p), now, true)});
    }
    for (const QJsonValue &v : root.value(QLatin1String("scores")).toArray()) {
        const QJsonObject o = v.toObject();
        const GoalNode *goal = store.framework().byCode(o.value(QLatin1String("goal")).toString());
        const QString policyUuid = policyUuids.value(o.value(QLatin1String("policy")).toString());
        const QString evaluatorUuid =
            evaluatorUuids.value(o.value(QLatin1String("evaluator")).toString());
        if (!goal || policyUuid.isEmpty() || evaluatorUuid.isEmpty()) {
            *error = tr("The sample project refers to an unknown policy, goal or evaluator.");
            return false;
        }
        Score s;
        s.uuid = Rows::stableUuid(
            QStringLiteral("sample-score:%1:%2:%3").arg(policyUuid, goal->uuid, evaluatorUuid));
        s.policyUuid = policyUuid;
        s.goalUuid = goal->uuid;
        s.evaluatorUuid = evaluatorUuid;
        const QJsonValue value = o.value(QLatin1String("score"));
        if (value.isDouble())
            s.value = value.toInt();
        s.rationale = o.value(QLatin1String("rationale")).toString();
        changes.append(
            {QStringLiteral("score"), s.uuid, {}, stamped(Rows::fromScore(s), now, false)});
        int order = 0;
        for (const QJsonValue &ev : o.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject x = ev.toObject();
            Evidence e;
            e.uuid =
                Rows::stableUuid(QStringLiteral("sample-evidence:%1:%2").arg(s.uuid).arg(order));
            e.scoreUuid = s.uuid;
            e.source = x.value(QLatin1String("source")).toString();
            e.locator = x.value(QLatin1String("locator")).toString();
            e.quote = x.value(QLatin1String("quote")).toString();
            e.level = Vocabulary::resultLevelFromText(x.value(QLatin1String("level")).toString())
                          .value_or(ResultLevel::Activity);
            e.sortOrder = order++;
            changes.append({QStringLiteral("evidence"),
                            e.uuid,
                            {},
                            stamped(Rows::fromEvidence(e), now, false)});
        }
    }
    if (!addTracking(root, store, policyUuids, now, &changes, error))
        return false;
    const ChangeContext context{QString(), QString(), tr("Create the sample project")};
    return store.apply(changes, true, context, error);
}
