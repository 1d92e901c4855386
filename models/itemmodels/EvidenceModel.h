#pragma once

#include "domain/Evidence.h"
#include "store/RowChange.h"

#include <QAbstractTableModel>

class Project;

// The evidence items behind one score, in their order.
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Level,
        Source,
        Locator,
        Quote,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };

    explicit EvidenceModel(Project *project, QObject *parent = nullptr);

    void setScore(const QString &scoreUuid);
    QString score() const { return m_score; }
    const Evidence &evidenceAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onChanged(const RowChanges &changes);

    Project *m_project;
    QString m_score;
    QList<Evidence> m_items;
};
