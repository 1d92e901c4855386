#pragma once

#include "MergePlan.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

// What each of two files changed since they last shared a state, read from their change
// logs: a log row in both files is shared history; a row in one file only is that side's
// change. (Part of MergeEngine.)
namespace MergeHistory {

// Who changed something and when, as the log holds it: the time is read (a QDateTime
// parsed) only for the few changes shown to the user.
struct Stamp
{
    QString actor;
    QString at;
    int revision = 0;
    MergePlan::Change change() const;
};

// What one side changed since the shared state: per entity, the fields updated, plus
// "*insert" and "*delete" for whole rows, with who and when (the latest).
using ChangeSet = QHash<QString, QHash<QString, Stamp>>;

// A change-log row's identity across copies of a file (a digest, see readLog).
struct LogKey
{
    quint64 high = 0;
    quint64 low = 0;
    bool operator==(const LogKey &o) const { return high == o.high && low == o.low; }
};
inline size_t qHash(const LogKey &k, size_t seed = 0) noexcept
{
    return qHashMulti(seed, k.high, k.low);
}

struct LogEntry
{
    LogKey key;
    qint64 seq = 0;
    QString entityUuid;
    QString field; // update: the field; else "*insert" / "*delete"
    Stamp stamp;
    bool ownChange = true; // false for rows a merge wrote
};

struct Side
{
    QSet<LogKey> keys;
    QList<LogEntry> entries;
    ChangeSet changes;
};

bool readLog(const QSqlDatabase &db, Side *side, QString *error);
// That side's changes since the split (into side->changes); returns the seqs of its rows
// the other side does not have.
QList<qint64> collectChanges(Side *side, const QSet<LogKey> &other);
// The full rows of `seqs` (ascending), to copy into the other file's log.
// Reads on a connection of its own (so on a thread of its own too): QtSql opens its
// connections for one thread at a time. Opened read-only and hardened like every project
// connection; the file itself has passed the open checks on the store's connection.
bool readLogRows(const QString &path, const QList<qint64> &seqs, QList<QVariantMap> *rows,
                 QString *error);
// Whether `key`'s `field` (or the whole row, by an insert) changed; who did it last.
bool changedField(const ChangeSet &set, const QString &key, const QString &field,
                  MergePlan::Change *who = nullptr);
bool changedAny(const ChangeSet &set, const QString &key, MergePlan::Change *who = nullptr);

} // namespace MergeHistory
