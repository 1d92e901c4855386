#include "TrackingExport.h"

#include "CsvWriter.h"
#include "WriteFully.h"
#include "domain/Vocabulary.h"
#include "scoring/IndicatorFigures.h"
#include "store/ProjectStore.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

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
        *error = TrackingExport::tr("Could not write the file: %1").arg(device->errorString());
    return false;
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Values as they were entered, and differences without binary noise (9.15 − 9.7 is
// −0.5499999999999989): 12 significant digits are more than any indicator has.
QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Ratios and progress to three decimals: 0.0311572… → "0.031".
QString ratio(double value)
{
    return QString::number(std::round(value * 1000) / 1000, 'g', 15);
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonPoint(const std::optional<IndicatorPoint> &point)
{
    if (!point)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("period"), point->period},
                       {QStringLiteral("value"), point->value}};
}

QString statusCode(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::NoData:
        return QStringLiteral("no_data");
    case IndicatorStatus::OnTrack:
        return QStringLiteral("on_track");
    case IndicatorStatus::AtRisk:
        return QStringLiteral("at_risk");
    case IndicatorStatus::OffTrack:
        return QStringLiteral("off_track");
    }
    return {};
}

QStringList goalCodes(const Framework &framework, const QStringList &uuids)
{
    QStringList codes;
    for (const QString &uuid : uuids) {
        if (const GoalNode *node = framework.byUuid(uuid))
            codes << node->code;
    }
    return codes;
}

// "USA 2021: 6.74 (ratio 0.031)"; without a period "USA: 13"; the ratio only when there is
// a latest value and the benchmark is not 0.
QString benchmarkText(const Benchmark &b, const IndicatorFigures &figures, int index)
{
    const QString label =
        b.period.isEmpty() ? b.label : QStringLiteral("%1 %2").arg(b.label, b.period);
    QString text = QStringLiteral("%1: %2").arg(label, number(b.value));
    if (index < figures.gaps.size() && std::isfinite(figures.gaps.at(index).ratio))
        text += QStringLiteral(" (ratio %1)").arg(ratio(figures.gaps.at(index).ratio));
    return text;
}

} // namespace

QStringList TrackingExport::indicatorColumns()
{
    return {QStringLiteral("code"),          QStringLiteral("name_zh"),
            QStringLiteral("name_en"),       QStringLiteral("unit"),
            QStringLiteral("direction"),     QStringLiteral("goals"),
            QStringLiteral("observations"),  QStringLiteral("baseline_period"),
            QStringLiteral("baseline"),      QStringLiteral("latest_period"),
            QStringLiteral("latest"),        QStringLiteral("change"),
            QStringLiteral("target_period"), QStringLiteral("target"),
            QStringLiteral("progress"),      QStringLiteral("status"),
            QStringLiteral("benchmarks"),    QStringLiteral("unit_en")};
}

bool TrackingExport::writeBottlenecksJson(const ProjectStore &store, QIODevice *device,
                                          QString *error)
{
    const Framework &framework = store.framework();
    QHash<QString, QString> policyCodes;
    for (const Policy &policy : store.policies())
        policyCodes.insert(policy.uuid, policy.code);
    QJsonArray bottlenecks;
    for (const Bottleneck &b : store.bottlenecks()) {
        QJsonArray policies, evidence;
        for (const QString &p : b.policyUuids) {
            if (policyCodes.contains(p))
                policies.append(policyCodes.value(p));
        }
        for (const Evidence &e : store.bottleneckEvidence(b.uuid)) {
            evidence.append(QJsonObject{
                {QStringLiteral("source"), e.source},
                {QStringLiteral("locator"), e.locator},
                {QStringLiteral("quote"), e.quote},
                {QStringLiteral("level"), Vocabulary::resultLevelCode(e.level)},
            });
        }
        bottlenecks.append(QJsonObject{
            {QStringLiteral("title"), b.title},
            {QStringLiteral("category"), b.categoryCode},
            {QStringLiteral("severity"), b.severity},
            {QStringLiteral("status"), Vocabulary::statusCode(b.status)},
            {QStringLiteral("goals"),
             QJsonArray::fromStringList(goalCodes(framework, b.goalUuids))},
            {QStringLiteral("policies"), policies},
            {QStringLiteral("owner"), b.owner},
            {QStringLiteral("opened"), jsonDate(b.opened)},
            {QStringLiteral("target"), jsonDate(b.target)},
            {QStringLiteral("description"), b.description},
            {QStringLiteral("closed"), jsonDate(b.closed)},
            {QStringLiteral("status_reason"), b.statusReason},
            {QStringLiteral("notes"), b.notes},
            {QStringLiteral("uuid"), b.uuid},
            {QStringLiteral("evidence"), evidence},
        });
    }
    QJsonObject root = envelope(store);
    root.insert(QStringLiteral("bottlenecks"), bottlenecks);
    return writeDocument(root, device, error);
}

bool TrackingExport::writeIndicatorsCsv(const ProjectStore &store, const QDate &today,
                                        QIODevice *device, QString *error)
{
    const Framework &framework = store.framework();
    CsvWriter writer(device);
    writer.writeRecord(indicatorColumns());
    for (const Indicator &i : store.indicators()) {
        const IndicatorFigures f = IndicatorMath::compute(IndicatorMath::inputFrom(i, today));
        QStringList benchmarks;
        for (int b = 0; b < i.benchmarks.size(); ++b)
            benchmarks << benchmarkText(i.benchmarks.at(b), f, b);
        writer.writeRecord({i.code, i.nameZh, i.nameEn, i.unitZh,
                            i.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower"),
                            goalCodes(framework, i.goalUuids).join(QLatin1Char(';')),
                            QString::number(f.observationCount),
                            f.baseline ? f.baseline->period : QString(),
                            f.baseline ? number(f.baseline->value) : QString(),
                            f.latest ? f.latest->period : QString(),
                            f.latest ? number(f.latest->value) : QString(),
                            optionalNumber(f.change), f.target ? f.target->period : QString(),
                            f.target ? number(f.target->value) : QString(),
                            f.progress ? ratio(*f.progress) : QString(), statusCode(f.status),
                            benchmarks.join(QStringLiteral("; ")), i.unitEn});
    }
    return writer.finish(error);
}

bool TrackingExport::writeIndicatorsJson(const ProjectStore &store, const QDate &today,
                                         QIODevice *device, QString *error)
{
    const Framework &framework = store.framework();
    QJsonArray indicators;
    for (const Indicator &i : store.indicators()) {
        const IndicatorFigures f = IndicatorMath::compute(IndicatorMath::inputFrom(i, today));
        QJsonArray observations, targets, benchmarks;
        for (const Observation &o : i.observations) {
            observations.append(QJsonObject{{QStringLiteral("period"), o.period},
                                            {QStringLiteral("value"), o.value},
                                            {QStringLiteral("source"), o.source},
                                            {QStringLiteral("note"), o.note}});
        }
        for (const IndicatorTarget &t : i.targets) {
            targets.append(QJsonObject{{QStringLiteral("period"), t.period},
                                       {QStringLiteral("value"), t.value},
                                       {QStringLiteral("note"), t.note}});
        }
        for (int b = 0; b < i.benchmarks.size(); ++b) {
            const Benchmark &bm = i.benchmarks.at(b);
            QJsonObject item{{QStringLiteral("label"), bm.label},
                             {QStringLiteral("period"), bm.period},
                             {QStringLiteral("value"), bm.value},
                             {QStringLiteral("source"), bm.source},
                             {QStringLiteral("note"), bm.note}};
            // The latest value against the benchmark, when there is a latest value.
            if (b < f.gaps.size()) {
                const BenchmarkGap &gap = f.gaps.at(b);
                item.insert(QStringLiteral("ratio"), jsonNumber(gap.ratio));
                item.insert(QStringLiteral("difference"), gap.difference);
                item.insert(QStringLiteral("ahead"), gap.ahead);
            }
            benchmarks.append(item);
        }
        indicators.append(QJsonObject{
            {QStringLiteral("code"), i.code},
            {QStringLiteral("name_zh"), i.nameZh},
            {QStringLiteral("name_en"), i.nameEn},
            {QStringLiteral("unit_zh"), i.unitZh},
            {QStringLiteral("unit_en"), i.unitEn},
            {QStringLiteral("direction"),
             i.higherIsBetter ? QStringLiteral("higher") : QStringLiteral("lower")},
            {QStringLiteral("level"), i.level},
            {QStringLiteral("goals"),
             QJsonArray::fromStringList(goalCodes(framework, i.goalUuids))},
            {QStringLiteral("observations"), observations},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("benchmarks"), benchmarks},
            {QStringLiteral("baseline"), jsonPoint(f.baseline)},
            {QStringLiteral("latest"), jsonPoint(f.latest)},
            {QStringLiteral("change"), jsonNumber(f.change)},
            {QStringLiteral("relative_change"), jsonNumber(f.relativeChange)},
            {QStringLiteral("target"), jsonPoint(f.target)},
            {QStringLiteral("progress"), jsonNumber(f.progress)},
            {QStringLiteral("expected_progress"), jsonNumber(f.expectedProgress)},
            {QStringLiteral("target_reached"), f.targetReached},
            {QStringLiteral("status"), statusCode(f.status)},
            {QStringLiteral("status_text"), IndicatorMath::statusName(f.status)},
            {QStringLiteral("status_reason"), f.statusReason},
        });
    }
    QJsonObject root = envelope(store);
    root.insert(QStringLiteral("indicators"), indicators);
    return writeDocument(root, device, error);
}
