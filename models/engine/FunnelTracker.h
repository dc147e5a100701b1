#pragma once
// Keeps the registration funnel's aggregates (per stage, per minute, per province, per
// segment, per wave, NIK rejections by reason) by folding only the events past a cursor
// (events.id). FunnelStore reads those events and persists the aggregates with the cursor in one
// transaction (docs/funnel.md), so a restart loads them instead of rescanning the log; the fold
// is plain arithmetic here. Used by the dashboard's worker, `prakerjactl funnel` and the bench:
// one code path. A tracker uses its Database from the thread that opened it.

#include "domain/Error.h"
#include "domain/FunnelSnapshot.h"
#include "store/FunnelStore.h"

namespace prakerja {

class Database;

class FunnelTracker
{
public:
    explicit FunnelTracker(Database& db);
    FunnelTracker(const FunnelTracker&) = delete;
    FunnelTracker& operator=(const FunnelTracker&) = delete;

    // Cold open: reads the persisted aggregates and cursor (a few thousand rows, no scan).
    Status load();
    // Folds in the events committed past the cursor, at most `maxEvents` (all when < 0).
    // Returns the number of events read.
    Result<qint64> refresh(qint64 maxEvents = -1);
    // Writes the aggregates changed since the last save and the cursor in one transaction.
    // Skipped (not an error) when another tracker already saved a later cursor.
    Status checkpoint();
    bool hasUnsavedChanges() const { return m_savedCursor != m_state.cursor; }

    // The current aggregates; a cheap copy that later refreshes do not change.
    FunnelSnapshot snapshot() const { return m_state; }
    qint64 cursor() const { return m_state.cursor; }

    // The funnel as of now, for a one-off reader (`funnel`, the budget forecast): loads the
    // persisted aggregates, folds the events past their cursor and saves the result (best
    // effort), so the next reader starts from there. The one source of stage totals.
    static Result<FunnelSnapshot> current(Database& db);

    // The naive way, for the benchmark and as a cross-check in tests: the same aggregates
    // recomputed by GROUP BY over the whole event log.
    static Result<FunnelSnapshot> recompute(Database& db);

    static qint64 minuteOf(qint64 epochMs);

private:
    void fold(const FunnelEvent& event);

    FunnelStore m_store;
    FunnelSnapshot m_state;
    qint64 m_savedCursor = 0;
    FunnelDirty m_dirty;
};

} // namespace prakerja
