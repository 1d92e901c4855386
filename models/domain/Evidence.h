#pragma once

#include <QString>

// Where a result level is stored, the logic-model order matters: input < activity <
// output < outcome < impact (DOMAIN §1).
enum class ResultLevel
{
    Input,
    Activity,
    Output,
    Outcome,
    Impact
};

// A piece of evidence behind a score: which document, where in it, what it says, and
// how far along the logic model the evidence reaches.
struct Evidence
{
    QString uuid;
    QString scoreUuid;
    QString source;
    QString locator;
    QString quote;
    ResultLevel level = ResultLevel::Activity;
    int sortOrder = 0;
};
