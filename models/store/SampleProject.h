#pragma once

#include "RowChange.h"

#include <QCoreApplication>
#include <QHash>

class ProjectStore;
class QJsonObject;

// The sample project of DOMAIN §6, built from resources/sample/sample_project.json: the
// policies named in the sources, illustrative scores with rationales and evidence quoted
// from the seed documents, illustrative bottlenecks and indicator targets. Written through the
// change log like any other edit.
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)

public:
    static bool write(ProjectStore &store, QString *error);

private:
    static bool addTracking(const QJsonObject &root, const ProjectStore &store,
                            const QHash<QString, QString> &policyUuids, const QString &now,
                            RowChanges *changes, QString *error);
};
