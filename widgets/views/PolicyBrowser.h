#pragma once

#include <QWidget>

class PolicyFilterModel;
class PolicyTableModel;
class Project;
class QComboBox;
class QLineEdit;
class QTableView;

// The policy table with its filter bar (text, level, instrument); sortable by any column.
class PolicyBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyBrowser(Project *project, QWidget *parent = nullptr);

    QString currentPolicy() const;
    void selectPolicy(const QString &uuid);
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    PolicyTableModel *model() const { return m_model; }
    PolicyFilterModel *proxy() const { return m_proxy; }

signals:
    void currentPolicyChanged(const QString &uuid);
    void activated(const QString &uuid); // double click or Enter: edit

private:
    PolicyTableModel *m_model;
    PolicyFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_level;
    QComboBox *m_instrument;
    QTableView *m_view;
};
