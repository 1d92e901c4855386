#include "ProjectCommands.h"

#include "Project.h"

EditProjectInfoCommand::EditProjectInfoCommand(Project *project,
                                               const QMap<QString, QString> &values,
                                               const QString &text)
    : RowChangeCommand(project, text.isEmpty()
                                    ? QCoreApplication::translate("Undo", "Edit project properties")
                                    : text)
{
    const QString table = QStringLiteral("project");
    RowChanges changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariantMap before = project->store().row(table, it.key());
        if (!before.isEmpty() && before.value(QStringLiteral("value")).toString() == it.value())
            continue;
        if (before.isEmpty() && it.value().isEmpty())
            continue;
        changes.append(
            {table,
             it.key(),
             before,
             {{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}}});
    }
    setChanges(changes);
}
