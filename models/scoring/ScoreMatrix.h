#pragma once

#include "domain/Score.h"

#include <QHashFunctions>
#include <QList>
#include <QStringList>
#include <QtGlobal>
#include <optional>
#include <vector>

// A (policy, goal) cell by index, as the scoring engine reports cells.
struct CellRef
{
    int policy = -1;
    int goal = -1;

    friend bool operator==(const CellRef &a, const CellRef &b)
    {
        return a.policy == b.policy && a.goal == b.goal;
    }
};

inline size_t qHash(const CellRef &cell, size_t seed = 0)
{
    return ::qHash((quint64(quint32(cell.policy)) << 32) | quint32(cell.goal), seed);
}

// All scores of a project in the dense form the scoring engine works on: policies ×
// goals × evaluators, one byte per slot, evaluators innermost so that the scores of one
// (policy, goal) cell are contiguous. The engine knows indices only; whoever builds the
// matrix keeps the index ↔ UUID mapping (fromScores() does it for store rows).
// 2,000 policies × 20 goals × 10 evaluators take 400 kB.
class ScoreMatrix
{
public:
    // What a slot holds when it is not a score 0..4. "Not applicable" is an answer (the
    // evaluator looked and said N/A); "unscored" means the evaluator has not answered.
    // Both are excluded from means and agreement, but the engine reports them apart.
    enum Code : qint8
    {
        Unscored = -2,
        NotApplicable = -1,
    };

    ScoreMatrix() = default;
    // Every slot starts Unscored.
    ScoreMatrix(int policies, int goals, int evaluators);

    int policyCount() const { return m_policies; }
    int goalCount() const { return m_goals; }
    int evaluatorCount() const { return m_evaluators; }

    qint8 value(int policy, int goal, int evaluator) const
    {
        return m_values[index(policy, goal, evaluator)];
    }
    // `value` is a score Score::Min..Score::Max, NotApplicable or Unscored; anything else
    // is refused (returns false, slot unchanged).
    bool setValue(int policy, int goal, int evaluator, int value);
    // A store score: nullopt is "not applicable".
    bool setScore(int policy, int goal, int evaluator, std::optional<int> score);

    // The evaluatorCount() slots of one cell.
    const qint8 *cell(int policy, int goal) const
    {
        Q_ASSERT(policy >= 0 && policy < m_policies && goal >= 0 && goal < m_goals);
        return m_values.data() +
               (size_t(policy) * size_t(m_goals) + size_t(goal)) * size_t(m_evaluators);
    }

    static bool isScore(qint8 value) { return value >= Score::Min && value <= Score::Max; }

    // Builds the matrix from store rows; the lists give the index order. Rows naming a
    // policy, goal or evaluator not in the lists, or holding a value outside 0..4, are
    // left out and counted in `skipped`.
    static ScoreMatrix fromScores(const QList<Score> &scores, const QStringList &policyUuids,
                                  const QStringList &goalUuids, const QStringList &evaluatorUuids,
                                  int *skipped = nullptr);

private:
    size_t index(int policy, int goal, int evaluator) const
    {
        Q_ASSERT(policy >= 0 && policy < m_policies && goal >= 0 && goal < m_goals &&
                 evaluator >= 0 && evaluator < m_evaluators);
        return (size_t(policy) * size_t(m_goals) + size_t(goal)) * size_t(m_evaluators) +
               size_t(evaluator);
    }

    int m_policies = 0;
    int m_goals = 0;
    int m_evaluators = 0;
    std::vector<qint8> m_values;
};
