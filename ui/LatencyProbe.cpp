#include "LatencyProbe.h"

#include "domain/Timestamp.h"

#include <cstdio>

namespace prakerja {

LatencyProbe::LatencyProbe(QObject* parent, int reportEveryMs) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
    m_reportTimer.setInterval(reportEveryMs);
    connect(&m_reportTimer, &QTimer::timeout, this, &LatencyProbe::report);
    m_clock.start();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_timer.start();
    m_reportTimer.start();
}

LatencyProbe::~LatencyProbe()
{
    std::fprintf(stderr, "latency: worst event-loop stall over the whole run %.1f ms\n", worstStallMs());
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // A stall is the time beyond the interval between two ticks: the loop was busy elsewhere.
    const qint64 late = now - m_lastTickNs - qint64(kIntervalMs) * 1'000'000;
    m_lastTickNs = now;
    ++m_ticks;
    if (late > m_worstNs) {
        m_worstNs = late;
        m_worstAtNs = now;
    }
    m_worstOverallNs = std::max(m_worstOverallNs, late);
}

void LatencyProbe::report()
{
    ++m_minute;
    std::fprintf(
        stderr, "latency: minute %d: worst event-loop stall %.1f ms (at %s, %lld ticks of %d ms)\n", m_minute,
        static_cast<double>(m_worstNs) / 1e6,
        qPrintable(Timestamp::toDisplayWib(Timestamp::nowMs() - (m_clock.nsecsElapsed() - m_worstAtNs) / 1'000'000)),
        static_cast<long long>(m_ticks), kIntervalMs);
    std::fflush(stderr);
    m_worstNs = 0;
    m_ticks = 0;
}

} // namespace prakerja
