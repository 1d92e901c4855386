#pragma once

#include "merge/MergePlan.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

// The preview of a merge, before anything is written: counts of added, changed, deleted
// and conflicting items per kind, and every conflict with both values side by side and
// who changed each when. The user decides each conflict (mine, theirs, or for text both);
// Merge is enabled once every conflict is decided.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(MergePlan plan, const QString &projectName, QWidget *parent = nullptr);

    const MergePlan &plan() const { return m_plan; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *countTable() const { return m_counts; }
    QPushButton *mergeButton() const { return m_merge; }
    void resolveAll(MergePlan::Resolution resolution);

private:
    void updateState();

    MergePlan m_plan;
    QTableWidget *m_counts;
    QTableWidget *m_conflicts;
    QLabel *m_status;
    QPushButton *m_merge;
};
