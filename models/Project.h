#pragma once

#include "domain/Evaluator.h"
#include "store/ProjectStore.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

class QUndoCommand;

// An open project: the project file, its undo history and who is editing it (Tiled's
// Document). Passed to whoever needs it; there is no global current project.
class Project : public QObject
{
    Q_OBJECT

public:
    explicit Project(std::unique_ptr<ProjectStore> store, QObject *parent = nullptr);
    ~Project() override;

    ProjectStore &store() { return *m_store; }
    const ProjectStore &store() const { return *m_store; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }

    // The person whose scores this session writes. Commands that score need one.
    Evaluator evaluator() const { return m_evaluator; }
    void setEvaluator(const Evaluator &evaluator);

    // Pushes an edit onto the undo stack (which runs it). Refused, with errorOccurred,
    // when the project is read-only or the edit cannot be written.
    bool push(QUndoCommand *command);
    // Why the last push failed (empty when it did not).
    QString lastError() const { return m_lastError; }

    // For commands: applies `changes` in one transaction and announces them.
    bool applyChanges(const RowChanges &changes, bool forward, const QString &commandText);

signals:
    // After every applied edit, with the changes as they were applied (undo reversed).
    void changed(const RowChanges &changes);
    void errorOccurred(const QString &message);
    void evaluatorChanged();

private:
    std::unique_ptr<ProjectStore> m_store;
    QUndoStack m_undoStack;
    Evaluator m_evaluator;
    QString m_lastError;
};
