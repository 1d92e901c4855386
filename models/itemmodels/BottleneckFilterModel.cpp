#include "BottleneckFilterModel.h"

#include "BottleneckTableModel.h"

QSet<BottleneckStatus> BottleneckFilterModel::Filter::unresolved()
{
    return {BottleneckStatus::Open, BottleneckStatus::InProgress, BottleneckStatus::Mitigated};
}

BottleneckFilterModel::BottleneckFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BottleneckTableModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setNumericMode(true);
}

void BottleneckFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_table = qobject_cast<BottleneckTableModel *>(model);
    Q_ASSERT(m_table);
    QSortFilterProxyModel::setSourceModel(model);
}

void BottleneckFilterModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filter.text = m_filter.text.trimmed();
    invalidateFilter();
    emit filterChanged();
}

void BottleneckFilterModel::setScope(const SelectionRules::BottleneckScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateFilter();
    emit filterChanged();
}

bool BottleneckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_table || (m_filter.isEmpty() && m_scope.isEmpty()))
        return true;
    // Straight from the records, not through data(): the register must refilter 5,000
    // rows well within a keystroke.
    const Bottleneck &b = m_table->bottleneckAt(sourceRow);
    if (!m_scope.isEmpty() && !SelectionRules::matches(b, m_scope))
        return false;
    const Filter &f = m_filter;
    if (!f.statuses.isEmpty() && !f.statuses.contains(b.status))
        return false;
    if (f.minSeverity > 0 && b.severity < f.minSeverity)
        return false;
    if (!f.categoryCode.isEmpty() && !m_table->isInCategory(b.categoryCode, f.categoryCode))
        return false;
    if (!f.goalUuid.isEmpty() && !b.goalUuids.contains(f.goalUuid))
        return false;
    if (!f.policyUuid.isEmpty() && !b.policyUuids.contains(f.policyUuid))
        return false;
    if (!f.owner.isEmpty() && b.owner != f.owner)
        return false;
    if (f.overdueOnly && !b.isOverdue(m_table->today()))
        return false;
    if (!f.text.isEmpty() && !b.title.contains(f.text, Qt::CaseInsensitive) &&
        !b.description.contains(f.text, Qt::CaseInsensitive) &&
        !b.notes.contains(f.text, Qt::CaseInsensitive) &&
        !b.owner.contains(f.text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool BottleneckFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
