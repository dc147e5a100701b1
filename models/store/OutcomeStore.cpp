#include "OutcomeStore.h"

#include "Database.h"
#include "SqliteStatement.h"

#include <QtEndian>
#include <sqlite3.h>

#include <cstring>

namespace prakerja {

namespace {
Error storeError(const QString& message)
{
    return makeError(QStringLiteral("sql"), message, message);
}
} // namespace

void OutcomeStore::packRecord(const SelectionPool& pool, size_t i, char* out)
{
    std::memset(out, 0, kRecordSize);
    qToLittleEndian<quint32>(pool.id[i], out);
    std::memcpy(out + 4, pool.nikBi[i].data(), 16);
    qToLittleEndian<quint64>(pool.kk[i], out + 20);
    out[28] = static_cast<char>(pool.province[i]);
    out[29] = static_cast<char>(pool.tier[i]);
    out[30] = static_cast<char>(pool.reason[i]);
    out[31] = static_cast<char>(pool.status[i]);
    qToLittleEndian<quint32>(pool.rank[i], out + 32);
    out[36] = static_cast<char>(pool.kkPrior[i]);
}

void OutcomeStore::unpackRecord(const char* in, SelectionPool& pool, size_t i)
{
    pool.id[i] = qFromLittleEndian<quint32>(in);
    std::memcpy(pool.nikBi[i].data(), in + 4, 16);
    pool.kk[i] = qFromLittleEndian<quint64>(in + 20);
    pool.province[i] = static_cast<quint8>(in[28]);
    pool.tier[i] = static_cast<quint8>(in[29]);
    pool.reason[i] = static_cast<quint8>(in[30]);
    pool.status[i] = static_cast<quint8>(in[31]);
    pool.rank[i] = qFromLittleEndian<quint32>(in + 32);
    pool.kkPrior[i] = static_cast<quint8>(in[36]);
}

Status OutcomeStore::write(int wave, const SelectionPool& pool, const std::function<bool(int)>& progress)
{
    sqlite3* h = m_db.native();
    {
        SqliteStatement del(h, "DELETE FROM wave_outcome_chunks WHERE wave = ?1");
        del.bind(1, wave);
        if (del.step() != SQLITE_DONE)
            return storeError(del.errorMessage());
        SqliteStatement delSel(h, "DELETE FROM selections WHERE wave = ?1");
        delSel.bind(1, wave);
        if (delSel.step() != SQLITE_DONE)
            return storeError(delSel.errorMessage());
    }
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(h,
                           "INSERT INTO wave_outcome_chunks (wave, chunk, first_applicant, members, data)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)",
                           -1, &insert, nullptr)
        != SQLITE_OK)
        return storeError(QString::fromUtf8(sqlite3_errmsg(h)));
    const size_t n = pool.id.size();
    std::vector<char> buffer(static_cast<size_t>(kMembersPerChunk) * kRecordSize);
    int chunk = 0;
    for (size_t from = 0; from < n; from += kMembersPerChunk, ++chunk) {
        const size_t to = std::min(n, from + kMembersPerChunk);
        for (size_t i = from; i < to; ++i)
            packRecord(pool, i, buffer.data() + (i - from) * kRecordSize);
        sqlite3_bind_int(insert, 1, wave);
        sqlite3_bind_int(insert, 2, chunk);
        sqlite3_bind_int64(insert, 3, pool.id[from]);
        sqlite3_bind_int64(insert, 4, static_cast<qint64>(to - from));
        // SQLITE_STATIC: the buffer outlives the step.
        sqlite3_bind_blob(insert, 5, buffer.data(), static_cast<int>((to - from) * kRecordSize), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_finalize(insert);
            return storeError(message);
        }
        sqlite3_reset(insert);
        if (progress && chunk % 16 == 0 && !progress(static_cast<int>(from * 100 / std::max<size_t>(1, n)))) {
            sqlite3_finalize(insert);
            return makeError(QStringLiteral("cancelled"), QStringLiteral("Dibatalkan"), QStringLiteral("Cancelled"));
        }
    }
    sqlite3_finalize(insert);

    SqliteStatement sel(h,
                        "INSERT INTO selections (wave, rank, applicant_id, province, tier, status, reason)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (size_t i = 0; i < n; ++i) {
        const auto status = static_cast<OutcomeStatus>(pool.status[i]);
        if (status != OutcomeStatus::Selected && status != OutcomeStatus::Withdrawn)
            continue;
        sel.bind(1, wave).bind(2, pool.rank[i]).bind(3, pool.id[i]).bind(4, pool.province[i]).bind(5, pool.tier[i]);
        sel.bind(6, pool.status[i]).bind(7, pool.reason[i]);
        if (sel.step() != SQLITE_DONE)
            return storeError(sel.errorMessage());
    }
    return Status::success();
}

Result<SelectionPool> OutcomeStore::read(int wave)
{
    sqlite3* h = m_db.native();
    SqliteStatement count(h, "SELECT COALESCE(SUM(members), 0) FROM wave_outcome_chunks WHERE wave = ?1");
    count.bind(1, wave);
    if (count.step() != SQLITE_ROW)
        return storeError(count.errorMessage());
    const auto n = static_cast<size_t>(count.columnInt(0));
    count.reset();
    SelectionPool pool;
    pool.resize(n);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(h, "SELECT members, data FROM wave_outcome_chunks WHERE wave = ?1 ORDER BY chunk", -1, &q,
                       nullptr);
    sqlite3_bind_int(q, 1, wave);
    size_t at = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        const auto members = static_cast<size_t>(sqlite3_column_int64(q, 0));
        const auto* data = static_cast<const char*>(sqlite3_column_blob(q, 1));
        const auto bytes = static_cast<size_t>(sqlite3_column_bytes(q, 1));
        if (bytes != members * kRecordSize || at + members > n) {
            sqlite3_finalize(q);
            return makeError(QStringLiteral("outcome_corrupt"), QStringLiteral("Data hasil undian rusak"),
                             QStringLiteral("The stored outcome is corrupt"));
        }
        for (size_t k = 0; k < members; ++k)
            unpackRecord(data + k * kRecordSize, pool, at + k);
        at += members;
    }
    sqlite3_finalize(q);
    return pool;
}

} // namespace prakerja
