#pragma once

#include "store/FileInspector.h"
#include "store/OpenError.h"
#include "store/ProjectStore.h"

#include <QTemporaryDir>
#include <memory>

// A project opened for reading without ever writing to it (info, export, report, share).
// Files of a newer format are read as far as this version knows them (when `access`
// allows it); files of an older format would need an upgrade, which is done on a
// temporary copy so the original stays as it is.
struct ReadOnlyProject
{
    std::unique_ptr<QTemporaryDir> copyDir; // declared first: outlives the store using it
    std::unique_ptr<ProjectStore> store;
    FileHeader header;
    OpenError error;
    bool upgradedCopy = false;

    bool isNewer() const;
};

ReadOnlyProject
openForReading(const QString &path,
               ProjectStore::Access access = ProjectStore::Access::ReadOnlyAllowNewer);
