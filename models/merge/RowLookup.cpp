#include "RowLookup.h"

#include "TableScan.h"

#include "store/Schema.h"
#include "store/SchemaCheck.h"

#include <sqlite3.h>

RowLookup::RowLookup(const QSqlDatabase &db, const QString &table)
{
    sqlite3 *handle = SchemaCheck::handle(db);
    const QByteArray sql = QStringLiteral("SELECT * FROM %1 WHERE %2 = ?")
                               .arg(table, Schema::keyColumn(table))
                               .toUtf8();
    if (!handle || sqlite3_prepare_v2(handle, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no handle");
        m_stmt = nullptr;
        return;
    }
    for (int i = 0; i < sqlite3_column_count(m_stmt); ++i)
        m_columns << QString::fromUtf8(sqlite3_column_name(m_stmt, i));
}

RowLookup::~RowLookup()
{
    sqlite3_finalize(m_stmt);
}

QVariantMap RowLookup::row(const QString &key)
{
    if (!m_stmt)
        return {};
    const QByteArray utf8 = key.toUtf8();
    QVariantMap row;
    int result = sqlite3_bind_text(m_stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    if (result == SQLITE_OK)
        result = sqlite3_step(m_stmt);
    if (result == SQLITE_ROW)
        row = TableScan::row(m_stmt, m_columns);
    else if (result != SQLITE_DONE && m_error.isEmpty())
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return row;
}
