#pragma once

#include "RowChangeCommand.h"
#include "domain/Policy.h"

// Adds a policy (a UUID is assigned when the policy has none).
class AddPolicyCommand : public RowChangeCommand
{
public:
    AddPolicyCommand(Project *project, Policy policy);
    QString policyUuid() const { return m_uuid; }

private:
    QString m_uuid;
};

// Changes a policy's fields; only the fields that differ are written and logged.
class EditPolicyCommand : public RowChangeCommand
{
public:
    EditPolicyCommand(Project *project, const Policy &before, const Policy &after);
};

// Deletes a policy with its scores, their evidence and its bottleneck links; undo
// restores all of them exactly.
class DeletePolicyCommand : public RowChangeCommand
{
public:
    DeletePolicyCommand(Project *project, const QString &policyUuid);
};
