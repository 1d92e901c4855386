#pragma once

#include "domain/Bottleneck.h"

#include <QAbstractTableModel>

class ProjectStore;

// The timeline of one bottleneck: every change of its fields, links and evidence from the
// change log, oldest first, in words ("Status: Open → In progress"). Links to a policy
// that was deleted later still name it (the code is found in the log of the deletion).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Change,
        Edit, // the edit it was part of (its undo text)
        ColumnCount
    };

    explicit HistoryModel(const ProjectStore *store, QObject *parent = nullptr);

    // Shows the history of a bottleneck (empty: none).
    void setBottleneck(const QString &uuid);
    QString bottleneckUuid() const { return m_uuid; }
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The sentence for one entry (also used by tests and reports).
    QString describe(const HistoryEntry &entry) const;
    const HistoryEntry &entryAt(int row) const { return m_entries.at(row); }

private:
    QString fieldLabel(const QString &field) const;
    QString fieldValue(const QString &field, const QString &value) const;
    QString policyCode(const QString &uuid) const;
    QString goalCode(const QString &uuid) const;

    const ProjectStore *m_store;
    QString m_uuid;
    QList<HistoryEntry> m_entries;
};
