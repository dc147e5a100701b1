#include "FunnelTracker.h"

#include "domain/Timestamp.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>

namespace prakerja {

namespace {

constexpr int kJoined = static_cast<int>(EventType::JoinedBatch);
constexpr int kRejected = static_cast<int>(EventType::NikRejected);
constexpr qint64 kReadBatch = 50'000;

size_t slot(qint64 type)
{
    return type >= 0 && type < static_cast<qint64>(std::tuple_size_v<StageCounts>) ? static_cast<size_t>(type) : 0;
}

Error sqliteError(sqlite3* db)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    return makeError(QStringLiteral("sql"), message, message);
}

} // namespace

FunnelTracker::FunnelTracker(Database& db) : m_db(db)
{
    // CROSS JOIN keeps events as the outer loop: a range scan on the cursor, a primary-key
    // lookup per event for the applicant's province and segment.
    m_readEvents = std::make_unique<SqliteStatement>(
        db.native(),
        "SELECT e.id, e.type, e.at, e.wave, e.reason, a.province, a.segment, e.applicant_id"
        " FROM events e CROSS JOIN applicants a ON a.id = e.applicant_id"
        " WHERE e.id > ?1 ORDER BY e.id LIMIT ?2");
    // Served by the partial index events_joined_batch (migration 5): only wave joins.
    m_earlierJoin = std::make_unique<SqliteStatement>(
        db.native(), "SELECT 1 FROM events WHERE type = 7 AND applicant_id = ?1 AND id < ?2 LIMIT 1");
}

FunnelTracker::~FunnelTracker() = default;

qint64 FunnelTracker::minuteOf(qint64 epochMs)
{
    // Floor division, so that instants before 1970 still land in their own minute.
    return epochMs >= 0 ? epochMs / Timestamp::kMinute : -((-epochMs + Timestamp::kMinute - 1) / Timestamp::kMinute);
}

void FunnelTracker::clearDirty()
{
    m_dirtyMinutes.clear();
    m_dirtyProvinces.clear();
    m_dirtySegments.clear();
    m_dirtyWaves.clear();
    m_dirtyReasons.clear();
}

Status FunnelTracker::load()
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
        case Totals:
            state.totals[stage] = count;
            break;
        case Minute:
            state.perMinute[key][stage] = count;
            break;
        case Province:
            state.perProvince[static_cast<int>(key)][stage] = count;
            break;
        case Segment:
            state.perSegment[static_cast<int>(key)][stage] = count;
            break;
        case Wave:
            state.perWave[static_cast<int>(key)] = count;
            break;
        case Reason:
            state.nikRejections[q.value(2).toString()] = count;
            break;
        default:
            break;
        }
    }
    q.finish();
    state.refreshedAtMs = Timestamp::nowMs();
    m_state = state;
    m_savedCursor = state.cursor;
    clearDirty();
    return Status::success();
}

void FunnelTracker::fold(qint64 type, qint64 at, qint64 wave, const QString& reason, int province, int segment,
                         bool firstJoin)
{
    const size_t s = slot(type);
    // A wave join counts for the funnel only the first time; every join counts for its wave.
    const bool countsForFunnel = type != kJoined || firstJoin;
    if (type == kJoined && wave > 0) {
        ++m_state.perWave[static_cast<int>(wave)];
        m_dirtyWaves.insert(static_cast<int>(wave));
    }
    if (type == kRejected) {
        ++m_state.nikRejections[reason.isEmpty() ? QStringLiteral("unknown") : reason];
        m_dirtyReasons.insert(reason.isEmpty() ? QStringLiteral("unknown") : reason);
    }
    if (m_state.oldestAt == 0 || at < m_state.oldestAt)
        m_state.oldestAt = at;
    m_state.newestAt = std::max(m_state.newestAt, at);
    if (!countsForFunnel)
        return;
    ++m_state.totals[s];
    const qint64 minute = minuteOf(at);
    ++m_state.perMinute[minute][s];
    m_dirtyMinutes.insert(minute);
    ++m_state.perProvince[province][s];
    m_dirtyProvinces.insert(province);
    ++m_state.perSegment[segment][s];
    m_dirtySegments.insert(segment);
}

Result<qint64> FunnelTracker::refresh(qint64 maxEvents)
{
    qint64 read = 0;
    for (;;) {
        const qint64 want = maxEvents < 0 ? kReadBatch : std::min(kReadBatch, maxEvents - read);
        if (want <= 0)
            break;
        SqliteStatement& q = *m_readEvents;
        q.bind(1, m_state.cursor).bind(2, want);
        qint64 got = 0;
        int rc;
        // Rows are collected first: the join check below runs a second statement.
        struct Row
        {
            qint64 id, type, at, wave, applicant;
            int province, segment;
            QString reason;
        };
        std::vector<Row> rows;
        rows.reserve(static_cast<size_t>(want));
        while ((rc = q.step()) == SQLITE_ROW) {
            rows.push_back({q.columnInt(0), q.columnInt(1), q.columnInt(2), q.columnIsNull(3) ? 0 : q.columnInt(3),
                            q.columnInt(7), static_cast<int>(q.columnInt(5)), static_cast<int>(q.columnInt(6)),
                            q.columnIsNull(4) ? QString() : q.columnText(4)});
            ++got;
        }
        q.reset(); // never keep a read statement open: it pins the WAL snapshot
        if (rc != SQLITE_DONE)
            return sqliteError(m_db.native());
        for (const Row& r : rows) {
            bool firstJoin = false;
            if (r.type == kJoined) {
                m_earlierJoin->bind(1, r.applicant).bind(2, r.id);
                const int jrc = m_earlierJoin->step();
                m_earlierJoin->reset();
                if (jrc != SQLITE_ROW && jrc != SQLITE_DONE)
                    return sqliteError(m_db.native());
                firstJoin = jrc == SQLITE_DONE;
            }
            fold(r.type, r.at, r.wave, r.reason, r.province, r.segment, firstJoin);
            m_state.cursor = r.id;
        }
        read += got;
        if (got < want)
            break;
    }
    m_state.eventsFolded = read;
    m_state.refreshedAtMs = Timestamp::nowMs();
    return read;
}

Status FunnelTracker::writeDirty()
{
    SqliteStatement upsert(m_db.native(),
                           "INSERT INTO funnel_aggregates (dimension, key, label, stage, count)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)"
                           " ON CONFLICT (dimension, key, label, stage) DO UPDATE SET count = excluded.count");
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
    putCounts(Totals, 0, m_state.totals);
    for (qint64 minute : std::as_const(m_dirtyMinutes))
        putCounts(Minute, minute, m_state.perMinute.value(minute));
    for (int province : std::as_const(m_dirtyProvinces))
        putCounts(Province, province, m_state.perProvince.value(province));
    for (int segment : std::as_const(m_dirtySegments))
        putCounts(Segment, segment, m_state.perSegment.value(segment));
    for (int wave : std::as_const(m_dirtyWaves))
        put(Wave, wave, none, kJoined, m_state.perWave.value(wave));
    for (const QString& reason : std::as_const(m_dirtyReasons))
        put(Reason, 0, reason, kRejected, m_state.nikRejections.value(reason));
    if (!ok)
        return sqliteError(m_db.native());
    auto head = m_db.exec(QStringLiteral("INSERT INTO funnel_state (id, cursor, oldest_at, newest_at, saved_at)"
                                         " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                         " cursor = excluded.cursor, oldest_at = excluded.oldest_at,"
                                         " newest_at = excluded.newest_at, saved_at = excluded.saved_at"),
                          {m_state.cursor, m_state.oldestAt, m_state.newestAt, Timestamp::nowMs()});
    if (!head)
        return head.error();
    return Status::success();
}

Status FunnelTracker::checkpoint()
{
    if (!hasUnsavedChanges())
        return Status::success();
    if (Status s = m_db.beginImmediate(); !s)
        return s;
    // Counts only grow with the cursor, so rows this tracker did not touch since its last
    // save hold the same values at any later cursor: writing only the dirty rows keeps the
    // stored aggregates equal to the log up to the stored cursor (docs/funnel.md).
    const qint64 stored = m_db.scalar(QStringLiteral("SELECT cursor FROM funnel_state WHERE id = 1")).toLongLong();
    if (stored >= m_state.cursor) {
        m_db.rollback();
        return Status::success();
    }
    if (stored < m_savedCursor) {
        // The stored state is behind what this tracker loaded or saved (the table was reset):
        // write everything, not just the rows changed since then.
        for (auto it = m_state.perMinute.keyBegin(); it != m_state.perMinute.keyEnd(); ++it)
            m_dirtyMinutes.insert(*it);
        for (auto it = m_state.perProvince.keyBegin(); it != m_state.perProvince.keyEnd(); ++it)
            m_dirtyProvinces.insert(*it);
        for (auto it = m_state.perSegment.keyBegin(); it != m_state.perSegment.keyEnd(); ++it)
            m_dirtySegments.insert(*it);
        for (auto it = m_state.perWave.keyBegin(); it != m_state.perWave.keyEnd(); ++it)
            m_dirtyWaves.insert(*it);
        for (auto it = m_state.nikRejections.keyBegin(); it != m_state.nikRejections.keyEnd(); ++it)
            m_dirtyReasons.insert(*it);
    }
    if (Status s = writeDirty(); !s) {
        m_db.rollback();
        return s;
    }
    if (Status s = m_db.commit(); !s) {
        m_db.rollback();
        return s;
    }
    m_savedCursor = m_state.cursor;
    clearDirty();
    return Status::success();
}

Result<FunnelSnapshot> FunnelTracker::recompute(Database& db)
{
    FunnelSnapshot s;
    // The first join of each applicant is the one that counts for the funnel.
    const QString counted = QStringLiteral(
        "(SELECT * FROM events WHERE type <> 7 UNION ALL"
        " SELECT * FROM events WHERE id IN (SELECT MIN(id) FROM events WHERE type = 7 GROUP BY applicant_id))");
    const auto run = [&](const QString& sql, const std::function<void(const QSqlQuery&)>& row) -> Status {
        auto q = db.exec(sql);
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
        st = run(QStringLiteral("SELECT type, COUNT(*) FROM %1 GROUP BY type").arg(counted),
                 [&](const QSqlQuery& q) { s.totals[slot(q.value(0).toLongLong())] = q.value(1).toLongLong(); });
    if (st)
        st = run(QStringLiteral("SELECT at / 60000, type, COUNT(*) FROM %1 GROUP BY 1, 2").arg(counted),
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
        st = run(QStringLiteral("SELECT wave, COUNT(*) FROM events WHERE type = 7 AND wave > 0 GROUP BY wave"),
                 [&](const QSqlQuery& q) { s.perWave[q.value(0).toInt()] = q.value(1).toLongLong(); });
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
