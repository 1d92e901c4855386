#include "CellScoresModel.h"

#include "Project.h"
#include "domain/Vocabulary.h"

#include <QFont>
#include <QLocale>

CellScoresModel::CellScoresModel(Project *project, QObject *parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    connect(project, &Project::changed, this, &CellScoresModel::onChanged);
}

void CellScoresModel::setCell(const QString &policyUuid, const QString &goalUuid)
{
    m_policy = policyUuid;
    m_goal = goalUuid;
    reload();
}

void CellScoresModel::reload()
{
    beginResetModel();
    m_scores.clear();
    m_evidenceCounts.clear();
    if (!m_policy.isEmpty() && !m_goal.isEmpty()) {
        m_scores = m_project->store().scores(m_policy, m_goal);
        for (const Score &s : std::as_const(m_scores))
            m_evidenceCounts << int(m_project->store().evidence(s.uuid).size());
    }
    endResetModel();
}

void CellScoresModel::onChanged(const RowChanges &changes)
{
    for (const RowChange &c : changes) {
        const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
        const bool ourScore = c.table == QLatin1String("score") &&
                              row.value(QStringLiteral("policy_uuid")).toString() == m_policy &&
                              row.value(QStringLiteral("goal_uuid")).toString() == m_goal;
        bool ourEvidence = false;
        if (c.table == QLatin1String("evidence")) {
            const QString score = row.value(QStringLiteral("score_uuid")).toString();
            for (const Score &s : std::as_const(m_scores))
                ourEvidence = ourEvidence || s.uuid == score;
        }
        if (ourScore || ourEvidence || c.table == QLatin1String("evaluator")) {
            reload();
            return;
        }
    }
}

int CellScoresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int CellScoresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellScoresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Score &s = m_scores.at(index.row());
    if (role == Qt::FontRole && s.evaluatorUuid == m_project->evaluator().uuid &&
        index.column() == Evaluator) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Evaluator:
        return s.evaluatorName;
    case Value:
        return Vocabulary::scoreDisplay(s.value);
    case Rationale:
        return s.rationale;
    case EvidenceCount:
        return m_evidenceCounts.value(index.row());
    case Modified:
        return QLocale().toString(s.modified.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant CellScoresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Evaluator:
        return tr("Evaluator");
    case Value:
        return tr("Score");
    case Rationale:
        return tr("Rationale");
    case EvidenceCount:
        return tr("Evidence");
    case Modified:
        return tr("Changed");
    }
    return {};
}
