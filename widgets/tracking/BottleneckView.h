#pragma once

#include "selection/SelectionRules.h"

#include <QWidget>
#include <functional>

class BottleneckFilterModel;
class BottleneckMatrixModel;
class BottleneckTableModel;
class HistoryModel;
class Project;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeWidget;

// The bottleneck register (filterable, sortable table) and the category × goal matrix,
// with the selected record's details: the goals and policies it blocks (links that jump
// to them), its evidence and its timeline. A click in the matrix filters the register.
class BottleneckView : public QWidget
{
    Q_OBJECT

public:
    explicit BottleneckView(Project *project, QWidget *parent = nullptr);

    // Asked before the first edit (the evaluator's name); edits are refused when it says no.
    void setEvaluatorProvider(std::function<bool()> provider) { m_ensureEvaluator = provider; }

    // Filters shortcuts used by other views ("open bottlenecks of this policy / goal").
    void showForPolicy(const QString &policyUuid);
    void showForGoal(const QString &goalUuid);
    void selectBottleneck(const QString &uuid);
    // The dashboard selection (SelectionRules), applied on top of the user's filters and
    // stated above them with a way to clear it.
    void setSelectionScope(const SelectionRules::BottleneckScope &scope,
                           const QString &description);
    QLabel *selectionNote() const { return m_selectionNote; }
    QString currentBottleneck() const;

    void newBottleneck();
    void editBottleneck();
    void deleteBottleneck();
    void addSubCategory();

    BottleneckTableModel *model() const { return m_model; }
    BottleneckFilterModel *proxy() const { return m_proxy; }
    BottleneckMatrixModel *matrix() const { return m_matrix; }
    QTableView *registerView() const { return m_table; }
    QTableView *matrixView() const { return m_matrixView; }
    QTabWidget *pages() const { return m_pages; }
    QComboBox *goalFilter() const { return m_goal; }
    QComboBox *categoryFilter() const { return m_category; }
    QLabel *countLabel() const { return m_count; }

signals:
    void policyActivated(const QString &policyUuid);
    void goalActivated(const QString &goalUuid);
    // A matrix cell was clicked: its category and goal (empty for the total column).
    void matrixCellPicked(const QString &categoryCode, const QString &goalUuid);
    void clearSelectionRequested();

private:
    void buildFilterBar(QWidget *bar);
    QWidget *buildDetails();
    void fillFilterChoices();
    void fillOwnerChoices();
    void applyFilter();
    void resetFilter();
    void matrixClicked(const QModelIndex &index);
    void showDetails();
    void onLinkActivated(const QString &link);
    void addEvidence();
    void editEvidence();
    void removeEvidence();
    bool canEdit();

    Project *m_project;
    std::function<bool()> m_ensureEvaluator;
    BottleneckTableModel *m_model;
    BottleneckFilterModel *m_proxy;
    BottleneckMatrixModel *m_matrix;
    HistoryModel *m_history;
    bool m_updatingFilter = false;

    QLineEdit *m_text;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_severity;
    QComboBox *m_goal;
    QComboBox *m_policy;
    QComboBox *m_owner;
    QCheckBox *m_overdue;
    QPushButton *m_clear;
    QLabel *m_count;
    QLabel *m_selectionNote = nullptr;
    QTabWidget *m_pages;
    QTableView *m_table;
    QTableView *m_matrixView;

    QLabel *m_detailTitle;
    QLabel *m_detailMeta;
    QLabel *m_detailLinks;
    QLabel *m_detailText;
    QTreeWidget *m_evidence;
    QPushButton *m_addEvidence;
    QPushButton *m_editEvidence;
    QPushButton *m_removeEvidence;
    QTableView *m_timeline;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};
