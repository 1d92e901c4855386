#pragma once

#include "domain/Framework.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Loads the data every new project starts with from resources/data: the chosen goal
// framework, the bottleneck taxonomy (DOMAIN §4) and the indicator library with its
// sourced values (DOMAIN §5). Tables a schema `version` does not have are skipped.
class BuiltinData
{
    Q_DECLARE_TR_FUNCTIONS(BuiltinData)

public:
    static bool install(QSqlDatabase db, const Framework &framework, int version, QString *error);
    // The built-in rows that migration `version` brings to an existing file (version 2: the
    // taxonomy and the indicator library), so a migrated project holds what a new one
    // does. Runs inside the caller's migration transaction.
    static bool installForMigration(QSqlDatabase db, const Framework &framework, int version,
                                    QString *error);

private:
    static bool installFramework(QSqlDatabase db, const Framework &framework, QString *error);
    static bool installTaxonomy(QSqlDatabase db, QString *error);
    static bool installIndicators(QSqlDatabase db, const Framework &framework, QString *error);
    static bool installDefaultWeightSet(QSqlDatabase db, QString *error);

public:
    // The weight set every project starts with: equal weights (no weight rows), active.
    static QString defaultWeightSetUuid();
};
