#include "FileGuard.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <sys/stat.h>

FileGuard::FileGuard(const QString &projectPath)
    : m_path(QFileInfo(projectPath).absoluteFilePath())
{}

FileGuard::~FileGuard() = default;

QString FileGuard::lockPathFor(const QString &projectPath)
{
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<FileGuard::Holder> FileGuard::liveHolder(const QString &projectPath)
{
    const QString lockPath = lockPathFor(projectPath);
    if (!QFileInfo::exists(lockPath))
        return std::nullopt;
    QLockFile probe(lockPath);
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return std::nullopt;
    }
    Holder holder;
    if (probe.error() != QLockFile::LockFailedError ||
        !probe.getLockInfo(&holder.pid, &holder.hostname, &holder.application))
        return std::nullopt;
    return holder;
}

QString FileGuard::describe(const Holder &holder)
{
    return tr("%1, process %2 on %3")
        .arg(holder.application.isEmpty() ? tr("an unknown program") : holder.application)
        .arg(holder.pid)
        .arg(holder.hostname.isEmpty() ? tr("this computer") : holder.hostname);
}

FileGuard::Identity FileGuard::identityOf(const QString &path)
{
    Identity identity;
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return identity;
    identity.exists = true;
    identity.device = quint64(st.st_dev);
    identity.inode = quint64(st.st_ino);
    identity.size = qint64(st.st_size);
#ifdef Q_OS_MACOS
    identity.modifiedNs = qint64(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    identity.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
    return identity;
}

FileGuard::LockResult FileGuard::lock(Holder *holder, QString *error)
{
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
        // Only a holder that no longer runs makes a lock stale, however old it is: a project
        // stays open for days.
        m_lock->setStaleLockTime(0);
    }
    if (m_lock->isLocked() || m_lock->tryLock(0))
        return LockResult::Acquired;
    if (m_lock->error() == QLockFile::LockFailedError) {
        Holder h;
        if (m_lock->getLockInfo(&h.pid, &h.hostname, &h.application)) {
            if (holder)
                *holder = h;
            return LockResult::HeldByOther;
        }
        // The holder let go between the attempt and the look at the file: try once more.
        if (m_lock->tryLock(0))
            return LockResult::Acquired;
    }
    if (error)
        *error = m_lock->error() == QLockFile::PermissionError
                     ? tr("no permission to create the lock file \"%1\"")
                           .arg(QFileInfo(lockPathFor(m_path)).fileName())
                     : tr("the lock file \"%1\" cannot be created")
                           .arg(QFileInfo(lockPathFor(m_path)).fileName());
    return LockResult::Failed;
}

bool FileGuard::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

void FileGuard::unlock()
{
    if (m_lock)
        m_lock->unlock();
}

void FileGuard::remember(qint64 dataVersion)
{
    m_identity = identityOf(m_path);
    m_dataVersion = dataVersion;
}

void FileGuard::wrote()
{
    const Identity now = identityOf(m_path);
    if (now.isSameFile(m_identity))
        m_identity = now;
}

QString FileGuard::checkBeforeWrite(qint64 dataVersion) const
{
    const QString name = QFileInfo(m_path).fileName();
    const Identity now = identityOf(m_path);
    if (!now.exists)
        return tr("\"%1\" was moved or deleted by another program since it was opened; your "
                  "change was not written. Open the file again from where it is now.")
            .arg(name);
    const bool otherCommit = dataVersion >= 0 && m_dataVersion >= 0 && dataVersion != m_dataVersion;
    if (!now.isSameFile(m_identity) || otherCommit)
        return tr("\"%1\" was changed by another program since it was opened; your change was "
                  "not written. Reopen the file to see the other program's changes.")
            .arg(name);
    return {};
}
