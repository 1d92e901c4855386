#pragma once

#include "domain/Policy.h"
#include "store/RowChange.h"

#include <QAbstractTableModel>

class Project;

// The project's policies with how far their scoring has got. Follows every edit of the
// project (Project::changed) row by row, without reloading the whole table. Editing a
// cell pushes an EditPolicyCommand: the model never writes to the file itself.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Title,
        Issuer,
        Year,
        Level,
        Instrument,
        Scored,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole
    };

    explicit PolicyTableModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(const QString &uuid) const;
    QString uuidAt(int row) const;
    const PolicySummary &summaryAt(int row) const { return m_rows.at(row); }
    // All evaluators' scores over all policies, kept up to date with the rows (no query).
    int totalScores() const;

    void reload();

private:
    void onChanged(const RowChanges &changes);
    void refreshRow(const QString &uuid);

    Project *m_project;
    QList<PolicySummary> m_rows;
    int m_goalCount = 0;
};
