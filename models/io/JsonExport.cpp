#include "JsonExport.h"

#include "WriteFully.h"

#include "store/ProjectStore.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QJsonObject envelope(const ProjectStore &store)
{
    return {{QStringLiteral("project"), store.name()},
            {QStringLiteral("framework"), store.framework().id()}};
}

bool writeDocument(const QJsonObject &root, QIODevice *device, QString *error)
{
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (writeFully(device, bytes))
        return true;
    if (error)
        *error = JsonExport::tr("Could not write the file: %1").arg(device->errorString());
    return false;
}

bool queryFailed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = JsonExport::tr("Could not read the project: %1").arg(q.lastError().text());
    return false;
}

} // namespace

bool JsonExport::writePolicies(const ProjectStore &store, QIODevice *device, QString *error)
{
    QJsonArray policies;
    for (const PolicySummary &summary : store.policySummaries()) {
        const Policy &p = summary.policy;
        policies.append(QJsonObject{
            {QStringLiteral("code"), p.code},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("issuer"), p.issuer},
            {QStringLiteral("year"), p.year > 0 ? QJsonValue(p.year) : QJsonValue()},
            {QStringLiteral("level"), p.level},
            {QStringLiteral("instrument"), p.instrument},
            {QStringLiteral("description"), p.description},
        });
    }
    QJsonObject root = envelope(store);
    root.insert(QStringLiteral("policies"), policies);
    return writeDocument(root, device, error);
}

bool JsonExport::writeScores(const ProjectStore &store, QIODevice *device, QString *error)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    QHash<QString, QJsonArray> evidence; // by score uuid, in the order the editor shows
    if (!q.exec(QStringLiteral("SELECT score_uuid, source, locator, quote, level FROM evidence"
                               " ORDER BY score_uuid, sort_order, uuid")))
        return queryFailed(q, error);
    while (q.next()) {
        evidence[q.value(0).toString()].append(QJsonObject{
            {QStringLiteral("source"), q.value(1).toString()},
            {QStringLiteral("locator"), q.value(2).toString()},
            {QStringLiteral("quote"), q.value(3).toString()},
            {QStringLiteral("level"), q.value(4).toString()},
        });
    }
    // Same order as the CSV export, so that the two agree line for line.
    if (!q.exec(QStringLiteral(
            "SELECT s.uuid, p.code, g.code, e.name, s.value, s.rationale FROM score s"
            " JOIN policy p ON p.uuid = s.policy_uuid JOIN goal g ON g.uuid = s.goal_uuid"
            " JOIN evaluator e ON e.uuid = s.evaluator_uuid"
            " ORDER BY p.code, g.sort_order, g.code, e.name, e.uuid")))
        return queryFailed(q, error);
    QJsonArray scores;
    while (q.next()) {
        const QVariant value = q.value(4);
        scores.append(QJsonObject{
            {QStringLiteral("policy"), q.value(1).toString()},
            {QStringLiteral("goal"), q.value(2).toString()},
            {QStringLiteral("evaluator"), q.value(3).toString()},
            {QStringLiteral("score"), value.isNull() ? QJsonValue() : QJsonValue(value.toInt())},
            {QStringLiteral("rationale"), q.value(5).toString()},
            {QStringLiteral("evidence"), evidence.value(q.value(0).toString())},
        });
    }
    QJsonObject root = envelope(store);
    root.insert(QStringLiteral("scores"), scores);
    return writeDocument(root, device, error);
}
