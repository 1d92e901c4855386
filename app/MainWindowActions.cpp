// The main window's actions and menus: what each command is called, its keys, where it
// sits in the menus and when it is enabled. Kept apart from the window's workspace and
// file handling (MainWindow.cpp).
#include "MainWindow.h"

#include "FirstRun.h"
#include "ImportExport.h"
#include "LinkedViews.h"
#include "Project.h"
#include "ReportActions.h"
#include "TrackingTabs.h"
#include "dashboard/DashboardView.h"
#include "dialogs/ShareDialog.h"
#include "editors/ScorePanel.h"
#include "guide/WelcomePage.h"
#include "itemmodels/GoalTreeModel.h"
#include "scoring/ScoringView.h"
#include "views/PolicyBrowser.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New Project…"), QKeySequence::New, &MainWindow::newProject);
    m_openAction = make(tr("&Open…"), QKeySequence::Open, &MainWindow::openProjectDialog);
    m_saveCopyAction = make(tr("Save &As…"), QKeySequence::SaveAs, &MainWindow::saveCopyAs);
    m_saveCopyAction->setStatusTip(
        tr("Write a clean copy of the project to another file and continue in the copy"));
    m_shareAction = new QAction(tr("Export for S&haring…"), this);
    m_shareAction->setStatusTip(
        tr("Write a copy to send to someone, optionally with only some evaluators' scores, "
           "and show its fingerprint"));
    connect(m_shareAction, &QAction::triggered, this, [this] {
        if (!m_project)
            return;
        m_scorePanel->commitRationale();
        ShareDialog dialog(m_project.get(), m_settings.lastDirectory(), this);
        dialog.exec();
    });
    m_propertiesAction =
        make(tr("Project Proper&ties…"), QKeySequence(), &MainWindow::editProjectProperties);
    m_closeAction = make(tr("&Close Project"), QKeySequence::Close, &MainWindow::closeProject);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, &MainWindow::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_importPoliciesAction = new QAction(tr("Import &Policies from CSV…"), this);
    connect(m_importPoliciesAction, &QAction::triggered, m_importExport,
            &ImportExport::importPolicies);
    m_importScoresAction = new QAction(tr("Import &Scores from CSV…"), this);
    connect(m_importScoresAction, &QAction::triggered, m_importExport, &ImportExport::importScores);
    m_exportPoliciesAction = new QAction(tr("Export Po&licies to CSV…"), this);
    connect(m_exportPoliciesAction, &QAction::triggered, m_importExport,
            &ImportExport::exportPolicies);
    m_exportScoresAction = new QAction(tr("Export Scor&es to CSV…"), this);
    connect(m_exportScoresAction, &QAction::triggered, m_importExport, &ImportExport::exportScores);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys, plus both common ones so habits from either side work.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redoAction->setShortcuts(redoKeys);
    m_addPolicyAction = make(tr("&Add Policy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                             &MainWindow::addPolicy);
    m_editPolicyAction =
        make(tr("&Edit Policy…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editPolicy);
    m_deletePolicyAction =
        make(tr("&Delete Policy"), QKeySequence::Delete, &MainWindow::deletePolicy);
    m_deletePolicyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction = make(tr("&Find Policy"), QKeySequence::Find, [this] {
        if (m_policies) {
            m_policies->filterEdit()->setFocus();
            m_policies->filterEdit()->selectAll();
        }
    });
    m_weightsAction = make(tr("&Weights…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] {
        if (m_scoringView) {
            m_tabs->setCurrentWidget(m_scoringView);
            m_scoringView->editWeights();
        }
    });
    m_sensitivityAction = make(tr("&Sensitivity Analysis…"), QKeySequence(), [this] {
        if (m_scoringView) {
            m_tabs->setCurrentWidget(m_scoringView);
            m_scoringView->runSensitivity();
        }
    });
    m_resultsAction = make(tr("Show &Results"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (m_scoringView)
            m_tabs->setCurrentWidget(m_scoringView);
    });
    m_dashboardAction =
        make(tr("Show &Dashboard"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
            if (m_linked)
                m_tabs->setCurrentWidget(m_linked->dashboard());
        });
    m_newBottleneckAction =
        make(tr("&New Bottleneck…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), [this] {
            if (m_tracking)
                m_tracking->newBottleneck();
        });
    m_policyBottlenecksAction = make(
        tr("&Bottlenecks of This Policy"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B), [this] {
            if (m_tracking && m_policies)
                m_tracking->showBottlenecksOfPolicy(m_policies->currentPolicy());
        });
    m_goalViewAction =
        make(tr("&Goal View of This Goal"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), [this] {
            if (m_tracking && m_goalView)
                m_tracking->showGoal(
                    m_goalView->currentIndex().data(GoalTreeModel::GoalUuidRole).toString());
        });
    auto fileAction = [this](const QString &text, void (ImportExport::*slot)()) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, m_importExport, slot);
        return action;
    };
    m_trackingImportActions = {
        fileAction(tr("&Import Bottlenecks from CSV…"), &ImportExport::importBottlenecks),
        fileAction(tr("Import Indicator &Observations from CSV…"),
                   &ImportExport::importObservations)};
    m_mergeAction = new QAction(tr("&Merge…"), this);
    m_mergeAction->setStatusTip(tr("Merge another evaluator's copy of this project into it"));
    connect(m_mergeAction, &QAction::triggered, m_importExport, &ImportExport::merge);
    m_trackingExportActions = {
        fileAction(tr("&Export Bottlenecks to CSV…"), &ImportExport::exportBottlenecks),
        fileAction(tr("Export In&dicators to CSV…"), &ImportExport::exportIndicators)};
    m_preferencesAction =
        make(tr("&Preferences…"), QKeySequence::Preferences, &MainWindow::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_helpAction = make(tr("&User Guide"), QKeySequence::HelpContents, &MainWindow::showHelp);
    m_shortcutsAction =
        make(tr("&Keyboard Shortcuts…"), QKeySequence(), &MainWindow::showShortcuts);
    m_aboutAction = make(tr("&About Policy Workbench"), QKeySequence(), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // Every key the platform binds to a standard action (QKeySequence(StandardKey) keeps
    // only the first: Ctrl+F4 but not Ctrl+W for Close), and a common one where the
    // platform has none (Save As, Quit and Preferences are not defined everywhere).
    const struct
    {
        QAction *action;
        QKeySequence::StandardKey key;
        QKeySequence fallback;
    } standard[] = {
        {m_newAction, QKeySequence::New, {}},
        {m_openAction, QKeySequence::Open, {}},
        {m_saveCopyAction, QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {m_closeAction, QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)},
        {m_quitAction, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)},
        {m_deletePolicyAction, QKeySequence::Delete, {}},
        {m_findAction, QKeySequence::Find, {}},
        {m_preferencesAction, QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)},
        {m_helpAction, QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)},
    };
    for (const auto &s : standard) {
        QList<QKeySequence> keys = QKeySequence::keyBindings(s.key);
        if (keys.isEmpty() && !s.fallback.isEmpty())
            keys << s.fallback;
        s.action->setShortcuts(keys);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_saveCopyAction);
    file->addAction(m_shareAction);
    file->addAction(m_mergeAction);
    file->addAction(m_propertiesAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_importPoliciesAction);
    file->addAction(m_importScoresAction);
    file->addAction(m_exportPoliciesAction);
    file->addAction(m_exportScoresAction);
    file->addSeparator();
    file->addActions(m_reports->actions());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addPolicyAction);
    edit->addAction(m_editPolicyAction);
    edit->addAction(m_deletePolicyAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *evaluation = menuBar()->addMenu(tr("E&valuation"));
    evaluation->addAction(m_resultsAction);
    evaluation->addAction(m_dashboardAction);
    evaluation->addAction(m_weightsAction);
    evaluation->addAction(m_sensitivityAction);

    QMenu *tracking = menuBar()->addMenu(tr("&Tracking"));
    tracking->addAction(m_newBottleneckAction);
    tracking->addAction(m_policyBottlenecksAction);
    tracking->addAction(m_goalViewAction);
    tracking->addSeparator();
    tracking->addActions(m_trackingImportActions);
    tracking->addActions(m_trackingExportActions);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addAction(m_shortcutsAction);
    help->addAction(m_firstRun->toggleAction());
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::updateActions()
{
    const bool open = m_project != nullptr;
    const bool writable = open && !m_project->isReadOnly();
    const bool policySelected = m_policies && !m_policies->currentPolicy().isEmpty();
    m_reports->updateActions();
    m_saveCopyAction->setEnabled(open);
    m_shareAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_propertiesAction->setEnabled(writable);
    m_importPoliciesAction->setEnabled(writable);
    m_importScoresAction->setEnabled(writable);
    m_exportPoliciesAction->setEnabled(open);
    m_exportScoresAction->setEnabled(open);
    m_addPolicyAction->setEnabled(writable);
    m_editPolicyAction->setEnabled(writable && policySelected);
    m_deletePolicyAction->setEnabled(writable && policySelected);
    m_findAction->setEnabled(open);
    m_weightsAction->setEnabled(writable);
    m_sensitivityAction->setEnabled(open);
    m_resultsAction->setEnabled(open);
    m_dashboardAction->setEnabled(open);
    m_newBottleneckAction->setEnabled(writable);
    m_policyBottlenecksAction->setEnabled(policySelected);
    m_goalViewAction->setEnabled(open);
    m_mergeAction->setEnabled(writable);
    for (QAction *action : std::as_const(m_trackingImportActions))
        action->setEnabled(writable);
    for (QAction *action : std::as_const(m_trackingExportActions))
        action->setEnabled(open);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}
