#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// The "Getting started" checklist: three steps through the first ten minutes (score a
// cell, see the chart change, print a report), each with a "Show me" button. It only
// shows and tells; whoever owns it decides what "show me" does and when a step is done
// (see FirstRun in the app layer).
class GettingStarted : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        ScoreCell,
        SeeChart,
        PrintReport
    };
    Q_ENUM(Step)
    static constexpr int stepCount = 3;
    static QList<Step> steps() { return {Step::ScoreCell, Step::SeeChart, Step::PrintReport}; }
    // Stable names for the settings file: "scoreCell", "seeChart", "printReport".
    static QString key(Step step);

    explicit GettingStarted(QWidget *parent = nullptr);

    // Ticks a step off (once: stepDone is emitted the first time only).
    void markDone(Step step);
    bool isDone(Step step) const;
    bool allDone() const;
    int doneCount() const;

    // A step whose feature is not there yet reads "Coming soon" and cannot be shown.
    void setAvailable(Step step, bool available);
    bool isAvailable(Step step) const;

    QPushButton *showMeButton(Step step) const;
    QPushButton *hideButton() const { return m_hide; }
    QLabel *progressLabel() const { return m_progress; }

signals:
    void showMeRequested(GettingStarted::Step step);
    void stepDone(GettingStarted::Step step);
    void hideRequested();

private:
    struct Row
    {
        QLabel *mark = nullptr;
        QLabel *title = nullptr;
        QLabel *text = nullptr;
        QPushButton *showMe = nullptr;
        bool done = false;
        bool available = true;
    };
    void updateRow(int index);
    void updateProgress();

    Row m_rows[stepCount];
    QLabel *m_progress;
    QPushButton *m_hide;
};
