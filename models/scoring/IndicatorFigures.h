#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

struct Indicator;

// The derived figures of one indicator (DOMAIN §5): baseline, latest value, change, progress
// towards a target, international benchmark gaps and an on-track status. Pure computation on
// plain values, so the table, the charts, the report and the CLI all show the same numbers.

enum class IndicatorDirection
{
    Higher, // higher is better
    Lower   // lower is better (ranks)
};

// An observation or a target: a value in a period ("2022", "2018–2022", "2021Q3").
struct IndicatorPoint
{
    QString period;
    double value = 0;
};

struct IndicatorBenchmark
{
    QString label; // "USA"
    QString period;
    double value = 0;
};

struct IndicatorInput
{
    IndicatorDirection direction = IndicatorDirection::Higher;
    QList<IndicatorPoint> observations; // any order
    QList<IndicatorPoint> targets;      // any order
    QList<IndicatorBenchmark> benchmarks;
    QDate today; // decides whether a target period has ended; an invalid date skips that check
};

enum class IndicatorStatus
{
    NoData,
    OnTrack,
    AtRisk,
    OffTrack
};

// The latest observation against one benchmark.
struct BenchmarkGap
{
    QString label;
    QString period;
    double benchmark = 0;
    double ratio = 0;      // latest / benchmark; NaN when the benchmark is 0
    double difference = 0; // latest − benchmark
    bool ahead = false;    // latest at least as good as the benchmark, direction-aware
};

struct IndicatorFigures
{
    QList<IndicatorPoint> observations; // sorted by period, see IndicatorMath::compute()
    int observationCount = 0;
    std::optional<IndicatorPoint> baseline; // first by period
    std::optional<IndicatorPoint> latest;   // last by period
    std::optional<double> change;           // latest − baseline; none with fewer than 2
    std::optional<double> relativeChange;   // change / |baseline|; none when baseline is 0
    std::optional<IndicatorPoint> target;   // the target judged against, see compute()
    // (latest − baseline) / (target − baseline): the share of the way covered. Direction-aware
    // by construction; < 0 means moving away, > 1 overshooting. None without a target or an
    // observation, or when target == baseline. One observation gives 0.
    std::optional<double> progress;
    // The share of the time from the baseline's period to the target's due time that has
    // elapsed at the latest observation's period, 0..1. None when a period cannot be read.
    std::optional<double> expectedProgress;
    bool targetReached = false;     // latest at least as good as the target
    bool targetPeriodEnded = false; // by today or by the latest observation's period
    QList<BenchmarkGap> gaps;       // in the input's order; empty without observations
    IndicatorStatus status = IndicatorStatus::NoData;
    QString statusReason; // one translated sentence
};

namespace IndicatorMath {

// Progress within this much of the expected progress counts as on track.
constexpr double OnTrackMargin = 0.10;
// Progress at least this share of the expected progress counts as at risk, below as off track.
constexpr double AtRiskShare = 0.5;

// Periods are placed on a scale of fractional years where year Y runs from Y.0 to Y+1.0.
// Read, first match wins: a date "2021-06-30" (also "/", "." or 年/月), a range of years
// "2018–2022" (hyphen, en/em dash, "~", 至 or 到), a quarter "2021Q3", a half-year "2021H1",
// a month "2021-06" or "2021年6月", a year "2015". Text around it is ignored ("2018–2022 累计",
// "2021年"). No four-digit year from 1000 on: nullopt.

// The midpoint of the period: "2015" → 2015.5, "2021Q3" → 2021.625, "2018–2022" → 2020.5.
// Orders observations.
std::optional<double> periodPosition(const QString &period);
// Where the period ends (exclusive): "2015" → 2016, "2021Q3" → 2021.75, "2018–2022" → 2023.
// A target period has ended once today or the latest observation's period reaches its end.
std::optional<double> periodEnd(const QString &period);
// When a target for the period is due: a range's end year is the year it is to be reached,
// so "2021–2025" → 2025.5; other periods → periodPosition(). Denominator of expected progress.
std::optional<double> periodDue(const QString &period);
// The start of `date` on the same scale: 2026-01-01 → 2026.0.
double datePosition(const QDate &date);

// Observations are sorted by periodPosition(), unreadable periods last, input order kept
// among equals; baseline is the first, latest the last. The target used is the earliest-ending
// one whose period ends no earlier than the latest observation's; without such a target, the
// last one (already past). Values are compared with a relative tolerance of 1e-9.
// Status: see statusRule(), which states the rule as implemented here.
IndicatorFigures compute(const IndicatorInput &input);

// Input from a stored indicator.
IndicatorInput inputFrom(const Indicator &indicator, const QDate &today);

// The status rule as shown to the user, one paragraph.
QString statusRule();
QString statusName(IndicatorStatus status);

} // namespace IndicatorMath
