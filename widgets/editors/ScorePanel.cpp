#include "ScorePanel.h"

#include "Project.h"
#include "commands/ScoreCommands.h"
#include "dialogs/EvidenceDialog.h"
#include "domain/Vocabulary.h"
#include "itemmodels/CellScoresModel.h"
#include "itemmodels/EvidenceModel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int NotApplicableId = -1;
constexpr int NoScoreId = -2;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

ScorePanel::ScorePanel(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
{
    buildUi();
    connect(project, &Project::changed, this, &ScorePanel::onChanged);
    connect(project, &Project::evaluatorChanged, this, &ScorePanel::refresh);
    refresh();
}

void ScorePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_policyLabel = new QLabel(this);
    m_policyLabel->setTextFormat(Qt::PlainText);
    m_policyLabel->setWordWrap(true);
    QFont strong = m_policyLabel->font();
    strong.setBold(true);
    m_policyLabel->setFont(strong);
    m_goalLabel = new QLabel(this);
    m_goalLabel->setTextFormat(Qt::PlainText);
    m_goalLabel->setWordWrap(true);
    m_goalLabel->setFont(strong);
    m_goalDescription = new QLabel(this);
    m_goalDescription->setTextFormat(Qt::PlainText);
    m_goalDescription->setWordWrap(true);
    m_goalDescription->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_policyLabel);
    layout->addWidget(m_goalLabel);
    layout->addWidget(m_goalDescription);

    auto *scoreBox = new QGroupBox(tr("My score"), this);
    auto *scoreLayout = new QVBoxLayout(scoreBox);
    auto *choices = new QHBoxLayout;
    m_scoreGroup = new QButtonGroup(this);
    for (int value = Score::Min; value <= Score::Max; ++value) {
        auto *button =
            new QRadioButton(tr("&%1 %2").arg(value).arg(Vocabulary::scoreLabel(value)), scoreBox);
        button->setToolTip(Vocabulary::scoreMeaning(value));
        button->setAccessibleName(Vocabulary::scoreDisplay(value));
        m_scoreGroup->addButton(button, value);
        choices->addWidget(button);
    }
    auto *na = new QRadioButton(tr("N/&A"), scoreBox);
    na->setToolTip(
        tr("Not applicable: the goal does not concern this policy (not the same as 0)."));
    na->setAccessibleName(Vocabulary::notApplicableLabel());
    m_scoreGroup->addButton(na, NotApplicableId);
    choices->addWidget(na);
    choices->addStretch();
    scoreLayout->addLayout(choices);
    m_meaning = new QLabel(scoreBox);
    m_meaning->setTextFormat(Qt::PlainText);
    m_meaning->setWordWrap(true);
    scoreLayout->addWidget(m_meaning);
    connect(m_scoreGroup, &QButtonGroup::idClicked, this, &ScorePanel::chooseScore);

    m_rationale = new QPlainTextEdit(scoreBox);
    m_rationale->setPlaceholderText(tr("Rationale: why this score, with reference to the rubric"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->installEventFilter(this);
    m_rationale->setMaximumHeight(110);
    scoreLayout->addWidget(m_rationale);
    auto *rationaleButtons = new QHBoxLayout;
    m_saveRationale = new QPushButton(tr("Save rationale"), scoreBox);
    m_saveRationale->setToolTip(tr("Also saved when you leave the field (Ctrl+Return)"));
    m_clearScore = new QPushButton(tr("Clear my score"), scoreBox);
    rationaleButtons->addWidget(m_saveRationale);
    rationaleButtons->addStretch();
    rationaleButtons->addWidget(m_clearScore);
    scoreLayout->addLayout(rationaleButtons);
    connect(m_saveRationale, &QPushButton::clicked, this, &ScorePanel::commitRationale);
    connect(m_clearScore, &QPushButton::clicked, this, &ScorePanel::clearScore);
    connect(m_rationale, &QPlainTextEdit::modificationChanged, this, &ScorePanel::updateEnabled);
    layout->addWidget(scoreBox);

    auto *evidenceBox = new QGroupBox(tr("Evidence for my score"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    m_evidenceModel = new EvidenceModel(m_project, this);
    m_evidenceView = makeTable(m_evidenceModel, evidenceBox);
    m_evidenceView->setAccessibleName(tr("Evidence"));
    evidenceLayout->addWidget(m_evidenceView);
    auto *evidenceButtons = new QHBoxLayout;
    m_addEvidence = new QPushButton(tr("Add…"), evidenceBox);
    m_editEvidence = new QPushButton(tr("Edit…"), evidenceBox);
    m_removeEvidence = new QPushButton(tr("Remove"), evidenceBox);
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_editEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch();
    evidenceLayout->addLayout(evidenceButtons);
    connect(m_addEvidence, &QPushButton::clicked, this, &ScorePanel::addEvidence);
    connect(m_editEvidence, &QPushButton::clicked, this, &ScorePanel::editEvidence);
    connect(m_removeEvidence, &QPushButton::clicked, this, &ScorePanel::removeEvidence);
    connect(m_evidenceView, &QTableView::doubleClicked, this, &ScorePanel::editEvidence);
    connect(m_evidenceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScorePanel::updateEnabled);
    connect(m_evidenceModel, &QAbstractItemModel::modelReset, this, &ScorePanel::updateEnabled);
    layout->addWidget(evidenceBox, 1);

    auto *othersBox = new QGroupBox(tr("All evaluators' scores of this cell"), this);
    auto *othersLayout = new QVBoxLayout(othersBox);
    m_cellScores = new CellScoresModel(m_project, this);
    m_othersView = makeTable(m_cellScores, othersBox);
    m_othersView->setAccessibleName(tr("All evaluators' scores"));
    othersLayout->addWidget(m_othersView);
    layout->addWidget(othersBox, 1);
}

QAbstractButton *ScorePanel::scoreButton(std::optional<int> value) const
{
    return m_scoreGroup->button(value ? *value : NotApplicableId);
}

void ScorePanel::setCell(const QString &policyUuid, const QString &goalUuid)
{
    if (policyUuid == m_policy && goalUuid == m_goal)
        return;
    commitRationale();
    m_policy = policyUuid;
    m_goal = goalUuid;
    refresh();
}

QString ScorePanel::myScoreUuid() const
{
    if (m_policy.isEmpty() || m_goal.isEmpty())
        return {};
    const auto score = m_project->store().score(m_policy, m_goal, m_project->evaluator().uuid);
    return score ? score->uuid : QString();
}

void ScorePanel::refresh()
{
    m_refreshing = true;
    const ProjectStore &store = m_project->store();
    const auto policy = m_policy.isEmpty() ? std::nullopt : store.policy(m_policy);
    const GoalNode *goal = store.framework().byUuid(m_goal);
    m_policyLabel->setText(policy ? tr("%1 · %2").arg(policy->code, policy->title)
                                  : tr("Choose a policy"));
    if (goal && !goal->isDimension()) {
        m_goalLabel->setText(tr("%1 · %2").arg(goal->code, goal->name()));
        m_goalDescription->setText(goal->description());
    } else {
        m_goalLabel->setText(tr("Choose a goal in the framework"));
        m_goalDescription->clear();
    }
    std::optional<Score> mine;
    if (policy && goal)
        mine = store.score(m_policy, m_goal, m_project->evaluator().uuid);
    m_scoreGroup->setExclusive(false);
    for (QAbstractButton *b : m_scoreGroup->buttons())
        b->setChecked(false);
    m_scoreGroup->setExclusive(true);
    if (mine) {
        scoreButton(mine->value)->setChecked(true);
        m_meaning->setText(mine->value ? Vocabulary::scoreMeaning(*mine->value)
                                       : tr("Not applicable to this policy."));
    } else {
        m_meaning->setText(policy && goal ? tr("Not scored by you yet.") : QString());
    }
    m_rationale->setPlainText(mine ? mine->rationale : QString());
    m_rationale->document()->setModified(false);
    m_evidenceModel->setScore(mine ? mine->uuid : QString());
    m_cellScores->setCell(policy && goal ? m_policy : QString(), m_goal);
    m_refreshing = false;
    updateEnabled();
}

void ScorePanel::updateEnabled()
{
    const bool cell = !m_policy.isEmpty() && m_project->store().framework().byUuid(m_goal) &&
                      !m_project->store().framework().byUuid(m_goal)->isDimension();
    const bool editable = cell && !m_project->isReadOnly();
    const bool scored = !m_evidenceModel->score().isEmpty();
    for (QAbstractButton *b : m_scoreGroup->buttons())
        b->setEnabled(editable);
    m_rationale->setEnabled(editable && scored);
    if (editable && !scored)
        m_rationale->setPlaceholderText(tr("Choose a score first; the rationale belongs to it."));
    else
        m_rationale->setPlaceholderText(
            tr("Rationale: why this score, with reference to the rubric"));
    m_saveRationale->setEnabled(editable && scored && m_rationale->document()->isModified());
    m_clearScore->setEnabled(editable && scored);
    m_addEvidence->setEnabled(editable && scored);
    const bool evidenceSelected = m_evidenceView->selectionModel()->hasSelection();
    m_editEvidence->setEnabled(editable && evidenceSelected);
    m_removeEvidence->setEnabled(editable && evidenceSelected);
}

void ScorePanel::onChanged(const RowChanges &changes)
{
    for (const RowChange &c : changes) {
        const QVariantMap &row = c.after.isEmpty() ? c.before : c.after;
        if ((c.table == QLatin1String("score") &&
             row.value(QStringLiteral("policy_uuid")).toString() == m_policy &&
             row.value(QStringLiteral("goal_uuid")).toString() == m_goal) ||
            (c.table == QLatin1String("policy") && c.key == m_policy)) {
            if (c.table == QLatin1String("policy") && c.isDelete())
                m_policy.clear();
            refresh();
            return;
        }
    }
}

void ScorePanel::chooseScore(int id)
{
    if (m_refreshing || (m_ensureEvaluator && !m_ensureEvaluator())) {
        refresh();
        return;
    }
    const std::optional<int> value = id == NotApplicableId ? std::nullopt : std::optional<int>(id);
    const auto existing = m_project->store().score(m_policy, m_goal, m_project->evaluator().uuid);
    if (existing && existing->value == value && !m_rationale->document()->isModified())
        return;
    const QString rationale = m_rationale->toPlainText();
    m_project->push(new SetScoreCommand(m_project, m_policy, m_goal, value, rationale));
    refresh(); // shows what the file holds, whether the edit succeeded or not
}

bool ScorePanel::commitRationale()
{
    if (m_refreshing || !m_rationale->document()->isModified())
        return true;
    const auto existing = m_project->store().score(m_policy, m_goal, m_project->evaluator().uuid);
    if (!existing)
        return true;
    const QString text = m_rationale->toPlainText();
    m_rationale->document()->setModified(false);
    if (text == existing->rationale)
        return true;
    return m_project->push(new SetScoreCommand(m_project, m_policy, m_goal, existing->value, text));
}

void ScorePanel::clearScore()
{
    const QString uuid = myScoreUuid();
    if (!uuid.isEmpty())
        m_project->push(new ClearScoreCommand(m_project, uuid));
}

void ScorePanel::addEvidence()
{
    commitRationale();
    const QString scoreUuid = myScoreUuid();
    if (scoreUuid.isEmpty())
        return;
    EvidenceDialog dialog(this);
    dialog.setWindowTitle(tr("Add evidence"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Evidence e = dialog.evidence();
    e.scoreUuid = scoreUuid;
    m_project->push(new AddEvidenceCommand(m_project, e));
}

void ScorePanel::editEvidence()
{
    const QModelIndex current = m_evidenceView->currentIndex();
    if (!current.isValid() || m_project->isReadOnly())
        return;
    EvidenceDialog dialog(this);
    dialog.setWindowTitle(tr("Edit evidence"));
    dialog.setEvidence(m_evidenceModel->evidenceAt(current.row()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Evidence e = dialog.evidence();
    e.uuid = m_evidenceModel->evidenceAt(current.row()).uuid;
    m_project->push(new EditEvidenceCommand(m_project, e));
}

void ScorePanel::removeEvidence()
{
    const QModelIndex current = m_evidenceView->currentIndex();
    if (!current.isValid())
        return;
    m_project->push(
        new RemoveEvidenceCommand(m_project, m_evidenceModel->evidenceAt(current.row()).uuid));
}

bool ScorePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rationale) {
        if (event->type() == QEvent::FocusOut) {
            commitRationale();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers().testFlag(Qt::ControlModifier)) {
                commitRationale();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
