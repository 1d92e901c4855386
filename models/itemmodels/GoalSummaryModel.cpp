#include "GoalSummaryModel.h"

#include "domain/Vocabulary.h"
#include "scoring/ScoringState.h"

#include <QLocale>

GoalSummaryModel::GoalSummaryModel(ScoringState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &ScoringState::updated, this, [this] {
        beginResetModel();
        m_rows = int(m_state->data().goals.size());
        endResetModel();
    });
    m_rows = int(m_state->data().goals.size());
}

int GoalSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int GoalSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int g = index.row();
    const Evaluation::Result &r = m_state->result();
    const GoalNode &goal = m_state->data().goals.at(g);
    const Aggregation::GoalCoverage coverage = r.coverage.value(g);
    const Agreement::Alpha alpha = r.agreement.perGoal.value(g);
    const QLocale locale;
    const int levelColumn = index.column() - Input;
    if (role == Qt::TextAlignmentRole && index.column() > Goal)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Weight:
            return r.weights.goalCount() > g ? r.weights.effectiveWeight(g) : 0.0;
        case Coverage:
            return std::isnan(coverage.meanConsensus) ? -1.0 : coverage.meanConsensus;
        case Strong:
            return coverage.policiesStrong;
        case Alpha:
            return alpha.isDefined() ? alpha.alpha : -2.0;
        default:
            if (levelColumn >= 0 && levelColumn < EvidenceMaturity::LevelCount)
                return r.maturity.perGoal.value(g).at(std::size_t(levelColumn));
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Alpha && alpha.isDefined())
        return tr("Krippendorff's alpha (ordinal) over %1 pairable scores in %2 cells")
            .arg(alpha.pairableValues)
            .arg(alpha.pairableUnits);
    if (role == Qt::ToolTipRole && index.column() == Goal)
        return goal.description();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return goal.code;
    case Goal:
        return goal.name();
    case Weight:
        return r.weights.goalCount() > g
                   ? locale.toString(100.0 * r.weights.effectiveWeight(g), 'f', 1) +
                         QLatin1Char('%')
                   : QString();
    case Coverage:
        return std::isnan(coverage.meanConsensus) ? tr("N/A")
                                                  : locale.toString(coverage.meanConsensus, 'f', 2);
    case Strong:
        return tr("%1 of %2").arg(coverage.policiesStrong).arg(coverage.policiesApplicable);
    case Alpha:
        return alpha.isDefined() ? locale.toString(alpha.alpha, 'f', 3) : tr("n/a");
    default:
        if (levelColumn >= 0 && levelColumn < EvidenceMaturity::LevelCount)
            return r.maturity.perGoal.value(g).at(std::size_t(levelColumn));
    }
    return {};
}

QVariant GoalSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Goal:
        return tr("Goal");
    case Weight:
        return tr("Weight");
    case Coverage:
        return tr("Mean consensus");
    case Strong:
        return tr("Policies ≥ 3");
    case Alpha:
        return tr("Alpha");
    default:
        if (section >= Input && section <= Impact)
            return Vocabulary::resultLevelLabel(static_cast<ResultLevel>(section - Input));
    }
    return {};
}
