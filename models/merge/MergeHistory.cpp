#include "MergeHistory.h"

#include "MergeEngine.h"

#include "TableScan.h"

#include "store/SchemaCheck.h"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <QFile>

#include <cstring>
#include <memory>
#include <string_view>

namespace {

// seq first; the values (old_value, new_value) are read only for rows to copy in.
const char *const logColumns = "seq, at, actor_uuid, actor_name, command, action, entity,"
                               " entity_uuid, field";

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

// The same few strings (field names, actors) on most rows: one QString each.
class Interned
{
public:
    QString get(sqlite3_stmt *stmt, int column)
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        const QByteArray bytes =
            QByteArray::fromRawData(data ? data : "", sqlite3_column_bytes(stmt, column));
        auto it = m_strings.constFind(bytes);
        if (it == m_strings.cend())
            it = m_strings.insert(QByteArray(bytes.constData(), bytes.size()),
                                  QString::fromUtf8(bytes));
        return *it;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql)
        : Statement(SchemaCheck::handle(db), sql)
    {}
    Statement(sqlite3 *handle, const QString &sql)
    {
        if (!handle || sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &m_stmt, nullptr) !=
                           SQLITE_OK) {
            m_error =
                handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("no handle");
            m_stmt = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    bool next()
    {
        if (!m_stmt)
            return false;
        const int result = sqlite3_step(m_stmt);
        if (result != SQLITE_ROW && result != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        return result == SQLITE_ROW;
    }
    QString error() const { return m_error; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace

namespace MergeHistory {

MergePlan::Change Stamp::change() const
{
    return {actor, QDateTime::fromString(at, Qt::ISODateWithMs), revision};
}

bool readLog(const QSqlDatabase &db, Side *side, QString *error)
{
    Statement q(
        db,
        QStringLiteral("SELECT %1 FROM change_log ORDER BY seq").arg(QLatin1String(logColumns)));
    Interned interned;
    QCryptographicHash hash(QCryptographicHash::Md5);
    const std::string_view marker(MergeEngine::logMarker);
    // Per item: the time of its latest edit and how many edits so far. The rows of one
    // edit (one per field) share its time.
    struct Revision
    {
        QString at;
        int count = 0;
    };
    QHash<QString, Revision> revisions;
    while (q.next()) {
        sqlite3_stmt *row = q.get();
        // A row's identity across copies of a file: when, by whom, what happened to which
        // field of which item. One apply writes one timestamp, and within it every row is
        // another field or item, so this identifies the edit without reading its values.
        hash.reset();
        for (int i : {1, 2, 5, 7, 8}) {
            if (sqlite3_column_type(row, i) == SQLITE_NULL) {
                hash.addData(QByteArrayView("\x01"));
            } else {
                hash.addData(
                    QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(row, i)),
                                   sqlite3_column_bytes(row, i)));
            }
            hash.addData(QByteArrayView("\x1f"));
        }
        LogEntry e;
        const QByteArrayView digest = hash.resultView();
        std::memcpy(&e.key.high, digest.data(), sizeof e.key.high);
        std::memcpy(&e.key.low, digest.data() + sizeof e.key.high, sizeof e.key.low);
        e.seq = sqlite3_column_int64(row, 0);
        e.entityUuid = text(row, 7);
        const QString action = interned.get(row, 5);
        e.field =
            action == QLatin1String("update") ? interned.get(row, 8) : QLatin1Char('*') + action;
        e.stamp = {interned.get(row, 3), text(row, 1)};
        Revision &revision = revisions[e.entityUuid];
        if (revision.count == 0 || revision.at != e.stamp.at) {
            revision.at = e.stamp.at;
            ++revision.count;
        }
        e.stamp.revision = revision.count;
        // Rows written by applying (or undoing) a merge are not that side's own changes:
        // they only carry the other side's values over (see MergeCommand).
        const auto *command = reinterpret_cast<const char *>(sqlite3_column_text(row, 4));
        e.ownChange =
            !command ||
            std::string_view(command, size_t(sqlite3_column_bytes(row, 4))).find(marker) ==
                std::string_view::npos;
        side->keys.insert(e.key);
        side->entries << e;
    }
    if (!q.error().isEmpty()) {
        *error = q.error();
        return false;
    }
    return true;
}

QList<qint64> collectChanges(Side *side, const QSet<LogKey> &other)
{
    QList<qint64> unmatched;
    for (const LogEntry &e : std::as_const(side->entries)) {
        if (other.contains(e.key))
            continue;
        unmatched << e.seq;
        if (e.ownChange)
            side->changes[e.entityUuid].insert(e.field, e.stamp);
    }
    side->entries.clear();
    return unmatched;
}

bool readLogRows(const QString &path, const QList<qint64> &seqs, QList<QVariantMap> *rows,
                 QString *error)
{
    if (seqs.isEmpty())
        return true;
    sqlite3 *raw = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr);
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
    int defensive = 0;
    if (opened == SQLITE_OK) {
        sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive);
        sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_busy_timeout(raw, 5000);
    }
    if (opened != SQLITE_OK || defensive != 1) {
        *error = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QStringLiteral("out of memory");
        return false;
    }
    static const QStringList names{QStringLiteral("at"),          QStringLiteral("actor_uuid"),
                                   QStringLiteral("actor_name"),  QStringLiteral("command"),
                                   QStringLiteral("action"),      QStringLiteral("entity"),
                                   QStringLiteral("entity_uuid"), QStringLiteral("field"),
                                   QStringLiteral("old_value"),   QStringLiteral("new_value")};
    Statement q(raw, QStringLiteral("SELECT seq, %1 FROM change_log WHERE seq >= %2 ORDER BY seq")
                         .arg(names.join(QStringLiteral(", ")))
                         .arg(seqs.first()));
    int next = 0;
    while (next < seqs.size() && q.next()) {
        if (sqlite3_column_int64(q.get(), 0) != seqs.at(next))
            continue;
        ++next;
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i)
            row.insert(names.at(i), TableScan::value(q.get(), i + 1));
        *rows << row;
    }
    if (!q.error().isEmpty()) {
        *error = q.error();
        return false;
    }
    return true;
}

bool changedField(const ChangeSet &set, const QString &key, const QString &field,
                  MergePlan::Change *who)
{
    const auto it = set.constFind(key);
    if (it == set.cend())
        return false;
    for (const QString &f : {field, QStringLiteral("*insert")}) {
        const auto c = it->constFind(f);
        if (c != it->cend()) {
            if (who)
                *who = c->change();
            return true;
        }
    }
    return false;
}

bool changedAny(const ChangeSet &set, const QString &key, MergePlan::Change *who)
{
    const auto it = set.constFind(key);
    if (it == set.cend() || it->isEmpty())
        return false;
    if (who)
        *who = it->cbegin().value().change();
    return true;
}

} // namespace MergeHistory
