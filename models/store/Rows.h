#pragma once

#include "domain/Evaluator.h"
#include "domain/Evidence.h"
#include "domain/Policy.h"
#include "domain/Score.h"

#include <QVariantMap>

// Conversions between domain values and table rows (column name → value), the form in
// which RowChange carries them.
namespace Rows {

QString now(); // UTC, ISO 8601 with milliseconds: the timestamp format of every table
QString newUuid();
// The same UUID in every project for the same built-in item ("indicator:GII_RANK").
QString stableUuid(const QString &name);

QVariantMap fromPolicy(const Policy &p);
Policy toPolicy(const QVariantMap &row);

QVariantMap fromScore(const Score &s);
Score toScore(const QVariantMap &row);

QVariantMap fromEvidence(const Evidence &e);
Evidence toEvidence(const QVariantMap &row);

QVariantMap fromEvaluator(const Evaluator &e);

} // namespace Rows
