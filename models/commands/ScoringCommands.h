#pragma once

#include "RowChangeCommand.h"
#include "store/WeightSetRecord.h"

#include <optional>

// Saves a weight set: creates it (a new UUID) or replaces its weights, methods and
// judgements, raising its revision. Rows that did not change are left alone, so the change
// log shows exactly which weights moved.
class SaveWeightSetCommand : public RowChangeCommand
{
public:
    // With `activate`, the set also becomes the active one, in the same edit.
    SaveWeightSetCommand(Project *project, WeightSetRecord set, bool activate = false);
    QString weightSetUuid() const { return m_uuid; }

private:
    QString m_uuid;
};

class DeleteWeightSetCommand : public RowChangeCommand
{
public:
    DeleteWeightSetCommand(Project *project, const QString &uuid);
};

// Chooses the weight set the ranking, exports and reports use.
class SetActiveWeightSetCommand : public RowChangeCommand
{
public:
    SetActiveWeightSetCommand(Project *project, const QString &uuid);
};

// The lead evaluator's consensus for a cell, overriding the computed one (the individual
// scores stay). An empty value sets the cell to N/A.
class SetConsensusCommand : public RowChangeCommand
{
public:
    SetConsensusCommand(Project *project, const QString &policyUuid, const QString &goalUuid,
                        std::optional<int> value, const QString &rationale);
};

// Removes the override: the cell's consensus is computed from the scores again.
class ClearConsensusCommand : public RowChangeCommand
{
public:
    ClearConsensusCommand(Project *project, const QString &policyUuid, const QString &goalUuid);
};
