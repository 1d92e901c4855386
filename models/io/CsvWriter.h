#pragma once

#include "WriteFully.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

// Writes CSV the way Excel on Chinese Windows opens it without asking: UTF-8 with a byte
// order mark, CRLF line ends, RFC 4180 quoting. Buffered, so that large exports do not
// build the whole file in memory; the first failed write is remembered for the message.
// Header-only because it is a few lines shared by PolicyCsv and ScoreCsv.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QIODevice *device)
        : m_device(device)
    {
        m_buffer.append("\xEF\xBB\xBF");
    }

    void writeRecord(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer.append(',');
            appendField(fields.at(i));
        }
        m_buffer.append("\r\n");
        if (m_buffer.size() >= 64 * 1024)
            flush();
    }

    // Writes what is buffered; false (with `error` set) if any write failed.
    bool finish(QString *error)
    {
        flush();
        if (!m_error.isEmpty() && error)
            *error = m_error;
        return m_error.isEmpty();
    }

    // Quoted when it must be (separator, quote, line break) and when leading or trailing
    // spaces would otherwise be trimmed by readers, ours included.
    static bool needsQuotes(const QString &field)
    {
        if (field.isEmpty())
            return false;
        for (const QChar c : field) {
            if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
                c == QLatin1Char('\r'))
                return true;
        }
        const auto isBlank = [](QChar c) {
            return c == QLatin1Char(' ') || c == QLatin1Char('\t');
        };
        return isBlank(field.front()) || isBlank(field.back());
    }

private:
    void appendField(const QString &field)
    {
        if (!needsQuotes(field)) {
            m_buffer.append(field.toUtf8());
            return;
        }
        QString quoted = field;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        m_buffer.append('"');
        m_buffer.append(quoted.toUtf8());
        m_buffer.append('"');
    }

    void flush()
    {
        if (m_error.isEmpty() && !m_buffer.isEmpty() && !writeFully(m_device, m_buffer)) {
            m_error = tr("Could not write the file: %1").arg(m_device->errorString());
        }
        m_buffer.clear();
    }

    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
};
