#pragma once

#include <QCoreApplication>

class ProjectStore;
class QIODevice;

// Policies or scores as JSON (UTF-8): an object with "project", "framework" and an array
// "policies" or "scores" whose members use the CSV column names as keys (score: number or
// null for N/A), plus "evidence" arrays on scores.
class JsonExport
{
    Q_DECLARE_TR_FUNCTIONS(JsonExport)

public:
    static bool writePolicies(const ProjectStore &store, QIODevice *device, QString *error);
    static bool writeScores(const ProjectStore &store, QIODevice *device, QString *error);
};
