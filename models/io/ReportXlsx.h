#pragma once

#include <QCoreApplication>

struct ReportDocument;

// The tables of a report as an XLSX workbook (libxlsxwriter), one worksheet per table, for
// managers who want to sort and annotate: header row bold and frozen, numeric columns as
// numbers where the cell is a plain number, an overview sheet naming the project, the report
// and the date. Written to a temporary file beside the target and renamed, so a failure
// leaves nothing behind.
class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    static bool write(const ReportDocument &document, const QString &path, QString *error);
};
