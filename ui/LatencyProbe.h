#pragma once
// `prakerja-console --debug-latency`: measures how long the GUI event loop stalls. A precise
// 5 ms timer records how late each tick fires; once a minute the worst stall (lateness beyond
// the interval) is printed to stderr, and the overall worst when the probe is destroyed.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace prakerja {

class LatencyProbe : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(LatencyProbe)
public:
    explicit LatencyProbe(QObject* parent = nullptr, int reportEveryMs = 60'000);
    ~LatencyProbe() override;

    double worstStallMs() const { return m_worstOverallNs / 1e6; }

private:
    void tick();
    void report();

    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QTimer m_reportTimer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_worstNs = 0;
    qint64 m_worstAtNs = 0;
    qint64 m_worstOverallNs = 0;
    qint64 m_ticks = 0;
    int m_minute = 0;
};

} // namespace prakerja
