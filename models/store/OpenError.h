#pragma once

#include <QCoreApplication>
#include <QString>

// Why a project file could not be opened, with a message for people. Files come from
// other teams, so every refusal is an expected outcome rather than a crash.
struct OpenError
{
    Q_DECLARE_TR_FUNCTIONS(OpenError)

public:
    enum Code
    {
        None,
        NotFound,
        Unreadable,
        Empty,
        NotSqlite,
        Truncated,
        NotAProject,
        NewerVersion,
        Corrupted,
        SchemaMismatch,
        ReadOnlyNeedsUpgrade,
        Internal,
        Locked, // being edited by another running instance (see FileGuard); detail: who
    };

    Code code = None;
    QString message;               // what is wrong, for the user
    bool readOnlyPossible = false; // NewerVersion, Locked: opening read-only is safe

    bool isError() const { return code != None; }
    static OpenError make(Code code, const QString &path, const QString &detail = QString());
};
