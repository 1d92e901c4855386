#pragma once

#include "RowChangeCommand.h"

// Applies an import plan (already previewed and accepted by the user) as one edit.
class ImportCommand : public RowChangeCommand
{
public:
    ImportCommand(Project *project, const QString &text, RowChanges changes);
};
