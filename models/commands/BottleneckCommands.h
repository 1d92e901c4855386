#pragma once

#include "RowChangeCommand.h"
#include "domain/Bottleneck.h"

// Adds a bottleneck with its goal and policy links (a UUID is assigned when it has none).
// The date closed is settled from the status (BottleneckRules::settleClosedDate).
class AddBottleneckCommand : public RowChangeCommand
{
public:
    AddBottleneckCommand(Project *project, Bottleneck bottleneck, const QDate &today);
    QString bottleneckUuid() const { return m_uuid; }

private:
    QString m_uuid;
};

// Changes a bottleneck: the fields that differ and the links that were added or removed,
// each logged on its own. Callers check BottleneckRules first; the command does not judge.
class EditBottleneckCommand : public RowChangeCommand
{
public:
    EditBottleneckCommand(Project *project, Bottleneck after, const QDate &today);
    bool isEmpty() const { return changes().isEmpty(); }
};

// Deletes a bottleneck with its links and evidence; undo restores them exactly.
class DeleteBottleneckCommand : public RowChangeCommand
{
public:
    DeleteBottleneckCommand(Project *project, const QString &bottleneckUuid);
};

class AddBottleneckEvidenceCommand : public RowChangeCommand
{
public:
    AddBottleneckEvidenceCommand(Project *project, const QString &bottleneckUuid,
                                 Evidence evidence);
};

class EditBottleneckEvidenceCommand : public RowChangeCommand
{
public:
    EditBottleneckEvidenceCommand(Project *project, const Evidence &after);
};

class RemoveBottleneckEvidenceCommand : public RowChangeCommand
{
public:
    RemoveBottleneckEvidenceCommand(Project *project, const QString &evidenceUuid);
};

// Adds a user sub-category below an existing category ("P8" → "P8.1").
class AddBottleneckCategoryCommand : public RowChangeCommand
{
public:
    AddBottleneckCategoryCommand(Project *project, BottleneckCategory category);
};

// Removes a user sub-category that no bottleneck uses (built-in ones stay).
class RemoveBottleneckCategoryCommand : public RowChangeCommand
{
public:
    RemoveBottleneckCategoryCommand(Project *project, const QString &code);
};
