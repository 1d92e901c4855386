#pragma once

#include "scoring/ScoreMatrix.h"

#include <QAbstractTableModel>

class ScoringState;

// The disputed cells (evaluators' scores differ by 2 or more), listed for discussion,
// with the consensus and whether the lead evaluator has set it.
class DisputedCellsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Policy,
        Goal,
        Scores,
        Range,
        Deviation,
        Consensus,
        ColumnCount
    };
    enum Role
    {
        PolicyUuidRole = Qt::UserRole + 1,
        GoalUuidRole,
        SortRole
    };

    explicit DisputedCellsModel(ScoringState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    CellRef cellAt(int row) const { return m_cells.value(row); }

private:
    ScoringState *m_state;
    QVector<CellRef> m_cells;
};
