// Change-log rows brought in by a merge (see MergeCommand).
#include "ProjectStore.h"
#include "Rows.h"
#include "SchemaCheck.h"
#include "Transaction.h"

#include <sqlite3.h>

#include <memory>

#include <QSqlError>
#include <QSqlQuery>

namespace {

// A value bound as QtSql binds it (text, integer, real, blob or NULL).
int bindValue(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(stmt, index, bytes.constData(), int(bytes.size()),
                                 SQLITE_TRANSIENT);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

bool ProjectStore::appendLog(const QList<QVariantMap> &rows, qint64 *first, qint64 *last,
                             QString *error)
{
    *first = *last = 0;
    if (rows.isEmpty())
        return true;
    const QSqlDatabase db = database();
    sqlite3 *handle = SchemaCheck::handle(db);
    if (!handle) {
        *error = QStringLiteral("no database handle");
        return false;
    }
    Transaction transaction(db);
    static const QStringList columns{QStringLiteral("at"),          QStringLiteral("actor_uuid"),
                                     QStringLiteral("actor_name"),  QStringLiteral("command"),
                                     QStringLiteral("action"),      QStringLiteral("entity"),
                                     QStringLiteral("entity_uuid"), QStringLiteral("field"),
                                     QStringLiteral("old_value"),   QStringLiteral("new_value")};
    // A merge brings in every change-log row of theirs since the shared state (a hundred
    // thousand after a big scoring round): through the raw handle, not a QVariant per value.
    const QByteArray sql =
        QStringLiteral("INSERT INTO change_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(columns.join(QStringLiteral(", ")))
            .toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), -1, &raw, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> insert(raw, &sqlite3_finalize);
    for (const QVariantMap &row : rows) {
        int result = SQLITE_OK;
        for (int i = 0; i < columns.size() && result == SQLITE_OK; ++i) {
            const QString &c = columns.at(i);
            const QVariant v = row.value(c);
            // field, old_value and new_value may be NULL; the rest are NOT NULL text.
            result = bindValue(insert.get(), i + 1,
                               c == QLatin1String("field") || c.endsWith(QLatin1String("_value"))
                                   ? v
                                   : Rows::sqlValue(v.isNull() ? QVariant(QString()) : v));
        }
        if (result == SQLITE_OK)
            result = sqlite3_step(insert.get());
        if (result != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            return false;
        }
        sqlite3_reset(insert.get());
        const qint64 seq = sqlite3_last_insert_rowid(handle);
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
