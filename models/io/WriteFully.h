#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QSaveFile>

// Writes all of `bytes`, or returns false with the reason in device->errorString(). A file
// that fills up (a full disk, a file size limit) first takes part of a write and reports no
// error; only writing the rest makes the device say why ("No space left on device"). So a
// short write is continued until everything is written or the device refuses outright.
inline bool writeFully(QIODevice *device, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = device->write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Commits `file` only if everything written reached it. Qt 6.4's QSaveFile::commit() writes
// out its buffer and ignores a failure to do so (fixed in later Qt), so on a full disk the
// last part of a file could be lost and the file still reported saved. Flushing first shows
// the failure, and flushing again after a partial write gives its reason, as in writeFully.
// The uncommitted temporary file is removed with the QSaveFile. On false,
// file->errorString() says why.
inline bool commitFully(QSaveFile *file)
{
    qint64 pending = file->bytesToWrite();
    while (!file->flush()) {
        if (file->bytesToWrite() >= pending)
            return false;
        pending = file->bytesToWrite();
    }
    return file->commit();
}
