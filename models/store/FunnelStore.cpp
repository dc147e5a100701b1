#include "FunnelStore.h"

#include "Database.h"
#include "NativeStatement.h"
#include "domain/Timestamp.h"

#include <QSqlQuery>
#include <algorithm>
#include <sqlite3.h>

namespace prakerja {

namespace {

constexpr int kJoined = static_cast<int>(EventType::JoinedBatch);
constexpr int kRejected = static_cast<int>(EventType::NikRejected);

// funnel_aggregates.dimension
enum Dimension : int { kTotals = 1, kMinute = 2, kProvince = 3, kSegment = 4, kWave = 5, kReason = 6, kWaveStage = 7 };

size_t slot(qint64 type)
{
    return type >= 0 && type < static_cast<qint64>(std::tuple_size_v<StageCounts>) ? static_cast<size_t>(type) : 0;
}

} // namespace

void FunnelDirty::markAll(const FunnelSnapshot& state)
{
    for (auto it = state.perMinute.keyBegin(); it != state.perMinute.keyEnd(); ++it)
        minutes.insert(*it);
    for (auto it = state.perProvince.keyBegin(); it != state.perProvince.keyEnd(); ++it)
        provinces.insert(*it);
    for (auto it = state.perSegment.keyBegin(); it != state.perSegment.keyEnd(); ++it)
        segments.insert(*it);
    for (auto it = state.perWave.keyBegin(); it != state.perWave.keyEnd(); ++it)
        waves.insert(*it);
    for (auto it = state.nikRejections.keyBegin(); it != state.nikRejections.keyEnd(); ++it)
        reasons.insert(*it);
    for (auto it = state.perWaveStages.keyBegin(); it != state.perWaveStages.keyEnd(); ++it)
        waveStages.insert(*it);
}

FunnelStore::FunnelStore(Database& db) : m_db(db)
{
    // One statement per batch: the events with their applicant's province and segment, whether
    // a wave join came after its wave's close, and whether it is the applicant's first join (a
    // lookup in the partial index events_joined_batch, migration 5, for wave joins only; it was
    // a second statement per join, on PostgreSQL a round trip each).
    if (!db.isPostgres()) {
        // SQLite: up to ?2 events past the cursor ?1. CROSS JOIN keeps events as the outer
        // loop: a range scan on the cursor, a primary-key lookup per event for the applicant.
        m_readEvents = std::make_unique<NativeStatement>(
            db,
            "SELECT e.id, e.type, e.at, e.wave, e.reason, a.province, a.segment, e.applicant_id,"
            " e.type = 7 AND w.closes_at IS NOT NULL AND e.at > w.closes_at, e.score,"
            " CASE WHEN e.type = 7 THEN NOT EXISTS (SELECT 1 FROM events j WHERE j.type = 7"
            " AND j.applicant_id = e.applicant_id AND j.id < e.id) ELSE 0 END"
            " FROM events e CROSS JOIN applicants a ON a.id = e.applicant_id"
            " LEFT JOIN waves w ON e.type = 7 AND w.number = e.wave"
            " WHERE e.id > ?1 ORDER BY e.id LIMIT ?2");
        return;
    }
    // PostgreSQL: the events of one window of ids, (?1, ?2], in any order (eventsPast sorts
    // them). Planned from statistics, `id > cursor ORDER BY id LIMIT n` is fragile: before the
    // log is first analysed (a bulk load minutes ago) the server estimates a third of the table
    // past any cursor and sorts or hashes the whole of events and applicants even for an empty
    // read (0.4–0.5 s at 100,000 applicants, docs/funnel.md "Speed"); with statistics the first
    // catch-up's batches could hash all of applicants each. A window of at most n ids reads at
    // most n rows whatever the plan; the applicant is a LATERAL subquery behind OFFSET 0, which
    // the planner cannot turn into a hash join: one primary-key lookup per event, as on SQLite.
    m_readEvents = std::make_unique<NativeStatement>(
        db, "" /* PostgreSQL only */,
        "SELECT e.id, e.type, e.at, e.wave, e.reason, a.province, a.segment, e.applicant_id,"
        " e.type = 7 AND w.closes_at IS NOT NULL AND e.at > w.closes_at, e.score,"
        " CASE WHEN e.type = 7 THEN NOT EXISTS (SELECT 1 FROM events j WHERE j.type = 7"
        " AND j.applicant_id = e.applicant_id AND j.id < e.id) ELSE false END"
        " FROM events e"
        " CROSS JOIN LATERAL (SELECT province, segment FROM applicants WHERE id = e.applicant_id OFFSET 0) a"
        " LEFT JOIN waves w ON e.type = 7 AND w.number = e.wave"
        " WHERE e.id > ?1 AND e.id <= ?2");
    m_newestEvent = std::make_unique<NativeStatement>(db, "SELECT COALESCE(MAX(id), 0) FROM events");
}

FunnelStore::~FunnelStore() = default;

Status FunnelStore::readEvents(std::vector<FunnelEvent>& rows)
{
    NativeStatement& q = *m_readEvents;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        FunnelEvent e;
        e.id = q.columnInt(0);
        e.type = q.columnInt(1);
        e.at = q.columnInt(2);
        e.wave = q.columnIsNull(3) ? 0 : q.columnInt(3);
        e.reason = q.columnIsNull(4) ? QString() : q.columnText(4);
        e.province = static_cast<int>(q.columnInt(5));
        e.segment = static_cast<int>(q.columnInt(6));
        e.applicant = q.columnInt(7);
        e.lateJoin = q.columnInt(8) != 0;
        e.ordinal = q.columnIsNull(9) ? 0 : q.columnInt(9);
        e.firstJoin = q.columnInt(10) != 0;
        rows.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) {
        const Error e = q.error();
        q.reset();
        return e;
    }
    q.reset(); // never keep a read statement open: it pins the WAL snapshot
    return Status::success();
}

Result<std::vector<FunnelEvent>> FunnelStore::eventsPast(qint64 cursor, qint64 limit)
{
    std::vector<FunnelEvent> rows;
    rows.reserve(static_cast<size_t>(std::max<qint64>(0, std::min<qint64>(limit, 100'000))));
    if (!m_db.isPostgres()) {
        m_readEvents->bind(1, cursor).bind(2, limit);
        if (const Status s = readEvents(rows); !s)
            return s.error();
        return rows;
    }
    // Windows of ids up to the newest event: one window when the ids have no gaps (a
    // rolled-back transaction leaves some), each read sorted on arrival.
    NativeStatement& newest = *m_newestEvent;
    if (newest.step() != SQLITE_ROW) {
        const Error e = newest.error();
        newest.reset();
        return e;
    }
    const qint64 last = newest.columnInt(0);
    newest.reset();
    qint64 from = cursor;
    while (from < last && static_cast<qint64>(rows.size()) < limit) {
        const qint64 to = std::min(last, from + (limit - static_cast<qint64>(rows.size())));
        const auto begin = static_cast<std::ptrdiff_t>(rows.size());
        m_readEvents->bind(1, from).bind(2, to);
        if (const Status s = readEvents(rows); !s)
            return s.error();
        std::sort(rows.begin() + begin, rows.end(),
                  [](const FunnelEvent& a, const FunnelEvent& b) { return a.id < b.id; });
        from = to;
    }
    return rows;
}

Result<FunnelSnapshot> FunnelStore::load()
{
    // Through the native statements (a few thousand rows: a Qt SQL QVariant per cell cost as
    // much as the read on both backends).
    FunnelSnapshot state;
    NativeStatement head(m_db, "SELECT cursor, oldest_at, newest_at FROM funnel_state WHERE id = 1");
    int rc = head.step();
    if (rc == SQLITE_ROW) {
        state.cursor = head.columnInt(0);
        state.oldestAt = head.columnInt(1);
        state.newestAt = head.columnInt(2);
        rc = head.step();
    }
    if (rc != SQLITE_DONE)
        return head.error();
    head.reset();
    NativeStatement rows(m_db, "SELECT dimension, key, label, stage, count FROM funnel_aggregates");
    while ((rc = rows.step()) == SQLITE_ROW) {
        const qint64 key = rows.columnInt(1);
        const size_t stage = slot(rows.columnInt(3));
        const qint64 count = rows.columnInt(4);
        switch (rows.columnInt(0)) {
        case kTotals:
            state.totals[stage] = count;
            break;
        case kMinute:
            state.perMinute[key][stage] = count;
            break;
        case kProvince:
            state.perProvince[static_cast<int>(key)][stage] = count;
            break;
        case kSegment:
            state.perSegment[static_cast<int>(key)][stage] = count;
            break;
        case kWave:
            state.perWave[static_cast<int>(key)] = count;
            break;
        case kReason:
            state.nikRejections[rows.columnText(2)] = count;
            break;
        case kWaveStage:
            state.perWaveStages[static_cast<int>(key)][stage] = count;
            break;
        default:
            break;
        }
    }
    if (rc != SQLITE_DONE)
        return rows.error();
    rows.reset();
    state.refreshedAtMs = Timestamp::nowMs();
    return state;
}

Status FunnelStore::writeDirty(const FunnelSnapshot& state, const FunnelDirty& dirty)
{
    static constexpr char kUpsert[]
        = "INSERT INTO funnel_aggregates (dimension, key, label, stage, count)"
          " VALUES (?, ?, ?, ?, ?)"
          " ON CONFLICT (dimension, key, label, stage) DO UPDATE SET count = excluded.count";
    NativeStatement upsert(m_db, kUpsert);
    bool ok = true;
    const auto put = [&](int dimension, qint64 key, const QString& label, size_t stage, qint64 count) {
        if (!ok || count == 0)
            return;
        upsert.bind(1, dimension).bind(2, key).bindText(3, label).bind(4, static_cast<qint64>(stage)).bind(5, count);
        ok = upsert.step() == SQLITE_DONE;
    };
    const QString none = QStringLiteral("");
    const auto putCounts = [&](int dimension, qint64 key, const StageCounts& counts) {
        for (size_t s = 0; s < counts.size(); ++s)
            put(dimension, key, none, s, counts[s]);
    };
    putCounts(kTotals, 0, state.totals);
    for (qint64 minute : std::as_const(dirty.minutes))
        putCounts(kMinute, minute, state.perMinute.value(minute));
    for (int province : std::as_const(dirty.provinces))
        putCounts(kProvince, province, state.perProvince.value(province));
    for (int segment : std::as_const(dirty.segments))
        putCounts(kSegment, segment, state.perSegment.value(segment));
    for (int wave : std::as_const(dirty.waves))
        put(kWave, wave, none, kJoined, state.perWave.value(wave));
    for (int wave : std::as_const(dirty.waveStages))
        putCounts(kWaveStage, wave, state.perWaveStages.value(wave));
    for (const QString& reason : std::as_const(dirty.reasons))
        put(kReason, 0, reason, kRejected, state.nikRejections.value(reason));
    if (!ok)
        return upsert.error();
    auto head = m_db.exec(QStringLiteral("INSERT INTO funnel_state (id, cursor, oldest_at, newest_at, saved_at)"
                                         " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                         " cursor = excluded.cursor, oldest_at = excluded.oldest_at,"
                                         " newest_at = excluded.newest_at, saved_at = excluded.saved_at"),
                          {state.cursor, state.oldestAt, state.newestAt, Timestamp::nowMs()});
    if (!head)
        return head.error();
    return Status::success();
}

Result<bool> FunnelStore::save(const FunnelSnapshot& state, FunnelDirty dirty, qint64 savedCursor)
{
    if (Status s = m_db.beginImmediate(); !s)
        return s.error();
    // Counts only grow with the cursor, so rows this tracker did not touch since its last
    // save hold the same values at any later cursor: writing only the dirty rows keeps the
    // stored aggregates equal to the log up to the stored cursor (docs/funnel.md).
    const qint64 stored = m_db.scalar(QStringLiteral("SELECT cursor FROM funnel_state WHERE id = 1")).toLongLong();
    if (stored >= state.cursor) {
        m_db.rollback();
        return false;
    }
    if (stored < savedCursor) // the stored state is behind what the tracker loaded or saved
        dirty.markAll(state);
    if (Status s = writeDirty(state, dirty); !s) {
        m_db.rollback();
        return s.error();
    }
    if (Status s = m_db.commit(); !s) {
        m_db.rollback();
        return s.error();
    }
    return true;
}

Result<FunnelSnapshot> FunnelStore::recompute()
{
    FunnelSnapshot s;
    // The first join of each applicant is the one that counts for the funnel.
    // Events past selection count by their ordinal (Stage.h, funnelStageOf): `type` below is the
    // stage an event counts for, and events that count for none are left out.
    const QString counted
        = QStringLiteral(
              "(SELECT e.id, e.applicant_id, %1 AS type, e.at, e.wave FROM events e WHERE e.type <> 7 AND (%1) > 0"
              " UNION ALL SELECT id, applicant_id, type, at, wave FROM events"
              " WHERE id IN (SELECT MIN(id) FROM events WHERE type = 7 GROUP BY applicant_id))")
              .arg(QLatin1StringView(kFunnelStageSql));
    const auto run = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) -> Status {
        auto q = m_db.exec(sql);
        if (!q)
            return q.error();
        while (q.value().next())
            row(q.value());
        return Status::success();
    };
    Status st = run(QStringLiteral("SELECT MAX(id), MIN(at), MAX(at) FROM events"), [&](const QSqlQuery& q) {
        s.cursor = q.value(0).toLongLong();
        s.oldestAt = q.value(1).toLongLong();
        s.newestAt = q.value(2).toLongLong();
    });
    if (st)
        st = run(QStringLiteral("SELECT type, COUNT(*) FROM %1 c GROUP BY type").arg(counted),
                 [&](const QSqlQuery& q) { s.totals[slot(q.value(0).toLongLong())] = q.value(1).toLongLong(); });
    if (st)
        st = run(QStringLiteral("SELECT at / 60000, type, COUNT(*) FROM %1 c GROUP BY 1, 2").arg(counted),
                 [&](const QSqlQuery& q) {
                     s.perMinute[q.value(0).toLongLong()][slot(q.value(1).toLongLong())] = q.value(2).toLongLong();
                 });
    if (st)
        st = run(QStringLiteral("SELECT a.province, a.segment, e.type, COUNT(*) FROM %1 e"
                                " JOIN applicants a ON a.id = e.applicant_id GROUP BY 1, 2, 3")
                     .arg(counted),
                 [&](const QSqlQuery& q) {
                     const size_t stage = slot(q.value(2).toLongLong());
                     s.perProvince[q.value(0).toInt()][stage] += q.value(3).toLongLong();
                     s.perSegment[q.value(1).toInt()][stage] += q.value(3).toLongLong();
                 });
    if (st)
        st = run(QStringLiteral("SELECT e.wave, COUNT(*) FROM events e LEFT JOIN waves w ON w.number = e.wave"
                                " WHERE e.type = 7 AND e.wave > 0 AND (w.closes_at IS NULL OR e.at <= w.closes_at)"
                                " GROUP BY e.wave"),
                 [&](const QSqlQuery& q) { s.perWave[q.value(0).toInt()] = q.value(1).toLongLong(); });
    if (st)
        st = run(QStringLiteral("SELECT wave, type, COUNT(*) FROM %1 c WHERE type >= 8 AND wave > 0 GROUP BY 1, 2")
                     .arg(counted),
                 [&](const QSqlQuery& q) {
                     s.perWaveStages[q.value(0).toInt()][slot(q.value(1).toLongLong())] = q.value(2).toLongLong();
                 });
    if (st)
        st = run(QStringLiteral("SELECT COALESCE(NULLIF(reason, ''), 'unknown'), COUNT(*) FROM events"
                                " WHERE type = 4 GROUP BY 1"),
                 [&](const QSqlQuery& q) { s.nikRejections[q.value(0).toString()] += q.value(1).toLongLong(); });
    if (!st)
        return st.error();
    if (s.cursor == 0)
        s.oldestAt = s.newestAt = 0;
    s.refreshedAtMs = Timestamp::nowMs();
    return s;
}

} // namespace prakerja
