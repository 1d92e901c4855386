#pragma once

#include "domain/Bottleneck.h"
#include "domain/Framework.h"

#include <QAbstractTableModel>

class BottleneckTableModel;

// Where the bottlenecks pile up: bottleneck categories (rows, in taxonomy order) × goals
// (columns, plus a total), each cell the number of unresolved bottlenecks (open, in
// progress or mitigated) of that category that block that goal. A top-level category
// counts its sub-categories too. Recomputed from the register model whenever it changes.
class BottleneckMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        CountRole = Qt::UserRole + 1,
        CategoryCodeRole,
        GoalUuidRole, // empty in the total column
    };

    BottleneckMatrixModel(BottleneckTableModel *register_, const Framework &framework,
                          QList<BottleneckCategory> categories, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setCategories(QList<BottleneckCategory> categories);
    int count(int row, int column) const;
    int maxCount() const { return m_max; }
    void recompute();

private:
    BottleneckTableModel *m_register;
    QList<GoalNode> m_goals;
    QList<BottleneckCategory> m_categories;
    QList<int> m_counts; // row-major, columns = goals + total
    int m_max = 0;
};
