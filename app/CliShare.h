#pragma once

#include <QCoreApplication>
#include <QTextStream>

// `policy-workbench share FILE.pwb -o OUT.pwb [--evaluators NAME,NAME]`: the command-line
// side of File ▸ Export for Sharing (see ShareExport). Cli.cpp dispatches to it.
class CliShare
{
    Q_DECLARE_TR_FUNCTIONS(CliShare)

public:
    // From the arguments (program, "share", …). Exit codes as Cli: 0 written, fingerprint on
    // standard output; 1 an evaluator named is not in the project; 2 file problems or usage.
    static int runShare(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
