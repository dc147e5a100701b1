#pragma once
// Owner of name_tokens and name_index_state: the keyed name-token index (security/
// NameTokenizer) that name search goes through, since names are stored encrypted. It is kept
// off the ingest path: catchUp() reads the applicants registered past its cursor (applicant
// id, which only grows), decrypts their names and writes their tokens, a batch per
// transaction. Tokens made under another key generation (after a key rotation) are dropped
// and rebuilt from the start. docs/architecture.md says how far behind it may be.

#include "domain/Error.h"

#include <QList>
#include <functional>

namespace prakerja {

class Database;
class KeyFile;

struct NameIndexState
{
    qint64 cursor = 0; // last applicant id indexed
    int keyId = 0; // generation the tokens were made with
    qint64 newestApplicant = 0; // highest applicant id
    qint64 behind() const { return std::max<qint64>(0, newestApplicant - cursor); }
};

class NameIndex
{
public:
    static constexpr int kDefaultBatch = 20'000;
    static constexpr int kMaxWords = 6;

    explicit NameIndex(Database& db) : m_db(db) { }

    Result<NameIndexState> state();
    // Indexes every applicant past the cursor (batches of `batch`), after a reset when the
    // tokens are not under the key file's active generation. `progress(done, total)` is asked
    // between batches; false stops (what is committed stays). Returns applicants indexed.
    Result<qint64> catchUp(const KeyFile& keys, int batch = kDefaultBatch,
                           const std::function<bool(qint64, qint64)>& progress = {});
    // Drops every token; the next catchUp() starts from the first applicant.
    Status reset(int keyId);
    // Applicant ids above `afterId` that have every token, ascending, at most `limit`. The
    // walk starts from the token with the fewest postings (counted up to a bound).
    Result<QList<qint64>> candidates(const QList<qint64>& tokens, qint64 afterId, int limit);
    // Postings of a token, counted up to `bound` (what the planner above reads).
    qint64 postings(qint64 token, qint64 bound);

private:
    Database& m_db;
};

} // namespace prakerja
