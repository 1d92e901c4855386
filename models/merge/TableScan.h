#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QHashFunctions>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

struct sqlite3;
struct sqlite3_stmt;

// Reads one table of a project file through the raw sqlite3 handle, in storage order
// (part of MergeEngine). QtSql costs a QVariant per value and a prepared query per row
// looked up; a score table has millions of values and a merge compares every row. Per row:
// its key, a digest of its content without the key and the bookkeeping columns (equal
// digests, equal rows) and, for the rows that differ, the whole row as QtSql reads it.
class TableScan
{
public:
    struct Digest
    {
        quint64 high = 0;
        quint64 low = 0;
        bool operator==(const Digest &o) const { return high == o.high && low == o.low; }
        bool operator!=(const Digest &o) const { return !(*this == o); }
    };

    TableScan(const QSqlDatabase &db, const QString &table);
    ~TableScan();
    TableScan(const TableScan &) = delete;
    TableScan &operator=(const TableScan &) = delete;

    QString error() const { return m_error; }
    const QStringList &columns() const { return m_columns; }
    bool next();
    // The current row's key: its UTF-8 bytes, valid until next() (no copy).
    QByteArray keyBytes() const;
    QString key() const;
    Digest digest();
    // Whether the current rows of this scan and `other` (of the same table) hold the same
    // values outside the key and bookkeeping columns; what equal digests say, without them.
    bool sameContent(const TableScan &other) const;
    QVariantMap row() const;

    // A column of `stmt`'s current row with the type QtSql gives it (so rows read here and
    // rows read through QSqlQuery compare and write back alike).
    static QVariant value(sqlite3_stmt *stmt, int column);
    static QVariantMap row(sqlite3_stmt *stmt, const QStringList &columns);
    // Bookkeeping columns: they differ whenever anything differs and are never a conflict.
    static bool isBookkeeping(const QString &column);

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    QStringList m_columns;
    int m_keyIndex = 0;
    QList<int> m_compared;
    QCryptographicHash m_hash{QCryptographicHash::Md5};
};

inline size_t qHash(const TableScan::Digest &d, size_t seed = 0) noexcept
{
    return qHashMulti(seed, d.high, d.low);
}
