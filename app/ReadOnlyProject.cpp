#include "ReadOnlyProject.h"

#include "Cli.h"
#include "store/Schema.h"

#include <QFile>
#include <QFileInfo>

bool ReadOnlyProject::isNewer() const
{
    return header.userVersion > Schema::CurrentVersion;
}

ReadOnlyProject openForReading(const QString &path, ProjectStore::Access access)
{
    ReadOnlyProject p;
    FileInspector::inspect(path, &p.header);
    p.store = ProjectStore::open(path, access, &p.error);
    if (p.store || p.error.code != OpenError::ReadOnlyNeedsUpgrade)
        return p;
    p.copyDir = std::make_unique<QTemporaryDir>();
    // Same file name, so that messages about the copy name the file the user gave.
    const QString copy = p.copyDir->filePath(QFileInfo(path).fileName());
    if (!p.copyDir->isValid() || !QFile::copy(path, copy)) {
        p.error =
            OpenError::make(OpenError::Internal, path, Cli::tr("cannot make a temporary copy"));
        return p;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    p.store = ProjectStore::open(copy, ProjectStore::Access::ReadWrite, &p.error);
    if (!p.store)
        return p;
    p.upgradedCopy = true;
    return p;
}
