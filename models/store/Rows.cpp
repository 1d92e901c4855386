#include "Rows.h"

#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QUuid>

namespace Rows {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant sqlValue(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString stableUuid(const QString &name)
{
    static const QUuid ns(QStringLiteral("{0b9e6f3c-1d2a-4c8e-8f57-6a4b3e2d1c90}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QVariantMap fromPolicy(const Policy &p)
{
    return {
        {QStringLiteral("uuid"), p.uuid},
        {QStringLiteral("code"), p.code},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("issuer"), p.issuer},
        {QStringLiteral("year"), p.year > 0 ? QVariant(p.year) : QVariant()},
        {QStringLiteral("level"), p.level},
        {QStringLiteral("instrument"), p.instrument},
        {QStringLiteral("description"), p.description},
    };
}

Policy toPolicy(const QVariantMap &row)
{
    Policy p;
    p.uuid = row.value(QStringLiteral("uuid")).toString();
    p.code = row.value(QStringLiteral("code")).toString();
    p.title = row.value(QStringLiteral("title")).toString();
    p.issuer = row.value(QStringLiteral("issuer")).toString();
    p.year = row.value(QStringLiteral("year")).toInt();
    p.level = row.value(QStringLiteral("level")).toString();
    p.instrument = row.value(QStringLiteral("instrument")).toString();
    p.description = row.value(QStringLiteral("description")).toString();
    return p;
}

QVariantMap fromScore(const Score &s)
{
    return {
        {QStringLiteral("uuid"), s.uuid},
        {QStringLiteral("policy_uuid"), s.policyUuid},
        {QStringLiteral("goal_uuid"), s.goalUuid},
        {QStringLiteral("evaluator_uuid"), s.evaluatorUuid},
        {QStringLiteral("value"), s.value ? QVariant(*s.value) : QVariant()},
        {QStringLiteral("rationale"), s.rationale},
    };
}

Score toScore(const QVariantMap &row)
{
    Score s;
    s.uuid = row.value(QStringLiteral("uuid")).toString();
    s.policyUuid = row.value(QStringLiteral("policy_uuid")).toString();
    s.goalUuid = row.value(QStringLiteral("goal_uuid")).toString();
    s.evaluatorUuid = row.value(QStringLiteral("evaluator_uuid")).toString();
    const QVariant value = row.value(QStringLiteral("value"));
    if (!value.isNull())
        s.value = value.toInt();
    s.rationale = row.value(QStringLiteral("rationale")).toString();
    s.created =
        QDateTime::fromString(row.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    s.modified =
        QDateTime::fromString(row.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    return s;
}

QVariantMap fromEvidence(const Evidence &e)
{
    return {
        {QStringLiteral("uuid"), e.uuid},
        {QStringLiteral("score_uuid"), e.scoreUuid},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("locator"), e.locator},
        {QStringLiteral("quote"), e.quote},
        {QStringLiteral("level"), Vocabulary::resultLevelCode(e.level)},
        {QStringLiteral("sort_order"), e.sortOrder},
    };
}

Evidence toEvidence(const QVariantMap &row)
{
    Evidence e;
    e.uuid = row.value(QStringLiteral("uuid")).toString();
    e.scoreUuid = row.value(QStringLiteral("score_uuid")).toString();
    e.source = row.value(QStringLiteral("source")).toString();
    e.locator = row.value(QStringLiteral("locator")).toString();
    e.quote = row.value(QStringLiteral("quote")).toString();
    e.level = Vocabulary::resultLevelFromText(row.value(QStringLiteral("level")).toString())
                  .value_or(ResultLevel::Activity);
    e.sortOrder = row.value(QStringLiteral("sort_order")).toInt();
    return e;
}

QVariantMap fromEvaluator(const Evaluator &e)
{
    return {
        {QStringLiteral("uuid"), e.uuid},
        {QStringLiteral("name"), e.name},
    };
}

} // namespace Rows
