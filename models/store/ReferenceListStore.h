#pragma once
// The reference lists' rows (which NIKs are on DTKS, a regional list, …) outside the import's
// inserts (io/ReferenceImporter) and take-backs (ReferenceImportStore): counting them and
// re-encrypting them under a new key generation.

#include "domain/Error.h"

namespace prakerja {

class Database;
class PiiCipher;

class ReferenceListStore
{
public:
    explicit ReferenceListStore(Database& db) : m_db(db) { }

    qint64 count();
    // Re-encrypts up to `limit` rows not yet under `target` (their key, the blind index, changes
    // with them); returns how many. Needs the caller's write transaction.
    Result<qint64> rekeyBatch(PiiCipher& cipher, int target, int limit);

private:
    Database& m_db;
};

} // namespace prakerja
