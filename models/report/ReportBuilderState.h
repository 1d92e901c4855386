#pragma once

#include "ReportBuilder.h"
#include "domain/Bottleneck.h"
#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"

#include <QHash>
#include <QMap>

// ReportBuilder's working data, shared by its two source files.
struct ReportBuilder::State
{
    const ProjectStore &store;
    ReportOptions options;
    QDate today;
    ReportLanguage lang;
    ReportDocument doc;

    WeightSetRecord set;
    ScoringData data;
    Evaluation::Result result;
    Sensitivity::MonteCarloResult monteCarlo;
    QList<Bottleneck> bottlenecks;
    QHash<QString, BottleneckCategory> categories;
    QList<BottleneckCategory> categoryList;
    QList<Indicator> indicators;
    QList<IndicatorFigures> figures;
    QList<int> shown; // policy indices in ranking order
    QMap<QString, int> sources;

    State(const ProjectStore &s, const ReportOptions &o, const QDate &t)
        : store(s)
        , options(o)
        , today(t)
        , lang(o.language)
    {}
};
