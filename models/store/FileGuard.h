#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

class QLockFile;

// Keeps a project file opened for editing from being overwritten behind anyone's back.
// The instance lock ("<file>.lock", QLockFile) says another copy of the application is
// editing the file; a lock left by a process that no longer runs (a crash, a kill) is taken
// over. Change detection remembers which file was opened (device and inode) and SQLite's
// data_version of our connection, and checkBeforeWrite() refuses a write once another
// program has committed to the file or put another file in its place: writing then would
// mix our change into a file we have not read, or into a deleted one.
class FileGuard
{
    Q_DECLARE_TR_FUNCTIONS(FileGuard)

public:
    // Who holds a lock, as QLockFile recorded it.
    struct Holder
    {
        qint64 pid = 0;
        QString hostname;
        QString application;
    };

    // What the path pointed to when last looked at. Size and modification time are kept for
    // diagnostics only, not compared: writes through our own connection that bypass apply()
    // (the generator, merged history) change them too, and an in-place rewrite by another
    // program changes SQLite's change counter, which data_version already reports.
    struct Identity
    {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 modifiedNs = 0;

        bool isSameFile(const Identity &other) const
        {
            return exists && other.exists && device == other.device && inode == other.inode;
        }
    };

    enum class LockResult
    {
        Acquired,
        HeldByOther, // a live process holds it; see holder
        Failed,      // the lock file cannot be created; see error
    };

    explicit FileGuard(const QString &projectPath);
    ~FileGuard(); // releases the lock
    FileGuard(const FileGuard &) = delete;
    FileGuard &operator=(const FileGuard &) = delete;

    static QString lockPathFor(const QString &projectPath);
    // The live process holding the lock of `projectPath`, if any. A stale lock is removed
    // on the way, as taking the lock would.
    static std::optional<Holder> liveHolder(const QString &projectPath);
    // "policy-workbench, process 1234 on host", for messages.
    static QString describe(const Holder &holder);
    static Identity identityOf(const QString &path);

    LockResult lock(Holder *holder, QString *error);
    bool isLocked() const;
    void unlock();

    // At open, once the connection is ready: which file and which data_version we read.
    void remember(qint64 dataVersion);
    // After our own commit. Our commits do not change our connection's data_version, so the
    // remembered one stays: a commit by another program that slipped in between the check
    // and our transaction is then still caught by the next check.
    void wrote();
    // Empty when writing is safe; otherwise why not, for the user. `dataVersion` < 0 (could
    // not be read) skips that comparison: the write itself will then report the problem.
    QString checkBeforeWrite(qint64 dataVersion) const;

    Identity identity() const { return m_identity; }
    qint64 dataVersion() const { return m_dataVersion; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    Identity m_identity;
    qint64 m_dataVersion = -1;
};
