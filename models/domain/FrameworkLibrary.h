#pragma once

#include "Framework.h"

#include <QCoreApplication>
#include <QStringList>

// The frameworks that ship with the application (resources/data/frameworks).
class FrameworkLibrary
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkLibrary)

public:
    static QStringList builtInIds(); // "fyp14", "fyp13"
    // Loads a built-in framework; an empty Framework and `error` set if it fails.
    static Framework load(const QString &id, QString *error = nullptr);
    static Framework parse(const QByteArray &json, QString *error = nullptr);
};
