#include "FunnelStore.h"

#include "Database.h"
#include "NativeStatement.h"
#include "domain/Timestamp.h"

#include <QSqlQuery>
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
    // CROSS JOIN keeps events as the outer loop: a range scan on the cursor, a primary-key
    // lookup per event for the applicant's province and segment.
    m_readEvents = std::make_unique<NativeStatement>(
        db,
        "SELECT e.id, e.type, e.at, e.wave, e.reason, a.province, a.segment, e.applicant_id,"
        " e.type = 7 AND w.closes_at IS NOT NULL AND e.at > w.closes_at, e.score"
        " FROM events e CROSS JOIN applicants a ON a.id = e.applicant_id"
        " LEFT JOIN waves w ON e.type = 7 AND w.number = e.wave"
        " WHERE e.id > ?1 ORDER BY e.id LIMIT ?2");
    // Served by the partial index events_joined_batch (migration 5): only wave joins.
    m_earlierJoin = std::make_unique<NativeStatement>(
        db, "SELECT 1 FROM events WHERE type = 7 AND applicant_id = ?1 AND id < ?2 LIMIT 1");
}

FunnelStore::~FunnelStore() = default;

Result<std::vector<FunnelEvent>> FunnelStore::eventsPast(qint64 cursor, qint64 limit)
{
    NativeStatement& q = *m_readEvents;
    q.bind(1, cursor).bind(2, limit);
    std::vector<FunnelEvent> rows;
    rows.reserve(static_cast<size_t>(std::max<qint64>(0, std::min<qint64>(limit, 100'000))));
    int rc;
    // Rows are collected first: the join check below runs a second statement.
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
        rows.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) {
        const Error e = q.error();
        q.reset();
        return e;
    }
    q.reset(); // never keep a read statement open: it pins the WAL snapshot
    for (FunnelEvent& e : rows) {
        if (e.type != kJoined)
            continue;
        m_earlierJoin->bind(1, e.applicant).bind(2, e.id);
        const int jrc = m_earlierJoin->step();
        if (jrc != SQLITE_ROW && jrc != SQLITE_DONE) {
            const Error failed = m_earlierJoin->error();
            m_earlierJoin->reset();
            return failed;
        }
        m_earlierJoin->reset();
        e.firstJoin = jrc == SQLITE_DONE;
    }
    return rows;
}

Result<FunnelSnapshot> FunnelStore::load()
{
    FunnelSnapshot state;
    auto head = m_db.exec(QStringLiteral("SELECT cursor, oldest_at, newest_at FROM funnel_state WHERE id = 1"));
    if (!head)
        return head.error();
    if (head.value().next()) {
        state.cursor = head.value().value(0).toLongLong();
        state.oldestAt = head.value().value(1).toLongLong();
        state.newestAt = head.value().value(2).toLongLong();
    }
    head.value().finish();
    auto rows = m_db.exec(QStringLiteral("SELECT dimension, key, label, stage, count FROM funnel_aggregates"));
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    while (q.next()) {
        const qint64 key = q.value(1).toLongLong();
        const size_t stage = slot(q.value(3).toLongLong());
        const qint64 count = q.value(4).toLongLong();
        switch (q.value(0).toInt()) {
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
            state.nikRejections[q.value(2).toString()] = count;
            break;
        case kWaveStage:
            state.perWaveStages[static_cast<int>(key)][stage] = count;
            break;
        default:
            break;
        }
    }
    q.finish();
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
