#include "MergeCommand.h"

#include "Project.h"
#include "merge/MergeEngine.h"

#include <QFileInfo>

MergeCommand::MergeCommand(Project *project, const MergePlan &plan)
    : RowChangeCommand(project,
                       QCoreApplication::translate("Undo", "Merge %1")
                               .arg(QFileInfo(plan.theirsPath).fileName()) +
                           QStringLiteral(" %1%2]").arg(QLatin1String(MergeEngine::logMarker),
                                                        plan.theirsFingerprint),
                       MergeEngine::resolvedChanges(plan))
    , m_theirLog(plan.theirLog)
{}

void MergeCommand::redo()
{
    RowChangeCommand::redo();
    if (isObsolete() || m_logImported)
        return;
    QString error;
    // History only: a failure here leaves the merged data in place, and a later merge of
    // the same file then finds the same values and changes nothing either.
    if (project()->store().appendLog(m_theirLog, &m_first, &m_last, &error))
        m_logImported = true;
}

void MergeCommand::undo()
{
    RowChangeCommand::undo();
    if (!m_logImported)
        return;
    QString error;
    if (project()->store().removeLog(m_first, m_last, &error))
        m_logImported = false;
}
