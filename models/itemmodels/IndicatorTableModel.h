#pragma once

#include "domain/Indicator.h"
#include "scoring/IndicatorFigures.h"
#include "store/RowChange.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>

class Project;

// The indicator monitor: every indicator of the project with its derived figures (latest
// value, change since the first observation, progress towards the target, gaps to the
// benchmarks, status; see IndicatorMath). Follows the project's edits indicator by
// indicator; the figures are computed once per change, not per paint.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        Unit,
        Better,
        Goals,
        Latest,
        Change,
        Target,
        Progress,
        BenchmarkGap,
        Status,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole,   // numbers as numbers; missing values as an invalid QVariant
        StatusRole, // int(IndicatorStatus)
    };

    explicit IndicatorTableModel(Project *project, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Indicator &indicatorAt(int row) const { return m_rows.at(row).indicator; }
    const IndicatorFigures &figuresAt(int row) const { return m_rows.at(row).figures; }
    int rowOf(const QString &uuid) const { return m_rowOf.value(uuid, -1); }
    QString uuidAt(int row) const;
    QString goalCodes(const Indicator &indicator) const;

    // The day target periods are judged against (today unless a test sets it).
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    // "1,180,000", "0.25", "-6.53": at most `decimals` decimals (more for numbers that would
    // round to 0, so 0.0012 stays 0.0012), trailing zeros dropped, in the UI locale.
    static QString formatNumber(double value, int decimals = 2);
    // As formatNumber() with a "+" on positive numbers (changes, differences).
    static QString formatSigned(double value, int decimals = 2);
    static QColor statusColor(IndicatorStatus status);  // background of the status cell
    static QString directionLabel(bool higherIsBetter); // "Higher" / "Lower"

    void reload();

private:
    struct Row
    {
        Indicator indicator;
        IndicatorFigures figures;
    };

    void onChanged(const RowChanges &changes);
    void refresh(const QString &uuid);
    void reindex();
    Row makeRow(const Indicator &indicator) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString gapText(const IndicatorFigures &f) const;

    Project *m_project;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, QString> m_goalCodes;
    QDate m_today;
};
