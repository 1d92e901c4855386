#pragma once

#include <QStringList>
#include <QVariantMap>
#include <array>

// Small helpers shared by the CSV importers.
namespace CsvFields {

// The accepted header names of one column: the English name first, then Chinese aliases
// (null entries are unused slots).
template<std::size_t N> QStringList namesOf(const std::array<const char *, N> &names)
{
    QStringList list;
    for (const char *name : names) {
        if (name)
            list << QString::fromUtf8(name);
    }
    return list;
}

// Values quoted back in messages are cut short: a reason must stay readable even when the
// value is a megabyte of text.
inline QString shortened(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QChar(0x2026) : value;
}

// Codes and names are single-line identifiers; a line break in one is a slipped quote.
inline bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// The English (canonical) name of every column: the CSV interface's header.
template<std::size_t Columns, std::size_t N>
QStringList canonicalNames(const std::array<std::array<const char *, N>, Columns> &names)
{
    QStringList list;
    for (const auto &column : names)
        list << QString::fromUtf8(column[0]);
    return list;
}

// Text columns are NOT NULL: a null QString (a column the file lacks) is stored as ''.
inline QVariantMap withEmptyStrings(QVariantMap row)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it->typeId() == QMetaType::QString && it->toString().isNull())
            *it = QString(QLatin1String(""));
    }
    return row;
}

} // namespace CsvFields
