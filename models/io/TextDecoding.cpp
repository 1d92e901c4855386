#include "TextDecoding.h"

#include <QStringDecoder>

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or -1. Used to tell people
// where a file stops being UTF-8; the decoder itself only says that it does.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// 1-based line of a byte offset, for messages.
int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Stateless: a sequence cut off at the end of the data is an error, not pending input.
bool decodeStrictly(const char *codec, const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(codec, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString adviceToSave()
{
    return TextDecoding::tr("Save the file as \"CSV UTF-8\" (or choose the right encoding) and "
                            "try again.");
}

} // namespace

TextDecoding::Result TextDecoding::decode(const QByteArray &bytes, Encoding encoding)
{
    Result result;
    // UTF-16 is what Excel writes for "Unicode text": recognisable, but not something we read.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.error =
            tr("The file is UTF-16 text, which is not supported. %1").arg(adviceToSave());
        return result;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        result.error = tr("The file contains a NUL byte (line %1): it is not a text file. %2")
                           .arg(lineOf(bytes, nul))
                           .arg(adviceToSave());
        return result;
    }

    const bool bom = bytes.startsWith(utf8Bom);
    if (encoding == Encoding::Auto)
        encoding = bom || firstInvalidUtf8(bytes) < 0 ? Encoding::Utf8 : Encoding::Gbk;

    result.used = encoding;
    if (encoding == Encoding::Utf8) {
        result.hadBom = bom;
        const QByteArray body = bom ? bytes.mid(utf8Bom.size()) : bytes;
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0 || !decodeStrictly("UTF-8", body, &result.text)) {
            result.text.clear();
            result.error = bad >= 0 ? tr("The file is not valid UTF-8: byte 0x%1 on line %2 "
                                         "cannot be decoded. %3")
                                          .arg(uchar(body.at(bad)), 2, 16, QLatin1Char('0'))
                                          .arg(lineOf(body, bad))
                                          .arg(adviceToSave())
                                    : tr("The file is not valid UTF-8. %1").arg(adviceToSave());
            return result;
        }
        result.ok = true;
        return result;
    }

    // GBK as written by Excel on Chinese Windows; GB18030 is its superset, so every GBK
    // file decodes, and bytes that are neither are reported rather than guessed at.
    if (!decodeStrictly("GB18030", bytes, &result.text)) {
        result.text.clear();
        const qsizetype bad = firstInvalidUtf8(bytes);
        result.error = bad >= 0 && !bom
                           ? tr("The file is neither UTF-8 (byte 0x%1 on line %2 cannot be "
                                "decoded) nor GBK text. %3")
                                 .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                                 .arg(lineOf(bytes, bad))
                                 .arg(adviceToSave())
                           : tr("The file is not valid GBK text. %1").arg(adviceToSave());
        return result;
    }
    if (result.text.startsWith(QChar(0xFEFF))) { // GB18030's own byte order mark
        result.text.remove(0, 1);
        result.hadBom = true;
    }
    result.ok = true;
    return result;
}

std::optional<TextDecoding::Encoding> TextDecoding::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return Encoding::Auto;
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("gbk") || n == QLatin1String("gb18030") || n == QLatin1String("gb2312"))
        return Encoding::Gbk;
    return std::nullopt;
}

QString TextDecoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return QStringLiteral("auto");
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Gbk:
        return QStringLiteral("gbk");
    }
    return QString();
}
