#include "ChangeApplier.h"

#include "Rows.h"
#include "Schema.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QVariant logValue(const QVariant &v)
{
    return v.isNull() ? QVariant() : QVariant(v.toString());
}

QString rowJson(const QVariantMap &row)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

// Same value as far as SQLite is concerned: NULL only equals NULL; otherwise as text.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

} // namespace

ChangeApplier::ChangeApplier(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool ChangeApplier::apply(const RowChanges &changes, bool forward, const ChangeContext &context)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(tr("Could not start a transaction"), m_db.lastError().text());
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const int n = changes.size();
    for (int i = 0; i < n; ++i) {
        const RowChange &change = forward ? changes.at(i) : changes.at(n - 1 - i);
        if (!applyOne(forward ? change : change.reversed(), context, at)) {
            m_statements.clear(); // before the rollback: no statement may stay open
            return false;
        }
    }
    m_statements.clear();
    if (!transaction.commit())
        return fail(tr("Could not save the change"), m_db.lastError().text());
    return true;
}

bool ChangeApplier::applyOne(const RowChange &change, const ChangeContext &context,
                             const QString &at)
{
    if (!Schema::isEditableTable(change.table))
        return fail(tr("Internal error"), QStringLiteral("table %1").arg(change.table));
    const QString keyColumn = Schema::keyColumn(change.table);

    if (change.isInsert()) {
        QStringList columns, marks;
        for (auto it = change.after.cbegin(); it != change.after.cend(); ++it) {
            columns << it.key();
            marks << QStringLiteral("?");
        }
        QSqlQuery &q = statement(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(change.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        for (const QVariant &v : change.after)
            q.addBindValue(Rows::sqlValue(v));
        if (!q.exec())
            return fail(tr("Could not add a row to %1").arg(change.table), q.lastError().text());
        return log(context, at, QStringLiteral("insert"), change, QString(), QVariant(),
                   rowJson(change.after));
    }

    if (change.isDelete()) {
        QSqlQuery &q =
            statement(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(change.table, keyColumn));
        q.addBindValue(change.key);
        if (!q.exec())
            return fail(tr("Could not delete a row from %1").arg(change.table),
                        q.lastError().text());
        if (q.numRowsAffected() != 1)
            return fail(tr("The project changed underneath this edit"),
                        QStringLiteral("%1 %2 not found").arg(change.table, change.key));
        return log(context, at, QStringLiteral("delete"), change, QString(), rowJson(change.before),
                   QVariant());
    }

    QStringList assignments;
    QVariantList values;
    QStringList fields;
    for (auto it = change.after.cbegin(); it != change.after.cend(); ++it) {
        if (it.key() == keyColumn || sameValue(change.before.value(it.key()), it.value()))
            continue;
        assignments << QStringLiteral("%1 = ?").arg(it.key());
        values << it.value();
        fields << it.key();
    }
    if (assignments.isEmpty())
        return true;
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                      .arg(change.table, assignments.join(QStringLiteral(", ")), keyColumn));
    for (const QVariant &v : values)
        q.addBindValue(Rows::sqlValue(v));
    q.addBindValue(change.key);
    if (!q.exec())
        return fail(tr("Could not change a row of %1").arg(change.table), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("The project changed underneath this edit"),
                    QStringLiteral("%1 %2 not found").arg(change.table, change.key));
    for (const QString &field : fields) {
        if (field == QLatin1String("modified") || field == QLatin1String("modified_by"))
            continue; // bookkeeping, already implied by the log row's own time and actor
        if (!log(context, at, QStringLiteral("update"), change, field,
                 logValue(change.before.value(field)), logValue(change.after.value(field))))
            return false;
    }
    return true;
}

bool ChangeApplier::log(const ChangeContext &context, const QString &at, const QString &action,
                        const RowChange &change, const QString &field, const QVariant &oldValue,
                        const QVariant &newValue)
{
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO change_log (at, actor_uuid, actor_name, command, action, entity, entity_uuid,"
        " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Through sqlValue: an edit made without an evaluator (project creation) has a null
    // actor, which must be '' in these NOT NULL columns rather than fail the edit.
    const QVariantList values{at,
                              context.actorUuid,
                              context.actorName,
                              context.command,
                              action,
                              change.table,
                              change.key,
                              field.isEmpty() ? QVariant() : QVariant(field),
                              oldValue,
                              newValue};
    for (const QVariant &v : values)
        q.addBindValue(Rows::sqlValue(v));
    if (!q.exec())
        return fail(tr("Could not write the change log"), q.lastError().text());
    return true;
}

QSqlQuery &ChangeApplier::statement(const QString &sql)
{
    // Prepared once per apply: a merge or an import writes tens of thousands of rows with
    // a handful of distinct statements.
    std::shared_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        q->prepare(sql);
    }
    return *q;
}

bool ChangeApplier::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
    return false;
}
