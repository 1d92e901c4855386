#include "ReportDocument.h"

QString ReportDocument::plainText() const
{
    QStringList out;
    out << projectName << title;
    for (const ReportBlock &b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            out << b.text << b.lines;
            break;
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::Paragraph:
            out << b.text;
            break;
        case ReportBlock::Kind::Table:
            out << b.header.join(QLatin1Char('\t'));
            for (const QStringList &row : b.rows)
                out << row.join(QLatin1Char('\t'));
            break;
        case ReportBlock::Kind::Contents:
            out << contentsTitle;
            break;
        case ReportBlock::Kind::Chart:
        case ReportBlock::Kind::PageBreak:
            break;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QList<ReportDocument::NamedTable> ReportDocument::tables() const
{
    QList<NamedTable> result;
    QString heading;
    QString parent;
    for (const ReportBlock &b : blocks) {
        if (b.kind == ReportBlock::Kind::Heading) {
            if (b.level <= 1)
                parent = b.text;
            heading = b.level <= 1 ? b.text : parent + QStringLiteral(" · ") + b.text;
        } else if (b.kind == ReportBlock::Kind::Table) {
            result.append({heading, &b});
        }
    }
    return result;
}
