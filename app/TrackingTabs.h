#pragma once

#include <QObject>
#include <functional>

class BottleneckView;
class GoalView;
class IndicatorView;
class Project;
class QLabel;
class QTabWidget;
class QWidget;

// The implementation-tracking tabs of the workspace (bottleneck register, goal view and,
// where present, the indicator monitor) and the jumps between them: from a bottleneck to
// its goals and policies, from a goal to its bottlenecks and indicators.
class TrackingTabs : public QObject
{
    Q_OBJECT

public:
    TrackingTabs(Project *project, QTabWidget *tabs, std::function<bool()> ensureEvaluator,
                 QObject *parent = nullptr);

    BottleneckView *bottlenecks() const { return m_bottlenecks; }
    GoalView *goals() const { return m_goals; }
    IndicatorView *indicators() const { return m_indicators; }

    void showBottlenecksOfPolicy(const QString &policyUuid);
    void showBottlenecksOfGoal(const QString &goalUuid);
    void showGoal(const QString &goalUuid);
    void showBottleneck(const QString &bottleneckUuid);
    void showIndicator(const QString &indicatorUuid);
    void newBottleneck();

    // A line under the policy table: how many unresolved bottlenecks block the current
    // policy, as a link to them in the register. Kept up to date by setCurrentPolicy().
    QLabel *createPolicyNote(QWidget *parent);
    void setCurrentPolicy(const QString &policyUuid);

signals:
    // The user asked to see a policy in the scoring view.
    void policyRequested(const QString &policyUuid);

private:
    QTabWidget *m_tabs;
    BottleneckView *m_bottlenecks;
    GoalView *m_goals;
    IndicatorView *m_indicators;
    QLabel *m_policyNote = nullptr;
    QString m_policy;
    void updatePolicyNote();
};
