#pragma once

#include "Aggregation.h"
#include "EvidenceMaturity.h"
#include "ScoreMatrix.h"
#include "domain/Evaluator.h"
#include "domain/Framework.h"

#include <QStringList>

// Everything the scoring engine needs from a project, read in one go: the index order of
// policies, goals (Framework::goals() order) and evaluators, the score matrix, the lead
// evaluator's consensus overrides and the evidence items. ProjectStore::loadScoringData
// fills it; the engine never sees the file.
struct ScoringData
{
    QStringList policyUuids;
    QStringList policyCodes;
    QStringList policyTitles;
    QList<GoalNode> goals;
    QStringList goalUuids;
    QList<Evaluator> evaluators;
    QStringList evaluatorUuids;
    ScoreMatrix scores;
    ConsensusOverrides overrides;
    QHash<CellRef, QString> overrideRationales;
    QVector<EvidenceMaturity::Item> evidence;

    int policyIndex(const QString &uuid) const { return int(policyUuids.indexOf(uuid)); }
    int goalIndex(const QString &uuid) const { return int(goalUuids.indexOf(uuid)); }
};
