#pragma once

#include "Project.h"

#include <QCoreApplication>
#include <memory>

// Finding and opening project files for the GUI: the bundled sample project's place in
// the user's data folder, and opening with the refusal rules of ProjectStore.
class ProjectFiles
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFiles)

public:
    static QString samplePath();
    // Creates the sample project at samplePath() unless it is there already.
    static bool ensureSample(QString *error);
    static QString fileFilter(); // "Policy Workbench projects (*.pwb)"
};
