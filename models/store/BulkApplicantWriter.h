#pragma once
// Writes applicants and what hangs off them straight into the tables, for the benchmarks'
// scratch databases and the tests' fixtures: a pool of a chosen shape in seconds, without the
// feed (whose own tests and `bench ingest` cover that path). One place for these INSERTs, so
// a schema change updates every fixture at once.
//
// Blind indexes and ciphertexts are the caller's: real ones (the lookup bench) or stand-ins.
// The caller opens and commits the transaction (Database::beginImmediate/commit); after
// writing applicants without draw rows, rebuildDrawRows() derives them as the feed would.

#include "NativeStatement.h"
#include "domain/Stage.h"

#include <QByteArrayView>
#include <optional>

namespace prakerja {

class Database;

struct BulkApplicant
{
    qint64 id = 0;
    // Empty views: NULL where the column allows it, a one-byte stand-in where it must not.
    QByteArrayView nikBi, nikCt, kkBi, kkCt, emailBi, emailCt, phoneBi, phoneCt, nameCt;
    int sex = 1; // 1 male, 2 female
    int birthDate = 19900101; // YYYYMMDD
    int province = 31, regency = 3171, district = 317101, segment = 0;
    qint64 registeredAt = 0;
    std::optional<qint64> emailVerifiedAt, nikVerifiedAt, phoneVerifiedAt, joinedBatchAt, lastWave;
    int keyId = 1;
};

class BulkApplicantWriter
{
public:
    explicit BulkApplicantWriter(Database& db);

    // Each returns false on a failed statement; errorMessage() says why.
    bool applicant(const BulkApplicant& a);
    bool drawRow(qint64 applicantId, QByteArrayView nikBi, QByteArrayView kk, qint64 inputs);
    bool waveMember(qint64 wave, qint64 applicantId, qint64 joinedAt);
    bool event(qint64 applicantId, EventType type, qint64 at, qint64 wave = 0, const char* reason = nullptr);
    // Puts a blind NIK on a reference list (no-op when it is there already).
    bool referenceEntry(int list, QByteArrayView nikBi, qint64 addedAt = 0);
    // Rewrites every applicant's draw row from the applicants and the reference lists.
    bool rebuildDrawRows();
    QString errorMessage() const { return m_error; }

private:
    bool done(NativeStatement& statement);

    Database& m_db;
    NativeStatement m_applicant;
    NativeStatement m_drawRow;
    NativeStatement m_member;
    NativeStatement m_event;
    NativeStatement m_reference;
    QString m_error;
};

} // namespace prakerja
