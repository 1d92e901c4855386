#pragma once

#include "OpenError.h"

#include <QString>

// Reads the 100-byte SQLite header of a file without handing it to SQLite, so that
// foreign, truncated and newer files are refused before any of their content runs.
struct FileHeader
{
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    quint32 pageSize = 0;
    quint32 pageCount = 0; // 0 when the header's count is not known to be valid
    bool walMode = false;
    qint64 fileSize = 0;
};

class FileInspector
{
public:
    // Fills `header` and returns None, or returns the reason the file is refused.
    // A newer user_version is reported as NewerVersion with readOnlyPossible set.
    static OpenError inspect(const QString &path, FileHeader *header);
};
