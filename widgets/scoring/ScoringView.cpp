#include "ScoringView.h"

#include "Project.h"
#include "WeightsDialog.h"
#include "commands/ScoringCommands.h"
#include "domain/Vocabulary.h"
#include "itemmodels/CellScoresModel.h"
#include "itemmodels/DisputedCellsModel.h"
#include "itemmodels/GoalSummaryModel.h"
#include "itemmodels/RankingModel.h"
#include "scoring/ScoringState.h"
#include "scoring/Sensitivity.h"

#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <cmath>

namespace {

QTableView *makeTable(QAbstractItemModel *model, int sortRole, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QString weightSetLabel(const QString &name)
{
    // The built-in set is stored under its English name; show it translated.
    return name == QLatin1String("Default weights") ? ScoringView::tr("Default weights") : name;
}

} // namespace

ScoringView::ScoringView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_state(new ScoringState(project, this))
    , m_rankingModel(new RankingModel(m_state, this))
    , m_disputedModel(new DisputedCellsModel(m_state, this))
    , m_goalModel(new GoalSummaryModel(m_state, this))
    , m_cellScores(new CellScoresModel(project, this))
    , m_weightSets(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_weightsButton(new QPushButton(tr("&Weights…"), this))
    , m_sensitivityButton(new QPushButton(tr("Sensitivit&y…"), this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    // Mnemonics here are unique across the main window while this view shows (menus
    // F E V T H, tabs C R B G I): tst_keyboard checks it.
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *setLabel = new QLabel(tr("Weight &set:"), this);
    setLabel->setBuddy(m_weightSets);
    m_weightSets->setAccessibleName(tr("Weight set"));
    m_method->addItem(tr("Mean of evaluators"), int(Aggregation::Method::Mean));
    m_method->addItem(tr("Median of evaluators"), int(Aggregation::Method::Median));
    m_method->setAccessibleName(tr("Consensus method"));
    m_method->setToolTip(
        tr("How the scores of several evaluators are combined into a cell's consensus; "
           "N/A is left out."));
    bar->addWidget(setLabel);
    bar->addWidget(m_weightSets);
    bar->addWidget(m_weightsButton);
    bar->addSpacing(16);
    bar->addWidget(m_method);
    bar->addWidget(m_sensitivityButton);
    bar->addStretch();
    layout->addLayout(bar);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_ranking = makeTable(m_rankingModel, RankingModel::SortRole, this);
    m_ranking->setAccessibleName(tr("Ranking"));
    m_ranking->horizontalHeader()->setSectionResizeMode(RankingModel::Title, QHeaderView::Stretch);
    m_ranking->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    m_tabs->addTab(m_ranking, tr("Ran&king"));

    auto *disputes = new QSplitter(Qt::Horizontal, this);
    m_disputed = makeTable(m_disputedModel, DisputedCellsModel::SortRole, disputes);
    m_disputed->setAccessibleName(tr("Disputed cells"));
    m_disputed->sortByColumn(DisputedCellsModel::Policy, Qt::AscendingOrder);
    disputes->addWidget(m_disputed);
    auto *detail = new QWidget(disputes);
    auto *detailLayout = new QVBoxLayout(detail);
    m_cellView = new QTableView(detail);
    m_cellView->setModel(m_cellScores);
    m_cellView->setWordWrap(true);
    m_cellView->verticalHeader()->hide();
    m_cellView->horizontalHeader()->setStretchLastSection(false);
    m_cellView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cellView->horizontalHeader()->setSectionResizeMode(CellScoresModel::Rationale,
                                                         QHeaderView::Stretch);
    m_cellView->setAccessibleName(tr("Each evaluator's score and rationale"));
    detailLayout->addWidget(m_cellView, 1);
    auto *consensusBox = new QGroupBox(tr("Consensus of this cell (lead evaluator)"), detail);
    auto *consensusForm = new QFormLayout(consensusBox);
    m_consensusValue = new QComboBox(consensusBox);
    for (int v = Score::Min; v <= Score::Max; ++v)
        m_consensusValue->addItem(Vocabulary::scoreDisplay(v), v);
    m_consensusValue->addItem(Vocabulary::notApplicableLabel(), -1);
    m_consensusRationale = new QPlainTextEdit(consensusBox);
    m_consensusRationale->setMaximumHeight(70);
    m_consensusRationale->setTabChangesFocus(true);
    m_consensusRationale->setPlaceholderText(tr("Why the panel agreed on this value"));
    m_setConsensus = new QPushButton(tr("Set co&nsensus"), consensusBox);
    m_clearConsensus = new QPushButton(tr("Use com&puted value"), consensusBox);
    auto *consensusButtons = new QHBoxLayout;
    consensusButtons->addWidget(m_setConsensus);
    consensusButtons->addWidget(m_clearConsensus);
    consensusButtons->addStretch();
    consensusForm->addRow(tr("Val&ue:"), m_consensusValue);
    consensusForm->addRow(tr("Rati&onale:"), m_consensusRationale);
    consensusForm->addRow(consensusButtons);
    detailLayout->addWidget(consensusBox);
    disputes->addWidget(detail);
    disputes->setSizes({420, 560});
    m_tabs->addTab(disputes, tr("&Disagreements"));

    m_goals = makeTable(m_goalModel, GoalSummaryModel::SortRole, this);
    m_goals->setAccessibleName(tr("Goals: weight, coverage, agreement, evidence"));
    m_goals->horizontalHeader()->setSectionResizeMode(GoalSummaryModel::Goal, QHeaderView::Stretch);
    m_goals->sortByColumn(GoalSummaryModel::Code, Qt::AscendingOrder);
    m_tabs->addTab(m_goals, tr("Goals and &agreement"));

    // Who claims effects without outcome evidence, and how stable each weight is.
    auto *details = new QSplitter(Qt::Vertical, this);
    m_evaluators = new QTableWidget(details);
    m_evaluators->setAccessibleName(tr("Evaluators"));
    m_stability = new QTableWidget(details);
    m_stability->setAccessibleName(tr("Weight stability"));
    for (QTableWidget *table : {m_evaluators, m_stability}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    details->addWidget(m_evaluators);
    details->addWidget(m_stability);
    m_tabs->addTab(details, tr("Eva&luators and weight stability"));
    layout->addWidget(m_tabs, 1);

    connect(m_state, &ScoringState::invalidated, this, &ScoringView::refreshIfVisible);
    connect(m_state, &ScoringState::updated, this, &ScoringView::updateHeader);
    connect(m_weightsButton, &QPushButton::clicked, this, &ScoringView::editWeights);
    connect(m_sensitivityButton, &QPushButton::clicked, this, &ScoringView::runSensitivity);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_state->setMethod(static_cast<Aggregation::Method>(m_method->currentData().toInt()));
    });
    connect(m_weightSets, &QComboBox::activated, this, [this] {
        const QString uuid = m_weightSets->currentData().toString();
        if (!m_filling && !uuid.isEmpty() && uuid != m_project->store().activeWeightSetUuid())
            m_project->push(new SetActiveWeightSetCommand(m_project, uuid));
    });
    connect(m_disputed->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScoringView::onDisputedSelected);
    connect(m_setConsensus, &QPushButton::clicked, this, &ScoringView::setConsensus);
    connect(m_clearConsensus, &QPushButton::clicked, this, &ScoringView::clearConsensus);
    onDisputedSelected();
}

void ScoringView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_state->refresh();
}

void ScoringView::refreshIfVisible()
{
    if (isVisible())
        m_state->refresh();
}

void ScoringView::fillWeightSets()
{
    m_filling = true;
    m_weightSets->clear();
    const QString active = m_project->store().activeWeightSetUuid();
    for (const WeightSetRecord &set : m_project->store().weightSets()) {
        m_weightSets->addItem(tr("%1 (rev. %2)").arg(weightSetLabel(set.name)).arg(set.revision),
                              set.uuid);
        if (set.uuid == active)
            m_weightSets->setCurrentIndex(m_weightSets->count() - 1);
    }
    m_filling = false;
}

void ScoringView::updateHeader()
{
    fillWeightSets();
    const Evaluation::Result &r = m_state->result();
    const QLocale locale;
    const QString alpha = r.agreement.overall.isDefined()
                              ? locale.toString(r.agreement.overall.alpha, 'f', 3)
                              : tr("n/a");
    int unsupported = 0;
    for (int n : r.maturity.flagsPerPolicy)
        unsupported += n;
    QStringList ratios;
    const QMap<QString, Ahp::Result> consistency =
        Evaluation::consistency(m_project->store().framework(), m_state->weightSet());
    for (auto it = consistency.cbegin(); it != consistency.cend(); ++it)
        ratios << tr("%1 CR %2")
                      .arg(it.key().isEmpty() ? tr("dimensions") : it.key(),
                           locale.toString(it.value().consistencyRatio, 'f', 3));
    QString text = tr("Agreement (Krippendorff's alpha, ordinal): %1 · %n disputed cell(s) · %2 "
                      "claim(s) without outcome evidence",
                      nullptr, int(r.dispersion.disputed.size()))
                       .arg(alpha)
                       .arg(unsupported);
    if (!ratios.isEmpty())
        text += tr(" · AHP consistency: %1").arg(ratios.join(QStringLiteral(", ")));
    m_summary->setText(text);
    m_sensitivityButton->setEnabled(!r.policyScores.isEmpty());
    fillDetails();
    const bool writable = !m_project->isReadOnly();
    m_weightsButton->setEnabled(writable);
    m_weightSets->setEnabled(writable);
    onDisputedSelected();
}

void ScoringView::fillDetails()
{
    const ScoringData &d = m_state->data();
    const Evaluation::Result &r = m_state->result();
    const QLocale locale;
    auto cell = [](const QString &text, bool number = false) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    m_evaluators->clear();
    m_evaluators->setColumnCount(4);
    m_evaluators->setHorizontalHeaderLabels({tr("Evaluator"), tr("Scores"),
                                             tr("Flagged cells they claimed"),
                                             tr("Their own unsupported claims")});
    m_evaluators->setRowCount(int(d.evaluators.size()));
    for (int e = 0; e < d.evaluators.size(); ++e) {
        int scored = 0;
        for (int p = 0; p < d.scores.policyCount(); ++p) {
            for (int g = 0; g < d.scores.goalCount(); ++g)
                scored += d.scores.value(p, g, e) != ScoreMatrix::Unscored ? 1 : 0;
        }
        m_evaluators->setItem(e, 0, cell(d.evaluators.at(e).name));
        m_evaluators->setItem(e, 1, cell(QString::number(scored), true));
        m_evaluators->setItem(e, 2,
                              cell(QString::number(r.maturity.flagsPerEvaluator.value(e)), true));
        m_evaluators->setItem(
            e, 3, cell(QString::number(r.maturity.unsupportedClaimsPerEvaluator.value(e)), true));
    }

    const QVector<Sensitivity::StabilityInterval> intervals =
        Sensitivity::weightStability(r.consensus, r.weights);
    const QList<GoalNode> dimensions = m_project->store().framework().dimensions();
    m_stability->clear();
    m_stability->setColumnCount(4);
    m_stability->setHorizontalHeaderLabels({tr("Weight"), tr("Current"),
                                            tr("Top policy stays first between"),
                                            tr("No rank changes between")});
    m_stability->setRowCount(int(intervals.size()));
    auto percent = [&locale](double v) {
        return locale.toString(100.0 * v, 'f', 1) + QLatin1Char('%');
    };
    for (int i = 0; i < intervals.size(); ++i) {
        const Sensitivity::StabilityInterval &s = intervals.at(i);
        const GoalNode node = s.level == Sensitivity::Level::Dimension ? dimensions.value(s.index)
                                                                       : d.goals.value(s.index);
        m_stability->setItem(i, 0, cell(tr("%1 · %2").arg(node.code, node.name())));
        m_stability->setItem(i, 1, cell(percent(s.weight), true));
        if (!s.movable) {
            m_stability->setItem(i, 2, cell(tr("only goal of its dimension")));
            m_stability->setItem(i, 3, cell(QString()));
            continue;
        }
        m_stability->setItem(i, 2,
                             cell(tr("%1 – %2").arg(percent(s.topLower), percent(s.topUpper))));
        m_stability->setItem(i, 3,
                             cell(tr("%1 – %2").arg(percent(s.rankLower), percent(s.rankUpper))));
    }
}

void ScoringView::onDisputedSelected()
{
    const QModelIndex current = m_disputed->currentIndex();
    const QString policy =
        current.isValid() ? current.data(DisputedCellsModel::PolicyUuidRole).toString() : QString();
    const QString goal =
        current.isValid() ? current.data(DisputedCellsModel::GoalUuidRole).toString() : QString();
    m_cellScores->setCell(policy, goal);
    const bool enabled = !policy.isEmpty() && !m_project->isReadOnly();
    m_setConsensus->setEnabled(enabled);
    m_consensusValue->setEnabled(enabled);
    m_consensusRationale->setEnabled(enabled);
    const ScoringData &d = m_state->data();
    const CellRef cell{d.policyIndex(policy), d.goalIndex(goal)};
    const bool overridden = cell.policy >= 0 && cell.goal >= 0 && d.overrides.contains(cell);
    m_clearConsensus->setEnabled(enabled && overridden);
    if (overridden) {
        const auto value = d.overrides.value(cell);
        m_consensusValue->setCurrentIndex(m_consensusValue->findData(value ? int(*value) : -1));
        m_consensusRationale->setPlainText(d.overrideRationales.value(cell));
    } else {
        // Start from the computed consensus, rounded to the rubric.
        const auto computed = cell.policy >= 0 && cell.goal >= 0
                                  ? m_state->result().consensus.value(cell.policy, cell.goal)
                                  : std::nullopt;
        m_consensusValue->setCurrentIndex(
            m_consensusValue->findData(computed ? int(std::lround(*computed)) : -1));
        m_consensusRationale->clear();
    }
}

void ScoringView::setConsensus()
{
    const QModelIndex current = m_disputed->currentIndex();
    if (!current.isValid())
        return;
    const int value = m_consensusValue->currentData().toInt();
    m_project->push(new SetConsensusCommand(
        m_project, current.data(DisputedCellsModel::PolicyUuidRole).toString(),
        current.data(DisputedCellsModel::GoalUuidRole).toString(),
        value < 0 ? std::nullopt : std::optional<int>(value),
        m_consensusRationale->toPlainText().trimmed()));
}

void ScoringView::clearConsensus()
{
    const QModelIndex current = m_disputed->currentIndex();
    if (current.isValid())
        m_project->push(new ClearConsensusCommand(
            m_project, current.data(DisputedCellsModel::PolicyUuidRole).toString(),
            current.data(DisputedCellsModel::GoalUuidRole).toString()));
}

void ScoringView::editWeights()
{
    m_state->refresh();
    WeightsDialog dialog(m_project->store().framework(), m_state->weightSet(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WeightSetRecord set = dialog.weightSet();
    if (set.uuid.isEmpty() && m_project->store().weightSetByName(set.name)) {
        QMessageBox::warning(this, tr("Weights"),
                             tr("A weight set named \"%1\" exists already.").arg(set.name));
        return;
    }
    // A new set becomes the one in use, in the same undoable edit.
    m_project->push(new SaveWeightSetCommand(m_project, set, set.uuid.isEmpty()));
}

void ScoringView::runSensitivity()
{
    m_state->refresh();
    bool ok = false;
    const int draws =
        QInputDialog::getInt(this, tr("Sensitivity"),
                             tr("Monte Carlo draws of the weights around the current set "
                                "(Dirichlet, concentration 100 per level):"),
                             1000, 100, 100000, 100, &ok);
    if (!ok)
        return;
    QProgressDialog progress(tr("Drawing weights…"), tr("Cancel"), 0, draws, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    Sensitivity::MonteCarloOptions options;
    options.draws = draws;
    options.seed = 1;
    options.cancel = &cancel;
    options.progress = [&done](int finished, int) { done = finished; };
    Sensitivity::MonteCarloResult result;
    const ConsensusTable consensus = m_state->result().consensus;
    const WeightSet weights = m_state->result().weights;
    QThread *worker =
        QThread::create([&] { result = Sensitivity::monteCarlo(consensus, weights, options); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        progress.setValue(done);
        if (progress.wasCanceled())
            cancel = true;
    });
    timer.start(50);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (result.isValid())
        m_state->setMonteCarlo(result);
    else if (!result.cancelled)
        QMessageBox::warning(this, tr("Sensitivity"), result.error);
}
