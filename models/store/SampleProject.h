#pragma once

#include <QCoreApplication>

class ProjectStore;

// The sample project of DOMAIN §6, built from resources/sample/sample_project.json: the
// policies named in the sources, illustrative scores with rationales and evidence quoted
// from the seed documents. Written through the change log like any other edit.
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)

public:
    static bool write(ProjectStore &store, QString *error);
};
