#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A value of an indicator in one period, with where it comes from.
struct Observation
{
    QString uuid;
    QString period; // "2022", "2018–2022", "2021Q3"
    double value = 0;
    QString source;
    QString note;
};

// A value the indicator should reach by a period.
struct IndicatorTarget
{
    QString uuid;
    QString period;
    double value = 0;
    QString note;
};

// An international comparison: the same indicator elsewhere ("USA", 2021, 6.74).
struct Benchmark
{
    QString uuid;
    QString label;
    QString period;
    double value = 0;
    QString source;
    QString note;
};

// An indicator of the library (DOMAIN §5) or one the user added: facts that show whether
// the goals it is linked to are being reached.
struct Indicator
{
    QString uuid;
    QString code; // UPPER_SNAKE, unique in a project
    QString nameZh;
    QString nameEn;
    QString unitZh;
    QString unitEn;
    bool higherIsBetter = true;
    QString level = QStringLiteral("output"); // result-level code (logic model)
    bool builtin = false;
    int sortOrder = 0;
    QStringList goalUuids;
    QList<Observation> observations;
    QList<IndicatorTarget> targets;
    QList<Benchmark> benchmarks;

    QString name() const; // in the UI language
    QString unit() const;
};
