#include "FunnelTracker.h"

#include "domain/Timestamp.h"

namespace prakerja {

namespace {

constexpr int kJoined = static_cast<int>(EventType::JoinedBatch);
constexpr int kRejected = static_cast<int>(EventType::NikRejected);
constexpr qint64 kReadBatch = 50'000;

size_t slot(qint64 type)
{
    return type >= 0 && type < static_cast<qint64>(std::tuple_size_v<StageCounts>) ? static_cast<size_t>(type) : 0;
}

} // namespace

FunnelTracker::FunnelTracker(Database& db) : m_store(db) { }

qint64 FunnelTracker::minuteOf(qint64 epochMs)
{
    // Floor division, so that instants before 1970 still land in their own minute.
    return epochMs >= 0 ? epochMs / Timestamp::kMinute : -((-epochMs + Timestamp::kMinute - 1) / Timestamp::kMinute);
}

Status FunnelTracker::load()
{
    auto state = m_store.load();
    if (!state)
        return state.error();
    m_state = std::move(state).value();
    m_savedCursor = m_state.cursor;
    m_dirty.clear();
    return Status::success();
}

void FunnelTracker::fold(const FunnelEvent& e)
{
    // Past selection an event counts for the stage its ordinal says (a second purchase for none,
    // the third incentive month for "month 3": Stage.h).
    const int stage = funnelStageOf(static_cast<int>(e.type), e.ordinal);
    const size_t s = slot(stage);
    // A wave join counts for the funnel only the first time; every join counts for its wave,
    // unless it was stored after the wave's close (the pool leaves it out: selection.md).
    const bool countsForFunnel = stage != 0 && (e.type != kJoined || e.firstJoin);
    if (countsForFunnel && stage >= static_cast<int>(EventType::Selected) && e.wave > 0) {
        ++m_state.perWaveStages[static_cast<int>(e.wave)][s];
        m_dirty.waveStages.insert(static_cast<int>(e.wave));
    }
    if (e.type == kJoined && e.wave > 0 && !e.lateJoin) {
        ++m_state.perWave[static_cast<int>(e.wave)];
        m_dirty.waves.insert(static_cast<int>(e.wave));
    }
    if (e.type == kRejected) {
        const QString reason = e.reason.isEmpty() ? QStringLiteral("unknown") : e.reason;
        ++m_state.nikRejections[reason];
        m_dirty.reasons.insert(reason);
    }
    if (m_state.oldestAt == 0 || e.at < m_state.oldestAt)
        m_state.oldestAt = e.at;
    m_state.newestAt = std::max(m_state.newestAt, e.at);
    m_state.cursor = e.id;
    if (!countsForFunnel)
        return;
    ++m_state.totals[s];
    const qint64 minute = minuteOf(e.at);
    ++m_state.perMinute[minute][s];
    m_dirty.minutes.insert(minute);
    ++m_state.perProvince[e.province][s];
    m_dirty.provinces.insert(e.province);
    ++m_state.perSegment[e.segment][s];
    m_dirty.segments.insert(e.segment);
}

Result<qint64> FunnelTracker::refresh(qint64 maxEvents)
{
    qint64 read = 0;
    for (;;) {
        const qint64 want = maxEvents < 0 ? kReadBatch : std::min(kReadBatch, maxEvents - read);
        if (want <= 0)
            break;
        auto events = m_store.eventsPast(m_state.cursor, want);
        if (!events)
            return events.error();
        for (const FunnelEvent& e : events.value())
            fold(e);
        const auto got = static_cast<qint64>(events->size());
        read += got;
        if (got < want)
            break;
    }
    m_state.eventsFolded = read;
    m_state.refreshedAtMs = Timestamp::nowMs();
    return read;
}

Status FunnelTracker::checkpoint()
{
    if (!hasUnsavedChanges())
        return Status::success();
    const Result<bool> saved = m_store.save(m_state, m_dirty, m_savedCursor);
    if (!saved)
        return saved.error();
    // Saved, or another tracker had saved a later cursor already: either way the stored
    // aggregates now cover at least what this tracker has folded.
    if (saved.value()) {
        m_savedCursor = m_state.cursor;
        m_dirty.clear();
    }
    return Status::success();
}

Result<FunnelSnapshot> FunnelTracker::current(Database& db)
{
    FunnelTracker tracker(db);
    if (const Status s = tracker.load(); !s)
        return s.error();
    const Result<qint64> read = tracker.refresh();
    if (!read)
        return read.error();
    if (read.value() > 0)
        (void)tracker.checkpoint(); // best effort: skipped when another tracker saved a later cursor
    return tracker.snapshot();
}

Result<FunnelSnapshot> FunnelTracker::recompute(Database& db)
{
    return FunnelStore(db).recompute();
}

} // namespace prakerja
