#pragma once

#include "Settings.h"

#include <QMainWindow>
#include <memory>

class ImportExport;
class LinkedViews;
class ReportActions;
class TrackingTabs;
class PolicyBrowser;
class Project;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;
class QTreeView;
class GoalTreeModel;
class ScorePanel;
class ScoringView;
class QTabWidget;

// The main window: the policy table, the goal framework and the scoring panel of one open
// project, with the File and Edit menus around them. File handling and import/export
// live in their own classes; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // On start-up: `path` if given, else the most recent project, else the sample project.
    void openInitialProject(const QString &path);
    // Opens a project file, replacing the open one. Refusals are shown to the user;
    // a newer-format file may be opened read-only if the user agrees.
    bool openProject(const QString &path);
    void closeProject();

    Project *project() const { return m_project.get(); }
    PolicyBrowser *policyBrowser() const { return m_policies; }
    QTreeView *goalView() const { return m_goalView; }
    ScorePanel *scorePanel() const { return m_scorePanel; }
    ScoringView *scoringView() const { return m_scoringView; }
    QTabWidget *tabs() const { return m_tabs; }
    ImportExport *importExport() const { return m_importExport; }
    TrackingTabs *tracking() const { return m_tracking; }
    LinkedViews *linkedViews() const { return m_linked; }
    // Print preview, print and report export; setSelectionProvider() is the hook for the
    // dashboard's current selection of policies.
    ReportActions *reportActions() const { return m_reports; }

    // Makes sure an evaluator name is known, asking once; false if the user declines.
    bool ensureEvaluator();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildWorkspace();
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void showError(const QString &title, const QString &message);

    void newProject();
    void openProjectDialog();
    void saveCopyAs();
    void addPolicy();
    void editPolicy();
    void deletePolicy();
    void showPreferences();
    void showAbout();
    void showHelp();
    void editProjectProperties();
    void updateBanner();
    void onGoalChanged();

    Settings m_settings;
    std::unique_ptr<Project> m_project;
    QUndoGroup *m_undoGroup = nullptr;
    ImportExport *m_importExport = nullptr;
    ReportActions *m_reports = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_welcome = nullptr;
    QWidget *m_workspace = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_banner = nullptr;
    PolicyBrowser *m_policies = nullptr;
    QTreeView *m_goalView = nullptr;
    GoalTreeModel *m_goalModel = nullptr;
    ScorePanel *m_scorePanel = nullptr;
    ScoringView *m_scoringView = nullptr;
    TrackingTabs *m_tracking = nullptr;
    LinkedViews *m_linked = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_evaluatorLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QMenu *m_recentMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importPoliciesAction = nullptr;
    QAction *m_importScoresAction = nullptr;
    QAction *m_exportPoliciesAction = nullptr;
    QAction *m_exportScoresAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addPolicyAction = nullptr;
    QAction *m_editPolicyAction = nullptr;
    QAction *m_deletePolicyAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_weightsAction = nullptr;
    QAction *m_sensitivityAction = nullptr;
    QAction *m_resultsAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_newBottleneckAction = nullptr;
    QAction *m_policyBottlenecksAction = nullptr;
    QAction *m_goalViewAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QList<QAction *> m_trackingImportActions; // need a writable project
    QList<QAction *> m_trackingExportActions; // need an open project
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_helpAction = nullptr;
};
