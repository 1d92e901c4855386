// An indicator's derived figures on hand-computed cases: period parsing, ordering, change,
// progress against a target, expected progress, status for both directions, benchmark gaps.
#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"

#include <QtTest>
#include <cmath>
#include <limits>

namespace {

constexpr double None = std::numeric_limits<double>::quiet_NaN();
constexpr int Higher = int(IndicatorDirection::Higher);
constexpr int Lower = int(IndicatorDirection::Lower);
constexpr int NoData = int(IndicatorStatus::NoData);
constexpr int OnTrack = int(IndicatorStatus::OnTrack);
constexpr int AtRisk = int(IndicatorStatus::AtRisk);
constexpr int OffTrack = int(IndicatorStatus::OffTrack);

// "2015:549;2023:719": period and value, split at the last colon.
QList<IndicatorPoint> pointsFrom(const QString &spec)
{
    QList<IndicatorPoint> result;
    if (spec.isEmpty())
        return result;
    for (const QString &part : spec.split(QLatin1Char(';'))) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        result.append({part.left(colon), part.mid(colon + 1).toDouble()});
    }
    return result;
}

QString periodsOf(const QList<IndicatorPoint> &points)
{
    QStringList periods;
    for (const IndicatorPoint &p : points)
        periods.append(p.period);
    return periods.join(QLatin1Char(';'));
}

// NaN in a table stands for "none".
bool sameOptional(const std::optional<double> &actual, double expected, double tolerance)
{
    if (std::isnan(expected))
        return !actual.has_value();
    return actual.has_value() && std::abs(*actual - expected) <= tolerance;
}

QString describe(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("none");
}

#define COMPARE_OPTIONAL(actual, expected)                                                         \
    do {                                                                                           \
        const std::optional<double> a_ = (actual);                                                 \
        const double e_ = (expected);                                                              \
        if (!sameOptional(a_, e_, 1e-9))                                                           \
            QFAIL(qPrintable(                                                                      \
                QStringLiteral("%1 is %2, expected %3")                                            \
                    .arg(QLatin1String(#actual), describe(a_),                                     \
                         describe(std::isnan(e_) ? std::nullopt : std::optional<double>(e_)))));   \
    } while (false)

QString enDash(const char *before, const char *after)
{
    return QLatin1String(before) + QChar(0x2013) + QLatin1String(after);
}

} // namespace

class TestIndicatorFigures : public QObject
{
    Q_OBJECT

private slots:
    void periodPosition_data();
    void periodPosition();
    void datePosition();
    void sortsObservations();

    void figures_data();
    void figures();

    void benchmarkGaps_data();
    void benchmarkGaps();
    void benchmarksKeepOrderAndNeedObservations();

    void inputFromIndicator();
    void ruleAndNames();
};

void TestIndicatorFigures::periodPosition_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<double>("position");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("due");

    QTest::newRow("year") << QStringLiteral("2015") << 2015.5 << 2016.0 << 2015.5;
    QTest::newRow("year with 年") << QStringLiteral("2021年") << 2021.5 << 2022.0 << 2021.5;
    QTest::newRow("year in text") << QStringLiteral("FY2021 (est.)") << 2021.5 << 2022.0 << 2021.5;
    QTest::newRow("range, en dash") << enDash("2018", "2022") << 2020.5 << 2023.0 << 2022.5;
    QTest::newRow("range, hyphen") << QStringLiteral("2018-2022") << 2020.5 << 2023.0 << 2022.5;
    QTest::newRow("range, em dash") << QStringLiteral("2018—2022") << 2020.5 << 2023.0 << 2022.5;
    QTest::newRow("range, spaced, with text")
        << QStringLiteral("2018 – 2022 累计") << 2020.5 << 2023.0 << 2022.5;
    QTest::newRow("range, 至") << QStringLiteral("2018年至2022年") << 2020.5 << 2023.0 << 2022.5;
    QTest::newRow("range, reversed") << QStringLiteral("2022-2018") << 2020.5 << 2023.0 << 2022.5;
    QTest::newRow("range of five years") << enDash("2013", "2017") << 2015.5 << 2018.0 << 2017.5;
    QTest::newRow("quarter") << QStringLiteral("2021Q3") << 2021.625 << 2021.75 << 2021.625;
    QTest::newRow("quarter, lower case, spaced")
        << QStringLiteral("2021 q1") << 2021.125 << 2021.25 << 2021.125;
    QTest::newRow("half-year") << QStringLiteral("2021H2") << 2021.75 << 2022.0 << 2021.75;
    QTest::newRow("month") << QStringLiteral("2021-06") << 2021 + 5.5 / 12 << 2021.5
                           << 2021 + 5.5 / 12;
    QTest::newRow("month, slash") << QStringLiteral("2021/12") << 2021 + 11.5 / 12 << 2022.0
                                  << 2021 + 11.5 / 12;
    QTest::newRow("month, 年月") << QStringLiteral("2021年6月") << 2021 + 5.5 / 12 << 2021.5
                                 << 2021 + 5.5 / 12;
    // 30 June is day 181 of 365.
    QTest::newRow("date") << QStringLiteral("2021-06-30") << 2021 + 180.5 / 365
                          << 2021 + 181.0 / 365 << 2021 + 180.5 / 365;
    QTest::newRow("date, leap year end")
        << QStringLiteral("2020-12-31") << 2020 + 365.5 / 366 << 2021.0 << 2020 + 365.5 / 366;
    QTest::newRow("impossible date: its month")
        << QStringLiteral("2021-02-30") << 2021 + 1.5 / 12 << 2021 + 2.0 / 12 << 2021 + 1.5 / 12;
    QTest::newRow("no month 13: the year")
        << QStringLiteral("2021-13") << 2021.5 << 2022.0 << 2021.5;
    QTest::newRow("empty") << QString() << None << None << None;
    QTest::newRow("text") << QStringLiteral("baseline") << None << None << None;
    QTest::newRow("n/a") << QStringLiteral("n/a") << None << None << None;
    QTest::newRow("two digits") << QStringLiteral("21") << None << None << None;
    QTest::newRow("five digits") << QStringLiteral("20215") << None << None << None;
    QTest::newRow("leading zero") << QStringLiteral("0999") << None << None << None;
}

void TestIndicatorFigures::periodPosition()
{
    QFETCH(QString, period);
    QFETCH(double, position);
    QFETCH(double, end);
    QFETCH(double, due);

    COMPARE_OPTIONAL(IndicatorMath::periodPosition(period), position);
    COMPARE_OPTIONAL(IndicatorMath::periodEnd(period), end);
    COMPARE_OPTIONAL(IndicatorMath::periodDue(period), due);
}

void TestIndicatorFigures::datePosition()
{
    QCOMPARE(IndicatorMath::datePosition(QDate(2026, 1, 1)), 2026.0);
    // 2 July 2024 is day 184 of 366; the day starts after 183 whole days.
    QCOMPARE(IndicatorMath::datePosition(QDate(2024, 7, 2)), 2024 + 183.0 / 366);
    QCOMPARE(IndicatorMath::datePosition(QDate(2025, 12, 31)), 2025 + 364.0 / 365);
}

void TestIndicatorFigures::sortsObservations()
{
    IndicatorInput input;
    input.observations = pointsFrom(QStringLiteral(
        "2023:719;n/a:1;2021Q3:5;2015:549;2018-2022:650;2015:550;2021:4;2021Q1:3;later:2"));
    const IndicatorFigures f = IndicatorMath::compute(input);

    // Equal periods (the two 2015s) and unreadable ones keep their input order.
    QCOMPARE(periodsOf(f.observations),
             QStringLiteral("2015;2015;2018-2022;2021Q1;2021;2021Q3;2023;n/a;later"));
    QCOMPARE(f.observations.at(0).value, 549.0);
    QCOMPARE(f.observations.at(1).value, 550.0);
    QCOMPARE(f.observationCount, 9);
    QVERIFY(f.baseline);
    QCOMPARE(f.baseline->period, QStringLiteral("2015"));
    QCOMPARE(f.baseline->value, 549.0);
    QVERIFY(f.latest);
    QCOMPARE(f.latest->period, QStringLiteral("later"));
    QCOMPARE(f.latest->value, 2.0);

    // Enough equal periods that an unstable sort would shuffle them.
    IndicatorInput many;
    for (int i = 0; i < 40; ++i)
        many.observations.append({QString::number(2021 - i % 2), double(i)});
    const IndicatorFigures g = IndicatorMath::compute(many);
    for (int i = 0; i < 40; ++i) {
        const int expected = i < 20 ? 2 * i + 1 : 2 * (i - 20);
        QCOMPARE(g.observations.at(i).value, double(expected));
    }
}

void TestIndicatorFigures::figures_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("observations");
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<double>("change");
    QTest::addColumn<double>("relativeChange");
    QTest::addColumn<QString>("target"); // period of the target used, empty: none
    QTest::addColumn<double>("progress");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reasonHas"); // tells which branch of the rule decided

    const QDate mid2024(2024, 6, 1);

    // Cooperation bases (DOMAIN §5): 170 of 251 is 0.677, 8 of 10 years is 0.8; 0.677 < 0.7
    // but ≥ 0.4.
    QTest::newRow("higher, behind pace: at risk")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2025:800") << mid2024
        << 170.0 << 170.0 / 549 << QStringLiteral("2025") << 170.0 / 251 << 0.8 << AtRisk
        << QStringLiteral("of the way");
    // GII rank: 23 of 24 places, 10 of 13 years.
    QTest::newRow("lower, ahead of pace: on track")
        << Lower << QStringLiteral("2012:34;2022:11") << QStringLiteral("2025:10") << mid2024
        << -23.0 << -23.0 / 34 << QStringLiteral("2025") << 23.0 / 24 << 10.0 / 13 << OnTrack
        << QStringLiteral("of the way");
    QTest::newRow("lower, behind pace: at risk")
        << Lower << QStringLiteral("2012:34;2022:24") << QStringLiteral("2025:10") << mid2024
        << -10.0 << -10.0 / 34 << QStringLiteral("2025") << 10.0 / 24 << 10.0 / 13 << AtRisk
        << QStringLiteral("of the way");
    QTest::newRow("higher, far behind pace: off track")
        << Higher << QStringLiteral("2015:549;2023:600") << QStringLiteral("2025:800") << mid2024
        << 51.0 << 51.0 / 549 << QStringLiteral("2025") << 51.0 / 251 << 0.8 << OffTrack
        << QStringLiteral("of the way");
    // Expected 0.8: on track from 0.7, at risk from 0.4.
    QTest::newRow("just within the margin: on track")
        << Higher << QStringLiteral("2015:0;2023:71") << QStringLiteral("2025:100") << mid2024
        << 71.0 << None << QStringLiteral("2025") << 0.71 << 0.8 << OnTrack
        << QStringLiteral("of the way");
    QTest::newRow("just outside the margin: at risk")
        << Higher << QStringLiteral("2015:0;2023:69") << QStringLiteral("2025:100") << mid2024
        << 69.0 << None << QStringLiteral("2025") << 0.69 << 0.8 << AtRisk
        << QStringLiteral("of the way");
    QTest::newRow("just under half the pace: off track")
        << Higher << QStringLiteral("2015:0;2023:39") << QStringLiteral("2025:100") << mid2024
        << 39.0 << None << QStringLiteral("2025") << 0.39 << 0.8 << OffTrack
        << QStringLiteral("of the way");

    QTest::newRow("higher, target reached")
        << Higher << QStringLiteral("2015:549;2023:820") << QStringLiteral("2025:800") << mid2024
        << 271.0 << 271.0 / 549 << QStringLiteral("2025") << 271.0 / 251 << 0.8 << OnTrack
        << QStringLiteral("has reached");
    QTest::newRow("lower, target reached")
        << Lower << QStringLiteral("2012:34;2022:9") << QStringLiteral("2025:10") << mid2024
        << -25.0 << -25.0 / 34 << QStringLiteral("2025") << 25.0 / 24 << 10.0 / 13 << OnTrack
        << QStringLiteral("has reached");
    // 0.30000000000000004 is 0.3 give or take rounding: reached, though the period has ended.
    QTest::newRow("lower, target reached up to rounding")
        << Lower << QStringLiteral("2015:0.5;2023:0.30000000000000004")
        << QStringLiteral("2023:0.3") << mid2024 << -0.2 << -0.4 << QStringLiteral("2023") << 1.0
        << 1.0 << OnTrack << QStringLiteral("has reached");

    QTest::newRow("higher, moving away")
        << Higher << QStringLiteral("2015:549;2023:500") << QStringLiteral("2025:800") << mid2024
        << -49.0 << -49.0 / 549 << QStringLiteral("2025") << -49.0 / 251 << 0.8 << OffTrack
        << QStringLiteral("further from");
    QTest::newRow("lower, moving away")
        << Lower << QStringLiteral("2012:34;2022:40") << QStringLiteral("2025:10") << mid2024 << 6.0
        << 6.0 / 34 << QStringLiteral("2025") << -0.25 << 10.0 / 13 << OffTrack
        << QStringLiteral("further from");
    // Progress is undefined (target = baseline) or misleading (target below baseline: 2.1).
    QTest::newRow("target equal to baseline, lost")
        << Higher << QStringLiteral("2015:549;2023:540") << QStringLiteral("2025:549") << mid2024
        << -9.0 << -9.0 / 549 << QStringLiteral("2025") << None << 0.8 << OffTrack
        << QStringLiteral("met the target");
    QTest::newRow("target the baseline met, lost")
        << Higher << QStringLiteral("2015:549;2023:530") << QStringLiteral("2025:540") << mid2024
        << -19.0 << -19.0 / 549 << QStringLiteral("2025") << 19.0 / 9 << 0.8 << OffTrack
        << QStringLiteral("met the target");

    // Target 2024 ends at the start of 2025; 8 of 9 years elapsed, 0.677 < 0.789 but ≥ 0.444.
    QTest::newRow("target period ended by today")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2024:800")
        << QDate(2025, 1, 1) << 170.0 << 170.0 / 549 << QStringLiteral("2024") << 170.0 / 251
        << 8.0 / 9 << OffTrack << QStringLiteral("has ended");
    QTest::newRow("target period open on its last day")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2024:800")
        << QDate(2024, 12, 31) << 170.0 << 170.0 / 549 << QStringLiteral("2024") << 170.0 / 251
        << 8.0 / 9 << AtRisk << QStringLiteral("of the way");
    QTest::newRow("no date: no check against today")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2024:800") << QDate()
        << 170.0 << 170.0 / 549 << QStringLiteral("2024") << 170.0 / 251 << 8.0 / 9 << AtRisk
        << QStringLiteral("of the way");
    QTest::newRow("target period ended at the latest observation")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2023:800") << QDate()
        << 170.0 << 170.0 / 549 << QStringLiteral("2023") << 170.0 / 251 << 1.0 << OffTrack
        << QStringLiteral("has ended");

    QTest::newRow("the next open target is used")
        << Higher << QStringLiteral("2015:549;2023:719")
        << QStringLiteral("2030:1000;2020:600;2025:800") << mid2024 << 170.0 << 170.0 / 549
        << QStringLiteral("2025") << 170.0 / 251 << 0.8 << AtRisk << QStringLiteral("of the way");
    QTest::newRow("the target for the latest period is used")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2025:800;2023:700")
        << mid2024 << 170.0 << 170.0 / 549 << QStringLiteral("2023") << 170.0 / 151 << 1.0
        << OnTrack << QStringLiteral("has reached");
    // Targets due before the latest observation: expected progress is capped at 1.
    QTest::newRow("all targets past, last one met")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2020:650;2018:600")
        << mid2024 << 170.0 << 170.0 / 549 << QStringLiteral("2020") << 170.0 / 101 << 1.0
        << OnTrack << QStringLiteral("has reached");
    QTest::newRow("all targets past, last one missed")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2018:600;2020:750")
        << mid2024 << 170.0 << 170.0 / 549 << QStringLiteral("2020") << 170.0 / 201 << 1.0
        << OffTrack << QStringLiteral("has ended");
    QTest::newRow("target before the baseline: all time elapsed")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("2010:800") << mid2024
        << 170.0 << 170.0 / 549 << QStringLiteral("2010") << 170.0 / 251 << 1.0 << OffTrack
        << QStringLiteral("has ended");

    // Centrality rank: 2015.5 → 2020.5 of 2015.5 → 2025.5 is half the time; 2 of 3 places.
    QTest::newRow("lower, ranges of years")
        << Lower << (enDash("2013", "2017:6;") + QStringLiteral("2018-2022:4"))
        << QStringLiteral("2025:3") << QDate(2024, 1, 1) << -2.0 << -1.0 / 3
        << QStringLiteral("2025") << 2.0 / 3 << 0.5 << OnTrack << QStringLiteral("of the way");
    // Due in 2025 (2025.5), not at the range's midpoint: 2 of 4 years, half the way.
    QTest::newRow("range target due in its last year")
        << Higher << QStringLiteral("2021:10;2023:15") << enDash("2021", "2025:20")
        << QDate(2024, 3, 1) << 5.0 << 0.5 << enDash("2021", "2025") << 0.5 << 0.5 << OnTrack
        << QStringLiteral("of the way");
    QTest::newRow("quarters") << Higher << QStringLiteral("2021Q1:10;2021Q3:20")
                              << QStringLiteral("2022Q1:30") << QDate(2021, 10, 1) << 10.0 << 1.0
                              << QStringLiteral("2022Q1") << 0.5 << 0.5 << OnTrack
                              << QStringLiteral("of the way");
    QTest::newRow("unordered observations")
        << Higher << QStringLiteral("2023:719;2019:600;2015:549") << QStringLiteral("2025:800")
        << mid2024 << 170.0 << 170.0 / 549 << QStringLiteral("2025") << 170.0 / 251 << 0.8 << AtRisk
        << QStringLiteral("of the way");
    QTest::newRow("unreadable target period")
        << Higher << QStringLiteral("2015:549;2023:719") << QStringLiteral("end of plan:800")
        << mid2024 << 170.0 << 170.0 / 549 << QStringLiteral("end of plan") << 170.0 / 251 << None
        << NoData << QStringLiteral("cannot all be read");

    QTest::newRow("single observation, target open")
        << Higher << QStringLiteral("2022:53") << QStringLiteral("2025:100") << mid2024 << None
        << None << QStringLiteral("2025") << 0.0 << 0.0 << NoData
        << QStringLiteral("only one observation");
    QTest::newRow("single observation, target met")
        << Higher << QStringLiteral("2022:53") << QStringLiteral("2025:50") << mid2024 << None
        << None << QStringLiteral("2025") << 0.0 << 0.0 << OnTrack << QStringLiteral("has reached");
    QTest::newRow("single observation, target period ended")
        << Higher << QStringLiteral("2022:53") << QStringLiteral("2022:100") << mid2024 << None
        << None << QStringLiteral("2022") << 0.0 << 1.0 << OffTrack << QStringLiteral("has ended");
    QTest::newRow("no observations")
        << Higher << QString() << QStringLiteral("2025:800") << mid2024 << None << None << QString()
        << None << None << NoData << QStringLiteral("no observations");

    // Without a target: the trend from baseline to latest.
    QTest::newRow("no target, higher, better")
        << Higher << QStringLiteral("2012:46700;2020:144500") << QString() << mid2024 << 97800.0
        << 97800.0 / 46700 << QString() << None << None << OnTrack
        << QStringLiteral("No target is set; the trend");
    QTest::newRow("no target, higher, worse")
        << Higher << QStringLiteral("2018:9.70;2020:9.15") << QString() << mid2024 << -0.55
        << -0.55 / 9.7 << QString() << None << None << OffTrack
        << QStringLiteral("No target is set; the trend");
    QTest::newRow("no target, lower, better")
        << Lower << QStringLiteral("2012:50;2022:40") << QString() << mid2024 << -10.0 << -0.2
        << QString() << None << None << OnTrack << QStringLiteral("No target is set; the trend");
    QTest::newRow("no target, lower, worse")
        << Lower << QStringLiteral("2012:34;2022:40") << QString() << mid2024 << 6.0 << 6.0 / 34
        << QString() << None << None << OffTrack << QStringLiteral("No target is set; the trend");
    QTest::newRow("no target, unchanged")
        << Higher << QStringLiteral("2015:158;2022:158") << QString() << mid2024 << 0.0 << 0.0
        << QString() << None << None << AtRisk << QStringLiteral("No target is set; the trend");
    QTest::newRow("no target, negative baseline")
        << Higher << QStringLiteral("2015:-10;2020:-5") << QString() << mid2024 << 5.0 << 0.5
        << QString() << None << None << OnTrack << QStringLiteral("No target is set; the trend");
    QTest::newRow("no target, single observation")
        << Higher << QStringLiteral("2022:53") << QString() << mid2024 << None << None << QString()
        << None << None << NoData << QStringLiteral("not enough observations");
}

void TestIndicatorFigures::figures()
{
    QFETCH(int, direction);
    QFETCH(QString, observations);
    QFETCH(QString, targets);
    QFETCH(QDate, today);
    QFETCH(double, change);
    QFETCH(double, relativeChange);
    QFETCH(QString, target);
    QFETCH(double, progress);
    QFETCH(double, expected);
    QFETCH(int, status);
    QFETCH(QString, reasonHas);

    IndicatorInput input;
    input.direction = IndicatorDirection(direction);
    input.observations = pointsFrom(observations);
    input.targets = pointsFrom(targets);
    input.today = today;
    const IndicatorFigures f = IndicatorMath::compute(input);

    QCOMPARE(f.observationCount, int(input.observations.size()));
    COMPARE_OPTIONAL(f.change, change);
    COMPARE_OPTIONAL(f.relativeChange, relativeChange);
    QCOMPARE(f.target ? f.target->period : QString(), target);
    COMPARE_OPTIONAL(f.progress, progress);
    COMPARE_OPTIONAL(f.expectedProgress, expected);
    QCOMPARE(IndicatorMath::statusName(f.status),
             IndicatorMath::statusName(IndicatorStatus(status)));
    if (!f.statusReason.contains(reasonHas))
        QFAIL(qPrintable(
            QStringLiteral("reason \"%1\" lacks \"%2\"").arg(f.statusReason, reasonHas)));
}

void TestIndicatorFigures::benchmarkGaps_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("observations");
    QTest::addColumn<double>("benchmark");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("difference");
    QTest::addColumn<bool>("ahead");

    // Foreign funds in R&D expenditure: 0.21 % against the USA's 6.74 %; the latest counts.
    QTest::newRow("higher, far behind")
        << Higher << QStringLiteral("2012:1;2021:0.21") << 6.74 << 0.21 / 6.74 << -6.53 << false;
    QTest::newRow("higher, ahead")
        << Higher << QStringLiteral("2022:50") << 42.4 << 50 / 42.4 << 7.6 << true;
    QTest::newRow("higher, equal counts as ahead")
        << Higher << QStringLiteral("2022:5") << 5.0 << 1.0 << 0.0 << true;
    QTest::newRow("lower, lower value ahead")
        << Lower << QStringLiteral("2022:11") << 15.0 << 11.0 / 15 << -4.0 << true;
    QTest::newRow("lower, higher value behind")
        << Lower << QStringLiteral("2022:11") << 3.0 << 11.0 / 3 << 8.0 << false;
    QTest::newRow("zero benchmark: no ratio")
        << Higher << QStringLiteral("2022:2") << 0.0 << None << 2.0 << true;
}

void TestIndicatorFigures::benchmarkGaps()
{
    QFETCH(int, direction);
    QFETCH(QString, observations);
    QFETCH(double, benchmark);
    QFETCH(double, ratio);
    QFETCH(double, difference);
    QFETCH(bool, ahead);

    IndicatorInput input;
    input.direction = IndicatorDirection(direction);
    input.observations = pointsFrom(observations);
    input.benchmarks = {{QStringLiteral("USA"), QStringLiteral("2021"), benchmark}};
    const IndicatorFigures f = IndicatorMath::compute(input);

    QCOMPARE(f.gaps.size(), qsizetype(1));
    const BenchmarkGap &gap = f.gaps.first();
    QCOMPARE(gap.label, QStringLiteral("USA"));
    QCOMPARE(gap.period, QStringLiteral("2021"));
    QCOMPARE(gap.benchmark, benchmark);
    if (std::isnan(ratio))
        QVERIFY(std::isnan(gap.ratio));
    else
        QVERIFY2(std::abs(gap.ratio - ratio) < 1e-12, qPrintable(QString::number(gap.ratio)));
    QVERIFY2(std::abs(gap.difference - difference) < 1e-12,
             qPrintable(QString::number(gap.difference)));
    QCOMPARE(gap.ahead, ahead);
}

void TestIndicatorFigures::benchmarksKeepOrderAndNeedObservations()
{
    IndicatorInput input;
    input.benchmarks = {{QStringLiteral("USA"), QString(), 13.0},
                        {QStringLiteral("EU"), QStringLiteral("2021"), 1.0}};
    QVERIFY(IndicatorMath::compute(input).gaps.isEmpty());

    input.observations = pointsFrom(QStringLiteral("2021:1.37"));
    const IndicatorFigures f = IndicatorMath::compute(input);
    QCOMPARE(f.gaps.size(), qsizetype(2));
    QCOMPARE(f.gaps.at(0).label, QStringLiteral("USA"));
    QCOMPARE(f.gaps.at(0).ahead, false);
    QCOMPARE(f.gaps.at(1).label, QStringLiteral("EU"));
    QCOMPARE(f.gaps.at(1).ahead, true);
    QVERIFY(std::abs(f.gaps.at(0).ratio - 1.37 / 13) < 1e-12);
}

void TestIndicatorFigures::inputFromIndicator()
{
    Indicator indicator;
    indicator.higherIsBetter = false;
    indicator.observations = {{QStringLiteral("u1"), QStringLiteral("2022"), 11, {}, {}},
                              {QStringLiteral("u2"), QStringLiteral("2012"), 34, {}, {}}};
    indicator.targets = {{QStringLiteral("u3"), QStringLiteral("2025"), 10, {}}};
    indicator.benchmarks = {
        {QStringLiteral("u4"), QStringLiteral("USA"), QStringLiteral("2022"), 3, {}, {}}};
    const QDate today(2024, 6, 1);

    const IndicatorInput input = IndicatorMath::inputFrom(indicator, today);
    QCOMPARE(int(input.direction), Lower);
    QCOMPARE(periodsOf(input.observations), QStringLiteral("2022;2012"));
    QCOMPARE(input.observations.at(1).value, 34.0);
    QCOMPARE(periodsOf(input.targets), QStringLiteral("2025"));
    QCOMPARE(input.targets.at(0).value, 10.0);
    QCOMPARE(input.benchmarks.size(), qsizetype(1));
    QCOMPARE(input.benchmarks.at(0).label, QStringLiteral("USA"));
    QCOMPARE(input.benchmarks.at(0).period, QStringLiteral("2022"));
    QCOMPARE(input.benchmarks.at(0).value, 3.0);
    QCOMPARE(input.today, today);

    indicator.higherIsBetter = true;
    QCOMPARE(int(IndicatorMath::inputFrom(indicator, today).direction), Higher);
}

void TestIndicatorFigures::ruleAndNames()
{
    // The rule states the thresholds the code applies.
    QCOMPARE(IndicatorMath::OnTrackMargin, 0.10);
    QCOMPARE(IndicatorMath::AtRiskShare, 0.5);
    const QString rule = IndicatorMath::statusRule();
    QVERIFY(rule.contains(QLatin1String("10 points")));
    QVERIFY(rule.contains(QLatin1String("half")));

    QSet<QString> names;
    for (IndicatorStatus s : {IndicatorStatus::NoData, IndicatorStatus::OnTrack,
                              IndicatorStatus::AtRisk, IndicatorStatus::OffTrack}) {
        const QString name = IndicatorMath::statusName(s);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(IndicatorMath::statusName(IndicatorStatus::AtRisk), QStringLiteral("At risk"));
}

QTEST_GUILESS_MAIN(TestIndicatorFigures)
#include "tst_indicatorfigures.moc"
