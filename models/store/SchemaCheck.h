#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

struct sqlite3;

// Compares a project file's schema with the one this version's migrations produce, and
// hardens SQLite connections to project files from other people.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // Empty when sqlite_master of `db` equals the reference schema of `version` object
    // for object (type, name, table, SQL); otherwise what differs, for people.
    static QString compare(QSqlDatabase db, int version);
    // For files of a newer format opened read-only: the tables and columns this version
    // reads must exist as real tables. Empty when they do.
    static QString knownTablesReadable(QSqlDatabase db);
    // SQLITE_DBCONFIG_DEFENSIVE, trusted_schema=OFF, cell_size_check=ON.
    static bool harden(QSqlDatabase db);
    // The connection's sqlite3 handle, for the few bulk reads QtSql is too slow for.
    static sqlite3 *handle(QSqlDatabase db);
};
