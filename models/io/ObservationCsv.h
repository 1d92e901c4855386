#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

#include <QCoreApplication>
#include <optional>

class ProjectStore;

// Observations of indicators as CSV: columns indicator,period,value,source,note (Chinese
// header aliases 指标/指标代码, 期间/时期, 数值/值, 来源/出处, 备注). The indicator is given by its
// code; the value is a plain number (a decimal point, and commas only as thousands
// separators: "1,180,000"). A row whose indicator already has an observation for the same
// period updates that observation's value (and source and note, when the file has those
// columns); an identical row is "unchanged". Other rows add an observation.
class ObservationCsv
{
    Q_DECLARE_TR_FUNCTIONS(ObservationCsv)

public:
    static QStringList columns();
    // Plans the import of `table` into `store` (reads only).
    static ImportPlan plan(const CsvReader::Table &table, const ProjectStore &store);
    // "1,180,000" → 1180000; nullopt for anything that is not a finite number.
    static std::optional<double> parseValue(const QString &text);
};
