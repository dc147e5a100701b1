#include "OutcomeStore.h"

#include "Database.h"
#include "NativeStatement.h"
#include "PostgresCopy.h"

#include <QElapsedTimer>
#include <QtEndian>
#include <sqlite3.h>

#include <cstring>

namespace prakerja {

namespace {
// Both parts in one record, as written before the split (read only).
constexpr size_t kLegacyRecordSize = 40;

Error storeError(const QString& message)
{
    return makeError(QStringLiteral("sql"), message);
}

Error corrupt()
{
    return makeError(QStringLiteral("outcome_corrupt"), Error::tr("Data hasil undian rusak"));
}

Status run(Database& db, const char* sql, int wave)
{
    NativeStatement statement(db, sql);
    statement.bind(1, wave);
    if (statement.step() != SQLITE_DONE)
        return storeError(statement.errorMessage());
    return Status::success();
}

// Inserts one row per chunk of kMembersPerChunk members; `pack` fills a record.
Status writeChunks(Database& db, const char* sql, int wave, const SelectionPool& pool, int recordSize,
                   void (*pack)(const SelectionPool&, size_t, char*), const std::function<bool(size_t)>& keepGoing)
{
    NativeStatement insert(db, sql);
    const size_t n = pool.id.size();
    std::vector<char> buffer(static_cast<size_t>(OutcomeStore::kMembersPerChunk) * static_cast<size_t>(recordSize));
    int chunk = 0;
    for (size_t from = 0; from < n; from += OutcomeStore::kMembersPerChunk, ++chunk) {
        if (keepGoing && !keepGoing(from))
            return cancelledError();
        const size_t to = std::min(n, from + OutcomeStore::kMembersPerChunk);
        for (size_t i = from; i < to; ++i)
            pack(pool, i, buffer.data() + (i - from) * static_cast<size_t>(recordSize));
        insert.bind(1, wave).bind(2, chunk).bind(3, static_cast<qint64>(pool.id[from]));
        insert.bind(4, static_cast<qint64>(to - from));
        insert.bindStatic(5, buffer.data(), static_cast<int>((to - from) * static_cast<size_t>(recordSize)));
        if (insert.step() != SQLITE_DONE)
            return storeError(insert.errorMessage());
    }
    return Status::success();
}
} // namespace

void OutcomeStore::packInput(const SelectionPool& pool, size_t i, char* out)
{
    qToLittleEndian<quint32>(pool.id[i], out);
    std::memcpy(out + 4, pool.nikBi[i].data(), 16);
    qToLittleEndian<quint64>(pool.kk[i], out + 20);
    out[28] = static_cast<char>(pool.province[i]);
    out[29] = static_cast<char>(pool.kkPrior[i]);
}

void OutcomeStore::packResult(const SelectionPool& pool, size_t i, char* out)
{
    out[0] = static_cast<char>(pool.tier[i]);
    out[1] = static_cast<char>(pool.reason[i]);
    out[2] = static_cast<char>(pool.status[i]);
    out[3] = 0;
    qToLittleEndian<quint32>(pool.rank[i], out + 4);
}

Status OutcomeStore::remove(int wave)
{
    Database& h = m_db;
    for (const char* sql :
         {"DELETE FROM wave_outcome_chunks WHERE wave = ?1", "DELETE FROM wave_outcome_results WHERE wave = ?1",
          "DELETE FROM selections WHERE wave = ?1"})
        if (const Status s = run(h, sql, wave); !s)
            return s;
    return Status::success();
}

Status OutcomeStore::writeInputs(int wave, const SelectionPool& pool, const std::function<bool()>& keepGoing)
{
    return writeChunks(m_db,
                       "INSERT INTO wave_outcome_chunks (wave, chunk, first_applicant, members, data)"
                       " VALUES (?1, ?2, ?3, ?4, ?5)",
                       wave, pool, kInputSize, &packInput,
                       keepGoing ? std::function<bool(size_t)>([&](size_t) { return keepGoing(); })
                                 : std::function<bool(size_t)>());
}

Status OutcomeStore::writeResults(int wave, const SelectionPool& pool, const std::function<bool(int)>& progress,
                                  WriteTimes* times)
{
    Database& h = m_db;
    QElapsedTimer timer;
    timer.start();
    for (const char* sql :
         {"DELETE FROM wave_outcome_results WHERE wave = ?1", "DELETE FROM selections WHERE wave = ?1"})
        if (const Status s = run(h, sql, wave); !s)
            return s;
    const size_t n = pool.id.size();
    Status s = writeChunks(h,
                           "INSERT INTO wave_outcome_results (wave, chunk, first_applicant, members, data)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)",
                           wave, pool, kResultSize, &packResult,
                           progress ? std::function<bool(size_t)>([&](size_t from) {
                               return progress(static_cast<int>(from * 90 / std::max<size_t>(1, n)));
                           })
                                    : std::function<bool(size_t)>());
    if (!s)
        return s;
    if (times)
        times->resultsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto listed = [&](size_t i) {
        const auto status = static_cast<OutcomeStatus>(pool.status[i]);
        return status == OutcomeStatus::Selected || status == OutcomeStatus::Withdrawn;
    };
    if (h.isPostgres()) {
        // One COPY instead of a round trip per row (164,000 a wave).
        PostgresCopy copy(h,
                          "COPY selections (wave, rank, applicant_id, province, tier, status, reason)"
                          " FROM STDIN (FORMAT binary)");
        if (const Status started = copy.start(); !started)
            return started;
        for (size_t i = 0; i < n; ++i) {
            if (!listed(i))
                continue;
            copy.row(7);
            for (const qint64 value : {qint64(wave), qint64(pool.rank[i]), qint64(pool.id[i]), qint64(pool.province[i]),
                                       qint64(pool.tier[i]), qint64(pool.status[i]), qint64(pool.reason[i])})
                copy.add(value);
        }
        if (const Status copied = copy.finish(); !copied)
            return copied;
        if (times)
            times->selectionsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return Status::success();
    }
    NativeStatement sel(h,
                        "INSERT INTO selections (wave, rank, applicant_id, province, tier, status, reason)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (size_t i = 0; i < n; ++i) {
        if (!listed(i))
            continue;
        sel.bind(1, wave).bind(2, pool.rank[i]).bind(3, pool.id[i]).bind(4, pool.province[i]).bind(5, pool.tier[i]);
        sel.bind(6, pool.status[i]).bind(7, pool.reason[i]);
        if (sel.step() != SQLITE_DONE)
            return storeError(sel.errorMessage());
    }
    if (times)
        times->selectionsMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return Status::success();
}

Result<SelectionPool> OutcomeStore::read(int wave)
{
    Database& h = m_db;
    NativeStatement count(h, "SELECT COALESCE(SUM(members), 0) FROM wave_outcome_chunks WHERE wave = ?1");
    count.bind(1, wave);
    if (count.step() != SQLITE_ROW)
        return storeError(count.errorMessage());
    const auto n = static_cast<size_t>(count.columnInt(0));
    count.reset();
    SelectionPool pool;
    pool.resize(n);
    NativeStatement q(h,
                      "SELECT c.members, c.data, r.data, r.members FROM wave_outcome_chunks c"
                      " LEFT JOIN wave_outcome_results r ON r.wave = c.wave AND r.chunk = c.chunk"
                      " WHERE c.wave = ?1 ORDER BY c.chunk");
    q.bind(1, wave);
    size_t at = 0;
    while (q.step() == SQLITE_ROW) {
        const auto members = static_cast<size_t>(q.columnInt(0));
        const QByteArray inputs = q.columnBlob(1), results = q.columnBlob(2);
        if (at + members > n)
            return corrupt();
        // 40-byte input records are from before the split: they carry an outcome too, which a
        // result row (written by a later announce) supersedes.
        const bool legacy = static_cast<size_t>(inputs.size()) == members * kLegacyRecordSize;
        const bool hasResults = !results.isEmpty();
        if ((!legacy && static_cast<size_t>(inputs.size()) != members * kInputSize)
            || (hasResults
                && (static_cast<size_t>(q.columnInt(3)) != members
                    || static_cast<size_t>(results.size()) != members * kResultSize))
            || (!legacy && !hasResults))
            return corrupt();
        for (size_t k = 0; k < members; ++k) {
            const size_t i = at + k;
            const char* in = inputs.constData() + k * (legacy ? kLegacyRecordSize : kInputSize);
            pool.id[i] = qFromLittleEndian<quint32>(in);
            std::memcpy(pool.nikBi[i].data(), in + 4, 16);
            pool.kk[i] = qFromLittleEndian<quint64>(in + 20);
            pool.province[i] = static_cast<quint8>(in[28]);
            pool.kkPrior[i] = static_cast<quint8>(legacy ? in[36] : in[29]);
            // The legacy record's outcome is at 29..35 in the result record's order.
            const char* out = hasResults ? results.constData() + k * kResultSize : nullptr;
            pool.tier[i] = static_cast<quint8>(out ? out[0] : in[29]);
            pool.reason[i] = static_cast<quint8>(out ? out[1] : in[30]);
            pool.status[i] = static_cast<quint8>(out ? out[2] : in[31]);
            pool.rank[i] = qFromLittleEndian<quint32>(out ? out + 4 : in + 32);
        }
        at += members;
    }
    return pool;
}

namespace {
// The `data` blob of one row of `table` (wave, chunk), read in parts, never whole (an input chunk
// is 786 KB): on SQLite through incremental blob I/O, on PostgreSQL by `substring`, which fetches
// only the TOAST slices it needs from a value stored uncompressed (migration 32). A window read
// with prefetch() serves the reads inside it from memory, so a lookup's last steps cost one round
// trip on PostgreSQL.
class ChunkData
{
public:
    ChunkData(Database& db, const char* table, int wave, qint64 chunk)
        : m_db(db), m_table(table), m_wave(wave), m_chunk(chunk)
    {
        const QByteArray sql = QByteArray(db.isPostgres() ? "SELECT octet_length(data)" : "SELECT rowid") + " FROM "
            + table + " WHERE wave = ?1 AND chunk = ?2";
        NativeStatement row(db, sql.constData());
        row.bind(1, wave).bind(2, chunk);
        if (row.step() != SQLITE_ROW)
            return;
        if (db.isPostgres()) {
            m_size = static_cast<int>(row.columnInt(0));
            m_found = true;
        } else if (sqlite3_blob_open(db.native(), "main", table, "data", row.columnInt(0), 0, &m_blob) == SQLITE_OK) {
            m_size = sqlite3_blob_bytes(m_blob);
            m_found = true;
        }
        row.reset();
    }
    ~ChunkData() { sqlite3_blob_close(m_blob); }
    ChunkData(const ChunkData&) = delete;
    ChunkData& operator=(const ChunkData&) = delete;
    bool found() const { return m_found; }
    int size() const { return m_size; }
    // Keeps bytes [offset, offset + size) in memory for the reads that follow (PostgreSQL).
    bool prefetch(int size, int offset)
    {
        if (!m_db.isPostgres())
            return true;
        m_window = slice(size, offset);
        m_windowOffset = offset;
        return m_window.size() == size;
    }
    bool read(void* out, int size, int offset) const
    {
        if (!m_found || offset < 0 || size < 0 || offset + size > m_size)
            return false;
        if (m_blob)
            return sqlite3_blob_read(m_blob, out, size, offset) == SQLITE_OK;
        if (offset < m_windowOffset || offset + size > m_windowOffset + m_window.size()) {
            const QByteArray bytes = slice(size, offset);
            if (bytes.size() != size)
                return false;
            std::memcpy(out, bytes.constData(), static_cast<size_t>(size));
            return true;
        }
        std::memcpy(out, m_window.constData() + (offset - m_windowOffset), static_cast<size_t>(size));
        return true;
    }

private:
    QByteArray slice(int size, int offset) const
    {
        const QByteArray sql
            = QByteArray("SELECT substring(data FROM ?3 FOR ?4) FROM ") + m_table + " WHERE wave = ?1 AND chunk = ?2";
        NativeStatement part(m_db, sql.constData());
        part.bind(1, m_wave).bind(2, m_chunk).bind(3, offset + 1).bind(4, size);
        return part.step() == SQLITE_ROW ? part.columnBlob(0) : QByteArray();
    }

    Database& m_db;
    const char* m_table;
    int m_wave;
    qint64 m_chunk;
    sqlite3_blob* m_blob = nullptr;
    int m_size = 0;
    bool m_found = false;
    QByteArray m_window;
    int m_windowOffset = 0;
};
} // namespace

Result<std::optional<OutcomeStore::Member>> OutcomeStore::member(int wave, quint32 applicantId)
{
    NativeStatement chunkRow(m_db,
                             "SELECT chunk, members FROM wave_outcome_chunks WHERE wave = ?1"
                             " AND first_applicant <= ?2 ORDER BY chunk DESC LIMIT 1");
    chunkRow.bind(1, wave).bind(2, static_cast<qint64>(applicantId));
    const int rc = chunkRow.step();
    if (rc == SQLITE_DONE)
        return std::optional<Member>();
    if (rc != SQLITE_ROW)
        return storeError(chunkRow.errorMessage());
    const qint64 chunk = chunkRow.columnInt(0);
    const int members = static_cast<int>(chunkRow.columnInt(1));
    chunkRow.reset();
    ChunkData inputs(m_db, "wave_outcome_chunks", wave, chunk);
    if (!inputs.found() || members <= 0 || inputs.size() % members != 0)
        return corrupt();
    const int recordSize = inputs.size() / members;
    if (recordSize != kInputSize && recordSize != static_cast<int>(kLegacyRecordSize))
        return corrupt();
    // Records by ascending id: a binary search, the last ~270 records read at once.
    constexpr int kWindowBytes = 8192;
    int lo = 0, hi = members - 1, found = -1;
    bool windowRead = false;
    while (lo <= hi) {
        if (!windowRead && (hi - lo + 1) * recordSize <= kWindowBytes) {
            if (!inputs.prefetch((hi - lo + 1) * recordSize, lo * recordSize))
                return corrupt();
            windowRead = true;
        }
        const int mid = lo + (hi - lo) / 2;
        char idBytes[4];
        if (!inputs.read(idBytes, 4, mid * recordSize))
            return corrupt();
        const quint32 id = qFromLittleEndian<quint32>(idBytes);
        if (id == applicantId) {
            found = mid;
            break;
        }
        if (id < applicantId)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    if (found < 0)
        return std::optional<Member>();
    char record[kLegacyRecordSize];
    if (!inputs.read(record, recordSize, found * recordSize))
        return corrupt();
    Member m;
    m.province = static_cast<quint8>(record[28]);
    const bool legacy = recordSize == static_cast<int>(kLegacyRecordSize);
    m.kkPrior = static_cast<quint8>(legacy ? record[36] : record[29]);
    char result[kResultSize];
    const char* out = legacy ? record + 29 : nullptr;
    if (const ChunkData results(m_db, "wave_outcome_results", wave, chunk); results.found()) {
        if (!results.read(result, kResultSize, found * kResultSize))
            return corrupt();
        out = result;
    }
    if (!out)
        return corrupt();
    // Same order in both layouts: tier, eligibility, status, (zero), rank.
    m.tier = static_cast<quint8>(out[0]);
    m.reason = static_cast<quint8>(out[1]);
    m.status = static_cast<quint8>(out[2]);
    m.rank = qFromLittleEndian<quint32>(out + (out != result ? 3 : 4));
    return std::optional<Member>(m);
}

Result<quint32> OutcomeStore::lastSelectedRank(int wave, int province)
{
    auto q = province >= 0
        ? m_db.exec(QStringLiteral("SELECT COALESCE(MAX(rank), 0) FROM selections WHERE wave = ? AND status = 1"
                                   " AND province = ?"),
                    {wave, province})
        : m_db.exec(QStringLiteral("SELECT COALESCE(MAX(rank), 0) FROM selections WHERE wave = ? AND status = 1"),
                    {wave});
    if (!q)
        return q.error();
    if (!q.value().next())
        return storeError(QStringLiteral("no row"));
    return static_cast<quint32>(q.value().value(0).toLongLong());
}

Result<QMap<quint32, QPair<int, quint32>>> OutcomeStore::selections(int wave)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT applicant_id, status, rank FROM selections WHERE wave = ? ORDER BY applicant_id"),
        {wave});
    if (!q)
        return q.error();
    QMap<quint32, QPair<int, quint32>> rows;
    while (q.value().next())
        rows.insert(static_cast<quint32>(q->value(0).toLongLong()),
                    {q->value(1).toInt(), static_cast<quint32>(q->value(2).toLongLong())});
    return rows;
}

} // namespace prakerja
