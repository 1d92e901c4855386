#include "FileInspector.h"

#include "Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace {

quint32 be32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}

} // namespace

OpenError FileInspector::inspect(const QString &path, FileHeader *header)
{
    QFile file(path);
    if (!file.exists())
        return OpenError::make(OpenError::NotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        return OpenError::make(OpenError::Unreadable, path, file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return OpenError::make(OpenError::Empty, path);
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic))
        return OpenError::make(OpenError::NotSqlite, path);
    if (bytes.size() < 100)
        return OpenError::make(OpenError::Truncated, path);

    const auto *h = reinterpret_cast<const uchar *>(bytes.constData());
    FileHeader info;
    info.fileSize = size;
    const quint32 rawPageSize = qFromBigEndian<quint16>(h + 16);
    info.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool pageSizeValid = info.pageSize >= 512 && info.pageSize <= 65536 &&
                               (info.pageSize & (info.pageSize - 1)) == 0;
    if (!pageSizeValid)
        return OpenError::make(OpenError::Corrupted, path, OpenError::tr("invalid page size"));
    info.walMode = h[18] == 2 || h[19] == 2;
    // The in-header page count is valid when "version-valid-for" equals the change counter.
    if (be32(h + 92) == be32(h + 24))
        info.pageCount = be32(h + 28);
    info.userVersion = static_cast<qint32>(be32(h + 60));
    info.applicationId = be32(h + 68);

    // A commit cut short (a crash, a kill) can leave page 1 written ahead of the pages that
    // grow the file. Its journal is then still there, and SQLite rolls the file back from it
    // on opening (quick_check follows): not a truncated file.
    const bool journal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (size % info.pageSize != 0 ||
        (!journal && info.pageCount > 0 && size < qint64(info.pageCount) * info.pageSize))
        return OpenError::make(OpenError::Truncated, path);
    if (info.applicationId != Schema::ApplicationId || info.userVersion <= 0)
        return OpenError::make(OpenError::NotAProject, path);
    if (header)
        *header = info;
    if (info.userVersion > Schema::CurrentVersion) {
        OpenError e =
            OpenError::make(OpenError::NewerVersion, path, QString::number(info.userVersion));
        e.readOnlyPossible = true;
        return e;
    }
    return {};
}
