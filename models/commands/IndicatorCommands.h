#pragma once

#include "RowChangeCommand.h"
#include "domain/Indicator.h"

// Adds an indicator with its goal links and any observations, targets and benchmarks it
// carries (UUIDs are assigned where missing).
class AddIndicatorCommand : public RowChangeCommand
{
public:
    AddIndicatorCommand(Project *project, Indicator indicator);
    QString indicatorUuid() const { return m_uuid; }

private:
    QString m_uuid;
};

// Changes an indicator's fields and goal links (values are edited one by one below).
class EditIndicatorCommand : public RowChangeCommand
{
public:
    EditIndicatorCommand(Project *project, const Indicator &after);
    bool isEmpty() const { return changes().isEmpty(); }
};

// Deletes an indicator with its links and values.
class DeleteIndicatorCommand : public RowChangeCommand
{
public:
    DeleteIndicatorCommand(Project *project, const QString &indicatorUuid);
};

// One observation, target or benchmark of an indicator: `table` is "observation",
// "target" or "benchmark" and `row` a row of it (Rows::fromObservation…). An empty
// `row` removes the item `uuid`; an existing uuid is changed, a new one added.
class SetIndicatorValueCommand : public RowChangeCommand
{
public:
    SetIndicatorValueCommand(Project *project, const QString &table, const QString &uuid,
                             const QVariantMap &row);
};
