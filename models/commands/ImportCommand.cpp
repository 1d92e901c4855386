#include "ImportCommand.h"

ImportCommand::ImportCommand(Project *project, const QString &text, RowChanges changes)
    : RowChangeCommand(project, text, std::move(changes))
{}
