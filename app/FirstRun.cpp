#include "FirstRun.h"

#include "LinkedViews.h"
#include "ReportActions.h"
#include "dashboard/DashboardView.h"

#include "MainWindow.h"
#include "Project.h"
#include "editors/ScorePanel.h"
#include "scoring/ScoringView.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>

FirstRun::FirstRun(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Getting Started"), window))
    , m_checklist(new GettingStarted)
    , m_toggle(new QAction(tr("&Getting Started Checklist"), this))
{
    m_dock->setObjectName(QStringLiteral("gettingStartedDock"));
    // Hidden with its own button (or the Help menu), which is remembered; no close box.
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto *scroll = new QScrollArea(m_dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_checklist);
    m_dock->setWidget(scroll);
    m_dock->setMinimumWidth(260);
    // Not the dock's toggleViewAction: Qt disables that one for docks without a close box.
    m_toggle->setCheckable(true);
    m_toggle->setStatusTip(tr("Show or hide the three first steps beside your work"));
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // Narrow by default, so the work keeps the room (a saved layout may say otherwise).
    window->resizeDocks({m_dock}, {qMax(260, m_dock->fontMetrics().averageCharWidth() * 40)},
                        Qt::Horizontal);

    const QStringList done = m_settings.gettingStartedDone();
    for (GettingStarted::Step step : GettingStarted::steps()) {
        if (done.contains(GettingStarted::key(step)))
            m_checklist->markDone(step);
    }
    // (c): any report printed, previewed or exported.
    ReportActions *reports = window->reportActions();
    connect(reports, &ReportActions::reportProduced, this,
            [this] { m_checklist->markDone(GettingStarted::Step::PrintReport); });

    connect(m_checklist, &GettingStarted::stepDone, this, &FirstRun::saveDone);
    connect(m_checklist, &GettingStarted::showMeRequested, this, &FirstRun::showMe);
    connect(m_checklist, &GettingStarted::hideRequested, this, [this] {
        setHidden(true);
        m_window->statusBar()->showMessage(
            tr("Bring the checklist back with Help ▸ Getting Started Checklist."), 10000);
    });
    connect(m_toggle, &QAction::triggered, this, [this](bool on) { setHidden(!on); });
}

void FirstRun::restoreVisibility()
{
    const bool hidden = m_settings.gettingStartedHidden();
    m_dock->setVisible(!hidden);
    m_toggle->setChecked(!hidden);
}

void FirstRun::setHidden(bool hidden)
{
    m_settings.setGettingStartedHidden(hidden);
    m_dock->setVisible(!hidden);
    m_toggle->setChecked(!hidden);
}

void FirstRun::saveDone()
{
    QStringList done;
    for (GettingStarted::Step step : GettingStarted::steps()) {
        if (m_checklist->isDone(step))
            done << GettingStarted::key(step);
    }
    m_settings.setGettingStartedDone(done);
}

void FirstRun::watch(Project *project)
{
    // (a): any score written to the project, by the score panel or otherwise.
    connect(project, &Project::changed, this, [this](const RowChanges &changes) {
        for (const RowChange &change : changes) {
            if (change.table == QLatin1String("score") && !change.after.isEmpty()) {
                m_checklist->markDone(GettingStarted::Step::ScoreCell);
                return;
            }
        }
    });
    // (b): the dashboard's linked charts shown after a score has been given.
    QTabWidget *tabs = m_window->tabs();
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (m_window->linkedViews() &&
            tabs->currentWidget() == m_window->linkedViews()->dashboard() &&
            m_checklist->isDone(GettingStarted::Step::ScoreCell))
            m_checklist->markDone(GettingStarted::Step::SeeChart);
    });
}

void FirstRun::showMe(GettingStarted::Step step)
{
    if (!m_window->project() && !m_window->openSampleProject())
        return;
    switch (step) {
    case GettingStarted::Step::ScoreCell: {
        m_window->tabs()->setCurrentIndex(0);
        ScorePanel *panel = m_window->scorePanel();
        QAbstractButton *button = panel->scoreButton(0);
        for (int value = 0; value <= 4; ++value) {
            if (panel->scoreButton(value)->isChecked())
                button = panel->scoreButton(value);
        }
        if (button->isEnabled())
            button->setFocus(Qt::OtherFocusReason);
        m_window->statusBar()->showMessage(
            tr("Choose a policy and a goal on the left, then a score on the right: click it, "
               "or press Alt with its number."),
            15000);
        break;
    }
    case GettingStarted::Step::SeeChart:
        m_window->tabs()->setCurrentWidget(m_window->linkedViews()->dashboard());
        m_window->statusBar()->showMessage(
            tr("The charts are redrawn after every score: give a score, then come back here. "
               "Click a bar to select it; every other chart answers."),
            15000);
        break;
    case GettingStarted::Step::PrintReport:
        m_window->reportActions()->printPreviewAction()->trigger();
        break;
    }
}
