#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

// One evaluator's score of one policy against one goal. An empty `value` means
// "not applicable", which is distinct from 0 ("not addressed").
struct Score
{
    static constexpr int Min = 0;
    static constexpr int Max = 4;

    QString uuid;
    QString policyUuid;
    QString goalUuid;
    QString evaluatorUuid;
    QString evaluatorName; // filled by queries that join the evaluator
    std::optional<int> value;
    QString rationale;
    QDateTime created;
    QDateTime modified;

    bool isNotApplicable() const { return !value.has_value(); }
};
