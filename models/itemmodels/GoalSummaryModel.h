#pragma once

#include <QAbstractTableModel>

class ScoringState;

// Per goal of the framework: its effective weight, how well the portfolio covers it, how
// far the evaluators agree on it (Krippendorff's alpha, ordinal) and the evidence behind
// its scores by result level.
class GoalSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Goal,
        Weight,
        Coverage,
        Strong,
        Alpha,
        Input,
        Activity,
        Output,
        Outcome,
        Impact,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    };

    explicit GoalSummaryModel(ScoringState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ScoringState *m_state;
    int m_rows = 0;
};
