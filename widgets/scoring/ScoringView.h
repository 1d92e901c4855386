#pragma once

#include <QWidget>
#include <functional>

class CellScoresModel;
class DisputedCellsModel;
class GoalSummaryModel;
class Project;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTableWidget;
class RankingModel;
class ScoringState;

// The scoring engine's results: the ranking of policies (with Monte Carlo rank intervals
// on request), the disputed cells with each evaluator's score and rationale side by side
// and a way to set the consensus, and per goal its weight, coverage, agreement and
// evidence. Recomputed when shown after an edit.
class ScoringView : public QWidget
{
    Q_OBJECT

public:
    ScoringView(Project *project, QWidget *parent = nullptr);

    ScoringState *state() const { return m_state; }
    QTableView *rankingView() const { return m_ranking; }
    QTableView *disputedView() const { return m_disputed; }
    QTableView *goalsView() const { return m_goals; }
    QPushButton *weightsButton() const { return m_weightsButton; }

    // Opens the weights editor for the active set (the Evaluation menu calls this too).
    void editWeights();
    // Monte Carlo in a worker thread with a progress dialog and cancel.
    void runSensitivity();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshIfVisible();
    void updateHeader();
    void fillDetails();
    void fillWeightSets();
    void onDisputedSelected();
    void setConsensus();
    void clearConsensus();

    Project *m_project;
    ScoringState *m_state;
    RankingModel *m_rankingModel;
    DisputedCellsModel *m_disputedModel;
    GoalSummaryModel *m_goalModel;
    CellScoresModel *m_cellScores;

    QComboBox *m_weightSets;
    QComboBox *m_method;
    QPushButton *m_weightsButton;
    QPushButton *m_sensitivityButton;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_ranking;
    QTableView *m_disputed;
    QTableView *m_cellView;
    QTableView *m_goals;
    QTableWidget *m_evaluators;
    QTableWidget *m_stability;
    QComboBox *m_consensusValue;
    QPlainTextEdit *m_consensusRationale;
    QPushButton *m_setConsensus;
    QPushButton *m_clearConsensus;
    bool m_filling = false;
};
