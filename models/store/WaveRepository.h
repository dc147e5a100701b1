#pragma once
// The waves table: create with a sealed seed, read, list, status changes, the draw's summary;
// and the budget ledger. SQL for waves lives here; the packed outcome lives in OutcomeStore.

#include "domain/Budget.h"
#include "domain/Error.h"
#include "domain/Wave.h"

#include <QList>
#include <QMap>

namespace prakerja {

class Database;

struct LedgerEntry
{
    qint64 id = 0;
    int wave = 0;
    qint64 at = 0;
    QString kind; // "announce" (money committed) or "revoke" (money returned)
    qint64 participants = 0;
    qint64 amount = 0; // rupiah, negative when returned
};

// Joins stored for a wave outside its dates (accepted before the feed refused them): the draw
// leaves them out, `wave check` reports them.
struct LateJoins
{
    qint64 count = 0;
    qint64 earliest = 0, latest = 0; // joined_at, UTC epoch ms
};

class WaveRepository
{
public:
    explicit WaveRepository(Database& db) : m_db(db) { }

    // Inserts the wave; `seed` (32 bytes) is stored sealed under a key-file sub-key.
    Status insert(const Wave& wave, const QByteArray& seed);
    Result<Wave> get(int number);
    Result<QList<Wave>> list();
    int nextNumber();
    bool exists(int number);
    // Whether a wave numbered below `number` is drawn but not yet announced.
    bool earlierWaveDrawn(int number);
    Status setStatus(int number, WaveStatus status);
    // Marks the wave drawn and reveals its seed.
    Status recordDraw(int number, const QByteArray& seed, qint64 at, qint64 poolSize, qint64 selected,
                      const QMap<int, qint64>& provinceQuotas);
    Status recordAnnouncement(int number, qint64 at, qint64 selected);
    // Each participant's training credit, monthly incentive and survey incentive, fixed at the
    // announcement; the feed checks purchases and payouts against them.
    Status setEntitlements(int number, const Budget& budget);
    // Money committed per participant at the wave's announcement (`fallback` when none).
    qint64 committedPerParticipant(int number, qint64 fallback);
    QMap<int, qint64> provinceQuotas(int number);
    // The sealed seed, unsealed with the key file (for the draw; never shown before it).
    Result<QByteArray> unsealSeed(int number);
    // Key rotation: re-seals every wave's seed under generation `keyId` (the connection's key
    // file holds the old generations too), so retiring them loses no seed. Caller's transaction.
    Status resealSeeds(int keyId);

    // Members who joined the wave by its close (the own part of a pool before the draw).
    qint64 memberCount(int number, qint64 closesAt);
    Result<LateJoins> lateJoins(int number, qint64 closesAt);

    Status addLedger(const LedgerEntry& entry);
    QList<LedgerEntry> ledger();
    qint64 committed();

private:
    QByteArray sealMask(int number, int keyId) const;

    Database& m_db;
};

} // namespace prakerja
