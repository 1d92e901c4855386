#pragma once

#include "CsvReader.h"
#include "ImportPlan.h"

#include <QCoreApplication>

class ProjectStore;
class QIODevice;

// Scores as CSV: columns policy,goal,evaluator,score,rationale (policy by code, goal by
// framework code, score 0–4 or NA; Chinese aliases 政策/政策编号, 目标/目标代码, 评估人/评价人,
// 评分/得分, 理由/评分理由; "不适用" accepted for NA). Unknown evaluators are added to the
// project; an existing (policy, goal, evaluator) score is updated.
class ScoreCsv
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCsv)

public:
    static QStringList columns();
    static ImportPlan plan(const CsvReader::Table &table, const ProjectStore &store);
    static bool write(const ProjectStore &store, QIODevice *device, QString *error);
};
