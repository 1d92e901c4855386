#include "RankIntervalRunner.h"

#include "scoring/ScoringState.h"

#include <QThread>
#include <memory>

RankIntervalRunner::RankIntervalRunner(ScoringState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{}

RankIntervalRunner::~RankIntervalRunner()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void RankIntervalRunner::start()
{
    if (m_worker || m_state->isStale() || m_state->monteCarlo() ||
        m_state->result().consensus.policyCount() == 0)
        return;
    m_cancel = false;
    auto result = std::make_shared<Sensitivity::MonteCarloResult>();
    const int generation = m_state->generation();
    const ConsensusTable consensus = m_state->result().consensus;
    const WeightSet weights = m_state->result().weights;
    Sensitivity::MonteCarloOptions options;
    options.draws = Draws;
    options.seed = Seed;
    options.cancel = &m_cancel;
    m_worker = QThread::create([result, consensus, weights, options] {
        *result = Sensitivity::monteCarlo(consensus, weights, options);
    });
    connect(m_worker, &QThread::finished, this, [this, result, generation] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (result->isValid() && generation == m_state->generation() && !m_state->isStale())
            m_state->setMonteCarlo(*result);
        emit finished();
        // The numbers changed while drawing: draw again for the new ones.
        if (generation != m_state->generation())
            start();
    });
    m_worker->start(QThread::LowPriority);
}
