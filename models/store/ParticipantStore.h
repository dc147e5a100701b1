#pragma once
// The participants table: who was announced into which wave, and revocations.

#include "domain/Error.h"

#include <QList>
#include <QPair>
#include <vector>

namespace prakerja {

class Database;

struct ParticipantRef
{
    qint64 applicantId = 0;
    int wave = 0;
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
    Status revoke(const QList<ParticipantRef>& participants, qint64 at);
    qint64 activeCount();
    // Key rotation: the family keys under the new generation (applicant → key).
    Status setFamilyKeys(const QList<QPair<qint64, qint64>>& keys);

private:
    Database& m_db;
};

} // namespace prakerja
