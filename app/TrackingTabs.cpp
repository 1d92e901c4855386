#include "TrackingTabs.h"

#include "itemmodels/BottleneckTableModel.h"
#include "tracking/BottleneckView.h"
#include "tracking/GoalView.h"
#include "tracking/IndicatorView.h"

#include <QLabel>
#include <QTabWidget>

TrackingTabs::TrackingTabs(Project *project, QTabWidget *tabs,
                           std::function<bool()> ensureEvaluator, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_bottlenecks(new BottleneckView(project, tabs))
    , m_goals(new GoalView(project, tabs))
    , m_indicators(new IndicatorView(project, tabs))
{
    m_bottlenecks->setEvaluatorProvider(ensureEvaluator);
    m_indicators->setEvaluatorProvider(ensureEvaluator);
    tabs->addTab(m_bottlenecks, tr("&Bottlenecks"));
    tabs->addTab(m_goals, tr("&Goals"));
    tabs->addTab(m_indicators, tr("&Indicators"));
    connect(m_indicators, &IndicatorView::goalActivated, this, &TrackingTabs::showGoal);

    connect(m_bottlenecks, &BottleneckView::policyActivated, this, &TrackingTabs::policyRequested);
    connect(m_bottlenecks, &BottleneckView::goalActivated, this, &TrackingTabs::showGoal);
    connect(m_goals, &GoalView::policyActivated, this, &TrackingTabs::policyRequested);
    connect(m_goals, &GoalView::bottleneckActivated, this, &TrackingTabs::showBottleneck);
    connect(m_goals, &GoalView::indicatorActivated, this, &TrackingTabs::showIndicator);
}

void TrackingTabs::showBottlenecksOfPolicy(const QString &policyUuid)
{
    m_bottlenecks->showForPolicy(policyUuid);
    m_tabs->setCurrentWidget(m_bottlenecks);
}

void TrackingTabs::showBottlenecksOfGoal(const QString &goalUuid)
{
    m_bottlenecks->showForGoal(goalUuid);
    m_tabs->setCurrentWidget(m_bottlenecks);
}

void TrackingTabs::showGoal(const QString &goalUuid)
{
    m_goals->setGoal(goalUuid);
    m_tabs->setCurrentWidget(m_goals);
}

void TrackingTabs::showBottleneck(const QString &bottleneckUuid)
{
    m_bottlenecks->selectBottleneck(bottleneckUuid);
    m_tabs->setCurrentWidget(m_bottlenecks);
}

void TrackingTabs::showIndicator(const QString &indicatorUuid)
{
    m_indicators->selectIndicator(indicatorUuid);
    m_tabs->setCurrentWidget(m_indicators);
}

void TrackingTabs::newBottleneck()
{
    m_tabs->setCurrentWidget(m_bottlenecks);
    m_bottlenecks->newBottleneck();
}

QLabel *TrackingTabs::createPolicyNote(QWidget *parent)
{
    m_policyNote = new QLabel(parent);
    m_policyNote->setTextFormat(Qt::RichText); // only translated text and a count
    m_policyNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    m_policyNote->setAccessibleName(tr("Bottlenecks of the selected policy"));
    connect(m_policyNote, &QLabel::linkActivated, this,
            [this] { showBottlenecksOfPolicy(m_policy); });
    BottleneckTableModel *model = m_bottlenecks->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TrackingTabs::updatePolicyNote);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrackingTabs::updatePolicyNote);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TrackingTabs::updatePolicyNote);
    connect(model, &QAbstractItemModel::dataChanged, this, &TrackingTabs::updatePolicyNote);
    updatePolicyNote();
    return m_policyNote;
}

void TrackingTabs::setCurrentPolicy(const QString &policyUuid)
{
    m_policy = policyUuid;
    updatePolicyNote();
}

void TrackingTabs::updatePolicyNote()
{
    if (!m_policyNote)
        return;
    const BottleneckTableModel *model = m_bottlenecks->model();
    int unresolved = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Bottleneck &b = model->bottleneckAt(r);
        unresolved += !b.isClosed() && b.policyUuids.contains(m_policy) ? 1 : 0;
    }
    if (m_policy.isEmpty() || unresolved == 0) {
        m_policyNote->setText(
            m_policy.isEmpty()
                ? QString()
                : tr("No unresolved bottlenecks recorded for this policy.").toHtmlEscaped());
        return;
    }
    m_policyNote->setText(
        QStringLiteral("<a href=\"show\">%1</a>")
            .arg(tr("%n unresolved bottleneck(s) block this policy", nullptr, unresolved)
                     .toHtmlEscaped()));
}
