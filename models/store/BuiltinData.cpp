#include "BuiltinData.h"

#include "Rows.h"
#include "Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject loadJson(const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BuiltinData::tr("Built-in data %1 is missing from this build.").arg(resource);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        *error = BuiltinData::tr("Built-in data %1 is invalid: %2")
                     .arg(resource, parseError.errorString());
    return doc.object();
}

QString zh(const QJsonValue &v)
{
    return v.toObject().value(QLatin1String("zh")).toString();
}
QString en(const QJsonValue &v)
{
    return v.toObject().value(QLatin1String("en")).toString();
}

bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(Rows::sqlValue(v));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool BuiltinData::install(QSqlDatabase db, const Framework &framework, int version, QString *error)
{
    Transaction transaction(db);
    if (!installFramework(db, framework, error))
        return false;
    if (version >= 2 && (!installTaxonomy(db, error) || !installIndicators(db, framework, error)))
        return false;
    if (version >= 3 && !installDefaultWeightSet(db, error))
        return false;
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool BuiltinData::installForMigration(QSqlDatabase db, const Framework &framework, int version,
                                      QString *error)
{
    if (version == 2)
        return installTaxonomy(db, error) && installIndicators(db, framework, error);
    if (version == 3)
        return installDefaultWeightSet(db, error);
    return true;
}

bool BuiltinData::installFramework(QSqlDatabase db, const Framework &framework, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO framework (id, version, name_zh, name_en) VALUES (?, 1, ?, ?)"));
    if (!run(q, {framework.id(), framework.nameZh(), framework.nameEn()}, error))
        return false;
    q.prepare(QStringLiteral(
        "INSERT INTO goal (uuid, framework_id, code, parent_code, name_zh, name_en, description_zh,"
        " description_en, sources, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const GoalNode &n : framework.nodes()) {
        if (!run(q,
                 {n.uuid, framework.id(), n.code, n.parentCode, n.nameZh, n.nameEn, n.descriptionZh,
                  n.descriptionEn, n.sources, n.sortOrder},
                 error))
            return false;
    }
    return true;
}

bool BuiltinData::installTaxonomy(QSqlDatabase db, QString *error)
{
    const QJsonObject root = loadJson(QStringLiteral(":/data/bottleneck_taxonomy.json"), error);
    if (!error->isEmpty())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO bottleneck_category (code, parent_code, name_zh, name_en, description_zh,"
        " description_en, source, builtin, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    int order = 0;
    auto insert = [&](const QJsonObject &c, const QString &parent) {
        return run(q,
                   {c.value(QLatin1String("code")).toString(), parent,
                    zh(c.value(QLatin1String("name"))), en(c.value(QLatin1String("name"))),
                    zh(c.value(QLatin1String("description"))),
                    en(c.value(QLatin1String("description"))),
                    c.value(QLatin1String("source")).toString(), order++},
                   error);
    };
    for (const QJsonValue &v : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject category = v.toObject();
        if (!insert(category, QString()))
            return false;
        for (const QJsonValue &child : category.value(QLatin1String("children")).toArray()) {
            if (!insert(child.toObject(), category.value(QLatin1String("code")).toString()))
                return false;
        }
    }
    return true;
}

bool BuiltinData::installIndicators(QSqlDatabase db, const Framework &framework, QString *error)
{
    const QJsonObject root = loadJson(QStringLiteral(":/data/indicators.json"), error);
    if (!error->isEmpty())
        return false;
    QSqlQuery indicator(db), link(db), observation(db), target(db), benchmark(db);
    indicator.prepare(QStringLiteral(
        "INSERT INTO indicator (uuid, code, name_zh, name_en, unit_zh, unit_en, direction, level,"
        " builtin, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    link.prepare(QStringLiteral(
        "INSERT INTO indicator_goal (uuid, indicator_uuid, goal_uuid) VALUES (?, ?, ?)"));
    observation.prepare(QStringLiteral("INSERT INTO observation (uuid, indicator_uuid, period, "
                                       "value, source, note) VALUES (?, ?, ?, ?, ?, ?)"));
    target.prepare(QStringLiteral(
        "INSERT INTO target (uuid, indicator_uuid, period, value, note) VALUES (?, ?, ?, ?, ?)"));
    benchmark.prepare(QStringLiteral(
        "INSERT INTO benchmark (uuid, indicator_uuid, label, period, value, source, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int order = 0;
    for (const QJsonValue &v : root.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        const QString uuid = Rows::stableUuid(QStringLiteral("indicator:") + code);
        const QString direction = o.value(QLatin1String("direction")).toString();
        if (!run(indicator,
                 {uuid, code, zh(o.value(QLatin1String("name"))),
                  en(o.value(QLatin1String("name"))), zh(o.value(QLatin1String("unit"))),
                  en(o.value(QLatin1String("unit"))), direction,
                  o.value(QLatin1String("level")).toString(), order++},
                 error))
            return false;
        // Goal links only where the project's framework has the goal (fyp13 has other codes).
        for (const QJsonValue &g : o.value(QLatin1String("goals")).toArray()) {
            if (const GoalNode *goal = framework.byCode(g.toString())) {
                if (!run(link,
                         {Rows::stableUuid(
                              QStringLiteral("indicator-goal:%1:%2").arg(code, goal->uuid)),
                          uuid, goal->uuid},
                         error))
                    return false;
            }
        }
        for (const QJsonValue &ov : o.value(QLatin1String("observations")).toArray()) {
            const QJsonObject x = ov.toObject();
            if (!run(observation,
                     {Rows::stableUuid(QStringLiteral("observation:%1:%2")
                                           .arg(code, x.value(QLatin1String("period")).toString())),
                      uuid, x.value(QLatin1String("period")).toString(),
                      x.value(QLatin1String("value")).toDouble(),
                      x.value(QLatin1String("source")).toString(),
                      x.value(QLatin1String("note")).toString()},
                     error))
                return false;
        }
        for (const QJsonValue &tv : o.value(QLatin1String("targets")).toArray()) {
            const QJsonObject x = tv.toObject();
            if (!run(target,
                     {Rows::stableUuid(QStringLiteral("target:%1:%2")
                                           .arg(code, x.value(QLatin1String("period")).toString())),
                      uuid, x.value(QLatin1String("period")).toString(),
                      x.value(QLatin1String("value")).toDouble(),
                      x.value(QLatin1String("note")).toString()},
                     error))
                return false;
        }
        for (const QJsonValue &bv : o.value(QLatin1String("benchmarks")).toArray()) {
            const QJsonObject x = bv.toObject();
            if (!run(benchmark,
                     // Stable UUIDs: the same built-in benchmark in two files is one item
                     // when they are merged.
                     {Rows::stableUuid(QStringLiteral("benchmark:%1:%2:%3")
                                           .arg(code, x.value(QLatin1String("label")).toString(),
                                                x.value(QLatin1String("period")).toString())),
                      uuid, x.value(QLatin1String("label")).toString(),
                      x.value(QLatin1String("period")).toString(),
                      x.value(QLatin1String("value")).toDouble(),
                      x.value(QLatin1String("source")).toString(),
                      x.value(QLatin1String("note")).toString()},
                     error))
                return false;
        }
    }
    return true;
}

QString BuiltinData::defaultWeightSetUuid()
{
    return Rows::stableUuid(QStringLiteral("weight-set:equal"));
}

bool BuiltinData::installDefaultWeightSet(QSqlDatabase db, QString *error)
{
    // Stored in English; the UI shows its translation for this built-in name.
    const QString now = Rows::now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO weight_set (uuid, name, revision, created, modified) VALUES (?, ?, 1, ?, ?)"));
    if (!run(q, {defaultWeightSetUuid(), QStringLiteral("Default weights"), now, now}, error))
        return false;
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO project (key, value) VALUES ('weight_set', ?)"));
    return run(q, {defaultWeightSetUuid()}, error);
}
