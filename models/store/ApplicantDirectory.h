#pragma once
// Read side of the applicants table for the call centre (FeedWriter owns its writes): exact
// lookups by blind index, one applicant's stored state with its selection inputs and
// participation, wave joins, and the reference lists a NIK is on. Point queries only.

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace prakerja {

class Database;

struct ApplicantRecord
{
    qint64 id = 0;
    QByteArray nikBi, nikCt, kkCt, emailCt, phoneCt, nameCt;
    int sex = 0, birthYmd = 0, province = 0, regency = 0, district = 0, segment = 0;
    qint64 registeredAt = 0;
    std::optional<qint64> emailVerifiedAt, nikVerifiedAt, nikRejectedAt, phoneVerifiedAt, testCompletedAt,
        joinedBatchAt, trainingBoughtAt;
    QString nikRejectReason;
    int testScore = -1;
    qint64 drawInputs = 0; // applicant_draw.inputs (store/DrawInputs.h)
    // participants row, if any
    int participantWave = 0;
    int participantStatus = 0; // 1 active, otherwise revoked
    qint64 announcedAt = 0;
    std::optional<qint64> revokedAt;
};

struct WaveJoin
{
    int wave = 0;
    qint64 at = 0;
};

class ApplicantDirectory
{
public:
    enum class Key { Nik, Email, Phone };

    explicit ApplicantDirectory(Database& db) : m_db(db) { }

    // Applicant ids with that blind index (at most `limit`; phones are not unique).
    Result<QList<qint64>> find(Key key, const QByteArray& blindIndex, int limit = 50);
    Result<std::optional<ApplicantRecord>> record(qint64 id);
    // Just what a result row shows (id, nik, name, district, stage times), in the ids' order.
    Result<QList<ApplicantRecord>> summaries(const QList<qint64>& ids);
    Result<QList<WaveJoin>> joins(qint64 id);
    // Lists (store ReferenceList values) a NIK blind index is on.
    Result<QList<int>> referenceLists(const QByteArray& nikBi);
    qint64 newestId();

private:
    Database& m_db;
};

} // namespace prakerja
