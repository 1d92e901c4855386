#include "TrackingRows.h"

#include "Rows.h"
#include "domain/Vocabulary.h"

namespace Rows {

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariantMap fromBottleneck(const Bottleneck &b)
{
    return {
        {QStringLiteral("uuid"), b.uuid},
        {QStringLiteral("title"), b.title},
        {QStringLiteral("category_code"), b.categoryCode},
        {QStringLiteral("description"), b.description},
        {QStringLiteral("severity"), b.severity},
        {QStringLiteral("status"), Vocabulary::statusCode(b.status)},
        {QStringLiteral("status_reason"), b.statusReason},
        {QStringLiteral("owner"), b.owner},
        {QStringLiteral("opened"), fromDate(b.opened)},
        {QStringLiteral("target"), fromDate(b.target)},
        {QStringLiteral("closed"), fromDate(b.closed)},
        {QStringLiteral("notes"), b.notes},
    };
}

Bottleneck toBottleneck(const QVariantMap &row)
{
    Bottleneck b;
    b.uuid = row.value(QStringLiteral("uuid")).toString();
    b.title = row.value(QStringLiteral("title")).toString();
    b.categoryCode = row.value(QStringLiteral("category_code")).toString();
    b.description = row.value(QStringLiteral("description")).toString();
    b.severity = row.value(QStringLiteral("severity")).toInt();
    b.status = Vocabulary::statusFromText(row.value(QStringLiteral("status")).toString())
                   .value_or(BottleneckStatus::Open);
    b.statusReason = row.value(QStringLiteral("status_reason")).toString();
    b.owner = row.value(QStringLiteral("owner")).toString();
    b.opened = toDate(row.value(QStringLiteral("opened")));
    b.target = toDate(row.value(QStringLiteral("target")));
    b.closed = toDate(row.value(QStringLiteral("closed")));
    b.notes = row.value(QStringLiteral("notes")).toString();
    return b;
}

QVariantMap bottleneckGoalLink(const QString &bottleneckUuid, const QString &goalUuid)
{
    return {{QStringLiteral("uuid"),
             stableUuid(QStringLiteral("bottleneck-goal:%1:%2").arg(bottleneckUuid, goalUuid))},
            {QStringLiteral("bottleneck_uuid"), bottleneckUuid},
            {QStringLiteral("goal_uuid"), goalUuid}};
}

QVariantMap bottleneckPolicyLink(const QString &bottleneckUuid, const QString &policyUuid)
{
    return {{QStringLiteral("uuid"),
             stableUuid(QStringLiteral("bottleneck-policy:%1:%2").arg(bottleneckUuid, policyUuid))},
            {QStringLiteral("bottleneck_uuid"), bottleneckUuid},
            {QStringLiteral("policy_uuid"), policyUuid}};
}

QVariantMap fromBottleneckEvidence(const QString &bottleneckUuid, const Evidence &e)
{
    return {
        {QStringLiteral("uuid"), e.uuid},
        {QStringLiteral("bottleneck_uuid"), bottleneckUuid},
        {QStringLiteral("source"), e.source},
        {QStringLiteral("locator"), e.locator},
        {QStringLiteral("quote"), e.quote},
        {QStringLiteral("level"), Vocabulary::resultLevelCode(e.level)},
        {QStringLiteral("sort_order"), e.sortOrder},
    };
}

QVariantMap fromIndicator(const Indicator &i)
{
    return {
        {QStringLiteral("uuid"), i.uuid},
        {QStringLiteral("code"), i.code},
        {QStringLiteral("name_zh"), i.nameZh},
        {QStringLiteral("name_en"), i.nameEn},
        {QStringLiteral("unit_zh"), i.unitZh},
        {QStringLiteral("unit_en"), i.unitEn},
        {QStringLiteral("direction"),
         i.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower")},
        {QStringLiteral("level"), i.level},
        {QStringLiteral("builtin"), i.builtin ? 1 : 0},
        {QStringLiteral("sort_order"), i.sortOrder},
    };
}

Indicator toIndicator(const QVariantMap &row)
{
    Indicator i;
    i.uuid = row.value(QStringLiteral("uuid")).toString();
    i.code = row.value(QStringLiteral("code")).toString();
    i.nameZh = row.value(QStringLiteral("name_zh")).toString();
    i.nameEn = row.value(QStringLiteral("name_en")).toString();
    i.unitZh = row.value(QStringLiteral("unit_zh")).toString();
    i.unitEn = row.value(QStringLiteral("unit_en")).toString();
    i.higherIsBetter = row.value(QStringLiteral("direction")).toString() != QLatin1String("lower");
    i.level = row.value(QStringLiteral("level")).toString();
    i.builtin = row.value(QStringLiteral("builtin")).toInt() != 0;
    i.sortOrder = row.value(QStringLiteral("sort_order")).toInt();
    return i;
}

QVariantMap indicatorGoalLink(const QString &indicatorUuid, const QString &goalUuid)
{
    return {{QStringLiteral("uuid"),
             stableUuid(QStringLiteral("indicator-goal-link:%1:%2").arg(indicatorUuid, goalUuid))},
            {QStringLiteral("indicator_uuid"), indicatorUuid},
            {QStringLiteral("goal_uuid"), goalUuid}};
}

QVariantMap fromObservation(const QString &indicatorUuid, const Observation &o)
{
    return {{QStringLiteral("uuid"), o.uuid},     {QStringLiteral("indicator_uuid"), indicatorUuid},
            {QStringLiteral("period"), o.period}, {QStringLiteral("value"), o.value},
            {QStringLiteral("source"), o.source}, {QStringLiteral("note"), o.note}};
}

QVariantMap fromTarget(const QString &indicatorUuid, const IndicatorTarget &t)
{
    return {{QStringLiteral("uuid"), t.uuid},
            {QStringLiteral("indicator_uuid"), indicatorUuid},
            {QStringLiteral("period"), t.period},
            {QStringLiteral("value"), t.value},
            {QStringLiteral("note"), t.note}};
}

QVariantMap fromBenchmark(const QString &indicatorUuid, const Benchmark &b)
{
    return {{QStringLiteral("uuid"), b.uuid},   {QStringLiteral("indicator_uuid"), indicatorUuid},
            {QStringLiteral("label"), b.label}, {QStringLiteral("period"), b.period},
            {QStringLiteral("value"), b.value}, {QStringLiteral("source"), b.source},
            {QStringLiteral("note"), b.note}};
}

} // namespace Rows
