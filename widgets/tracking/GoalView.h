#pragma once

#include <QDate>
#include <QWidget>

class Project;
class QComboBox;
class QLabel;
class QTableWidget;
class QTimer;

// One goal, side by side: how the policies score on it, the unresolved bottlenecks that
// block it and the indicators that show whether it is being reached. Double-clicking an
// item jumps to it in its own view.
class GoalView : public QWidget
{
    Q_OBJECT

public:
    explicit GoalView(Project *project, QWidget *parent = nullptr);

    void setGoal(const QString &goalUuid);
    QString goal() const;
    void setToday(const QDate &today);

    QComboBox *goalChooser() const { return m_goal; }
    QTableWidget *scoresTable() const { return m_scores; }
    QTableWidget *bottlenecksTable() const { return m_bottlenecks; }
    QTableWidget *indicatorsTable() const { return m_indicators; }

signals:
    void policyActivated(const QString &policyUuid);
    void bottleneckActivated(const QString &bottleneckUuid);
    void indicatorActivated(const QString &indicatorUuid);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void scheduleRefresh();

    Project *m_project;
    QDate m_today;
    QComboBox *m_goal;
    QLabel *m_description;
    QLabel *m_scoresTitle;
    QLabel *m_bottlenecksTitle;
    QLabel *m_indicatorsTitle;
    QTableWidget *m_scores;
    QTableWidget *m_bottlenecks;
    QTableWidget *m_indicators;
    QTimer *m_refresh;
    bool m_stale = true;
};
