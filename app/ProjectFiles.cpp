#include "ProjectFiles.h"

#include "store/SampleProject.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString ProjectFiles::samplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sample-project.pwb"));
}

bool ProjectFiles::ensureSample(QString *error)
{
    const QString path = samplePath();
    if (QFileInfo::exists(path))
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("Cannot create the folder for the sample project: %1")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    auto store =
        ProjectStore::create(path, QStringLiteral("fyp14"), tr("Sample project"), false, error);
    if (!store)
        return false;
    if (!SampleProject::write(*store, error)) {
        store.reset();
        QFile::remove(path);
        return false;
    }
    return true;
}

QString ProjectFiles::fileFilter()
{
    return tr("Policy Workbench projects (*.pwb)");
}
