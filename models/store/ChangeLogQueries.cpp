// Change-log rows brought in by a merge (see MergeCommand).
#include "ProjectStore.h"
#include "Rows.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

bool ProjectStore::appendLog(const QList<QVariantMap> &rows, qint64 *first, qint64 *last,
                             QString *error)
{
    *first = *last = 0;
    if (rows.isEmpty())
        return true;
    const QSqlDatabase db = database();
    Transaction transaction(db);
    QSqlQuery q(db);
    static const QStringList columns{QStringLiteral("at"),          QStringLiteral("actor_uuid"),
                                     QStringLiteral("actor_name"),  QStringLiteral("command"),
                                     QStringLiteral("action"),      QStringLiteral("entity"),
                                     QStringLiteral("entity_uuid"), QStringLiteral("field"),
                                     QStringLiteral("old_value"),   QStringLiteral("new_value")};
    q.prepare(QStringLiteral("INSERT INTO change_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(columns.join(QStringLiteral(", "))));
    for (const QVariantMap &row : rows) {
        for (const QString &c : columns) {
            const QVariant v = row.value(c);
            // field, old_value and new_value may be NULL; the rest are NOT NULL text.
            q.addBindValue(c == QLatin1String("field") || c.endsWith(QLatin1String("_value"))
                               ? v
                               : Rows::sqlValue(v.isNull() ? QVariant(QString()) : v));
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        const qint64 seq = q.lastInsertId().toLongLong();
        if (*first == 0)
            *first = seq;
        *last = seq;
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool ProjectStore::removeLog(qint64 first, qint64 last, QString *error)
{
    if (first <= 0)
        return true;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM change_log WHERE seq BETWEEN ? AND ?"));
    q.addBindValue(first);
    q.addBindValue(last);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
