#pragma once

#include <QCoreApplication>
#include <QDate>

class ProjectStore;
class QIODevice;

// Exports of implementation tracking besides BottleneckCsv: bottlenecks as JSON, and
// indicators with their derived figures (IndicatorMath) as CSV or JSON.
//
// Indicator CSV columns: code,name_zh,name_en,unit,direction,goals,observations,
// baseline_period,baseline,latest_period,latest,change,target_period,target,progress,status,
// benchmarks, then unit_en. `unit` is the Chinese unit (as name_zh comes first), `goals` goal
// codes separated by ";", `observations` their number, `status` a code (no_data, on_track,
// at_risk, off_track) and `benchmarks` one "label period: value (ratio r)" per benchmark,
// separated by "; ". Empty cells where a figure does not exist. JSON nests everything.
// `today` decides whether a target period has ended (see IndicatorMath::compute).
class TrackingExport
{
    Q_DECLARE_TR_FUNCTIONS(TrackingExport)

public:
    static QStringList indicatorColumns();
    static bool writeBottlenecksJson(const ProjectStore &store, QIODevice *device, QString *error);
    static bool writeIndicatorsCsv(const ProjectStore &store, const QDate &today, QIODevice *device,
                                   QString *error);
    static bool writeIndicatorsJson(const ProjectStore &store, const QDate &today,
                                    QIODevice *device, QString *error);
};
