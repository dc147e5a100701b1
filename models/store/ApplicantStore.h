#pragma once
// The applicants' rows outside the feed's hot path (FeedWriter inserts and updates them as
// events arrive): re-encrypting them under a new key generation, batch by batch, with the
// selection's copies of their blind indexes (applicant_draw).

#include "domain/Error.h"

#include <QList>
#include <QPair>

namespace prakerja {

class Database;
class PiiCipher;

struct RekeyedApplicants
{
    qint64 scanned = 0; // rows read (0: none left past the cursor)
    qint64 moved = 0; // rows re-encrypted (those under the target already are skipped)
    qint64 cursor = 0; // the last id read
    QList<QPair<qint64, qint64>> familyKeys; // applicant → new family key (participants.kk)
};

class ApplicantStore
{
public:
    explicit ApplicantStore(Database& db) : m_db(db) { }

    // Re-encrypts up to `limit` applicants with ids past `afterId` under generation `target`
    // (decrypting with whatever generation wrote them). Needs the caller's write transaction;
    // a value that does not decrypt fails the batch (error rotation_decrypt) and the caller rolls back.
    Result<RekeyedApplicants> rekeyBatch(PiiCipher& cipher, int target, qint64 afterId, int limit);
    qint64 newestId();

private:
    Database& m_db;
};

// "A value could not be decrypted during key rotation: <what>".
Error rotationDecryptError(const QString& what);

} // namespace prakerja
