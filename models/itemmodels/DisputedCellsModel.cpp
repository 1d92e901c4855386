#include "DisputedCellsModel.h"

#include "domain/Vocabulary.h"
#include "scoring/ScoringState.h"

#include <QLocale>

DisputedCellsModel::DisputedCellsModel(ScoringState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    auto reset = [this] {
        beginResetModel();
        // Overridden cells stay listed: the override is the answer to the dispute.
        m_cells = m_state->result().dispersion.disputed;
        endResetModel();
    };
    connect(state, &ScoringState::updated, this, reset);
    m_cells = m_state->result().dispersion.disputed;
}

int DisputedCellsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int DisputedCellsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputedCellsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellRef cell = m_cells.at(index.row());
    const ScoringData &d = m_state->data();
    const Evaluation::Result &r = m_state->result();
    const Aggregation::CellDispersion &dispersion = r.dispersion.at(cell.policy, cell.goal);
    const QLocale locale;
    if (role == PolicyUuidRole)
        return d.policyUuids.value(cell.policy);
    if (role == GoalUuidRole)
        return d.goalUuids.value(cell.goal);
    if (role == SortRole) {
        switch (index.column()) {
        case Range:
            return dispersion.range;
        case Deviation:
            return dispersion.standardDeviation;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Policy)
        return d.policyTitles.value(cell.policy);
    if (role == Qt::ToolTipRole && index.column() == Goal)
        return d.goals.value(cell.goal).name();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Policy:
        return d.policyCodes.value(cell.policy);
    case Goal:
        return d.goals.value(cell.goal).code;
    case Scores: {
        QStringList values;
        const qint8 *cellValues = d.scores.cell(cell.policy, cell.goal);
        for (int e = 0; e < d.scores.evaluatorCount(); ++e) {
            if (ScoreMatrix::isScore(cellValues[e]))
                values << QString::number(cellValues[e]);
            else if (cellValues[e] == ScoreMatrix::NotApplicable)
                values << Vocabulary::notApplicableLabel();
        }
        return values.join(QStringLiteral(" · "));
    }
    case Range:
        return locale.toString(dispersion.range, 'f', 0);
    case Deviation:
        return locale.toString(dispersion.standardDeviation, 'f', 2);
    case Consensus: {
        const auto value = r.consensus.value(cell.policy, cell.goal);
        const QString text =
            value ? locale.toString(*value, 'f', 2) : Vocabulary::notApplicableLabel();
        return r.consensus.isOverride(cell.policy, cell.goal) ? tr("%1 (set by lead)").arg(text)
                                                              : text;
    }
    }
    return {};
}

QVariant DisputedCellsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Policy:
        return tr("Policy");
    case Goal:
        return tr("Goal");
    case Scores:
        return tr("Scores");
    case Range:
        return tr("Range");
    case Deviation:
        return tr("Std. dev.");
    case Consensus:
        return tr("Consensus");
    }
    return {};
}
