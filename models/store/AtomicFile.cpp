#include "AtomicFile.h"

#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

bool replaceFileAtomically(const QString &finishedTemp, const QString &target, QString *error)
{
    const QByteArray from = QFile::encodeName(finishedTemp);
    const QByteArray to = QFile::encodeName(target);
    const int fd = ::open(from.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    if (::rename(from.constData(), to.constData()) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}
