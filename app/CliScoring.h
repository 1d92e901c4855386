#pragma once

#include <QCoreApplication>
#include <QTextStream>

class Project;
class ProjectStore;
class QIODevice;

// The scoring engine's part of the command-line interface: `export --what aggregates`,
// `sensitivity` and `import --weights`. Cli.cpp parses the common options and calls these.
class CliScoring
{
    Q_DECLARE_TR_FUNCTIONS(CliScoring)

public:
    // Aggregates of `store` with the weight set `weightSetName` (empty: the active set) as
    // "json" or "csv". False with `error` when the set does not exist or writing fails.
    static bool writeAggregates(const ProjectStore &store, const QString &format,
                                const QString &weightSetName, QIODevice *device, QString *error);

    // The `sensitivity` command, from its arguments (program, "sensitivity", …).
    static int runSensitivity(const QStringList &arguments, QTextStream &out, QTextStream &err);

    // Imports `csvPath` (code,weight) into the active weight set of `project` as one edit.
    // Returns the CLI exit code and prints to `err`.
    static int importWeights(Project &project, const QString &csvPath, int encoding,
                             QTextStream &err);
};
