#pragma once

#include "domain/Indicator.h"

#include <QVariantMap>
#include <QWidget>
#include <functional>
#include <optional>

class IndicatorChart;
class IndicatorTableModel;
class Project;
class QCPGraph;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
struct IndicatorFigures;

// The indicator monitor: the indicators with their derived figures (filterable, sortable
// table) and the selected indicator's details: what it measures, its status and the rule
// behind it, a trend chart (observations, target, benchmarks) and its observations,
// targets and benchmarks, which can be added, edited and removed there.
class IndicatorView : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorView(Project *project, QWidget *parent = nullptr);

    // Asked before the first edit (the evaluator's name); edits are refused when it says no.
    void setEvaluatorProvider(std::function<bool()> provider) { m_ensureEvaluator = provider; }

    void selectIndicator(const QString &uuid);
    QString currentIndicator() const;
    // Shows the indicators linked to a goal (a dimension: to any of its goals); empty: all.
    void setGoalFilter(const QString &goalUuid);
    // The dashboard selection: only `uuids` while `active`, stated above the table.
    void setSelectionIndicators(const QStringList &uuids, bool active, const QString &description);
    QLabel *selectionNote() const { return m_selectionNote; }

    void newIndicator();
    void editIndicator();
    void deleteIndicator();
    // `table` is "observation", "target" or "benchmark", as for SetIndicatorValueCommand.
    void addValue(const QString &table);
    void editValue(const QString &table);
    void removeValue(const QString &table);

    IndicatorTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *goalFilter() const { return m_goal; }
    QLabel *countLabel() const { return m_count; }
    QCustomPlot *chart() const;
    QCPGraph *observationGraph() const; // null without selection
    QTableWidget *valueTable(const QString &table) const;
    QTabWidget *valuePages() const { return m_pages; }

signals:
    void goalActivated(const QString &goalUuid);
    void clearSelectionRequested();

private:
    struct ValuePanel
    {
        QString table;
        QTableWidget *list = nullptr;
        QPushButton *add = nullptr;
        QPushButton *edit = nullptr;
        QPushButton *remove = nullptr;
    };

    QWidget *buildFilterBar();
    QWidget *buildDetails();
    QWidget *buildValuePanel(ValuePanel &panel, const QStringList &headers);
    void fillGoalChoices();
    void applyFilter();
    void updateCount(); // and the details, after rows came or went
    void resetFilter();
    void showDetails();
    void fillValues(const Indicator &indicator);
    void updateButtons();
    void drawChart(const Indicator *indicator, const IndicatorFigures *figures);
    const ValuePanel *panel(const QString &table) const;
    QString currentValue(const QString &table) const;
    QVariantMap valueRow(const Indicator &indicator, const QString &table,
                         const QString &uuid) const;
    std::optional<QVariantMap> runValueDialog(const QString &table, const QVariantMap &row);
    std::optional<Indicator> runIndicatorDialog(const Indicator &indicator);
    bool canEdit();

    Project *m_project;
    std::function<bool()> m_ensureEvaluator;
    IndicatorTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_updatingFilter = false;

    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_goal;
    QLabel *m_count;
    QLabel *m_selectionNote = nullptr;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QTableView *m_table;

    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_goals;
    QLabel *m_statusLine;
    IndicatorChart *m_chart;
    QPushButton *m_resetView;
    QLabel *m_axisNote;
    QTabWidget *m_pages;
    QList<ValuePanel> m_panels;
};
