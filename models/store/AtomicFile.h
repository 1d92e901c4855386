#pragma once

#include <QString>

// Moves a finished temporary file over `target` in one step (POSIX rename), after
// flushing it to disk: readers see the old file or the new one, never a mix.
bool replaceFileAtomically(const QString &finishedTemp, const QString &target, QString *error);
