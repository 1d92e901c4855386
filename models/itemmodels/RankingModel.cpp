#include "RankingModel.h"

#include "scoring/ScoringState.h"

#include <QLocale>

RankingModel::RankingModel(ScoringState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &ScoringState::updated, this, &RankingModel::reset);
    reset();
}

void RankingModel::reset()
{
    beginResetModel();
    const Evaluation::Result &r = m_state->result();
    m_rows = int(r.policyScores.size());
    m_disputedPerPolicy = QVector<int>(m_rows, 0);
    for (const CellRef &cell : r.dispersion.disputed) {
        if (cell.policy >= 0 && cell.policy < m_rows)
            ++m_disputedPerPolicy[cell.policy];
    }
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int p = index.row();
    const ScoringData &d = m_state->data();
    const Evaluation::Result &r = m_state->result();
    const Aggregation::PolicyScore &s = r.policyScores.at(p);
    const auto &mc = m_state->monteCarlo();
    const bool hasMc = mc && mc->isValid() && p < mc->policies.size();
    const QLocale locale;
    if (role == PolicyUuidRole)
        return d.policyUuids.value(p);
    if (role == Qt::TextAlignmentRole && index.column() != Title && index.column() != Code)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Rank:
            return r.ranks.at(p) > 0 ? r.ranks.at(p) : 1000000; // unranked last
        case Score:
        case Score100:
            return s.isNotApplicable() ? -1.0 : s.score;
        case GoalsScored:
            return s.goalsCounted;
        case RankInterval:
            return hasMc ? mc->policies.at(p).medianRank : 1000000;
        case TopK:
            return hasMc ? mc->policies.at(p).probabilityTopK : -1.0;
        case Unsupported:
            return r.maturity.flagsPerPolicy.value(p);
        case Disputed:
            return m_disputedPerPolicy.value(p);
        default:
            break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == RankInterval)
            return tr("Median rank and 5–95 % interval over the Monte Carlo weight draws");
        if (index.column() == Unsupported)
            return tr("Cells scored 3 or 4 whose evidence stops at input or activity level "
                      "(effect claimed without outcome evidence)");
        if (index.column() == Disputed)
            return tr("Cells where the evaluators' scores differ by 2 or more");
        if (index.column() == Title)
            return d.policyTitles.value(p);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return r.ranks.at(p) > 0 ? QVariant(r.ranks.at(p)) : QVariant(tr("–"));
    case Code:
        return d.policyCodes.value(p);
    case Title:
        return d.policyTitles.value(p);
    case Score:
        return s.isNotApplicable() ? tr("N/A") : locale.toString(s.score, 'f', 2);
    case Score100:
        return s.isNotApplicable() ? tr("N/A") : locale.toString(s.percent, 'f', 1);
    case GoalsScored:
        return s.goalsCounted;
    case RankInterval:
        if (!hasMc)
            return QString();
        return tr("%1 (%2–%3)")
            .arg(mc->policies.at(p).medianRank)
            .arg(mc->policies.at(p).rankP05)
            .arg(mc->policies.at(p).rankP95);
    case TopK:
        return hasMc ? locale.toString(100.0 * mc->policies.at(p).probabilityTopK, 'f', 0) +
                           QLatin1Char('%')
                     : QString();
    case Unsupported:
        return r.maturity.flagsPerPolicy.value(p);
    case Disputed:
        return m_disputedPerPolicy.value(p);
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const auto &mc = m_state->monteCarlo();
    switch (section) {
    case Rank:
        return tr("Rank");
    case Code:
        return tr("Code");
    case Title:
        return tr("Policy");
    case Score:
        return tr("Score (0–4)");
    case Score100:
        return tr("Score (0–100)");
    case GoalsScored:
        return tr("Goals");
    case RankInterval:
        return tr("Rank (5–95 %)");
    case TopK:
        return tr("P(top %1)").arg(mc && mc->isValid() ? mc->topK : 3);
    case Unsupported:
        return tr("Unsupported claims");
    case Disputed:
        return tr("Disputed");
    }
    return {};
}
