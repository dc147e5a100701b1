#pragma once
// Loads a wave's pool from the database into the engine's columnar arrays on the native
// handle: pool ids from wave_members (plus, with automatic roll-over, the members of earlier
// drawn waves who did not become participants), then one ordered pass over applicant_draw (the
// narrow table of selection inputs, store/DrawInputs.h) and participants. No per-member
// queries: ten million members cost a few sequential scans. On PostgreSQL the bulk reads are
// binary COPYs on the native connection (PostgresCopyOut), and a wave's own members are read in
// two halves on two connections that share one snapshot, as SQLite reads them on two.

#include "domain/Error.h"
#include "domain/SelectionPool.h"
#include "domain/Wave.h"

#include <functional>

namespace prakerja {

class Database;

class PoolLoader
{
public:
    using Progress = std::function<bool(int percent)>; // false cancels

    explicit PoolLoader(Database& db) : m_db(db) { }

    // The pool of `wave` as the draw would see it now.
    Result<SelectionPool> load(const Wave& wave, const Progress& progress = {});
    // The current state of the given applicants (ascending ids), e.g. the stored pool of a
    // drawn wave for the re-check before announcing. Members with no applicant row are dropped.
    Result<SelectionPool> loadIds(std::vector<quint32> ids, std::vector<quint8> memberFlags,
                                  const Progress& progress = {});
    // Sets only sex, birth date, segment and reference lists of a stored pool's members from
    // their applicants as they are now (the charts of a drawn wave); members without an
    // applicant row keep theirs.
    Status fillProfile(SelectionPool& pool);

private:
    Result<SelectionPool> loadOwnMembers(const Wave& wave, const Progress& progress);
    Result<SelectionPool> loadOwnMembersPostgres(const Wave& wave, const Progress& progress);
    Status fillApplicants(SelectionPool& pool);
    Status fillParticipants(SelectionPool& pool);

    Database& m_db;
};

} // namespace prakerja
