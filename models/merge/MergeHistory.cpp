#include "MergeHistory.h"

#include "MergeEngine.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// A change-log row's identity across copies of a file: when, by whom, what happened to
// which field of which item. One apply writes one timestamp, and within it every row is
// another field or item, so this identifies the edit without reading its values.
QByteArray logKey(const QSqlQuery &q)
{
    QByteArray key;
    for (int i : {1, 2, 5, 7, 8}) {
        const QVariant v = q.value(i);
        key += v.isNull() ? QByteArray("\x01") : v.toString().toUtf8();
        key += '\x1f';
    }
    return QCryptographicHash::hash(key, QCryptographicHash::Md5);
}

// seq first; the values (old_value, new_value) are read only for rows to copy in.
const char *const logColumns = "seq, at, actor_uuid, actor_name, command, action, entity,"
                               " entity_uuid, field";

} // namespace

namespace MergeHistory {

bool readLog(const QSqlDatabase &db, Side *side, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM change_log ORDER BY seq")
                    .arg(QLatin1String(logColumns)))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        LogEntry e;
        e.key = logKey(q);
        e.seq = q.value(0).toLongLong();
        e.entityUuid = q.value(7).toString();
        const QString action = q.value(5).toString();
        e.field =
            action == QLatin1String("update") ? q.value(8).toString() : QLatin1Char('*') + action;
        e.change = {q.value(3).toString(),
                    QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
        // Rows written by applying (or undoing) a merge are not that side's own changes:
        // they only carry the other side's values over (see MergeCommand).
        e.ownChange = !q.value(4).toString().contains(QLatin1String(MergeEngine::logMarker));
        side->keys.insert(e.key);
        side->entries << e;
    }
    return true;
}

QList<qint64> collectChanges(Side *side, const QSet<QByteArray> &other)
{
    QList<qint64> unmatched;
    for (const LogEntry &e : std::as_const(side->entries)) {
        if (other.contains(e.key))
            continue;
        unmatched << e.seq;
        if (e.ownChange)
            side->changes[e.entityUuid].insert(e.field, e.change);
    }
    side->entries.clear();
    return unmatched;
}

bool readLogRows(const QSqlDatabase &db, const QList<qint64> &seqs, QList<QVariantMap> *rows,
                 QString *error)
{
    if (seqs.isEmpty())
        return true;
    static const QStringList names{QStringLiteral("at"),          QStringLiteral("actor_uuid"),
                                   QStringLiteral("actor_name"),  QStringLiteral("command"),
                                   QStringLiteral("action"),      QStringLiteral("entity"),
                                   QStringLiteral("entity_uuid"), QStringLiteral("field"),
                                   QStringLiteral("old_value"),   QStringLiteral("new_value")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, %1 FROM change_log WHERE seq >= ? ORDER BY seq")
                  .arg(names.join(QStringLiteral(", "))));
    q.addBindValue(seqs.first());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    int next = 0;
    while (q.next() && next < seqs.size()) {
        if (q.value(0).toLongLong() != seqs.at(next))
            continue;
        ++next;
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i)
            row.insert(names.at(i), q.value(i + 1));
        *rows << row;
    }
    return true;
}

bool changedField(const ChangeSet &set, const QString &key, const QString &field,
                  MergePlan::Change *who)
{
    const auto it = set.constFind(key);
    if (it == set.cend())
        return false;
    for (const QString &f : {field, QStringLiteral("*insert")}) {
        const auto c = it->constFind(f);
        if (c != it->cend()) {
            if (who)
                *who = *c;
            return true;
        }
    }
    return false;
}

bool changedAny(const ChangeSet &set, const QString &key, MergePlan::Change *who)
{
    const auto it = set.constFind(key);
    if (it == set.cend() || it->isEmpty())
        return false;
    if (who)
        *who = it->cbegin().value();
    return true;
}

} // namespace MergeHistory
