#include "OpenError.h"

#include <QFileInfo>

OpenError OpenError::make(Code code, const QString &path, const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    OpenError e;
    e.code = code;
    switch (code) {
    case None:
        break;
    case NotFound:
        e.message = tr("The file \"%1\" does not exist.").arg(name);
        break;
    case Unreadable:
        e.message = tr("The file \"%1\" cannot be read: %2").arg(name, detail);
        break;
    case Empty:
        e.message = tr("The file \"%1\" is empty. It is not a Policy Workbench project.").arg(name);
        break;
    case NotSqlite:
        e.message =
            tr("The file \"%1\" is not a Policy Workbench project (it is not an SQLite database).")
                .arg(name);
        break;
    case Truncated:
        e.message =
            tr("The file \"%1\" is truncated: it is shorter than its own header says. It may have "
               "been cut off while copying or downloading; ask for the file again.")
                .arg(name);
        break;
    case NotAProject:
        e.message = tr("The file \"%1\" is an SQLite database, but not a Policy Workbench project.")
                        .arg(name);
        break;
    case NewerVersion:
        e.message = tr("The project \"%1\" was saved by a newer version of Policy Workbench (file "
                       "format %2). Update the application to edit it.")
                        .arg(name, detail);
        break;
    case Corrupted:
        e.message =
            tr("The project \"%1\" is damaged and cannot be opened safely: %2").arg(name, detail);
        break;
    case SchemaMismatch:
        e.message = tr("The project \"%1\" has been altered outside Policy Workbench (%2). It is "
                       "not opened, to keep your data safe.")
                        .arg(name, detail);
        break;
    case ReadOnlyNeedsUpgrade:
        e.message = tr("The project \"%1\" uses an older file format and must be upgraded, but the "
                       "file is read-only. Copy it to a writable place first.")
                        .arg(name);
        break;
    case Internal:
        e.message = tr("The project \"%1\" could not be opened: %2").arg(name, detail);
        break;
    case Locked:
        e.message = tr("The project \"%1\" is being edited in another window or program (%2). "
                       "Only one of them can change it at a time.")
                        .arg(name, detail);
        e.readOnlyPossible = true;
        break;
    }
    return e;
}
