#pragma once

#include "domain/Bottleneck.h"
#include "selection/SelectionRules.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

class BottleneckTableModel;

// Filters and sorts the bottleneck register. Every filter is optional; a record shows
// when it passes all that are set. A category includes its sub-categories.
class BottleneckFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct Filter
    {
        QString categoryCode;            // empty: any
        QSet<BottleneckStatus> statuses; // empty: any
        int minSeverity = 0;             // 0: any
        QString goalUuid;
        QString policyUuid;
        QString owner;
        bool overdueOnly = false;
        QString text; // title, description, notes, owner

        bool operator==(const Filter &o) const
        {
            return categoryCode == o.categoryCode && statuses == o.statuses &&
                   minSeverity == o.minSeverity && goalUuid == o.goalUuid &&
                   policyUuid == o.policyUuid && owner == o.owner && overdueOnly == o.overdueOnly &&
                   text == o.text;
        }
        bool isEmpty() const { return *this == Filter(); }
        // Not resolved and not closed as won't fix.
        static QSet<BottleneckStatus> unresolved();
    };

    explicit BottleneckFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    // The dashboard selection's scope (SelectionRules), applied on top of the filter.
    const SelectionRules::BottleneckScope &scope() const { return m_scope; }
    void setScope(const SelectionRules::BottleneckScope &scope);

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BottleneckTableModel *m_table = nullptr;
    Filter m_filter;
    SelectionRules::BottleneckScope m_scope;
    QCollator m_collator;
};
