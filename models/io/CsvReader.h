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
        QStringList header; // trimmed, as in the file
        QList<Record> records; // data records; blank lines skipped
        bool ok = false;
        QString error;
        TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
    };

    static Table parse(const QString &text);
    // Reads and decodes a file, then parses it. Files over `maxBytes` are refused.
    static Table readFile(const QString &path, TextDecoding::Encoding encoding,
                          qint64 maxBytes = 256 * 1024 * 1024);
};
