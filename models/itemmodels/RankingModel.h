#pragma once

#include <QAbstractTableModel>

class ScoringState;

// Policies ranked by their weighted score, with the Monte Carlo rank interval when one has
// been computed, and the evidence-maturity and disagreement counts of each policy.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Code,
        Title,
        Score,
        Score100,
        GoalsScored,
        RankInterval,
        TopK,
        Unsupported,
        Disputed,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        PolicyUuidRole
    };

    explicit RankingModel(ScoringState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reset();

    ScoringState *m_state;
    QVector<int> m_disputedPerPolicy;
    int m_rows = 0;
};
