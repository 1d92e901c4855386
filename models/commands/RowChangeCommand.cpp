#include "RowChangeCommand.h"

#include "Project.h"

RowChangeCommand::RowChangeCommand(Project *project, const QString &text, RowChanges changes,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_changes(std::move(changes))
{}

void RowChangeCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (!m_project->applyChanges(m_changes, true, text()))
        setObsolete(true);
}

void RowChangeCommand::undo()
{
    if (!m_project->applyChanges(m_changes, false,
                                 QCoreApplication::translate("Undo", "Undo: %1").arg(text())))
        setObsolete(true);
}
