#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// Turns the bytes of a text file into a QString: UTF-8 with or without BOM, or GBK as
// Excel writes CSV on Chinese Windows (decoded as GB18030, its superset).
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    enum class Encoding
    {
        Auto,
        Utf8,
        Gbk
    };

    struct Result
    {
        QString text;
        Encoding used = Encoding::Utf8; // what was used (never Auto)
        bool hadBom = false;
        bool ok = false; // false: the bytes are not valid in the chosen/detected encoding
        QString error;   // why not, for people
    };

    // Auto: BOM → UTF-8; valid UTF-8 → UTF-8; otherwise valid GB18030 → GBK; else an error.
    static Result decode(const QByteArray &bytes, Encoding encoding = Encoding::Auto);

    // "auto", "utf-8"/"utf8", "gbk"/"gb18030"/"gb2312" (case-insensitive); nullopt otherwise.
    static std::optional<Encoding> fromName(const QString &name);
    static QString name(Encoding encoding); // "utf-8", "gbk", "auto"
};
