#pragma once

#include "RowChangeCommand.h"
#include "merge/MergePlan.h"

// Applies a merge plan (previewed, conflicts resolved) as one undoable edit. The change
// log names the other file and its fingerprint; their own change-log rows are copied in
// so that merging the same file again finds nothing new. Undo removes both.
class MergeCommand : public RowChangeCommand
{
public:
    MergeCommand(Project *project, const MergePlan &plan);

    void redo() override;
    void undo() override;

private:
    QList<QVariantMap> m_theirLog;
    qint64 m_first = 0;
    qint64 m_last = 0;
    bool m_logImported = false;
};
