#pragma once

#include "store/RowChange.h"

#include <QWidget>
#include <functional>
#include <optional>

class CellScoresModel;
class EvidenceModel;
class Project;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// Scores one cell (policy × goal) for the current evaluator: the rubric as a row of
// choices, the rationale, the evidence items, and the other evaluators' scores of the
// same cell. Every choice is written at once; the rationale when it loses focus, on
// Ctrl+Return, or before another cell is shown, so nothing typed is ever lost.
class ScorePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorePanel(Project *project, QWidget *parent = nullptr);

    void setCell(const QString &policyUuid, const QString &goalUuid);
    QString policy() const { return m_policy; }
    QString goal() const { return m_goal; }

    // Called before the first edit when the project has no evaluator; returns whether
    // one is set now (the main window asks the user for a name).
    void setEvaluatorProvider(std::function<bool()> provider)
    {
        m_ensureEvaluator = std::move(provider);
    }

    // Writes a rationale that was typed but not yet saved. True when nothing is pending.
    bool commitRationale();

    QAbstractButton *scoreButton(std::optional<int> value) const; // for tests and shortcuts

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void refresh();
    void onChanged(const RowChanges &changes);
    void chooseScore(int id);
    void clearScore();
    void addEvidence();
    void editEvidence();
    void removeEvidence();
    void updateEnabled();
    QString myScoreUuid() const;

    Project *m_project;
    QString m_policy;
    QString m_goal;
    std::function<bool()> m_ensureEvaluator;

    QLabel *m_policyLabel = nullptr;
    QLabel *m_goalLabel = nullptr;
    QLabel *m_goalDescription = nullptr;
    QButtonGroup *m_scoreGroup = nullptr;
    QLabel *m_meaning = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPushButton *m_saveRationale = nullptr;
    QPushButton *m_clearScore = nullptr;
    QTableView *m_evidenceView = nullptr;
    QPushButton *m_addEvidence = nullptr;
    QPushButton *m_editEvidence = nullptr;
    QPushButton *m_removeEvidence = nullptr;
    QTableView *m_othersView = nullptr;
    EvidenceModel *m_evidenceModel = nullptr;
    CellScoresModel *m_cellScores = nullptr;
    bool m_refreshing = false;
};
