#pragma once
// Key rotation: adds a key generation to the key file, re-encrypts every PII value and
// rebuilds every blind index under it in batches (one transaction each, progress kept in
// meta, so an interrupted rotation resumes where it stopped without losing a row), re-chains
// the audit log under the new key once the old chain has verified, and only then retires the
// old generations from the key file. Needs RotateKeys.

#include "domain/Error.h"
#include "domain/Session.h"

#include <QString>
#include <atomic>
#include <functional>

namespace prakerja {

class Database;
class KeyFile;

struct RotationResult
{
    bool completed = false; // false: stopped early (cancel or batch limit); run again to resume
    int fromKeyId = 0;
    int toKeyId = 0;
    qint64 applicants = 0; // rows re-encrypted by this run
    qint64 references = 0;
    qint64 auditRows = 0; // rows re-chained
};

class KeyRotationService
{
public:
    // done/total counts rows over the applicants and reference lists.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    struct Options
    {
        int batchSize = 5000;
        qint64 maxBatches = 0; // 0 = no limit; tests and `--max-batches` stop early to resume later
        const std::atomic<bool>* cancel = nullptr;
        Progress progress;
        // Tests: called before named steps ("key_file": saving the key file at the start,
        // "restore": undoing the start after that failed); a failure returned is the step's.
        std::function<Status(const char* step)> fault;
    };

    KeyRotationService(Database& db, const Session& session) : m_db(db), m_session(session) { }

    // Starts a rotation, or resumes the one in progress. `keyFilePath` is the database's key file.
    Result<RotationResult> rotate(const QString& keyFilePath, const Options& options);
    // The generation being rotated to, or 0 when no rotation is in progress.
    static int targetInProgress(Database& db);
    // Refusal for writers that would index under a generation the rotation is leaving.
    static Status refuseDuringRotation(Database& db);
    // For a writer in its batch transaction: refuses while a rotation is in progress, and when
    // the generation it encrypts under (`activeKeyId`) has been retired since it loaded its keys.
    static Status checkWriterKeys(Database& db, int activeKeyId);

private:
    static Status inject(const Options& options, const char* step);
    Status recordStart(const KeyFile& next, int target, int from);
    // Records the start in the database, then saves `next` to the key file; a failed save undoes
    // the start (abandonStart), so that nothing is ever encrypted under a key not on disk.
    Status start(const KeyFile& keys, const KeyFile& next, int target, int from, const QString& keyFilePath,
                 const Options& options);
    void abandonStart(const KeyFile& keys, int target, const Options& options);

    Database& m_db;
    Session m_session;
};

} // namespace prakerja
