#include "MainWindow.h"

#include "FirstRun.h"
#include "ImportExport.h"
#include "LinkedViews.h"
#include "Project.h"
#include "ProjectFiles.h"
#include "ReportActions.h"
#include "TrackingTabs.h"
#include "commands/PolicyCommands.h"
#include "commands/ProjectCommands.h"
#include "dashboard/DashboardView.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/NewProjectDialog.h"
#include "dialogs/PolicyDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProjectPropertiesDialog.h"
#include "dialogs/ShareDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "editors/ScorePanel.h"
#include "guide/WelcomePage.h"
#include "itemmodels/GoalTreeModel.h"
#include "itemmodels/PolicyTableModel.h"
#include "scoring/ScoringView.h"
#include "views/ElidedLabel.h"
#include "views/PolicyBrowser.h"
#include "views/TabOutOfViews.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>
#include <sqlite3.h>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_stack(new QStackedWidget(this))
{
    TabOutOfViews::install(qApp); // Tab leaves tables (once for the whole application)
    m_importExport = new ImportExport(
        this, [this] { return m_project.get(); }, [this] { return ensureEvaluator(); }, this);
    m_reports = new ReportActions(
        this, [this] { return m_project.get(); }, this);
    // "Current selection": the dashboard's selected policies, else the current policy.
    m_reports->setSelectionProvider([this] {
        if (m_linked && !m_linked->selection()->state().policies.isEmpty())
            return m_linked->selection()->state().policies;
        const QString current = m_policies ? m_policies->currentPolicy() : QString();
        return current.isEmpty() ? QStringList() : QStringList{current};
    });
    createActions();

    m_welcome = new WelcomePage(m_stack);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleProject);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProjectOn);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openProject);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    m_evaluatorLabel = new QLabel(this);
    m_readOnlyLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_evaluatorLabel);
    statusBar()->addWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    m_firstRun = new FirstRun(this);
    createMenus();

    resize(1400, 860);
    restoreGeometry(m_settings.windowState(QStringLiteral("geometry")));
    restoreState(m_settings.windowState(QStringLiteral("docks")));
    m_firstRun->restoreVisibility();
    updateRecentMenu();
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Views hold the project; take them down first.
    closeProject();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(m_stack);
    auto *workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(4, 4, 4, 0);
    m_banner = new ElidedLabel(3, m_workspace); // the whole description is in its tooltip
    workspaceLayout->addWidget(m_banner);
    m_tabs = new QTabWidget(m_workspace);
    m_tabs->setDocumentMode(true);
    workspaceLayout->addWidget(m_tabs, 1);
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_tabs->addTab(m_splitter, tr("S&core"));
    m_scoringView = new ScoringView(m_project.get(), m_tabs);
    m_tabs->addTab(m_scoringView, tr("&Results"));
    m_tracking = new TrackingTabs(
        m_project.get(), m_tabs, [this] { return ensureEvaluator(); }, m_workspace);
    connect(m_tracking, &TrackingTabs::policyRequested, this, [this](const QString &uuid) {
        m_tabs->setCurrentIndex(0);
        m_policies->selectPolicy(uuid);
    });
    m_policies = new PolicyBrowser(m_project.get(), m_splitter);
    m_policies->view()->addAction(m_deletePolicyAction);

    m_goalModel = new GoalTreeModel(m_project.get(), m_splitter);
    m_goalView = new QTreeView(m_splitter);
    m_goalView->setModel(m_goalModel);
    m_goalView->setAccessibleName(tr("Goal framework"));
    m_goalView->setUniformRowHeights(true);
    m_goalView->setAlternatingRowColors(true);
    m_goalView->expandAll();
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::Code, QHeaderView::ResizeToContents);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::Name, QHeaderView::Stretch);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::MyScore,
                                               QHeaderView::ResizeToContents);
    m_goalView->header()->setSectionResizeMode(GoalTreeModel::AllScores,
                                               QHeaderView::ResizeToContents);
    m_goalView->header()->setStretchLastSection(false);

    m_scorePanel = new ScorePanel(m_project.get(), m_splitter);
    m_scorePanel->setEvaluatorProvider([this] { return ensureEvaluator(); });

    // Left: what to score (policies above, goals below); right: the scoring itself.
    auto *left = new QSplitter(Qt::Vertical, m_splitter);
    auto *policyBox = new QWidget(left);
    auto *policyLayout = new QVBoxLayout(policyBox);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    policyLayout->addWidget(m_policies, 1);
    policyLayout->addWidget(m_tracking->createPolicyNote(policyBox));
    left->addWidget(policyBox);
    left->addWidget(m_goalView);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    left->setSizes({430, 330});
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_scorePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 560});
    m_splitter->restoreState(m_settings.windowState(QStringLiteral("workspace")));
    updateBanner();

    connect(m_policies, &PolicyBrowser::currentPolicyChanged, this, [this](const QString &uuid) {
        m_goalModel->setPolicy(uuid);
        m_tracking->setCurrentPolicy(uuid);
        onGoalChanged();
        updateActions();
    });
    connect(m_policies, &PolicyBrowser::activated, this, &MainWindow::editPolicy);
    PolicyTableModel *policyModel = m_policies->model();
    connect(policyModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(policyModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(policyModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(policyModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_goalView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onGoalChanged);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);

    // Start on the first policy and the first goal, so the panel is never empty.
    if (m_policies->model()->rowCount() > 0)
        m_policies->view()->selectRow(0);
    const QModelIndex firstDimension = m_goalModel->index(0, 0);
    if (m_goalModel->rowCount(firstDimension) > 0)
        m_goalView->setCurrentIndex(m_goalModel->index(0, 0, firstDimension));

    // Linked last: the first policy and goal above start the scoring tab, not a selection.
    m_linked = new LinkedViews(m_project.get(), m_scoringView->state(), m_tabs,
                               m_tabs->indexOf(m_scoringView) + 1, m_policies, m_goalView,
                               m_tracking, m_workspace);
    m_linked->restoreLayout(m_settings);
}

void MainWindow::onGoalChanged()
{
    if (!m_scorePanel)
        return;
    const QModelIndex current = m_goalView->currentIndex();
    m_scorePanel->setCell(m_policies->currentPolicy(),
                          current.isValid() ? current.data(GoalTreeModel::GoalUuidRole).toString()
                                            : QString());
}

void MainWindow::openInitialProject(const QString &path)
{
    if (!path.isEmpty()) {
        openProject(path);
        return;
    }
    for (const QString &recent : m_settings.recentFiles()) {
        if (QFileInfo::exists(recent))
            return void(openProject(recent));
    }
    // First run (or every recent file gone): the welcome page offers the sample project,
    // a new project and the recent files.
}

bool MainWindow::openSampleProject()
{
    QString error;
    if (!ProjectFiles::ensureSample(&error)) {
        showError(tr("Sample project"), error);
        return false;
    }
    return openProject(ProjectFiles::samplePath());
}

GettingStarted *MainWindow::gettingStarted() const
{
    return m_firstRun->checklist();
}

bool MainWindow::openProject(const QString &path)
{
    // Opening the open project again (to see another program's changes) must not find it
    // locked by this very window.
    if (m_project && QFileInfo(path).absoluteFilePath() == m_project->filePath())
        closeProject();
    OpenError error;
    auto store = ProjectStore::open(path, ProjectStore::Access::ReadWrite, &error);
    const bool locked = error.code == OpenError::Locked;
    if (!store && (error.code == OpenError::NewerVersion || locked) && error.readOnlyPossible) {
        const auto answer = QMessageBox::question(
            this, locked ? tr("Project in use") : tr("Newer project format"),
            tr("%1\n\nOpen it read-only? You can read and export it, but not change it.")
                .arg(error.message));
        if (answer == QMessageBox::Yes)
            store = ProjectStore::open(path,
                                       locked ? ProjectStore::Access::ReadOnly
                                              : ProjectStore::Access::ReadOnlyAllowNewer,
                                       &error);
        else
            return false;
    }
    if (!store) {
        showError(tr("Cannot open project"), error.message);
        if (error.code == OpenError::NotFound) {
            m_settings.removeRecentFile(path);
            updateRecentMenu();
        }
        return false;
    }
    closeProject();
    m_project = std::make_unique<Project>(std::move(store));
    if (m_settings.evaluator().isValid())
        m_project->setEvaluator(m_settings.evaluator());
    m_undoGroup->addStack(m_project->undoStack());
    m_undoGroup->setActiveStack(m_project->undoStack());
    connect(m_project.get(), &Project::errorOccurred, this,
            [this](const QString &message) { showError(tr("Change not saved"), message); });
    connect(m_project.get(), &Project::changed, this, [this](const RowChanges &changes) {
        for (const RowChange &c : changes) {
            if (c.table == QLatin1String("project")) {
                updateBanner();
                updateTitle();
                break;
            }
        }
    });
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    buildWorkspace();
    m_firstRun->watch(m_project.get());
    m_settings.addRecentFile(path);
    updateRecentMenu();
    updateTitle();
    updateActions();
    updateStatus();
    if (m_project->isReadOnly())
        statusBar()->showMessage(
            tr("The project is open read-only: changes cannot be saved to this file."), 10000);
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    if (m_scorePanel)
        m_scorePanel->commitRationale();
    if (m_workspace) {
        m_settings.setWindowState(QStringLiteral("workspace"), m_splitter->saveState());
        m_linked->saveLayout(m_settings);
        m_linked = nullptr;
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
        m_workspace = nullptr;
        m_splitter = nullptr;
        m_banner = nullptr;
        m_tabs = nullptr;
        m_scoringView = nullptr;
        m_tracking = nullptr;
        m_policies = nullptr;
        m_goalView = nullptr;
        m_goalModel = nullptr;
        m_scorePanel = nullptr;
    }
    m_undoGroup->removeStack(m_project->undoStack());
    m_project.reset();
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateActions();
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_scorePanel)
        m_scorePanel->commitRationale();
    m_settings.setWindowState(QStringLiteral("geometry"), saveGeometry());
    m_settings.setWindowState(QStringLiteral("docks"), saveState());
    if (m_splitter)
        m_settings.setWindowState(QStringLiteral("workspace"), m_splitter->saveState());
    if (m_linked)
        m_linked->saveLayout(m_settings);
    event->accept();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("Policy Workbench"));
        setWindowFilePath(QString());
        return;
    }
    const QString file = QFileInfo(m_project->filePath()).fileName();
    const QString name = m_project->store().displayName();
    QString title = name.isEmpty() || name == file ? file : tr("%1 (%2)").arg(name, file);
    if (m_project->isReadOnly())
        title = tr("%1 [read-only]").arg(title);
    setWindowTitle(tr("%1 — Policy Workbench").arg(title));
}

void MainWindow::updateStatus()
{
    const Evaluator who = m_project ? m_project->evaluator() : m_settings.evaluator();
    m_evaluatorLabel->setText(who.isValid() ? tr("Evaluator: %1").arg(who.name)
                                            : tr("Evaluator: not set"));
    m_readOnlyLabel->setText(m_project && m_project->isReadOnly() ? tr("Read-only") : QString());
    if (!m_project) {
        m_countsLabel->clear();
        return;
    }
    // From the policy table's rows, which follow every edit: no counting queries over the
    // score table on each click.
    const PolicyTableModel *policies = m_policies ? m_policies->model() : nullptr;
    m_countsLabel->setText(tr("%1 policies · %2 goals · %3 evaluators · %4 scores")
                               .arg(policies ? policies->rowCount() : 0)
                               .arg(m_project->store().framework().goals().size())
                               .arg(m_project->store().evaluators().size())
                               .arg(policies ? policies->totalScores() : 0));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool MainWindow::ensureEvaluator()
{
    if (m_project && m_project->evaluator().isValid())
        return true;
    if (!m_settings.evaluator().isValid()) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Who is scoring?"),
            tr("Your name is stored with every score you give, so that several evaluators' scores "
               "can "
               "stand side by side. You can change it later in Preferences.\n\nYour name:"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return false;
        m_settings.setEvaluatorName(name);
    }
    if (m_project)
        m_project->setEvaluator(m_settings.evaluator());
    updateStatus();
    return true;
}

void MainWindow::newProject()
{
    newProjectOn(QString());
}

void MainWindow::newProjectOn(const QString &frameworkId)
{
    NewProjectDialog dialog(this);
    if (!frameworkId.isEmpty())
        dialog.setFrameworkId(frameworkId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Create project"),
        QDir(m_settings.lastDirectory()).filePath(dialog.projectName() + QStringLiteral(".pwb")),
        ProjectFiles::fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pwb"), Qt::CaseInsensitive))
        path += QStringLiteral(".pwb");
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    if (m_project && QFileInfo(path).absoluteFilePath() == m_project->filePath()) {
        showError(tr("Create project"), tr("That file is the open project. Choose another name."));
        return;
    }
    QString error;
    // The file dialog has already asked whether to replace an existing file.
    auto store =
        ProjectStore::create(path, dialog.frameworkId(), dialog.projectName(), true, &error);
    if (!store) {
        showError(tr("Create project"), error);
        return;
    }
    store.reset();
    openProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), m_settings.lastDirectory(),
        ProjectFiles::fileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_project)
        return;
    m_scorePanel->commitRationale();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the project"),
                                     m_settings.lastDirectory(), ProjectFiles::fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pwb"), Qt::CaseInsensitive))
        path += QStringLiteral(".pwb");
    QString error;
    if (!m_project->store().saveCopy(path, &error)) {
        showError(tr("Save As"),
                  tr("The copy was not written: %1\nThe open project is unchanged.").arg(error));
        return;
    }
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    openProject(path);
    statusBar()->showMessage(
        tr("Saved a copy as %1 and opened it.").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::addPolicy()
{
    if (!m_project || !ensureEvaluator())
        return;
    QSet<QString> codes;
    for (const PolicySummary &s : m_project->store().policySummaries())
        codes.insert(s.policy.code);
    PolicyDialog dialog(codes, this);
    dialog.setWindowTitle(tr("Add policy"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddPolicyCommand(m_project.get(), dialog.policy());
    const QString uuid = command->policyUuid();
    if (m_project->push(command))
        m_policies->selectPolicy(uuid);
}

void MainWindow::editPolicy()
{
    if (!m_project || !m_policies || m_project->isReadOnly() || !ensureEvaluator())
        return;
    const auto policy = m_project->store().policy(m_policies->currentPolicy());
    if (!policy)
        return;
    QSet<QString> codes;
    for (const PolicySummary &s : m_project->store().policySummaries()) {
        if (s.policy.uuid != policy->uuid)
            codes.insert(s.policy.code);
    }
    PolicyDialog dialog(codes, this);
    dialog.setWindowTitle(tr("Edit policy %1").arg(policy->code));
    dialog.setPolicy(*policy);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_project->push(new EditPolicyCommand(m_project.get(), *policy, dialog.policy()));
}

void MainWindow::deletePolicy()
{
    if (!m_project || !m_policies || !ensureEvaluator())
        return;
    const auto summary = m_project->store().policySummary(m_policies->currentPolicy());
    if (!summary)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete policy"),
                    tr("Delete policy %1 \"%2\" with its %n score(s) and their evidence?\n\nYou "
                       "can undo this with Edit ▸ Undo.",
                       nullptr, summary->scoreCount)
                        .arg(summary->policy.code, summary->policy.title),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    m_project->push(new DeletePolicyCommand(m_project.get(), summary->policy.uuid));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_project)
        m_project->setEvaluator(m_settings.evaluator());
    updateRecentMenu();
    updateStatus();
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Language"),
                                 tr("Restart Policy Workbench to use the new language."));
}

void MainWindow::showHelp()
{
    // Non-modal, so the guide can stay open beside the work.
    auto *dialog = findChild<HelpDialog *>();
    if (!dialog) {
        dialog = new HelpDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Policy Workbench"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Policy Workbench %1").arg(QCoreApplication::applicationVersion()));
    box.setInformativeText(
        tr("Score international S&T cooperation policies against the goals of the 14th "
           "Five-Year Plan, offline.\n\nQt %1 · SQLite %2 · QCustomPlot 2.1")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion())));
    box.exec();
}

void MainWindow::updateBanner()
{
    if (!m_banner || !m_project)
        return;
    const QString name = m_project->store().displayName();
    const QString description = m_project->store().displayDescription();
    m_banner->setFullText(description.isEmpty() ? name : tr("%1 — %2").arg(name, description));
    m_banner->setToolTip(description);
}

void MainWindow::editProjectProperties()
{
    if (!m_project)
        return;
    const ProjectStore &store = m_project->store();
    QMap<QString, QString> values;
    for (const QString &key :
         {QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("description"),
          QStringLiteral("description_en"), QStringLiteral("recommendations")})
        values.insert(key, store.metadata(key));
    const ProjectStore::Counts counts = store.counts();
    const QString details = tr("%1\nFramework: %2 · file format %3\n%4 policies, %5 evaluators, %6 "
                               "scores, %7 evidence items")
                                .arg(store.path(), store.framework().name())
                                .arg(store.fileVersion())
                                .arg(counts.policies)
                                .arg(counts.evaluators)
                                .arg(counts.scores)
                                .arg(counts.evidence);
    ProjectPropertiesDialog dialog(values, details, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<EditProjectInfoCommand>(m_project.get(), dialog.values());
    if (!command->changes().isEmpty())
        m_project->push(command.release());
}
