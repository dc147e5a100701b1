#pragma once
// Keeps the registration funnel's aggregates (per stage, per minute, per province, per
// segment, per wave, NIK rejections by reason) by reading only the events past a cursor
// (events.id). The aggregates and the cursor are persisted together in one transaction
// (funnel_aggregates + funnel_state, docs/funnel.md), so a restart loads them instead of
// rescanning the log. Used by the dashboard's worker, `prakerjactl funnel` and the bench: one
// code path. A tracker uses its Database from the thread that opened it.

#include "FunnelSnapshot.h"
#include "domain/Error.h"

#include <QSet>
#include <memory>

namespace prakerja {

class Database;
class SqliteStatement;

class FunnelTracker
{
public:
    explicit FunnelTracker(Database& db);
    ~FunnelTracker();
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

    // The naive way, for the benchmark and as a cross-check in tests: the same aggregates
    // recomputed by GROUP BY over the whole event log.
    static Result<FunnelSnapshot> recompute(Database& db);

    static qint64 minuteOf(qint64 epochMs);

private:
    enum Dimension : int { Totals = 1, Minute = 2, Province = 3, Segment = 4, Wave = 5, Reason = 6 };
    void fold(qint64 type, qint64 at, qint64 wave, const QString& reason, int province, int segment, bool firstJoin);
    Status writeDirty();
    void clearDirty();

    Database& m_db;
    FunnelSnapshot m_state;
    qint64 m_savedCursor = 0;
    QSet<qint64> m_dirtyMinutes;
    QSet<int> m_dirtyProvinces;
    QSet<int> m_dirtySegments;
    QSet<int> m_dirtyWaves;
    QSet<QString> m_dirtyReasons;
    std::unique_ptr<SqliteStatement> m_readEvents;
    std::unique_ptr<SqliteStatement> m_earlierJoin;
};

} // namespace prakerja
