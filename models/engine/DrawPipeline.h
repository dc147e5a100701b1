#pragma once
// The draw's parallel steps, named in one place: the engine evaluates and ranks the pool on a
// thread of its own while the caller's thread writes the pool's inputs, and the charts' report
// is built while the results are written. The service decides what is written; this decides
// what overlaps. Nothing here touches the database.

#include "domain/Error.h"
#include "engine/DrawReport.h"
#include "engine/SelectionEngine.h"

#include <QElapsedTimer>
#include <functional>

namespace prakerja {

class DrawPipeline
{
public:
    using Progress = std::function<bool(int percent)>; // false stops
    // Work for the calling thread; keepGoing() turns false once the engine stopped or was cancelled.
    using Alongside = std::function<Status(const std::function<bool()>& keepGoing)>;

    struct Ranked
    {
        SelectionEngine::DrawResult result;
        bool cancelled = false; // by progress, or because `alongside` failed
        Status alongside; // what the caller's work returned
        double evaluateMs = 0, rankMs = 0;
    };

    // Evaluates `pool` under `rules` at `closing` and ranks it (progress: 0 before, 100 after),
    // running `alongside` on this thread meanwhile (none: everything on this thread). A failed
    // `alongside` stops the engine at its next step.
    static Ranked rank(SelectionPool& pool, const RuleSet& rules, const CivilDate& closing, const QByteArray& seed,
                       qint64 quota, const Progress& progress, const Alongside& alongside = {});

    // The charts' report of `pool`, built on another thread while `alongside` runs on this one
    // (both only read the pool).
    // Milliseconds since `timer` started, restarting it (the phase timings of DrawOutcome).
    static double lapMs(QElapsedTimer& timer);

    static DrawReport reportWhile(const SelectionPool& pool, qint64 quota, const CivilDate& closing,
                                  const std::function<Status()>& alongside, Status& alongsideStatus);
};

} // namespace prakerja
