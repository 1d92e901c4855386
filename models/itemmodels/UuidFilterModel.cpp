#include "UuidFilterModel.h"

UuidFilterModel::UuidFilterModel(int uuidRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_role(uuidRole)
{
    setDynamicSortFilter(true);
}

void UuidFilterModel::setUuids(const QSet<QString> &uuids)
{
    if (m_active && uuids == m_uuids)
        return;
    m_active = true;
    m_uuids = uuids;
    invalidateFilter();
}

void UuidFilterModel::clearUuids()
{
    if (!m_active)
        return;
    m_active = false;
    m_uuids.clear();
    invalidateFilter();
}

bool UuidFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_active)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_uuids.contains(index.data(m_role).toString());
}
