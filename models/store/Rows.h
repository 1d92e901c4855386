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
// What to bind for `value`: a null QString would bind as SQL NULL, but the schema's text
// columns are NOT NULL DEFAULT ''; only a null QVariant stands for NULL. That includes a
// NULL read back from the file, which Qt's driver returns as a null-flagged QString
// variant: it must stay NULL (an N/A score restored by undo).
QVariant sqlValue(const QVariant &value);
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
