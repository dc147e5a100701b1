#pragma once
// Owner of funnel_aggregates and funnel_state (docs/funnel.md), and the funnel's reader of the
// event log: events past a cursor with what the funnel needs of their applicant. The folding
// itself is the engine's (FunnelTracker); this class only moves rows.

#include "domain/Error.h"
#include "domain/FunnelSnapshot.h"

#include <QSet>
#include <memory>
#include <vector>

namespace prakerja {

class Database;
class NativeStatement;

// One event as the funnel folds it.
struct FunnelEvent
{
    qint64 id = 0, type = 0, at = 0, wave = 0, applicant = 0;
    qint64 ordinal = 0; // events.score of the events past selection (1 = the participant's first)
    int province = 0, segment = 0;
    QString reason;
    bool firstJoin = false; // a wave join that is the applicant's first
    // A wave join stored after its wave's closing time (by a version before the feed refused
    // them): not in the wave's pool, so not in its "joined" figure either.
    bool lateJoin = false;
};

// The aggregates changed since the last save, so that a save writes only those rows.
struct FunnelDirty
{
    QSet<qint64> minutes;
    QSet<int> provinces, segments, waves, waveStages;
    QSet<QString> reasons;
    void clear() { *this = {}; }
    void markAll(const FunnelSnapshot& state);
};

class FunnelStore
{
public:
    explicit FunnelStore(Database& db);
    ~FunnelStore();
    FunnelStore(const FunnelStore&) = delete;
    FunnelStore& operator=(const FunnelStore&) = delete;

    // Up to `limit` events with ids above `cursor`, in id order; the read statement is closed
    // before returning (an open one pins the WAL snapshot).
    Result<std::vector<FunnelEvent>> eventsPast(qint64 cursor, qint64 limit);
    // The persisted aggregates and cursor (a few thousand rows, no scan of the log).
    Result<FunnelSnapshot> load();
    // Writes the dirty aggregates and the cursor in one transaction; returns false (not an error)
    // when a later cursor is stored already (another tracker saved first). When the stored cursor
    // is behind `savedCursor` (the table was reset), every aggregate is written.
    Result<bool> save(const FunnelSnapshot& state, FunnelDirty dirty, qint64 savedCursor);
    // The naive way, for the benchmark and as a cross-check: the same aggregates recomputed by
    // GROUP BY over the whole event log.
    Result<FunnelSnapshot> recompute();

private:
    Status writeDirty(const FunnelSnapshot& state, const FunnelDirty& dirty);
    // Steps m_readEvents (bound by the caller) to its end, appending its rows.
    Status readEvents(std::vector<FunnelEvent>& rows);

    Database& m_db;
    std::unique_ptr<NativeStatement> m_readEvents;
    std::unique_ptr<NativeStatement> m_newestEvent; // PostgreSQL: the end of the id windows
};

} // namespace prakerja
