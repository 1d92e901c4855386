#pragma once

#include "MergePlan.h"

#include <QCoreApplication>

class ProjectStore;

// Merges another project file into the open one (issue "Teams").
//
// Identity is by UUID, and by the natural key where two files created the same item
// independently (the same evaluator's score of the same cell, a policy code, an
// indicator code…). What each side changed since the two files last shared a state comes
// from their change logs: a log row present in both files is shared history, a row only
// in one file is that side's change. A field changed only by them is taken; a field
// changed by both to different values is a conflict for the user to decide; nothing is
// ever overwritten silently. One evaluator's scores are separate rows from another's, so
// they never collide.
class MergeEngine
{
    Q_DECLARE_TR_FUNCTIONS(MergeEngine)

public:
    // Reads both files (theirs through a private copy, opened with every check a project
    // file gets, and upgraded there if it is older); writes nothing.
    static MergePlan plan(const ProjectStore &mine, const QString &theirsPath);
    // The row changes that apply `plan` with its conflicts as resolved (unresolved ones
    // keep mine).
    static RowChanges resolvedChanges(const MergePlan &plan);
    static QString kindName(MergePlan::Kind kind);
    static QString fingerprint(const QString &path, QString *error = nullptr);
    // In the command of every change-log row a merge writes (never translated): those
    // rows carry the other file's values and are not counted as this file's own changes.
    static constexpr const char *logMarker = "[merge sha256:";
};
