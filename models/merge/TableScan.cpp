#include "TableScan.h"

#include "store/Schema.h"
#include "store/SchemaCheck.h"

#include <sqlite3.h>

#include <cstring>

TableScan::TableScan(const QSqlDatabase &db, const QString &table)
{
    sqlite3 *handle = SchemaCheck::handle(db);
    const QByteArray sql = QStringLiteral("SELECT * FROM %1").arg(table).toUtf8();
    if (!handle || sqlite3_prepare_v2(handle, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no handle");
        return;
    }
    const QString key = Schema::keyColumn(table);
    for (int i = 0; i < sqlite3_column_count(m_stmt); ++i) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
        m_columns << name;
        if (name == key)
            m_keyIndex = i;
        else if (!isBookkeeping(name))
            m_compared << i;
    }
}

TableScan::~TableScan()
{
    sqlite3_finalize(m_stmt);
}

bool TableScan::next()
{
    if (!m_stmt)
        return false;
    const int result = sqlite3_step(m_stmt);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return false;
}

QByteArray TableScan::keyBytes() const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, m_keyIndex));
    return QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(m_stmt, m_keyIndex));
}

QString TableScan::key() const
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, m_keyIndex)),
        sqlite3_column_bytes(m_stmt, m_keyIndex));
}

TableScan::Digest TableScan::digest()
{
    // Each value with its length (-1 for NULL) before it: no value can pass for another.
    m_hash.reset();
    for (const int i : std::as_const(m_compared)) {
        const bool null = sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
        const auto *text =
            null ? nullptr : reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        const qint32 size = null ? -1 : sqlite3_column_bytes(m_stmt, i);
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        if (size > 0)
            m_hash.addData(QByteArrayView(text, size));
    }
    const QByteArrayView result = m_hash.resultView();
    Digest d;
    std::memcpy(&d.high, result.data(), sizeof d.high);
    std::memcpy(&d.low, result.data() + sizeof d.high, sizeof d.low);
    return d;
}

bool TableScan::sameContent(const TableScan &other) const
{
    for (const int i : std::as_const(m_compared)) {
        const bool null = sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
        if (null || sqlite3_column_type(other.m_stmt, i) == SQLITE_NULL) {
            if (null != (sqlite3_column_type(other.m_stmt, i) == SQLITE_NULL))
                return false;
            continue;
        }
        const auto *a = sqlite3_column_text(m_stmt, i);
        const auto *b = sqlite3_column_text(other.m_stmt, i);
        const int size = sqlite3_column_bytes(m_stmt, i);
        if (size != sqlite3_column_bytes(other.m_stmt, i) || std::memcmp(a, b, size_t(size)) != 0)
            return false;
    }
    return true;
}

QVariantMap TableScan::row() const
{
    return row(m_stmt, m_columns);
}

QVariant TableScan::value(sqlite3_stmt *stmt, int column)
{
    // As Qt's QSQLITE driver converts (qsql_sqlite.cpp, fetchNext), with the default
    // precision policy.
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, column)),
                                   sqlite3_column_bytes(stmt, column)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QVariant(QString(static_cast<const QChar *>(sqlite3_column_text16(stmt, column)),
                                sqlite3_column_bytes16(stmt, column) / int(sizeof(QChar))));
    }
}

QVariantMap TableScan::row(sqlite3_stmt *stmt, const QStringList &columns)
{
    QVariantMap row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), value(stmt, i));
    return row;
}

bool TableScan::isBookkeeping(const QString &column)
{
    return column == QLatin1String("modified") || column == QLatin1String("modified_by") ||
           column == QLatin1String("created");
}
