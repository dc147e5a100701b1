#include "PoolLoader.h"

#include "Database.h"
#include "DrawInputs.h"
#include "NativeStatement.h"
#include "PostgresCopyOut.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>
#include <cstring>
#include <thread>

namespace prakerja {

namespace {

Error sqliteError(sqlite3* db)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    return makeError(QStringLiteral("sql"), message);
}

// A prepared statement that finalises itself.
struct Stmt
{
    sqlite3_stmt* s = nullptr;
    Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
};

quint64 bigEndian64(const void* data, int size)
{
    if (size < 8)
        return 0;
    const auto* b = static_cast<const unsigned char*>(data);
    quint64 v = 0;
    for (int k = 0; k < 8; ++k)
        v = (v << 8) | b[k];
    return v;
}

// A read-only connection of its own for a loader thread: without the shared connection's mutex
// (taken on every column call).
sqlite3* openReader(const QByteArray& path, const char* pragmas)
{
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(path.constData(), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(h);
        return nullptr;
    }
    sqlite3_busy_timeout(h, 10000);
    sqlite3_exec(h, pragmas, nullptr, nullptr, nullptr);
    return h;
}

// A bulk read of a whole table's worth of rows on PostgreSQL: binary COPY, the rows as they
// arrive (PostgresCopyOut), instead of one text result unescaped and held in memory at once.
// `query` has the numbers written in (no parameters in a COPY).
QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

// The ids of `wave`'s members who joined by `closesAt`, ascending, appended to `ids`. Joins
// stored after the wave's close (accepted before the feed refused them) are not members: `wave
// check` reports them.
Status readMemberIds(Database& db, int wave, qint64 closesAt, std::vector<quint32>& ids)
{
    if (db.isPostgres()) {
        PostgresCopyOut copy(db.postgres(),
                             "SELECT applicant_id FROM wave_members WHERE wave = " + number(wave)
                                 + " AND joined_at <= " + number(closesAt) + " ORDER BY applicant_id");
        if (const Status s = copy.start(); !s)
            return s;
        while (copy.next())
            ids.push_back(static_cast<quint32>(copy.integer(0)));
        return copy.status();
    }
    NativeStatement q(
        db, "SELECT applicant_id FROM wave_members WHERE wave = ?1 AND joined_at <= ?2 ORDER BY applicant_id");
    q.bind(1, wave).bind(2, closesAt);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        ids.push_back(static_cast<quint32>(q.columnInt(0)));
    if (rc != SQLITE_DONE)
        return q.error();
    return Status::success();
}

} // namespace

Result<SelectionPool> PoolLoader::load(const Wave& wave, const Progress& progress)
{
    // Earlier waves whose pools were drawn: their members are repeat applicants, and with
    // automatic roll-over the unselected among them belong to this pool too.
    std::vector<std::pair<int, qint64>> earlier; // number, closes_at
    {
        NativeStatement q(m_db,
                          "SELECT number, closes_at FROM waves WHERE number < ?1 AND status IN (4, 5) ORDER BY number");
        q.bind(1, wave.number);
        while (q.step() == SQLITE_ROW)
            earlier.emplace_back(static_cast<int>(q.columnInt(0)), q.columnInt(1));
    }
    // No earlier drawn wave: the pool is exactly this wave's members, read in one joined pass
    // (loadOwnMembers: SQLite in two parallel halves, PostgreSQL in one binary COPY).
    if (earlier.empty())
        return loadOwnMembers(wave, progress);
    std::vector<quint32> ids;
    std::vector<quint8> flags;
    if (const Status s = readMemberIds(m_db, wave.number, wave.closesAt, ids); !s)
        return s.error();
    flags.assign(ids.size(), SelectionPool::OwnMember);
    if (!earlier.empty()) {
        std::vector<quint32> before;
        for (const auto& [w, closesAt] : earlier)
            if (const Status s = readMemberIds(m_db, w, closesAt, before); !s)
                return s.error();
        std::sort(before.begin(), before.end());
        before.erase(std::unique(before.begin(), before.end()), before.end());
        // Merge: own members that were in an earlier pool are repeat applicants; earlier members
        // who did not join again come along only with automatic roll-over.
        std::vector<quint32> mergedIds;
        std::vector<quint8> mergedFlags;
        mergedIds.reserve(ids.size() + (wave.rollOver == RollOver::Automatic ? before.size() : 0));
        mergedFlags.reserve(mergedIds.capacity());
        size_t a = 0, b = 0;
        while (a < ids.size() || b < before.size()) {
            if (b == before.size() || (a < ids.size() && ids[a] < before[b])) {
                mergedIds.push_back(ids[a]);
                mergedFlags.push_back(SelectionPool::OwnMember);
                ++a;
            } else if (a == ids.size() || before[b] < ids[a]) {
                if (wave.rollOver == RollOver::Automatic) {
                    mergedIds.push_back(before[b]);
                    mergedFlags.push_back(SelectionPool::RepeatApplicant);
                }
                ++b;
            } else {
                mergedIds.push_back(ids[a]);
                mergedFlags.push_back(SelectionPool::OwnMember | SelectionPool::RepeatApplicant);
                ++a;
                ++b;
            }
        }
        ids.swap(mergedIds);
        flags.swap(mergedFlags);
    }
    if (progress && !progress(10))
        return cancelledError();
    auto pool = loadIds(std::move(ids), std::move(flags), progress);
    if (!pool)
        return pool;
    // Participants who only rolled over are not "unselected": they leave the pool.
    SelectionPool& p = pool.value();
    const auto notOwnParticipant = [&](size_t i) {
        return !(p.flags[i] & SelectionPool::OwnMember)
            && (p.flags[i] & (SelectionPool::Participant | SelectionPool::RevokedParticipant));
    };
    size_t out = 0;
    for (size_t i = 0; i < p.id.size(); ++i) {
        if (notOwnParticipant(i))
            continue;
        if (out != i) {
            p.id[out] = p.id[i];
            p.nikBi[out] = p.nikBi[i];
            p.kk[out] = p.kk[i];
            p.birthYmd[out] = p.birthYmd[i];
            p.province[out] = p.province[i];
            p.sex[out] = p.sex[i];
            p.segment[out] = p.segment[i];
            p.flags[out] = p.flags[i];
            p.refs[out] = p.refs[i];
            p.kkPrior[out] = p.kkPrior[i];
        }
        ++out;
    }
    if (out != p.id.size())
        p.resize(out);
    return pool;
}

Result<SelectionPool> PoolLoader::loadIds(std::vector<quint32> ids, std::vector<quint8> memberFlags,
                                          const Progress& progress)
{
    SelectionPool pool;
    const size_t n = ids.size();
    pool.id = std::move(ids);
    pool.flags = std::move(memberFlags);
    pool.flags.resize(n, 0);
    pool.nikBi.resize(n);
    pool.kk.resize(n);
    pool.birthYmd.resize(n);
    pool.province.resize(n);
    pool.sex.resize(n);
    pool.segment.resize(n);
    pool.refs.assign(n, 0);
    pool.kkPrior.assign(n, 0);
    static const bool trace = qEnvironmentVariableIsSet("PRAKERJA_DRAW_TRACE");
    QElapsedTimer clock;
    clock.start();
    const auto cancelled = [&](int percent) {
        if (trace)
            qInfo("load: %3d %% after %lld ms", percent, static_cast<long long>(clock.elapsed()));
        return progress && !progress(percent);
    };
    if (const Status s = fillApplicants(pool); !s)
        return s.error();
    if (cancelled(50))
        return cancelledError();
    if (const Status s = fillParticipants(pool); !s)
        return s.error();
    if (cancelled(60))
        return cancelledError();
    return pool;
}

namespace {
// Copies one applicant_draw row of (nik_bi, kk, inputs), from column `first` on, into member `out`.
// One applicant_draw row's columns, from either backend.
struct DrawRow
{
    const void* bi = nullptr;
    int biSize = 0;
    const void* kk = nullptr;
    int kkSize = 0;
    qint64 inputs = 0;
};

DrawRow drawRow(sqlite3_stmt* q, int first)
{
    return {sqlite3_column_blob(q, first), sqlite3_column_bytes(q, first), sqlite3_column_blob(q, first + 1),
            sqlite3_column_bytes(q, first + 1), sqlite3_column_int64(q, first + 2)};
}

void takeApplicantRow(const DrawRow& row, SelectionPool& pool, size_t out, quint8 memberFlags)
{
    const void* bi = row.bi;
    const int biSize = row.biSize;
    const qint64 inputs = row.inputs;
    pool.flags[out]
        = static_cast<quint8>(memberFlags | (inputs & DrawInputs::kEmailVerified ? SelectionPool::EmailVerified : 0)
                              | (inputs & DrawInputs::kNikVerified ? SelectionPool::NikVerified : 0)
                              | (inputs & DrawInputs::kPhoneVerified ? SelectionPool::PhoneVerified : 0));
    BlindId& id = pool.nikBi[out];
    id.fill(0);
    if (bi)
        std::memcpy(id.data(), bi, static_cast<size_t>(std::min<int>(biSize, 16)));
    pool.kk[out] = bigEndian64(row.kk, row.kkSize);
    pool.sex[out] = static_cast<quint8>(DrawInputs::sex(inputs));
    pool.birthYmd[out] = DrawInputs::birthYmd(inputs);
    pool.province[out] = static_cast<quint8>(DrawInputs::province(inputs));
    pool.segment[out] = static_cast<quint8>(DrawInputs::segment(inputs));
    pool.refs[out] = DrawInputs::lists(inputs);
}
} // namespace

namespace {
// Appends one member of the wave's own (from its applicant_draw row).
void appendMember(SelectionPool& pool, quint32 id, const DrawRow& row)
{
    const size_t out = pool.id.size();
    pool.id.push_back(id);
    pool.flags.push_back(0);
    pool.nikBi.emplace_back();
    pool.kk.push_back(0);
    pool.sex.push_back(0);
    pool.birthYmd.push_back(0);
    pool.province.push_back(0);
    pool.segment.push_back(0);
    pool.refs.push_back(0);
    takeApplicantRow(row, pool, out, SelectionPool::OwnMember);
}

// Appends the members of `wave` with applicant ids in [from, to] (one joined pass; the applicant
// rows are sought in ascending id order, which SQLite does at scan speed).
bool scanRange(const QByteArray& path, int wave, qint64 closesAt, qint64 from, qint64 to, SelectionPool& pool)
{
    sqlite3* h = openReader(path, "PRAGMA mmap_size = 68719476736; PRAGMA cache_size = -16384");
    const auto close = qScopeGuard([h] { sqlite3_close(h); });
    if (!h)
        return false;
    Stmt q(h,
           "SELECT a.applicant_id, a.nik_bi, a.kk, a.inputs"
           " FROM wave_members w CROSS JOIN applicant_draw a ON a.applicant_id = w.applicant_id"
           " WHERE w.wave = ?1 AND w.applicant_id BETWEEN ?2 AND ?3 AND w.joined_at <= ?4 ORDER BY w.applicant_id");
    if (!q.s)
        return false;
    sqlite3_bind_int(q.s, 1, wave);
    sqlite3_bind_int64(q.s, 2, from);
    sqlite3_bind_int64(q.s, 3, to);
    sqlite3_bind_int64(q.s, 4, closesAt);
    int rc;
    while ((rc = sqlite3_step(q.s)) == SQLITE_ROW)
        appendMember(pool, static_cast<quint32>(sqlite3_column_int64(q.s, 0)), drawRow(q.s, 1));
    return rc == SQLITE_DONE;
}

// PostgreSQL's scan of the same rows: the members of `wave` with ids in [from, to] joined with
// their draw rows in one ordered binary COPY (the server merges the two primary-key scans),
// instead of the members' ids and then the draw rows as two reads.
Status copyOwnMembers(pg_conn* connection, const Wave& wave, qint64 from, qint64 to, SelectionPool& pool)
{
    PostgresCopyOut copy(connection,
                         "SELECT a.applicant_id, a.nik_bi, a.kk, a.inputs FROM wave_members w"
                         " JOIN applicant_draw a ON a.applicant_id = w.applicant_id WHERE w.wave = "
                             + number(wave.number) + " AND w.applicant_id BETWEEN " + number(from) + " AND "
                             + number(to) + " AND w.joined_at <= " + number(wave.closesAt)
                             + " ORDER BY w.applicant_id");
    if (const Status s = copy.start(); !s)
        return s;
    while (copy.next()) {
        const QByteArrayView bi = copy.bytes(1), kk = copy.bytes(2);
        appendMember(
            pool, static_cast<quint32>(copy.integer(0)),
            DrawRow{bi.data(), static_cast<int>(bi.size()), kk.data(), static_cast<int>(kk.size()), copy.integer(3)});
    }
    return copy.status();
}

// A second connection to the same server and database, with the parameters libpq used for
// `connection` (its password too, when it had one), for a reader thread; null if it cannot connect.
PGconn* secondConnection(PGconn* connection)
{
    PQconninfoOption* options = PQconninfo(connection);
    if (!options)
        return nullptr;
    std::vector<const char*> keywords, values;
    for (const PQconninfoOption* o = options; o->keyword; ++o) {
        if (o->val && *o->val) {
            keywords.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    PGconn* second = PQconnectdbParams(keywords.data(), values.data(), 0);
    PQconninfoFree(options);
    if (PQstatus(second) != CONNECTION_OK) {
        PQfinish(second);
        return nullptr;
    }
    return second;
}

bool run(PGconn* connection, const QByteArray& sql)
{
    PGresult* r = PQexec(connection, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    return ok;
}

} // namespace

Result<SelectionPool> PoolLoader::loadOwnMembers(const Wave& wave, const Progress& progress)
{
    if (m_db.isPostgres())
        return loadOwnMembersPostgres(wave, progress);
    // No earlier drawn wave: the pool is exactly this wave's members. The id range is read in two
    // halves in parallel, each on a read-only connection of its own (each half is one consistent
    // read; they are disjoint, so a join committed meanwhile lands in one or none).
    sqlite3* h = m_db.native();
    static const bool trace = qEnvironmentVariableIsSet("PRAKERJA_DRAW_TRACE");
    QElapsedTimer clock;
    clock.start();
    const auto mark = [&](const char* step) {
        if (trace)
            qInfo("load: %s after %lld ms", step, static_cast<long long>(clock.elapsed()));
    };
    qint64 lo = 0, hi = -1;
    {
        // Two subqueries: SQLite answers a lone MIN() or MAX() from the index's ends, but scans
        // every member for both in one SELECT.
        Stmt range(h,
                   "SELECT (SELECT MIN(applicant_id) FROM wave_members WHERE wave = ?1),"
                   " (SELECT MAX(applicant_id) FROM wave_members WHERE wave = ?1)");
        sqlite3_bind_int(range.s, 1, wave.number);
        if (sqlite3_step(range.s) == SQLITE_ROW && sqlite3_column_type(range.s, 0) != SQLITE_NULL) {
            lo = sqlite3_column_int64(range.s, 0);
            hi = sqlite3_column_int64(range.s, 1);
        }
    }
    const QByteArray path = m_db.path().toUtf8();
    SelectionPool pool;
    const qint64 mid = lo + (hi - lo) / 2;
    // Capacity for the whole id range: pages are only touched as members arrive.
    pool.reserve(static_cast<size_t>(std::max<qint64>(0, hi - lo + 1)));
    SelectionPool upper;
    bool upperOk = true;
    std::thread helper;
    const bool parallel = hi - lo > 100'000;
    if (parallel) {
        upper.reserve(static_cast<size_t>(hi - mid));
        helper = std::thread([&, number = wave.number, closesAt = wave.closesAt] {
            upperOk = scanRange(path, number, closesAt, mid + 1, hi, upper);
        });
    }
    const bool lowerOk = scanRange(path, wave.number, wave.closesAt, lo, parallel ? mid : hi, pool);
    mark("lower half scanned");
    if (parallel)
        helper.join();
    mark("upper half scanned");
    if (!lowerOk || !upperOk)
        return sqliteError(h);
    if (parallel)
        pool.append(upper);
    const size_t n = pool.id.size();
    pool.kkPrior.assign(n, 0);
    mark("columns joined");
    if (progress && !progress(50))
        return cancelledError();
    if (const Status s = fillParticipants(pool); !s)
        return s.error();
    mark("participants");
    if (progress && !progress(90))
        return cancelledError();
    return pool;
}

Result<SelectionPool> PoolLoader::loadOwnMembersPostgres(const Wave& wave, const Progress& progress)
{
    // As on SQLite, the id range in two halves read in parallel, the upper half on a connection of
    // its own; here both read one snapshot (exported by this connection's read-only transaction and
    // imported by the other's), so the halves are one consistent read. Within a caller's
    // transaction, or when the second connection cannot be made, this connection reads both.
    qint64 lo = 0, hi = -1;
    {
        NativeStatement range(m_db,
                              "SELECT (SELECT MIN(applicant_id) FROM wave_members WHERE wave = ?1),"
                              " (SELECT MAX(applicant_id) FROM wave_members WHERE wave = ?1)");
        range.bind(1, wave.number);
        if (range.step() == SQLITE_ROW && !range.columnIsNull(0)) {
            lo = range.columnInt(0);
            hi = range.columnInt(1);
        }
    }
    SelectionPool pool, upper;
    const qint64 mid = lo + (hi - lo) / 2;
    pool.reserve(static_cast<size_t>(std::max<qint64>(0, hi - lo + 1)));
    PGconn* main = m_db.postgres();
    QByteArray snapshot;
    const bool ownTransaction = !m_db.inTransaction() && hi - lo > 100'000;
    if (ownTransaction) {
        if (!run(main, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            return makeError(QStringLiteral("sql"), QString::fromUtf8(PQerrorMessage(main)).trimmed());
        PGresult* r = PQexec(main, "SELECT pg_export_snapshot()");
        if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
            snapshot = PQgetvalue(r, 0, 0);
        PQclear(r);
    }
    const auto endTransaction = qScopeGuard([&] {
        if (ownTransaction)
            run(main, "COMMIT");
    });
    PGconn* second = snapshot.isEmpty() ? nullptr : secondConnection(main);
    Status upperStatus = Status::success();
    std::thread helper;
    if (second) {
        upper.reserve(static_cast<size_t>(hi - mid));
        helper = std::thread([&] {
            if (!run(second, "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                || !run(second, "SET TRANSACTION SNAPSHOT '" + snapshot + '\'')) {
                upperStatus = makeError(QStringLiteral("sql"), QString::fromUtf8(PQerrorMessage(second)).trimmed());
                return;
            }
            upperStatus = copyOwnMembers(second, wave, mid + 1, hi, upper);
            run(second, "COMMIT");
        });
    }
    Status lowerStatus = copyOwnMembers(main, wave, lo, second ? mid : hi, pool);
    if (second) {
        helper.join();
        PQfinish(second);
    }
    if (!lowerStatus)
        return lowerStatus.error();
    if (!upperStatus)
        return upperStatus.error();
    if (second)
        pool.append(upper);
    pool.kkPrior.assign(pool.id.size(), 0);
    if (progress && !progress(50))
        return cancelledError();
    if (const Status s = fillParticipants(pool); !s)
        return s.error();
    if (progress && !progress(90))
        return cancelledError();
    return pool;
}

namespace {
// Walks applicant_draw for ascending `ids` in one ordered pass (a seek instead of stepping when
// the next id is far ahead), calling found(k, row) for each ids[k] that has a row; the row's
// columns are (applicant_id, nik_bi, kk, inputs).
template <typename Found> Status walkDrawRows(Database& db, const std::vector<quint32>& ids, Found found)
{
    if (db.isPostgres()) {
        // One ordered range read over the members' ids (binary COPY), merged with them.
        if (ids.empty())
            return Status::success();
        PostgresCopyOut copy(db.postgres(),
                             "SELECT applicant_id, nik_bi, kk, inputs FROM applicant_draw WHERE applicant_id"
                             " BETWEEN "
                                 + number(ids.front()) + " AND " + number(ids.back()) + " ORDER BY applicant_id");
        if (const Status s = copy.start(); !s)
            return s;
        size_t k = 0;
        while (copy.next()) {
            const qint64 current = copy.integer(0);
            while (k < ids.size() && ids[k] < current)
                ++k;
            if (k < ids.size() && ids[k] == current) {
                const QByteArrayView bi = copy.bytes(1), kk = copy.bytes(2);
                found(k,
                      DrawRow{bi.data(), static_cast<int>(bi.size()), kk.data(), static_cast<int>(kk.size()),
                              copy.integer(3)});
            }
        }
        return copy.status();
    }
    sqlite3* h = db.native();
    Stmt q(
        h,
        "SELECT applicant_id, nik_bi, kk, inputs FROM applicant_draw WHERE applicant_id >= ?1 ORDER BY applicant_id");
    if (!q.s)
        return sqliteError(h);
    bool positioned = false;
    qint64 current = -1;
    for (size_t k = 0; k < ids.size(); ++k) {
        const quint32 want = ids[k];
        if (!positioned || (current < want && want - current > 256)) {
            sqlite3_reset(q.s);
            sqlite3_bind_int64(q.s, 1, want);
            positioned = true;
            current = sqlite3_step(q.s) == SQLITE_ROW ? sqlite3_column_int64(q.s, 0) : -2;
        }
        while (current >= 0 && current < want)
            current = sqlite3_step(q.s) == SQLITE_ROW ? sqlite3_column_int64(q.s, 0) : -2;
        if (current == -2) {
            positioned = false; // past the end; reseek on the next member (there should be none)
            continue;
        }
        if (current == want)
            found(k, drawRow(q.s, 1));
    }
    return Status::success();
}
} // namespace

Status PoolLoader::fillApplicants(SelectionPool& pool)
{
    // Members without an applicant row are dropped (ids[k] is read before slot k is rewritten).
    size_t out = 0;
    const Status s = walkDrawRows(m_db, pool.id, [&](size_t k, const DrawRow& row) {
        pool.id[out] = pool.id[k];
        takeApplicantRow(row, pool, out, pool.flags[k]);
        ++out;
    });
    if (!s)
        return s;
    if (out != pool.id.size())
        pool.resize(out);
    return Status::success();
}

Status PoolLoader::fillProfile(SelectionPool& pool)
{
    return walkDrawRows(m_db, pool.id, [&](size_t k, const DrawRow& row) {
        const qint64 inputs = row.inputs;
        pool.sex[k] = static_cast<quint8>(DrawInputs::sex(inputs));
        pool.birthYmd[k] = DrawInputs::birthYmd(inputs);
        pool.segment[k] = static_cast<quint8>(DrawInputs::segment(inputs));
        pool.refs[k] = DrawInputs::lists(inputs);
    });
}

Status PoolLoader::fillParticipants(SelectionPool& pool)
{
    std::vector<quint64> cards; // family keys of active participants
    size_t k = 0;
    const size_t n = pool.id.size();
    const auto take = [&](quint32 applicant, int status, quint64 kk) {
        if (status == 1 && kk != 0)
            cards.push_back(kk);
        while (k < n && pool.id[k] < applicant)
            ++k;
        if (k < n && pool.id[k] == applicant)
            pool.flags[k] |= status == 1 ? SelectionPool::Participant : SelectionPool::RevokedParticipant;
    };
    static const char* const kSql = "SELECT applicant_id, status, kk FROM participants ORDER BY applicant_id";
    if (m_db.isPostgres()) {
        PostgresCopyOut copy(m_db.postgres(), kSql);
        if (const Status s = copy.start(); !s)
            return s;
        while (copy.next())
            take(static_cast<quint32>(copy.integer(0)), static_cast<int>(copy.integer(1)),
                 static_cast<quint64>(copy.integer(2)));
        if (const Status s = copy.status(); !s)
            return s;
    } else {
        NativeStatement q(m_db, kSql);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            take(static_cast<quint32>(q.columnInt(0)), static_cast<int>(q.columnInt(1)),
                 static_cast<quint64>(q.columnInt(2)));
        if (rc != SQLITE_DONE)
            return q.error();
    }
    if (cards.empty())
        return Status::success();
    std::sort(cards.begin(), cards.end());
    for (size_t i = 0; i < n; ++i) {
        if (pool.kk[i] == 0)
            continue;
        const auto range = std::equal_range(cards.begin(), cards.end(), pool.kk[i]);
        pool.kkPrior[i] = static_cast<quint8>(std::min<std::ptrdiff_t>(255, range.second - range.first));
    }
    return Status::success();
}

} // namespace prakerja
