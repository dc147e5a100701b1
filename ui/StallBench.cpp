#include "StallBench.h"

#include "DashboardPage.h"
#include "MainWindow.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <utility>

namespace prakerja {

namespace {
// Nanoseconds the calling thread has spent runnable but not running (Linux schedstat).
// Nanoseconds the calling thread has run and has spent runnable but not running (Linux schedstat).
std::pair<qint64, qint64> schedNs()
{
    FILE* f = std::fopen("/proc/thread-self/schedstat", "r");
    if (!f)
        return {0, 0};
    unsigned long long run = 0, wait = 0;
    const int n = std::fscanf(f, "%llu %llu", &run, &wait);
    std::fclose(f);
    return n == 2 ? std::pair{static_cast<qint64>(run), static_cast<qint64>(wait)} : std::pair<qint64, qint64>{0, 0};
}

struct Phase
{
    const char* name;
    bool legacy; // the dashboard's snapshot handling as it was before the fix
    bool busyCore;
};
constexpr Phase kPhases[] = {
    {"baseline (before), quiet", true, false},
    {"now (after), quiet", false, false},
    {"baseline (before), one core busy", true, true},
    {"now (after), one core busy", false, true},
};
constexpr int kPhaseCount = static_cast<int>(std::size(kPhases));
} // namespace

StallBench::StallBench(MainWindow* window, int seconds, QObject* parent)
    : QObject(parent), m_window(window), m_seconds(std::max(5, seconds))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallBench::tick);
    // Every 2 s another page opens for 1 s, then the dashboard again: opening pages while the
    // feed runs is part of the work (the issue saw its worst stalls there).
    m_pages.setInterval(1000);
    connect(&m_pages, &QTimer::timeout, this, [this] {
        constexpr int kPageCount = static_cast<int>(MainWindow::Page::Settings) + 1;
        m_pageShownNs = m_clock.nsecsElapsed();
        if (m_window->currentPage() != MainWindow::Page::Dashboard) {
            m_window->showPage(MainWindow::Page::Dashboard);
            return;
        }
        m_nextPage = m_nextPage % (kPageCount - 1) + 1;
        m_window->showPage(static_cast<MainWindow::Page>(m_nextPage));
    });
}

StallBench::~StallBench()
{
    setBusyCore(false);
    m_watching = false;
    if (m_watchdog.joinable())
        m_watchdog.join();
}

void StallBench::watch()
{
    // Samples the GUI thread (the process's first thread) once per stall past 250 ms.
    int sampled = 0;
    qint64 sampledTick = -1;
    while (m_watching.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const qint64 last = m_lastTickAtomic.load();
        if (last == sampledTick || m_clock.nsecsElapsed() - last < 250'000'000)
            continue;
        sampledTick = last;
        const QString file = QStringLiteral("%1/stall-%2.txt").arg(m_stackDir).arg(++sampled, 3, 10, QChar(u'0'));
        const QString command = QStringLiteral("gdb -p %1 -batch -ex 'thread apply all bt 30' > '%2' 2>&1")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(file);
        if (std::system(command.toLocal8Bit().constData()) != 0)
            std::fprintf(stderr, "bench latency: gdb failed, see %s\n", qPrintable(file));
        else
            std::fprintf(stderr, "bench latency: stack of a stall in %s\n", qPrintable(file));
    }
}

StallBench::Figures StallBench::summarise(QList<qint64> latenessNs)
{
    Figures f;
    f.ticks = latenessNs.size();
    if (latenessNs.isEmpty())
        return f;
    std::sort(latenessNs.begin(), latenessNs.end());
    const auto at = [&](double q) {
        const auto i = static_cast<qsizetype>(q * static_cast<double>(latenessNs.size() - 1));
        return static_cast<double>(latenessNs[i]) / 1e6;
    };
    f.worstMs = static_cast<double>(latenessNs.back()) / 1e6;
    f.p99Ms = at(0.99);
    f.p999Ms = at(0.999);
    for (qint64 ns : std::as_const(latenessNs)) {
        f.over16 += ns > 16'000'000;
        f.over50 += ns > 50'000'000;
    }
    return f;
}

void StallBench::start()
{
    m_window->showPage(MainWindow::Page::Dashboard);
    m_window->startDemoFeed(0); // as fast as the machine ingests
    std::fprintf(stderr, "bench latency: %d s per phase, simulator at full speed, dashboard shown\n", m_seconds);
    m_clock.start();
    m_pages.start();
    m_stackDir = qEnvironmentVariable("PRAKERJA_STALL_STACKS");
    if (!m_stackDir.isEmpty()) {
        m_watching = true;
        m_watchdog = std::thread([this] { watch(); });
    }
    nextPhase();
}

void StallBench::setBusyCore(bool busy)
{
    if (busy == m_busy.joinable())
        return;
    if (busy) {
        m_spin = true;
        m_busy = std::thread([this] {
            volatile quint64 n = 0;
            while (m_spin.load(std::memory_order_relaxed))
                n = n + 1;
        });
    } else {
        m_spin = false;
        m_busy.join();
    }
}

void StallBench::nextPhase()
{
    m_timer.stop();
    if (m_phase >= 0) {
        m_results << summarise(m_lateness);
        m_results.last().stallMs = m_stallMs;
        m_results.last().waitingForCpuMs = m_waitingMs;
        m_results.last().runningMs = m_runningMs;
    }
    m_stallMs = m_waitingMs = m_runningMs = 0;
    m_lateness.clear();
    ++m_phase;
    if (m_phase == kPhaseCount) {
        m_watching = false;
        setBusyCore(false);
        m_pages.stop();
        std::printf("%-36s %8s %9s %9s %10s %8s %8s %16s\n", "phase", "ticks", "worst ms", "p99 ms", "p99.9 ms",
                    ">16 ms", ">50 ms", "stalls: total / waiting for a CPU / running");
        for (int i = 0; i < kPhaseCount; ++i) {
            const Figures& f = m_results[i];
            std::printf("%-36s %8lld %9.1f %9.2f %10.2f %8lld %8lld %7.0f / %6.0f / %6.0f ms\n", kPhases[i].name,
                        static_cast<long long>(f.ticks), f.worstMs, f.p99Ms, f.p999Ms, static_cast<long long>(f.over16),
                        static_cast<long long>(f.over50), f.stallMs, f.waitingForCpuMs, f.runningMs);
        }
        std::fflush(stdout);
        QCoreApplication::quit();
        return;
    }
    const Phase& phase = kPhases[m_phase];
    DashboardPage::setLegacySnapshotHandling(phase.legacy);
    setBusyCore(phase.busyCore);
    std::fprintf(stderr, "bench latency: phase %d: %s\n", m_phase + 1, phase.name);
    m_lastTickNs = m_clock.nsecsElapsed();
    m_lastTickAtomic = m_lastTickNs;
    std::tie(m_lastRunNs, m_lastWaitNs) = schedNs();
    m_timer.start();
    QTimer::singleShot(m_seconds * 1000, this, &StallBench::nextPhase);
}

void StallBench::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = std::max<qint64>(0, now - m_lastTickNs - qint64(kIntervalMs) * 1'000'000);
    m_lateness << late;
    const auto [run, wait] = schedNs();
    if (late > 16'000'000) {
        m_stallMs += static_cast<double>(late) / 1e6;
        m_waitingMs += static_cast<double>(std::min(late, wait - m_lastWaitNs)) / 1e6;
        m_runningMs += static_cast<double>(std::min(late, run - m_lastRunNs)) / 1e6;
    }
    m_lastWaitNs = wait;
    m_lastRunNs = run;
    m_lastTickNs = now;
    m_lastTickAtomic = now;
    if (late > 50'000'000) // where the long ones happen: which page was showing, since when
        std::fprintf(stderr, "bench latency: stall %.1f ms on page %d, %.0f ms after it was shown (monotonic %.3f s)\n",
                     static_cast<double>(late) / 1e6, static_cast<int>(m_window->currentPage()),
                     static_cast<double>(now - m_pageShownNs) / 1e6,
                     static_cast<double>(m_clock.msecsSinceReference() + now / 1'000'000) / 1e3);
}

} // namespace prakerja
