#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"
#include "store/WeightSetRecord.h"

#include <QCoreApplication>

class Framework;

// Weights as CSV: columns code,weight (Chinese aliases 代码/编号, 权重). A code is a
// dimension or goal code of the framework; weights are raw (points or percentages) and
// normalised within siblings. Codes not in the file keep their current raw weight; the
// levels the file touches switch to direct entry.
class WeightsCsv
{
    Q_DECLARE_TR_FUNCTIONS(WeightsCsv)

public:
    // Fills `updated` from `current` plus the file; rows with problems are rejected with
    // reasons, and a level whose weights would all be zero is a file error.
    static ImportPlan plan(const CsvReader::Table &table, const Framework &framework,
                           const WeightSetRecord &current, WeightSetRecord *updated);
};
