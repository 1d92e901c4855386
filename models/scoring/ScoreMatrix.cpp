#include "ScoreMatrix.h"

#include <QHash>

ScoreMatrix::ScoreMatrix(int policies, int goals, int evaluators)
    : m_policies(qMax(0, policies))
    , m_goals(qMax(0, goals))
    , m_evaluators(qMax(0, evaluators))
    , m_values(size_t(m_policies) * size_t(m_goals) * size_t(m_evaluators), qint8(Unscored))
{}

bool ScoreMatrix::setValue(int policy, int goal, int evaluator, int value)
{
    if (value != Unscored && value != NotApplicable && (value < Score::Min || value > Score::Max))
        return false;
    m_values[index(policy, goal, evaluator)] = qint8(value);
    return true;
}

bool ScoreMatrix::setScore(int policy, int goal, int evaluator, std::optional<int> score)
{
    return setValue(policy, goal, evaluator, score ? *score : int(NotApplicable));
}

ScoreMatrix ScoreMatrix::fromScores(const QList<Score> &scores, const QStringList &policyUuids,
                                    const QStringList &goalUuids, const QStringList &evaluatorUuids,
                                    int *skipped)
{
    const auto indexOf = [](const QStringList &list) {
        QHash<QString, int> result;
        result.reserve(list.size());
        for (int i = 0; i < list.size(); ++i)
            result.insert(list.at(i), i);
        return result;
    };
    const QHash<QString, int> policies = indexOf(policyUuids);
    const QHash<QString, int> goals = indexOf(goalUuids);
    const QHash<QString, int> evaluators = indexOf(evaluatorUuids);

    ScoreMatrix matrix(int(policyUuids.size()), int(goalUuids.size()), int(evaluatorUuids.size()));
    int left = 0;
    for (const Score &s : scores) {
        const int p = policies.value(s.policyUuid, -1);
        const int g = goals.value(s.goalUuid, -1);
        const int e = evaluators.value(s.evaluatorUuid, -1);
        if (p < 0 || g < 0 || e < 0 || !matrix.setScore(p, g, e, s.value))
            ++left;
    }
    if (skipped)
        *skipped = left;
    return matrix;
}
