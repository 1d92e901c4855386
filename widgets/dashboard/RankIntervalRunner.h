#pragma once

#include <QObject>
#include <atomic>

class QThread;
class ScoringState;

// Computes the Monte Carlo rank intervals of the current results in a worker thread, so
// that the ranking chart gets them without the user asking and without freezing the
// window; results computed for numbers that changed meanwhile are dropped.
class RankIntervalRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int Draws = 1000;
    static constexpr quint64 Seed = 1;

    explicit RankIntervalRunner(ScoringState *state, QObject *parent = nullptr);
    ~RankIntervalRunner() override;

    // Starts unless already running or the current results already have intervals.
    void start();
    bool isRunning() const { return m_worker != nullptr; }

signals:
    void finished();

private:
    ScoringState *m_state;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_cancel{false};
};
