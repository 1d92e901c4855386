#include "SchemaCheck.h"

#include "Schema.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <sqlite3.h>

namespace {

struct MasterRow
{
    QString type;
    QString name;
    QString table;
    QString sql;
    bool operator==(const MasterRow &o) const
    {
        return type == o.type && name == o.name && table == o.table && sql == o.sql;
    }
};

using Master = QList<MasterRow>;

const char *const masterQuery = "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
                                " WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name";

Master referenceMaster(int version)
{
    static QMutex mutex;
    static QHash<int, Master> cache;
    QMutexLocker lock(&mutex);
    if (cache.contains(version))
        return cache.value(version);
    Master master;
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        for (int v = 1; v <= version; ++v) {
            for (const QString &statement : Schema::migration(v))
                sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr);
        }
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, masterQuery, -1, &stmt, nullptr) == SQLITE_OK) {
            auto text = [stmt](int i) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
            };
            while (sqlite3_step(stmt) == SQLITE_ROW)
                master.append({text(0), text(1), text(2), text(3)});
            sqlite3_finalize(stmt);
        }
    }
    sqlite3_close(db);
    cache.insert(version, master);
    return master;
}

Master fileMaster(QSqlDatabase db, bool *ok)
{
    Master master;
    QSqlQuery q(db);
    *ok = q.exec(QString::fromLatin1(masterQuery));
    while (q.next())
        master.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    return master;
}

sqlite3 *handleOf(QSqlDatabase db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace

QString SchemaCheck::compare(QSqlDatabase db, int version)
{
    bool ok = false;
    const Master actual = fileMaster(db, &ok);
    if (!ok)
        return tr("its schema cannot be read");
    const Master expected = referenceMaster(version);
    if (actual == expected)
        return QString();

    QHash<QString, MasterRow> expectedByName;
    for (const MasterRow &r : expected)
        expectedByName.insert(r.name, r);
    QStringList problems;
    QSet<QString> seen;
    for (const MasterRow &r : actual) {
        seen.insert(r.name);
        const auto it = expectedByName.constFind(r.name);
        if (it == expectedByName.constEnd())
            problems << tr("unexpected %1 \"%2\"").arg(r.type, r.name);
        else if (it->type != r.type)
            problems << tr("\"%1\" is a %2 where a %3 is expected").arg(r.name, r.type, it->type);
        else if (!(*it == r))
            problems << tr("the definition of %1 \"%2\" was changed").arg(r.type, r.name);
    }
    for (const MasterRow &r : expected) {
        if (!seen.contains(r.name))
            problems << tr("%1 \"%2\" is missing").arg(r.type, r.name);
    }
    return problems.join(QStringLiteral("; "));
}

QString SchemaCheck::knownTablesReadable(QSqlDatabase db)
{
    // What the read queries of this version use.
    const Master expected = referenceMaster(Schema::CurrentVersion);
    QSqlQuery q(db);
    for (const MasterRow &r : expected) {
        if (r.type != QLatin1String("table"))
            continue;
        q.prepare(QStringLiteral("SELECT type FROM sqlite_master WHERE name = ?"));
        q.addBindValue(r.name);
        if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("table"))
            return tr("table \"%1\" is missing").arg(r.name);
        // Every column we know must still be there (a newer version may add columns).
        sqlite3 *reference = nullptr;
        QStringList columns;
        if (sqlite3_open(":memory:", &reference) == SQLITE_OK) {
            sqlite3_exec(reference, r.sql.toUtf8().constData(), nullptr, nullptr, nullptr);
            sqlite3_stmt *stmt = nullptr;
            const QByteArray info = QStringLiteral("PRAGMA table_info(%1)").arg(r.name).toUtf8();
            if (sqlite3_prepare_v2(reference, info.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
                while (sqlite3_step(stmt) == SQLITE_ROW)
                    columns << QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
                sqlite3_finalize(stmt);
            }
        }
        sqlite3_close(reference);
        QSqlQuery cols(db);
        QStringList present;
        if (cols.exec(QStringLiteral("PRAGMA table_info(%1)").arg(r.name))) {
            while (cols.next())
                present << cols.value(1).toString();
        }
        for (const QString &c : columns) {
            if (!present.contains(c))
                return tr("column \"%1.%2\" is missing").arg(r.name, c);
        }
    }
    return QString();
}

sqlite3 *SchemaCheck::handle(QSqlDatabase db)
{
    return handleOf(db);
}

bool SchemaCheck::harden(QSqlDatabase db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return false;
    int enabled = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &enabled);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    q.exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    return enabled == 1;
}
