#include "ReportXlsx.h"

#include "report/ReportDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>
#include <cstdio>
#include <xlsxwriter.h>

namespace {

// Worksheet names: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(const QString &wanted, QSet<QString> *used)
{
    QString name = wanted;
    for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, QLatin1Char(' '));
    name = name.simplified().left(28);
    if (name.isEmpty())
        name = QStringLiteral("Table");
    QString candidate = name;
    for (int i = 2; used->contains(candidate.toLower()); ++i)
        candidate = name.left(25) + QStringLiteral(" %1").arg(i);
    used->insert(candidate.toLower());
    return candidate;
}

} // namespace

bool ReportXlsx::write(const ReportDocument &document, const QString &path, QString *error)
{
    const QFileInfo info(path);
    QTemporaryFile temp(QDir(info.absolutePath()).filePath(QStringLiteral(".report-XXXXXX.xlsx")));
    if (!temp.open()) {
        *error = temp.errorString();
        return false;
    }
    temp.close();
    const QByteArray tempPath = QFile::encodeName(temp.fileName());
    lxw_workbook *workbook = workbook_new(tempPath.constData());
    if (!workbook) {
        *error = tr("libxlsxwriter could not start the workbook.");
        return false;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDFE7F0);
    format_set_text_wrap(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);

    QSet<QString> used;
    const QByteArray overviewName = sheetName(document.title, &used).toUtf8();
    lxw_worksheet *overview = workbook_add_worksheet(workbook, overviewName.constData());
    worksheet_set_column(overview, 0, 0, 60, nullptr);
    worksheet_write_string(overview, 0, 0, document.projectName.toUtf8().constData(), titleFormat);
    worksheet_write_string(overview, 1, 0, document.title.toUtf8().constData(), nullptr);
    worksheet_write_string(overview, 2, 0, document.dateLine.toUtf8().constData(), nullptr);
    if (document.draft)
        worksheet_write_string(overview, 3, 0, document.draftLabel.toUtf8().constData(), bold);

    lxw_row_t overviewRow = 5;
    const QList<ReportDocument::NamedTable> tables = document.tables();
    for (const ReportDocument::NamedTable &table : tables) {
        const ReportBlock &b = *table.block;
        const QString name = sheetName(table.name, &used);
        const QByteArray sheetUtf8 = name.toUtf8();
        worksheet_write_string(overview, overviewRow++, 0,
                               (name + QStringLiteral(": ") + table.name).toUtf8().constData(),
                               nullptr);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetUtf8.constData());
        for (int c = 0; c < b.header.size(); ++c) {
            const double width =
                c < b.widths.size() ? std::clamp(b.widths.at(c) * 1.1, 8.0, 70.0) : 14.0;
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, wrap);
            worksheet_write_string(sheet, 0, lxw_col_t(c), b.header.at(c).toUtf8().constData(),
                                   bold);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (int r = 0; r < b.rows.size(); ++r) {
            const QStringList &row = b.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                bool isNumber = false;
                const double v = row.at(c).toDouble(&isNumber);
                if (isNumber && c < b.numeric.size() && b.numeric.at(c))
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), v, nullptr);
                else if (!row.at(c).isEmpty())
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                           row.at(c).toUtf8().constData(), nullptr);
            }
        }
        if (!b.header.isEmpty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(b.rows.size()),
                                 lxw_col_t(b.header.size() - 1));
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(result));
        return false;
    }
    // rename() replaces the target atomically; the temporary file is then gone.
    if (std::rename(tempPath.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) !=
        0) {
        *error = tr("Cannot replace %1.").arg(info.fileName());
        return false;
    }
    temp.setAutoRemove(false);
    return true;
}
