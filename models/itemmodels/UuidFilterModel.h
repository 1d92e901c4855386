#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// Keeps the rows whose UUID (in `uuidRole` of column 0) is in a set; with the filter off,
// every row. The dashboard's "in selection" tables use it.
class UuidFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UuidFilterModel(int uuidRole, QObject *parent = nullptr);

    void setUuids(const QSet<QString> &uuids); // and turns the filter on
    void clearUuids();                         // every row
    bool isFiltering() const { return m_active; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_role;
    bool m_active = false;
    QSet<QString> m_uuids;
};
