#pragma once
// The reference lists' rows (which NIKs are on DTKS, a regional list, …): adding an import's
// NIKs (io/ReferenceImporter parses and batches), counting them and re-encrypting them under a
// new key generation. Taking an import back is ReferenceImportStore's.

#include "domain/Error.h"

#include <memory>

namespace prakerja {

class Database;
class PiiCipher;

class ReferenceListStore
{
public:
    // Adds one NIK after another inside the caller's transaction, with two prepared statements
    // (an import adds millions).
    class Adder
    {
        Q_DISABLE_COPY(Adder)
    public:
        Adder(Database& db, int list, qint64 importId);
        ~Adder();
        // Adds the NIK (its blind index and ciphertext under key generation `keyId`) and marks the
        // registered applicant with it (store/DrawInputs.h); false when it was on the list already.
        Result<bool> add(const QByteArray& nikBi, const QByteArray& nikCt, int keyId, qint64 at);

    private:
        struct Statements;
        std::unique_ptr<Statements> m_statements;
        int m_list;
        qint64 m_importId;
    };

    explicit ReferenceListStore(Database& db) : m_db(db) { }

    qint64 count();
    // Re-encrypts up to `limit` rows not yet under `target` (their key, the blind index, changes
    // with them); returns how many. Needs the caller's write transaction.
    Result<qint64> rekeyBatch(PiiCipher& cipher, int target, int limit);

private:
    Database& m_db;
};

} // namespace prakerja
