#include "PolicyFilterModel.h"

#include "PolicyTableModel.h"

PolicyFilterModel::PolicyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PolicyTableModel::SortRole);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void PolicyFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PolicyFilterModel::setLevel(const QString &levelCode)
{
    m_level = levelCode;
    invalidateFilter();
}

void PolicyFilterModel::setInstrument(const QString &instrumentCode)
{
    m_instrument = instrumentCode;
    invalidateFilter();
}

bool PolicyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *source = qobject_cast<const PolicyTableModel *>(sourceModel());
    if (!source || sourceParent.isValid())
        return true;
    const Policy &p = source->summaryAt(sourceRow).policy;
    if (!m_level.isEmpty() && p.level != m_level)
        return false;
    if (!m_instrument.isEmpty() && p.instrument != m_instrument)
        return false;
    if (m_text.isEmpty())
        return true;
    return p.code.contains(m_text, Qt::CaseInsensitive) ||
           p.title.contains(m_text, Qt::CaseInsensitive) ||
           p.issuer.contains(m_text, Qt::CaseInsensitive) ||
           p.description.contains(m_text, Qt::CaseInsensitive);
}

bool PolicyFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return m_collator.compare(l.toString(), r.toString()) < 0;
}
