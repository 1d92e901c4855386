#pragma once

#include "RowChangeCommand.h"

#include <QMap>

// Changes project metadata (name, description and their English versions): one row per
// key of the project table, added when the key is new.
class EditProjectInfoCommand : public RowChangeCommand
{
public:
    EditProjectInfoCommand(Project *project, const QMap<QString, QString> &values);
};
