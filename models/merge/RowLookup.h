#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

struct sqlite3_stmt;

// One row by key, through a statement prepared once (part of MergeEngine).
class RowLookup
{
public:
    RowLookup(const QSqlDatabase &db, const QString &table);
    ~RowLookup();
    RowLookup(const RowLookup &) = delete;
    RowLookup &operator=(const RowLookup &) = delete;

    // Empty when there is no such row (or on an error: see error()).
    QVariantMap row(const QString &key);
    QString error() const { return m_error; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QStringList m_columns;
    QString m_error;
};
