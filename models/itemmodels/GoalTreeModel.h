#pragma once

#include "domain/Framework.h"
#include "domain/Score.h"
#include "store/RowChange.h"

#include <QAbstractItemModel>
#include <QHash>

class Project;

// The goal framework as a tree (dimensions → goals) with, for the current policy, the
// current evaluator's score and every evaluator's scores per goal.
class GoalTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        MyScore,
        AllScores,
        ColumnCount
    };
    enum Role
    {
        GoalUuidRole = Qt::UserRole + 1,
        GoalCodeRole,
        IsDimensionRole,
        MyScoreValueRole
    };

    explicit GoalTreeModel(Project *project, QObject *parent = nullptr);

    void setPolicy(const QString &policyUuid);
    QString policy() const { return m_policy; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOfGoal(const QString &goalUuid, int column = 0) const;

private:
    struct Dimension
    {
        GoalNode node;
        QList<GoalNode> goals;
    };
    const GoalNode &nodeOf(const QModelIndex &index) const;
    const Score *myScore(const QString &goalUuid) const;
    void reloadScores();
    void onChanged(const RowChanges &changes);

    Project *m_project;
    QList<Dimension> m_dimensions;
    QString m_policy;
    QHash<QString, QList<Score>> m_scores; // goal uuid → all evaluators' scores
};
