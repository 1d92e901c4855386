#pragma once

#include <QCoreApplication>
#include <QTextStream>

// `policy-workbench report FILE.pwb -o OUT.pdf|OUT.xlsx [--template summary|dossier]
// [--lang zh_CN|en] [--draft] [--format pdf|xlsx]`: the headless side of File ▸ Export Report.
// Needs a QApplication (fonts, charts); main() starts one on the offscreen platform when
// there is no display.
class CliReport
{
    Q_DECLARE_TR_FUNCTIONS(CliReport)

public:
    // Exit codes as Cli: 0 written; 2 cannot open or write, or wrong usage.
    static int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
