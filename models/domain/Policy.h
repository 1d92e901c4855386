#pragma once

#include <QString>

// A policy document under evaluation. `level` and `instrument` hold vocabulary codes
// (see Vocabulary); `year` is 0 when unknown.
struct Policy
{
    QString uuid;
    QString code;
    QString title;
    QString issuer;
    int year = 0;
    QString level;
    QString instrument;
    QString description;
};

// One row of the policy table: the policy plus what the table shows about its scores.
struct PolicySummary
{
    Policy policy;
    int scoredGoals = 0; // distinct goals with at least one score (N/A included)
    int scoreCount = 0;  // all scores of all evaluators
};
