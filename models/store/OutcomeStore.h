#pragma once
// Stores a drawn wave's pool with its outcome as packed records in BLOB chunks (one row per
// chunk of kMembersPerChunk members, in applicant-id order), plus one `selections` row per
// selected or withdrawn applicant, in the caller's transaction. The pool's inputs and the
// outcome are separate chunk tables so that the inputs (known once the pool is loaded) can be
// written while the engine ranks. Ten million members are 382 chunk rows in each table.
// Record layouts (little-endian; docs/selection.md):
//   wave_outcome_chunks.data, 30 bytes: 0 u32 applicant id | 4 u8[16] blind id |
//     20 u64 family key | 28 u8 province | 29 u8 prior participants on the card
//   wave_outcome_results.data, 8 bytes: 0 u8 tier | 1 u8 eligibility | 2 u8 status | 3 u8 zero |
//     4 u32 rank
// Chunks written before the split hold 40-byte records with both parts and no result row; they
// are still read.

#include "domain/Error.h"
#include "domain/SelectionPool.h"

#include <QMap>
#include <QPair>
#include <functional>
#include <optional>

namespace prakerja {

class Database;

class OutcomeStore
{
public:
    static constexpr int kInputSize = 30;
    static constexpr int kResultSize = 8;
    static constexpr int kMembersPerChunk = 26'214;

    explicit OutcomeStore(Database& db) : m_db(db) { }

    // Removes the stored pool, outcome and selections of `wave`. Needs an open transaction (as
    // do the writes below).
    Status remove(int wave);
    // The pool's inputs. Reads only id, nikBi, kk, province and kkPrior, so it may run while the
    // engine evaluates and ranks the same pool on another thread. `keepGoing` is asked between
    // chunks; false stops with "cancelled".
    Status writeInputs(int wave, const SelectionPool& pool, const std::function<bool()>& keepGoing = {});
    // Where writeResults' time went (the bench's phases).
    struct WriteTimes
    {
        double resultsMs = 0; // the outcome chunks (after the old ones are deleted)
        double selectionsMs = 0; // one row per selected or withdrawn member
    };
    // Replaces the outcome (tier, reason, status, rank) and the selections of `wave`.
    Status writeResults(int wave, const SelectionPool& pool, const std::function<bool(int)>& progress = {},
                        WriteTimes* times = nullptr);
    // The stored pool with its outcome (inputs the draw used, not the applicants' current state).
    Result<SelectionPool> read(int wave);
    // The selections table of `wave`: applicant → (status, rank), for verifying it against read().
    Result<QMap<quint32, QPair<int, quint32>>> selections(int wave);

    // One member's stored outcome (the applicant card): found by the chunk's first applicant
    // and a binary search inside the chunk, reading a few bytes (SQLite's incremental blob I/O,
    // PostgreSQL's `substring` of an uncompressed value), never the whole chunk.
    struct Member
    {
        int province = 0;
        int kkPrior = 0;
        int tier = 0;
        int reason = 0; // Eligibility
        int status = 0; // OutcomeStatus
        quint32 rank = 0;
    };
    Result<std::optional<Member>> member(int wave, quint32 applicantId);
    // Rank of the last selected member of the wave, within `province` when >= 0.
    Result<quint32> lastSelectedRank(int wave, int province);

    static void packInput(const SelectionPool& pool, size_t i, char* out);
    static void packResult(const SelectionPool& pool, size_t i, char* out);

private:
    Database& m_db;
};

} // namespace prakerja
