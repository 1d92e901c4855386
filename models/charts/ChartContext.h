#pragma once

#include "domain/Bottleneck.h"
#include "domain/Framework.h"
#include "domain/Indicator.h"
#include "scoring/Evaluation.h"
#include "scoring/IndicatorFigures.h"
#include "scoring/Sensitivity.h"

#include <QDate>
#include <QHash>
#include <optional>

// Everything a dashboard chart draws from, for one project at one moment: the scoring
// engine's data and results (owned by ScoringState, pointed to here) and the tracking
// records (owned here). Charts never read the project file; DashboardData keeps a
// context up to date for the dashboard, and a report can fill one for itself.
struct ChartContext
{
    const Framework *framework = nullptr;
    const ScoringData *scoring = nullptr;
    const Evaluation::Result *result = nullptr;
    const std::optional<Sensitivity::MonteCarloResult> *monteCarlo = nullptr;
    QList<BottleneckCategory> categories; // tree order
    QList<Bottleneck> bottlenecks;
    QList<Indicator> indicators;     // library order
    QList<IndicatorFigures> figures; // per indicator
    QDate today;

    bool hasScoring() const { return framework && scoring && result; }
    std::optional<Sensitivity::MonteCarloResult> ranks() const
    {
        return monteCarlo ? *monteCarlo : std::nullopt;
    }
    int indicatorIndex(const QString &uuid) const;
    const BottleneckCategory *category(const QString &code) const;
    QString policyLabel(int policy) const; // "P03 Title"
    QString goalLabel(int goal) const;     // "D2 Belt and Road innovation cooperation"
};
