#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <csv.h>

namespace {

// A line break as libcsv ends records on it: "\r\n", "\n" or a lone "\r", each once.
// Returns the length of the break starting at p[i], or 0.
inline int breakAt(const char *p, qsizetype i, qsizetype n)
{
    if (p[i] == '\n')
        return 1;
    if (p[i] == '\r')
        return i + 1 < n && p[i + 1] == '\n' ? 2 : 1;
    return 0;
}

int countBreaks(const char *p, qsizetype n)
{
    int breaks = 0;
    for (qsizetype i = 0; i < n;) {
        const int b = breakAt(p, i, n);
        breaks += b > 0 ? 1 : 0;
        i += b > 0 ? b : 1;
    }
    return breaks;
}

// What the libcsv callbacks fill in. libcsv does not say where a record is in the input,
// so the input is fed one line at a time: a record ends on the line being fed when its
// end is reported, and starts as many lines earlier as it has line breaks inside quotes.
struct ParseState
{
    QList<CsvReader::Record> records;
    QStringList fields;
    int breaksInRecord = 0;
    int line = 1;           // line of the input being fed
    bool finishing = false; // inside csv_fini, after the final line break we add
    int unterminatedLine = 0;
};

void onField(void *data, size_t length, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    const char *text = static_cast<const char *>(data);
    const auto n = qsizetype(length);
    s->fields << QString::fromUtf8(text, text ? n : 0);
    if (text)
        s->breaksInRecord += countBreaks(text, n);
}

void onRecordEnd(int, void *state)
{
    auto *s = static_cast<ParseState *>(state);
    const int start = s->line - s->breaksInRecord;
    if (s->finishing) {
        // Everything up to the end was consumed, including the line break added after
        // it: only a quoted field that never closes can still be open at this point.
        s->unterminatedLine = start;
    } else {
        bool blank = true;
        for (const QString &f : std::as_const(s->fields))
            blank = blank && f.isEmpty();
        // Rows of only separators (",,,,") are what spreadsheets leave after deleted rows.
        if (!blank)
            s->records.append({start, s->fields});
    }
    s->fields.clear();
    s->breaksInRecord = 0;
}

} // namespace

CsvReader::Table CsvReader::parse(const QString &text)
{
    Table table;
    QByteArray bytes = text.toUtf8();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    csv_parser parser;
    // Not strict: a stray quote inside an unquoted field is kept as text, which is how
    // spreadsheets read such files too. Unquoted fields are trimmed of spaces and tabs.
    if (csv_init(&parser, 0) != 0) {
        table.error = tr("Out of memory while reading the file.");
        return table;
    }
    ParseState state;
    auto feed = [&](const char *data, qsizetype size) {
        return csv_parse(&parser, data, size_t(size), onField, onRecordEnd, &state) == size_t(size);
    };
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    bool ok = true;
    for (qsizetype begin = 0; ok && begin < n;) {
        qsizetype end = begin;
        int b = 0;
        while (end < n && (b = breakAt(p, end, n)) == 0)
            ++end;
        end = qMin(n, end + b);
        ok = feed(p + begin, end - begin);
        if (b > 0)
            ++state.line;
        begin = end;
    }
    // A final line break ends a last record that has none; afterwards csv_fini only has
    // something left to report if a quoted field was still open.
    ok = ok && feed("\n", 1);
    ++state.line;
    state.finishing = true;
    if (ok)
        csv_fini(&parser, onField, onRecordEnd, &state);
    const int error = csv_error(&parser);
    csv_free(&parser);

    if (!ok) {
        table.error =
            tr("The file could not be read as CSV: %1").arg(QString::fromUtf8(csv_strerror(error)));
        return table;
    }
    if (state.unterminatedLine > 0) {
        table.error = tr("Line %1: a quoted field is never closed (a \" is missing), so the rest "
                         "of the file would be read as one value.")
                          .arg(state.unterminatedLine);
        return table;
    }
    if (state.records.isEmpty()) {
        table.error = tr("The file is empty: there is no header row.");
        return table;
    }
    const Record header = state.records.takeFirst();
    for (const QString &name : header.fields)
        table.header << name.trimmed();
    table.records = std::move(state.records);
    table.ok = true;
    return table;
}

CsvReader::Table CsvReader::readFile(const QString &path, TextDecoding::Encoding encoding,
                                     qint64 maxBytes)
{
    Table table;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = tr("Cannot open \"%1\": %2").arg(name, file.errorString());
        return table;
    }
    if (file.size() > maxBytes) {
        const QLocale locale;
        table.error = tr("\"%1\" is too large to import (%2; the limit is %3).")
                          .arg(name, locale.formattedDataSize(file.size()),
                               locale.formattedDataSize(maxBytes));
        return table;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        table.error = tr("Cannot read \"%1\": %2").arg(name, file.errorString());
        return table;
    }
    const TextDecoding::Result decoded = TextDecoding::decode(bytes, encoding);
    if (!decoded.ok) {
        table.error = decoded.error;
        table.encoding = decoded.used;
        return table;
    }
    table = parse(decoded.text);
    table.encoding = decoded.used;
    return table;
}

int CsvReader::Table::column(const QStringList &names) const
{
    int found = -1;
    for (int i = 0; i < header.size(); ++i) {
        for (const QString &name : names) {
            if (header.at(i).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (found >= 0)
                return -2;
            found = i;
            break;
        }
    }
    return found;
}

QString CsvReader::recordProblem(const Table &table, const Record &record)
{
    if (record.fields.size() != table.header.size())
        return tr("%n field(s) where the header has %1", nullptr, int(record.fields.size()))
            .arg(table.header.size());
    for (int i = 0; i < record.fields.size(); ++i) {
        const qsizetype length = record.fields.at(i).size();
        if (length > MaxFieldLength)
            return tr("the value in column \"%1\" is %2 characters long; the limit is %3")
                .arg(table.header.at(i))
                .arg(length)
                .arg(MaxFieldLength);
    }
    return QString();
}
