#pragma once

#include "domain/Score.h"
#include "store/RowChange.h"

#include <QAbstractTableModel>

class Project;

// Every evaluator's score of one policy on one goal, side by side.
class CellScoresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Evaluator,
        Value,
        Rationale,
        EvidenceCount,
        Modified,
        ColumnCount
    };

    explicit CellScoresModel(Project *project, QObject *parent = nullptr);

    void setCell(const QString &policyUuid, const QString &goalUuid);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onChanged(const RowChanges &changes);

    Project *m_project;
    QString m_policy;
    QString m_goal;
    QList<Score> m_scores;
    QList<int> m_evidenceCounts;
};
