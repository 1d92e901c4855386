#include "IndicatorFigures.h"

#include "domain/Indicator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// All user-visible text is in the "IndicatorFigures" context, spelled out at each call so
// lupdate finds it.

// A period as a half-open interval [start, end) of fractional years.
struct Span
{
    double start = 0;
    double end = 0;
    bool range = false; // several whole years
};

// Four digits from 1000 on, not part of a longer number.
#define PWB_YEAR "(?<!\\d)([1-9]\\d{3})"
// Dashes U+2010..U+2015, "~", fullwidth "～", 至, 到.
#define PWB_RANGE_SEP "[-\\x{2010}-\\x{2015}~\\x{FF5E}\\x{81F3}\\x{5230}]"
// "-", "/", "." or 年 between year and month; "-", "/", "." or 月 between month and day.
#define PWB_YM_SEP "(?:[-/.]|\\s*\\x{5E74}\\s*)"
#define PWB_MD_SEP "(?:[-/.]|\\s*\\x{6708}\\s*)"

std::optional<Span> readPeriod(const QString &period)
{
    static const QRegularExpression date(
        QStringLiteral(PWB_YEAR PWB_YM_SEP "(\\d{1,2})" PWB_MD_SEP "(\\d{1,2})(?!\\d)"));
    static const QRegularExpression range(
        QStringLiteral(PWB_YEAR "\\s*\\x{5E74}?\\s*" PWB_RANGE_SEP "\\s*([1-9]\\d{3})(?!\\d)"));
    static const QRegularExpression quarter(QStringLiteral(PWB_YEAR "\\s*-?\\s*Q([1-4])(?!\\d)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression half(QStringLiteral(PWB_YEAR "\\s*-?\\s*H([12])(?!\\d)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression month(QStringLiteral(PWB_YEAR PWB_YM_SEP "(\\d{1,2})(?!\\d)"));
    static const QRegularExpression year(QStringLiteral(PWB_YEAR "(?!\\d)"));

    QRegularExpressionMatch m = date.match(period);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) {
            const double start = IndicatorMath::datePosition(d);
            return Span{start, start + 1.0 / d.daysInYear(), false};
        }
    }
    m = range.match(period);
    if (m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        return Span{double(std::min(a, b)), double(std::max(a, b) + 1), true};
    }
    m = quarter.match(period);
    if (m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int q = m.captured(2).toInt();
        return Span{y + (q - 1) / 4.0, y + q / 4.0, false};
    }
    m = half.match(period);
    if (m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        return Span{y + (h - 1) / 2.0, y + h / 2.0, false};
    }
    m = month.match(period);
    if (m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (mo >= 1 && mo <= 12)
            return Span{y + (mo - 1) / 12.0, y + mo / 12.0, false};
        // "2021-13" is no month: fall back to the year.
    }
    m = year.match(period);
    if (m.hasMatch()) {
        const int y = m.captured(1).toInt();
        return Span{double(y), double(y + 1), false};
    }
    return std::nullopt;
}

#undef PWB_YEAR
#undef PWB_RANGE_SEP
#undef PWB_YM_SEP
#undef PWB_MD_SEP

// Values typed in or computed from sources: 0.1 + 0.2 must equal 0.3.
bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

bool atLeastAsGood(double value, double other, IndicatorDirection direction)
{
    if (sameValue(value, other))
        return true;
    return direction == IndicatorDirection::Higher ? value > other : value < other;
}

// Sorts by key, missing keys last, input order kept among equals.
template<typename T>
QList<T> sortedBy(const QList<T> &items, std::optional<double> (*key)(const QString &))
{
    struct Keyed
    {
        std::optional<double> key;
        T item;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(items.size());
    for (const T &item : items)
        keyed.push_back({key(item.period), item});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (!a.key || !b.key)
            return a.key.has_value() && !b.key.has_value();
        return *a.key < *b.key;
    });
    QList<T> result;
    result.reserve(items.size());
    for (const Keyed &k : keyed)
        result.append(k.item);
    return result;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString percent(double share)
{
    return QString::number(qRound(share * 100));
}

// The earliest-ending target still open at the latest observation, else the last one.
std::optional<IndicatorPoint> targetFor(const QList<IndicatorPoint> &targets,
                                        const IndicatorPoint &latest)
{
    if (targets.isEmpty())
        return std::nullopt;
    const QList<IndicatorPoint> sorted = sortedBy(targets, &IndicatorMath::periodEnd);
    const std::optional<double> latestEnd = IndicatorMath::periodEnd(latest.period);
    if (latestEnd) {
        for (const IndicatorPoint &t : sorted) {
            const std::optional<double> end = IndicatorMath::periodEnd(t.period);
            if (end && *end >= *latestEnd)
                return t;
        }
    }
    // All past: the last one with a readable period, which the indicator has missed or met.
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        if (IndicatorMath::periodEnd(it->period))
            return *it;
    }
    return sorted.last();
}

void judgeAgainstTarget(IndicatorFigures &f, const IndicatorInput &input)
{
    const IndicatorPoint &baseline = *f.baseline;
    const IndicatorPoint &latest = *f.latest;
    const IndicatorPoint &target = *f.target;
    const IndicatorDirection dir = input.direction;

    if (f.targetReached) {
        f.status = IndicatorStatus::OnTrack;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "The latest value (%1 in %2) has reached the target "
                                        "(%3 by %4).")
                .arg(number(latest.value), latest.period, number(target.value), target.period);
        return;
    }
    if (atLeastAsGood(baseline.value, target.value, dir)) {
        f.status = IndicatorStatus::OffTrack;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "The baseline (%1 in %2) met the target (%3 by %4), "
                                        "but the latest value (%5 in %6) does not.")
                .arg(number(baseline.value), baseline.period, number(target.value), target.period,
                     number(latest.value), latest.period);
        return;
    }
    if (!atLeastAsGood(latest.value, baseline.value, dir)) {
        f.status = IndicatorStatus::OffTrack;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "The latest value (%1 in %2) is further from the target "
                                        "(%3 by %4) than the baseline (%5 in %6).")
                .arg(number(latest.value), latest.period, number(target.value), target.period,
                     number(baseline.value), baseline.period);
        return;
    }
    if (f.targetPeriodEnded) {
        f.status = IndicatorStatus::OffTrack;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "The target period %1 has ended without the target (%2) "
                                        "being reached; the latest value is %3 in %4.")
                .arg(target.period, number(target.value), number(latest.value), latest.period);
        return;
    }
    if (f.observationCount < 2) {
        f.status = IndicatorStatus::NoData;
        f.statusReason = QCoreApplication::translate(
            "IndicatorFigures", "There is only one observation, so the progress towards "
                                "the target cannot be judged yet.");
        return;
    }
    if (!f.expectedProgress || !f.progress) {
        f.status = IndicatorStatus::NoData;
        f.statusReason = QCoreApplication::translate(
            "IndicatorFigures", "The periods cannot all be read as years, so the progress "
                                "cannot be compared with the time elapsed.");
        return;
    }
    const double progress = *f.progress;
    const double expected = *f.expectedProgress;
    if (progress >= expected - IndicatorMath::OnTrackMargin)
        f.status = IndicatorStatus::OnTrack;
    else if (progress >= expected * IndicatorMath::AtRiskShare)
        f.status = IndicatorStatus::AtRisk;
    else
        f.status = IndicatorStatus::OffTrack;
    f.statusReason =
        QCoreApplication::translate("IndicatorFigures",
                                    "%1% of the way from the baseline to the target (%2 by %3) has "
                                    "been covered with %4% of the time elapsed.")
            .arg(percent(progress), number(target.value), target.period, percent(expected));
}

void judgeTrend(IndicatorFigures &f, IndicatorDirection dir)
{
    if (f.observationCount < 2) {
        f.status = IndicatorStatus::NoData;
        f.statusReason = QCoreApplication::translate(
            "IndicatorFigures", "No target is set and there are not enough observations "
                                "to show a trend.");
        return;
    }
    const IndicatorPoint &baseline = *f.baseline;
    const IndicatorPoint &latest = *f.latest;
    const QString baselineText = number(baseline.value);
    const QString latestText = number(latest.value);
    if (sameValue(latest.value, baseline.value)) {
        f.status = IndicatorStatus::AtRisk;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "No target is set; the trend: the latest value (%1 in %2) "
                                        "is the same as the baseline (%3 in %4).")
                .arg(latestText, latest.period, baselineText, baseline.period);
    } else if (atLeastAsGood(latest.value, baseline.value, dir)) {
        f.status = IndicatorStatus::OnTrack;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "No target is set; the trend: the latest value (%1 in %2) "
                                        "is better than the baseline (%3 in %4).")
                .arg(latestText, latest.period, baselineText, baseline.period);
    } else {
        f.status = IndicatorStatus::OffTrack;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures",
                                        "No target is set; the trend: the latest value (%1 in %2) "
                                        "is worse than the baseline (%3 in %4).")
                .arg(latestText, latest.period, baselineText, baseline.period);
    }
}

} // namespace

std::optional<double> IndicatorMath::periodPosition(const QString &period)
{
    const std::optional<Span> s = readPeriod(period);
    if (!s)
        return std::nullopt;
    return (s->start + s->end) / 2;
}

std::optional<double> IndicatorMath::periodEnd(const QString &period)
{
    const std::optional<Span> s = readPeriod(period);
    if (!s)
        return std::nullopt;
    return s->end;
}

std::optional<double> IndicatorMath::periodDue(const QString &period)
{
    const std::optional<Span> s = readPeriod(period);
    if (!s)
        return std::nullopt;
    if (s->range)
        return s->end - 0.5;
    return (s->start + s->end) / 2;
}

double IndicatorMath::datePosition(const QDate &date)
{
    return date.year() + double(date.dayOfYear() - 1) / date.daysInYear();
}

IndicatorFigures IndicatorMath::compute(const IndicatorInput &input)
{
    IndicatorFigures f;
    f.observations = sortedBy(input.observations, &periodPosition);
    f.observationCount = int(f.observations.size());
    if (f.observations.isEmpty()) {
        f.status = IndicatorStatus::NoData;
        f.statusReason =
            QCoreApplication::translate("IndicatorFigures", "There are no observations yet.");
        return f;
    }
    const IndicatorDirection dir = input.direction;
    f.baseline = f.observations.first();
    f.latest = f.observations.last();
    const IndicatorPoint &baseline = *f.baseline;
    const IndicatorPoint &latest = *f.latest;

    if (f.observationCount >= 2) {
        f.change = latest.value - baseline.value;
        if (baseline.value != 0)
            f.relativeChange = *f.change / std::abs(baseline.value);
    }

    for (const IndicatorBenchmark &b : input.benchmarks) {
        BenchmarkGap gap;
        gap.label = b.label;
        gap.period = b.period;
        gap.benchmark = b.value;
        gap.ratio =
            b.value == 0 ? std::numeric_limits<double>::quiet_NaN() : latest.value / b.value;
        gap.difference = latest.value - b.value;
        gap.ahead = atLeastAsGood(latest.value, b.value, dir);
        f.gaps.append(gap);
    }

    f.target = targetFor(input.targets, latest);
    if (!f.target) {
        judgeTrend(f, dir);
        return f;
    }
    const IndicatorPoint &target = *f.target;
    if (!sameValue(target.value, baseline.value))
        f.progress = (latest.value - baseline.value) / (target.value - baseline.value);

    const std::optional<double> from = periodPosition(baseline.period);
    const std::optional<double> at = periodPosition(latest.period);
    const std::optional<double> due = periodDue(target.period);
    if (from && at && due) {
        // A target not after the baseline leaves no time: all of it has elapsed.
        const double span = *due - *from;
        f.expectedProgress = span <= 0 ? 1.0 : std::clamp((*at - *from) / span, 0.0, 1.0);
    }

    f.targetReached = atLeastAsGood(latest.value, target.value, dir);
    if (const std::optional<double> end = periodEnd(target.period)) {
        const std::optional<double> latestEnd = periodEnd(latest.period);
        f.targetPeriodEnded = (input.today.isValid() && datePosition(input.today) >= *end) ||
                              (latestEnd && *latestEnd >= *end);
    }
    judgeAgainstTarget(f, input);
    return f;
}

IndicatorInput IndicatorMath::inputFrom(const Indicator &indicator, const QDate &today)
{
    IndicatorInput input;
    input.direction =
        indicator.higherIsBetter ? IndicatorDirection::Higher : IndicatorDirection::Lower;
    for (const Observation &o : indicator.observations)
        input.observations.append(IndicatorPoint{o.period, o.value});
    for (const IndicatorTarget &t : indicator.targets)
        input.targets.append(IndicatorPoint{t.period, t.value});
    for (const Benchmark &b : indicator.benchmarks)
        input.benchmarks.append(IndicatorBenchmark{b.label, b.period, b.value});
    input.today = today;
    return input;
}

QString IndicatorMath::statusRule()
{
    return QCoreApplication::translate(
        "IndicatorFigures",
        "Observations are ordered by period; the first is the baseline, the last the latest "
        "value. The target used is the first one whose period has not ended before the latest "
        "observation's, otherwise the last one. With a target: on track if the latest value has "
        "reached it; off track if the value has moved away from it since the baseline, if the "
        "baseline already met it but the latest value does not, or if the target period has "
        "ended (today or at the latest observation); no data with a single observation. "
        "Otherwise the progress (share of the way from the baseline to the target) is compared "
        "with the share of time elapsed from the baseline's period to the target's (a range's "
        "last year): on track if at most 10 points behind, at risk if at least half of it, "
        "off track below that. Without a target the trend is shown: on track if the latest "
        "value is better than the baseline, at risk if equal, off track if worse; no data "
        "with fewer than two observations. Higher or lower is better as the indicator says.");
}

QString IndicatorMath::statusName(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::NoData:
        return QCoreApplication::translate("IndicatorFigures", "No data");
    case IndicatorStatus::OnTrack:
        return QCoreApplication::translate("IndicatorFigures", "On track");
    case IndicatorStatus::AtRisk:
        return QCoreApplication::translate("IndicatorFigures", "At risk");
    case IndicatorStatus::OffTrack:
        return QCoreApplication::translate("IndicatorFigures", "Off track");
    }
    return {};
}
