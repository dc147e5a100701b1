#pragma once
// `prakerja-console --bench-latency SECONDS`: how long the GUI event loop stalls while the
// launch-day simulator feeds the database at full speed, with the dashboard on screen and every
// other second another page opened. A 5 ms precise timer records how late each tick fires
// (lateness beyond the interval = a stall).
// Four phases of SECONDS each, printed as one table: the console's snapshot handling as it was
// (baseline: the dashboard rebuilt its tiles, charts' CSV tables and minute series on every
// snapshot, also behind another page, and the status line changed with every progress report)
// and as it is now (nothing drawn behind another page, tables made when exported, the status line
// at most four times a second), each on a quiet machine and with another thread keeping one
// core busy. Stalls over 50 ms are listed as they happen, with the page shown. Then it quits.
// With PRAKERJA_STALL_STACKS=DIR, a watchdog thread takes the GUI thread's stack with gdb
// whenever it is 250 ms late (one file per stall in DIR): where a long stall waits or works.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <thread>

namespace prakerja {

class MainWindow;

class StallBench : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(StallBench)
public:
    StallBench(MainWindow* window, int seconds, QObject* parent = nullptr);
    ~StallBench() override;
    void start();

    struct Figures
    {
        qint64 ticks = 0;
        double worstMs = 0, p99Ms = 0, p999Ms = 0;
        qint64 over16 = 0, over50 = 0; // stalls longer than 16 ms and 50 ms
        // Of the time lost in stalls over 16 ms, how much the GUI thread spent runnable but
        // waiting for a CPU (the kernel's run-queue wait, /proc/thread-self/schedstat).
        double stallMs = 0, waitingForCpuMs = 0, runningMs = 0; // the rest: blocked (locks, I/O)
    };
    static Figures summarise(QList<qint64> latenessNs);

private:
    void tick();
    void nextPhase();
    void setBusyCore(bool busy);

    static constexpr int kIntervalMs = 5;
    MainWindow* m_window;
    int m_seconds;
    int m_phase = -1;
    QTimer m_timer;
    QTimer m_pages;
    int m_nextPage = 0;
    qint64 m_pageShownNs = 0;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QList<qint64> m_lateness;
    qint64 m_lastWaitNs = 0, m_lastRunNs = 0;
    double m_stallMs = 0, m_waitingMs = 0, m_runningMs = 0;
    QList<Figures> m_results;
    std::atomic<bool> m_spin{false};
    std::thread m_busy;
    void watch();
    QString m_stackDir;
    std::atomic<qint64> m_lastTickAtomic{0};
    std::atomic<bool> m_watching{false};
    std::thread m_watchdog;
};

} // namespace prakerja
