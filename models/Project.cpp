#include "Project.h"

#include "commands/RowChangeCommand.h"

#include <QUndoCommand>

Project::Project(std::unique_ptr<ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{}

Project::~Project()
{
    // The commands on the stack refer to this project; drop them before the store goes.
    m_undoStack.clear();
}

void Project::setEvaluator(const Evaluator &evaluator)
{
    if (evaluator.uuid == m_evaluator.uuid && evaluator.name == m_evaluator.name)
        return;
    m_evaluator = evaluator;
    emit evaluatorChanged();
}

bool Project::push(QUndoCommand *command)
{
    if (isReadOnly()) {
        delete command;
        emit errorOccurred(tr("The project is open read-only; the change was not made."));
        return false;
    }
    m_lastError.clear();
    if (auto *rowCommand = dynamic_cast<RowChangeCommand *>(command)) {
        if (!applyChanges(rowCommand->changes(), true, rowCommand->text())) {
            delete command; // nothing was written; the undo and redo history stay as they were
            return false;
        }
        rowCommand->markApplied();
    }
    m_undoStack.push(command); // other commands: one whose redo fails makes itself obsolete
    return m_lastError.isEmpty();
}

bool Project::applyChanges(const RowChanges &changes, bool forward, const QString &commandText)
{
    QString error;
    const ChangeContext context{m_evaluator.uuid, m_evaluator.name, commandText};
    if (!m_store->apply(changes, forward, context, &error)) {
        m_lastError = error;
        emit errorOccurred(tr("The change \"%1\" could not be saved, and nothing was changed: %2")
                               .arg(commandText, error));
        return false;
    }
    if (forward) {
        emit changed(changes);
    } else {
        RowChanges applied;
        applied.reserve(changes.size());
        for (auto it = changes.crbegin(); it != changes.crend(); ++it)
            applied << it->reversed();
        emit changed(applied);
    }
    return true;
}
