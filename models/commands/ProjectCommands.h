#pragma once

#include "RowChangeCommand.h"

#include <QMap>

// Changes project metadata (name, description and their English versions, the evaluators'
// recommendations, remembered report options): one row per key of the project table, added
// when the key is new. `text` replaces the default undo text.
class EditProjectInfoCommand : public RowChangeCommand
{
public:
    EditProjectInfoCommand(Project *project, const QMap<QString, QString> &values,
                           const QString &text = QString());
};
