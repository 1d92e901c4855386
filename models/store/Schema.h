#pragma once

#include <QString>
#include <QStringList>

// The project file's schema: numbered, forward-only migrations. Migration N brings a
// file from user_version N-1 to N. Old migrations are never edited once released:
// SchemaCheck compares a file's sqlite_master with the result of replaying them.
class Schema
{
public:
    static constexpr quint32 ApplicationId = 0x50574231; // "PWB1"
    static constexpr int CurrentVersion = 3;

    // The statements of migration `version` (1..CurrentVersion), without transaction
    // control and without the user_version update, which the caller adds.
    static QStringList migration(int version);

    // Primary-key column of each table that commands may change.
    static QString keyColumn(const QString &table);
    static bool isEditableTable(const QString &table);
};
