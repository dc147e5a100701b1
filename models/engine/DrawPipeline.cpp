#include "DrawPipeline.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

namespace prakerja {

double DrawPipeline::lapMs(QElapsedTimer& timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

DrawPipeline::Ranked DrawPipeline::rank(SelectionPool& pool, const RuleSet& rules, const CivilDate& closing,
                                        const QByteArray& seed, qint64 quota, const Progress& progress,
                                        const Alongside& alongside)
{
    Ranked out;
    std::atomic<bool> stop{false};
    const auto engine = [&] {
        QElapsedTimer timer;
        timer.start();
        SelectionEngine::evaluate(pool, rules, closing);
        out.evaluateMs = lapMs(timer);
        // Evaluation is the first sixth of the work as measured at 1M; the ranking the rest.
        if (progress && !progress(15)) {
            out.cancelled = true;
        } else {
            out.result = SelectionEngine::draw(pool, seed, quota, rules, [&](int percent) {
                return !stop.load() && (!progress || progress(15 + percent * 85 / 100));
            });
            out.cancelled = out.result.cancelled;
        }
        out.rankMs = lapMs(timer);
        if (out.cancelled)
            stop = true;
    };
    if (!alongside) {
        engine();
        return out;
    }
    std::thread worker(engine);
    out.alongside = alongside([&] { return !stop.load(); });
    if (!out.alongside)
        stop = true; // the engine's next progress check ends it
    worker.join();
    if (!out.alongside)
        out.cancelled = true;
    return out;
}

DrawReport DrawPipeline::reportWhile(const SelectionPool& pool, qint64 quota, const CivilDate& closing,
                                     const std::function<Status()>& alongside, Status& alongsideStatus)
{
    DrawReport report;
    std::thread reporter([&] { report = DrawReport::from(pool, quota, closing); });
    alongsideStatus = alongside();
    reporter.join();
    return report;
}

} // namespace prakerja
