// The read side of implementation tracking: bottlenecks with their links, categories,
// indicators with their values, and the history of a record from the change log.
#include "ProjectStore.h"
#include "Rows.h"
#include "TrackingRows.h"
#include "domain/Vocabulary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QVariantMap recordOf(const QSqlQuery &q)
{
    QVariantMap row;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        row.insert(r.fieldName(i), q.value(i));
    return row;
}

// Link rows (owner uuid, other uuid) of one table, grouped by owner.
QHash<QString, QStringList> linksOf(const QSqlDatabase &db, const QString &table,
                                    const QString &ownerColumn, const QString &otherColumn,
                                    const QString &onlyOwner = QString())
{
    QHash<QString, QStringList> links;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1, %2 FROM %3").arg(ownerColumn, otherColumn, table);
    if (!onlyOwner.isEmpty())
        sql += QStringLiteral(" WHERE %1 = ?").arg(ownerColumn);
    q.prepare(sql + QStringLiteral(" ORDER BY rowid"));
    if (!onlyOwner.isEmpty())
        q.addBindValue(onlyOwner);
    if (q.exec()) {
        while (q.next())
            links[q.value(0).toString()] << q.value(1).toString();
    }
    return links;
}

} // namespace

QList<BottleneckCategory> ProjectStore::bottleneckCategories() const
{
    QList<BottleneckCategory> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT code, parent_code, name_zh, name_en, description_zh,"
                          " description_en, source, builtin, sort_order FROM bottleneck_category"
                          " ORDER BY sort_order, code"));
    while (q.next()) {
        BottleneckCategory c;
        c.code = q.value(0).toString();
        c.parentCode = q.value(1).toString();
        c.nameZh = q.value(2).toString();
        c.nameEn = q.value(3).toString();
        c.descriptionZh = q.value(4).toString();
        c.descriptionEn = q.value(5).toString();
        c.source = q.value(6).toString();
        c.builtin = q.value(7).toInt() != 0;
        c.sortOrder = q.value(8).toInt();
        result << c;
    }
    // Tree order: each top-level category followed by its children (sort_order of user
    // categories is only meaningful among siblings).
    QList<BottleneckCategory> ordered;
    for (const BottleneckCategory &top : std::as_const(result)) {
        if (!top.parentCode.isEmpty())
            continue;
        ordered << top;
        for (const BottleneckCategory &child : std::as_const(result)) {
            if (child.parentCode == top.code)
                ordered << child;
        }
        for (const BottleneckCategory &child : std::as_const(result)) {
            // grandchildren: user sub-categories of a built-in leaf
            if (!child.parentCode.isEmpty() && child.parentCode != top.code &&
                child.parentCode.startsWith(top.code))
                ordered << child;
        }
    }
    for (const BottleneckCategory &c : std::as_const(result)) {
        bool placed = false;
        for (const BottleneckCategory &o : std::as_const(ordered))
            placed = placed || o.code == c.code;
        if (!placed)
            ordered << c;
    }
    return ordered;
}

QList<Bottleneck> ProjectStore::bottlenecks() const
{
    const QSqlDatabase db = database();
    const QHash<QString, QStringList> goals =
        linksOf(db, QStringLiteral("bottleneck_goal"), QStringLiteral("bottleneck_uuid"),
                QStringLiteral("goal_uuid"));
    const QHash<QString, QStringList> policies =
        linksOf(db, QStringLiteral("bottleneck_policy"), QStringLiteral("bottleneck_uuid"),
                QStringLiteral("policy_uuid"));
    QList<Bottleneck> result;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Columns by position, not through a row map: the register loads thousands of these.
    q.exec(QStringLiteral("SELECT uuid, title, category_code, description, severity, status,"
                          " status_reason, owner, opened, target, closed, notes FROM bottleneck"
                          " ORDER BY opened, title"));
    QHash<QString, BottleneckStatus> statuses;
    for (const BottleneckStatus s : Vocabulary::statuses())
        statuses.insert(Vocabulary::statusCode(s), s);
    while (q.next()) {
        Bottleneck b;
        b.uuid = q.value(0).toString();
        b.title = q.value(1).toString();
        b.categoryCode = q.value(2).toString();
        b.description = q.value(3).toString();
        b.severity = q.value(4).toInt();
        b.status = statuses.value(q.value(5).toString(), BottleneckStatus::Open);
        b.statusReason = q.value(6).toString();
        b.owner = q.value(7).toString();
        b.opened = Rows::toDate(q.value(8));
        b.target = Rows::toDate(q.value(9));
        b.closed = Rows::toDate(q.value(10));
        b.notes = q.value(11).toString();
        b.goalUuids = goals.value(b.uuid);
        b.policyUuids = policies.value(b.uuid);
        result << b;
    }
    return result;
}

std::optional<Bottleneck> ProjectStore::bottleneck(const QString &uuid) const
{
    const QVariantMap r = row(QStringLiteral("bottleneck"), uuid);
    if (r.isEmpty())
        return std::nullopt;
    Bottleneck b = Rows::toBottleneck(r);
    const QSqlDatabase db = database();
    b.goalUuids = linksOf(db, QStringLiteral("bottleneck_goal"), QStringLiteral("bottleneck_uuid"),
                          QStringLiteral("goal_uuid"), uuid)
                      .value(uuid);
    b.policyUuids = linksOf(db, QStringLiteral("bottleneck_policy"),
                            QStringLiteral("bottleneck_uuid"), QStringLiteral("policy_uuid"), uuid)
                        .value(uuid);
    return b;
}

QList<Evidence> ProjectStore::bottleneckEvidence(const QString &bottleneckUuid) const
{
    QList<Evidence> result;
    for (const QVariantMap &r : rowsWhere(QStringLiteral("bottleneck_evidence"),
                                          QStringLiteral("bottleneck_uuid"), bottleneckUuid)) {
        QVariantMap asScoreEvidence = r;
        asScoreEvidence.insert(QStringLiteral("score_uuid"), QString());
        result << Rows::toEvidence(asScoreEvidence);
    }
    std::sort(result.begin(), result.end(),
              [](const Evidence &a, const Evidence &b) { return a.sortOrder < b.sortOrder; });
    return result;
}

QList<HistoryEntry> ProjectStore::history(const QString &uuid, const QStringList &childTables,
                                          const QString &parentColumn) const
{
    // Rows that belong to the record (links, evidence) are found through their logged
    // insert or delete, whose value is the whole row as JSON: that finds links that no
    // longer exist too. json_valid guards against a foreign file's malformed log.
    QStringList marks;
    for (int i = 0; i < childTables.size(); ++i)
        marks << QStringLiteral("?");
    const QString path = QStringLiteral("$.") + parentColumn;
    QString sql =
        QStringLiteral("SELECT at, actor_name, command, action, entity, field, old_value, new_value"
                       " FROM change_log WHERE entity_uuid = ?");
    if (!childTables.isEmpty())
        sql +=
            QStringLiteral(" OR entity_uuid IN (SELECT entity_uuid FROM change_log"
                           " WHERE entity IN (%1) AND action IN ('insert', 'delete') AND ? IN ("
                           " CASE WHEN json_valid(new_value) THEN json_extract(new_value, ?) END,"
                           " CASE WHEN json_valid(old_value) THEN json_extract(old_value, ?) END))")
                .arg(marks.join(QLatin1Char(',')));
    sql += QStringLiteral(" ORDER BY seq");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(uuid);
    if (!childTables.isEmpty()) {
        for (const QString &t : childTables)
            q.addBindValue(t);
        q.addBindValue(uuid);
        q.addBindValue(path);
        q.addBindValue(path);
    }
    QList<HistoryEntry> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        HistoryEntry e;
        e.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        e.actorName = q.value(1).toString();
        e.command = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        result << e;
    }
    return result;
}

QList<Indicator> ProjectStore::indicators() const
{
    return indicatorsWhere(QString());
}

std::optional<Indicator> ProjectStore::indicator(const QString &uuid) const
{
    const QList<Indicator> list = indicatorsWhere(uuid);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Indicator> ProjectStore::indicatorsWhere(const QString &uuid) const
{
    const QSqlDatabase db = database();
    QList<Indicator> result;
    QHash<QString, int> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto where = [&uuid](const char *column) {
        return uuid.isEmpty() ? QString()
                              : QStringLiteral(" WHERE %1 = ?").arg(QLatin1String(column));
    };
    q.prepare(
        QStringLiteral("SELECT * FROM indicator%1 ORDER BY sort_order, code").arg(where("uuid")));
    if (!uuid.isEmpty())
        q.addBindValue(uuid);
    if (!q.exec())
        return result;
    while (q.next()) {
        Indicator i = Rows::toIndicator(recordOf(q));
        index.insert(i.uuid, result.size());
        result << i;
    }
    auto children = [&](const QString &table, const QString &order, auto &&add) {
        QSqlQuery c(db);
        c.setForwardOnly(true);
        c.prepare(QStringLiteral("SELECT * FROM %1%2 ORDER BY %3")
                      .arg(table, where("indicator_uuid"), order));
        if (!uuid.isEmpty())
            c.addBindValue(uuid);
        if (!c.exec())
            return;
        while (c.next()) {
            const QVariantMap r = recordOf(c);
            const auto it = index.constFind(r.value(QStringLiteral("indicator_uuid")).toString());
            if (it != index.cend())
                add(result[*it], r);
        }
    };
    children(QStringLiteral("indicator_goal"), QStringLiteral("rowid"),
             [](Indicator &i, const QVariantMap &r) {
                 i.goalUuids << r.value(QStringLiteral("goal_uuid")).toString();
             });
    children(QStringLiteral("observation"), QStringLiteral("period, rowid"),
             [](Indicator &i, const QVariantMap &r) {
                 i.observations << Observation{r.value(QStringLiteral("uuid")).toString(),
                                               r.value(QStringLiteral("period")).toString(),
                                               r.value(QStringLiteral("value")).toDouble(),
                                               r.value(QStringLiteral("source")).toString(),
                                               r.value(QStringLiteral("note")).toString()};
             });
    children(QStringLiteral("target"), QStringLiteral("period, rowid"),
             [](Indicator &i, const QVariantMap &r) {
                 i.targets << IndicatorTarget{r.value(QStringLiteral("uuid")).toString(),
                                              r.value(QStringLiteral("period")).toString(),
                                              r.value(QStringLiteral("value")).toDouble(),
                                              r.value(QStringLiteral("note")).toString()};
             });
    children(QStringLiteral("benchmark"), QStringLiteral("label, period, rowid"),
             [](Indicator &i, const QVariantMap &r) {
                 i.benchmarks << Benchmark{r.value(QStringLiteral("uuid")).toString(),
                                           r.value(QStringLiteral("label")).toString(),
                                           r.value(QStringLiteral("period")).toString(),
                                           r.value(QStringLiteral("value")).toDouble(),
                                           r.value(QStringLiteral("source")).toString(),
                                           r.value(QStringLiteral("note")).toString()};
             });
    return result;
}
