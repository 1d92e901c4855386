#pragma once

#include <QByteArray>
#include <QStringList>

// Runs the real policy-workbench binary as a user would from a shell: offscreen, in a
// UTF-8 C locale, with its own settings folder under `home`.
struct CliResult
{
    int code = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// With `fileSizeLimit` >= 0, the program cannot write files past that many bytes
// (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail with EFBIG), a full disk even root cannot
// write past.
CliResult runCli(const QStringList &arguments, const QString &home, qint64 fileSizeLimit = -1);
