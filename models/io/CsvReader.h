#pragma once

#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringList>

// Parses CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, CRLF or LF)
// from already-decoded text, using libcsv. Records keep the line number they start on,
// for error messages.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0; // 1-based line of the file where the record starts
        QStringList fields;
    };
    struct Table
    {
        QStringList header;    // trimmed, as in the file
        QList<Record> records; // data records; blank lines skipped
        bool ok = false;
        QString error;
        TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;

        // Index of the header column named one of `names` (case-insensitive), -1 if
        // there is none, -2 if more than one column has such a name.
        int column(const QStringList &names) const;
    };

    // Longest field an import accepts; longer ones are reported, not stored.
    static constexpr int MaxFieldLength = 100000;

    static Table parse(const QString &text);
    // Reads and decodes a file, then parses it. Files over `maxBytes` are refused.
    static Table readFile(const QString &path, TextDecoding::Encoding encoding,
                          qint64 maxBytes = 256 * 1024 * 1024);
    // Why `record` cannot be imported whatever its content (translated): a field count
    // different from the header's, or a field longer than MaxFieldLength. Empty if usable.
    static QString recordProblem(const Table &table, const Record &record);
};
