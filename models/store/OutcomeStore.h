#pragma once
// Stores a drawn wave's pool with its outcome as packed records in ~1 MiB BLOB chunks (one row
// per chunk, ordered by applicant id), plus one `selections` row per selected or withdrawn
// applicant. Ten million outcomes are about 400 rows, written in the caller's transaction.
// Record layout (40 bytes, little-endian; docs/selection.md):
//   0 u32 applicant id | 4 u8[16] blind id | 20 u64 family key | 28 u8 province | 29 u8 tier
//   30 u8 eligibility | 31 u8 status | 32 u32 rank | 36 u8 prior participants on the card | 37 u8[3] zero

#include "domain/Error.h"
#include "engine/SelectionPool.h"

#include <functional>

namespace prakerja {

class Database;

class OutcomeStore
{
public:
    static constexpr int kRecordSize = 40;
    static constexpr int kMembersPerChunk = 26'214; // 1 MiB / 40 B

    explicit OutcomeStore(Database& db) : m_db(db) { }

    // Replaces the stored outcome of `wave` (chunks and selections). Needs an open transaction.
    Status write(int wave, const SelectionPool& pool, const std::function<bool(int)>& progress = {});
    // The stored pool with its outcome (inputs the draw used, not the applicants' current state).
    Result<SelectionPool> read(int wave);
    static void packRecord(const SelectionPool& pool, size_t i, char* out);
    static void unpackRecord(const char* in, SelectionPool& pool, size_t i);

private:
    Database& m_db;
};

} // namespace prakerja
