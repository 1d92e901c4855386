#pragma once

#include "RowChangeCommand.h"
#include "domain/Evidence.h"

#include <optional>

class ProjectStore;

// Sets the current evaluator's score of a policy on a goal: creates the score (and
// registers the evaluator in the project the first time) or changes it. An empty
// `value` means "not applicable".
class SetScoreCommand : public RowChangeCommand
{
public:
    SetScoreCommand(Project *project, const QString &policyUuid, const QString &goalUuid,
                    std::optional<int> value, const QString &rationale);
    QString scoreUuid() const { return m_scoreUuid; }

private:
    QString m_scoreUuid;
};

// Removes a score together with its evidence.
class ClearScoreCommand : public RowChangeCommand
{
public:
    ClearScoreCommand(Project *project, const QString &scoreUuid);
};

class AddEvidenceCommand : public RowChangeCommand
{
public:
    AddEvidenceCommand(Project *project, Evidence evidence);
};

class EditEvidenceCommand : public RowChangeCommand
{
public:
    EditEvidenceCommand(Project *project, const Evidence &after);
};

class RemoveEvidenceCommand : public RowChangeCommand
{
public:
    RemoveEvidenceCommand(Project *project, const QString &evidenceUuid);
};

// "P03 × D2", the way undo texts and messages name a cell.
QString cellLabel(const ProjectStore &store, const QString &policyUuid, const QString &goalUuid);
