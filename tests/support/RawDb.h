#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

// Test support. A plain SQLite connection of its own, as a user's sqlite3 shell would open the
// file: no hardening, foreign keys off. Used to damage copies of project files and to read them.
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("tst-raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
        if (!m_ok)
            m_error = db.lastError().text();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_ok; }
    QString error() const { return m_error; }

    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        m_error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    bool execAll(const QStringList &statements)
    {
        for (const QString &s : statements) {
            if (!exec(s))
                return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        m_error = sql + QStringLiteral(": ") + q.lastError().text();
        return {};
    }
    // Every row of `sql`, its columns joined with '|'.
    QStringList rows(const QString &sql)
    {
        QStringList result;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            m_error = sql + QStringLiteral(": ") + q.lastError().text();
            return {QStringLiteral("<error>")};
        }
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            result << columns.join(QLatin1Char('|'));
        }
        return result;
    }
    QStringList schema()
    {
        return rows(
            QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
                           " ORDER BY name"));
    }
    // Every row of every table, with SQLite's own rendering of values and their types
    // (quote()), so "3", 3 and 3.0 differ.
    QStringList content()
    {
        QStringList result;
        const QStringList tables = rows(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const QString &table : tables) {
            QStringList quoted;
            for (const QString &column :
                 rows(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
                quoted << QStringLiteral("quote(\"%1\")").arg(column);
            const QStringList tableRows = rows(QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY 1")
                                                   .arg(quoted.join(QStringLiteral(", ")), table));
            for (const QString &row : tableRows)
                result << table + QStringLiteral(": ") + row;
        }
        return result;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
    QString m_error;
};
