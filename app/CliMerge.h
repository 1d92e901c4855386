#pragma once

#include <QCoreApplication>
#include <QTextStream>

struct MergePlan;

// `policy-workbench merge MINE.pwb THEIRS.pwb -o OUT.pwb [--on-conflict fail|mine|theirs]`:
// prints what the merge adds, changes, deletes and where it conflicts, per kind of item;
// with `fail` (the default) and conflicts it writes nothing and exits 1. MINE and THEIRS
// are never modified (OUT may be MINE: it is then replaced in one step).
class CliMerge
{
    Q_DECLARE_TR_FUNCTIONS(CliMerge)

public:
    static int runMerge(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // The counts table and the conflicts, as the CLI prints them (also used by tests).
    static QString describe(const MergePlan &plan);
};
