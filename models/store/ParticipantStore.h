#pragma once
// The participants table: who was announced into which wave, and revocations.

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <vector>

namespace prakerja {

class Database;

struct ParticipantRef
{
    qint64 applicantId = 0;
    int wave = 0;
};

// What the post-selection simulator needs of an active participant.
struct ParticipantSeed
{
    QByteArray nikBi, nikCt;
    qint64 announcedAt = 0;
    qint64 trainingCredit = 0, monthlyIncentive = 0; // the wave's; 0 = not recorded
};

class ParticipantStore
{
public:
    explicit ParticipantStore(Database& db) : m_db(db) { }

    // Records `applicants` (with their family keys, same order) as active participants of `wave`.
    Status addAnnounced(int wave, const std::vector<quint32>& applicants, const std::vector<quint64>& familyKeys,
                        qint64 at);
    // Active participants announced at least `window` ms before `now` who bought no training
    // within `window` of their announcement.
    Result<QList<ParticipantRef>> expiredWithoutPurchase(qint64 now, qint64 window);
    // Revokes them; each returns its wave's cost per participant (`costPerWave`) less what it
    // used (purchases, incentives, surveys). Returns the money returned per wave.
    Result<QMap<int, qint64>> revoke(const QList<ParticipantRef>& participants, qint64 at,
                                     const QMap<int, qint64>& costPerWave);
    qint64 activeCount();
    // Active participants of `wave` (every wave when 0), in applicant order.
    Result<QList<ParticipantSeed>> activeForSimulation(int wave);
    // Key rotation: the family keys under the new generation (applicant → key).
    Status setFamilyKeys(const QList<QPair<qint64, qint64>>& keys);

private:
    Database& m_db;
};

} // namespace prakerja
