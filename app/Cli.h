#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The command-line interface of the same binary: `policy-workbench COMMAND …`. Messages
// go to stderr; data (info, export without -o) to stdout.
// Exit codes: 0 success; 1 input data rejected (nothing written); 2 the file cannot be
// opened or is not a project (also: bad usage).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode
    {
        Success = 0,
        Rejected = 1,
        CannotOpen = 2
    };

    static QStringList commands(); // new, info, check, import, export, generate
    static bool isCommand(const QString &word) { return commands().contains(word); }
    // Whether main() should run the CLI for this first argument: a command, a request for
    // help or the version, or a word that is neither an option nor a file (a mistyped
    // command, answered with exit code 2 rather than a window about a missing file).
    static bool handles(const QString &firstArgument);

    // `arguments` as QCoreApplication::arguments(): program name, command, options.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
