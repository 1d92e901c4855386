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

CliResult runCli(const QStringList &arguments, const QString &home);
