#pragma once

#include "store/RowChange.h"

#include <QUndoCommand>

class Project;

// An undoable edit expressed as row changes: redo applies them, undo reverses them, each
// in one transaction that also writes the change log. Subclasses only decide what
// changes; a failed write makes the command obsolete so the stack never claims an edit
// that is not in the file.
class RowChangeCommand : public QUndoCommand
{
public:
    RowChangeCommand(Project *project, const QString &text, RowChanges changes = {},
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const RowChanges &changes() const { return m_changes; }

    // Project::push applies the changes itself before the stack sees the command, so that
    // a failing edit never reaches QUndoStack (which would drop the redo history first).
    // The stack's own first redo() is then skipped.
    void markApplied() { m_applied = true; }

protected:
    Project *project() const { return m_project; }
    void setChanges(RowChanges changes) { m_changes = std::move(changes); }

private:
    Project *m_project;
    RowChanges m_changes;
    bool m_applied = false;
};
