#pragma once

#include "domain/Bottleneck.h"
#include "store/RowChange.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Project;

// The bottleneck register: every bottleneck with its category, severity, status, owner,
// dates and the goals and policies it blocks. Follows the project's edits record by
// record. Overdue records (past target, not closed) and long-open ones (open or in
// progress for over a year) carry a warning colour and say why in their tooltip.
class BottleneckTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Category,
        Severity,
        Status,
        Owner,
        Opened,
        Target,
        Goals,
        Policies,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole,
        OverdueRole,  // bool
        LongOpenRole, // bool
    };

    explicit BottleneckTableModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Bottleneck &bottleneckAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &uuid) const;
    // The day overdue and long-open are judged against (today unless a test sets it).
    QDate today() const { return m_today; }
    void setToday(const QDate &today);
    QString categoryName(const QString &code) const;
    // Whether `code` is `ancestor` or a sub-category of it (at any depth).
    bool isInCategory(const QString &code, const QString &ancestor) const;
    QString goalCodes(const Bottleneck &b) const;
    QString policyCodes(const Bottleneck &b) const;

    void reload();

private:
    void onChanged(const RowChanges &changes);
    void refresh(const QString &uuid);
    void loadNames();

    Project *m_project;
    QList<Bottleneck> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, QString> m_categoryNames;
    QHash<QString, QString> m_categoryParents;
    QHash<QString, QString> m_goalCodes;
    QHash<QString, QString> m_policyCodes;
    QDate m_today;
};
