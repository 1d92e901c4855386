#pragma once

#include "Bottleneck.h"
#include "Evidence.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// The fixed code lists of the domain and their translated labels. Codes are what files
// and CSV carry; labels are for people. `fromText` accepts a code or a label in either
// language, so hand-made CSV files written in Chinese import too.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QStringList levelCodes();
    static QString levelLabel(const QString &code);
    static std::optional<QString> levelFromText(const QString &text);

    static QStringList instrumentCodes();
    static QString instrumentLabel(const QString &code);
    static std::optional<QString> instrumentFromText(const QString &text);

    static QList<ResultLevel> resultLevels();
    static QString resultLevelCode(ResultLevel level);
    static QString resultLevelLabel(ResultLevel level);
    static std::optional<ResultLevel> resultLevelFromText(const QString &text);

    static QList<BottleneckStatus> statuses();
    static QString statusCode(BottleneckStatus status);
    static QString statusLabel(BottleneckStatus status);
    static std::optional<BottleneckStatus> statusFromText(const QString &text);

    // Severity 1..4 of a bottleneck: "Minor" .. "Critical"; the digit is accepted on import.
    static QString severityLabel(int severity);
    static std::optional<int> severityFromText(const QString &text);

    // The rubric of DOMAIN §2: label and meaning of 0..4; "not applicable" separately.
    static QString scoreLabel(int score);
    static QString scoreMeaning(int score);
    static QString notApplicableLabel();
    // "3 · operational", or "N/A"
    static QString scoreDisplay(std::optional<int> score);
};
