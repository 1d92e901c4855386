#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

// One row of one table before and after an edit. An empty `before` is an insert, an
// empty `after` a delete. Undo applies the same change backwards. Every edit of the
// project is a list of these, which makes undo, the change log and (later) merge one
// mechanism instead of one per entity.
struct RowChange
{
    QString table;
    QString key; // value of the table's key column (Schema::keyColumn)
    QVariantMap before;
    QVariantMap after;

    bool isInsert() const { return before.isEmpty() && !after.isEmpty(); }
    bool isDelete() const { return after.isEmpty() && !before.isEmpty(); }

    RowChange reversed() const { return {table, key, after, before}; }
};

using RowChanges = QList<RowChange>;
