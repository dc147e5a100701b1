#include "WaveRepository.h"

#include "Database.h"
#include "security/Crypto.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace prakerja {

namespace {
const QString kColumns = QStringLiteral(
    "number, name, opens_at, closes_at, announce_at, training_starts_at, quota, roll_over, status, rules,"
    " seed_commitment, seed, created_at, drawn_at, announced_at, pool_size, selected_count");

Result<Wave> waveFrom(const QSqlQuery& q)
{
    Wave w;
    w.number = q.value(0).toInt();
    w.name = q.value(1).toString();
    w.opensAt = q.value(2).toLongLong();
    w.closesAt = q.value(3).toLongLong();
    w.announceAt = q.value(4).toLongLong();
    w.trainingStartsAt = q.value(5).toLongLong();
    w.quota = q.value(6).toLongLong();
    w.rollOver = static_cast<RollOver>(q.value(7).toInt());
    w.status = static_cast<WaveStatus>(q.value(8).toInt());
    auto rules = RuleSet::fromJson(q.value(9).toByteArray());
    if (!rules)
        return rules.error();
    w.rules = rules.value();
    w.seedCommitment = q.value(10).toByteArray();
    w.seed = q.value(11).toByteArray();
    w.createdAt = q.value(12).toLongLong();
    if (!q.value(13).isNull())
        w.drawnAt = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        w.announcedAt = q.value(14).toLongLong();
    w.poolSize = q.value(15).isNull() ? -1 : q.value(15).toLongLong();
    w.selectedCount = q.value(16).toLongLong();
    return w;
}

Error notFound(int number)
{
    return makeError(QStringLiteral("wave_not_found"), Error::tr("Gelombang %1 tidak ada").arg(number));
}
} // namespace

QByteArray WaveRepository::sealMask(int number, int keyId) const
{
    // A per-wave one-time pad from a key-file sub-key: the database alone does not reveal the seed.
    const QByteArray key = m_db.keys().subKey(keyId, "wave-seed");
    const QByteArray label = QByteArray("wave-seed:") + QByteArray::number(number);
    return Crypto::hmacSha256(key, label);
}

Status WaveRepository::insert(const Wave& wave, const QByteArray& seed)
{
    const int keyId = m_db.keys().activeId();
    QByteArray sealed = seed;
    const QByteArray mask = sealMask(wave.number, keyId);
    for (int k = 0; k < sealed.size(); ++k)
        sealed[k] = static_cast<char>(sealed[k] ^ mask[k % mask.size()]);
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO waves (number, name, opens_at, closes_at, announce_at, training_starts_at, quota,"
                       " roll_over, status, rules, seed_commitment, seed_sealed, seed_key_id, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {wave.number, wave.name, wave.opensAt, wave.closesAt, wave.announceAt, wave.trainingStartsAt, wave.quota,
         static_cast<int>(wave.rollOver), static_cast<int>(wave.status), QString::fromUtf8(wave.rules.toJson()),
         wave.seedCommitment, sealed, keyId, wave.createdAt});
    if (!q)
        return q.error();
    return Status::success();
}

Result<Wave> WaveRepository::get(int number)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM waves WHERE number = ?").arg(kColumns), {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(number);
    return waveFrom(q.value());
}

Result<QList<Wave>> WaveRepository::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM waves ORDER BY number").arg(kColumns));
    if (!q)
        return q.error();
    QList<Wave> waves;
    while (q.value().next()) {
        auto w = waveFrom(q.value());
        if (!w)
            return w.error();
        waves.append(w.value());
    }
    return waves;
}

int WaveRepository::nextNumber()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM waves")).toInt();
}

qint64 WaveRepository::memberCount(int number, qint64 closesAt)
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM wave_members WHERE wave = ? AND joined_at <= ?"),
                {number, closesAt})
        .toLongLong();
}

Result<LateJoins> WaveRepository::lateJoins(int number, qint64 closesAt)
{
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(joined_at), MAX(joined_at) FROM wave_members"
                                      " WHERE wave = ? AND joined_at > ?"),
                       {number, closesAt});
    if (!q)
        return q.error();
    LateJoins late;
    if (q.value().next()) {
        late.count = q.value().value(0).toLongLong();
        late.earliest = q.value().value(1).toLongLong();
        late.latest = q.value().value(2).toLongLong();
    }
    return late;
}

Status WaveRepository::setStatus(int number, WaveStatus status)
{
    auto q
        = m_db.exec(QStringLiteral("UPDATE waves SET status = ? WHERE number = ?"), {static_cast<int>(status), number});
    if (!q)
        return q.error();
    return Status::success();
}

Status WaveRepository::recordDraw(int number, const QByteArray& seed, qint64 at, qint64 poolSize, qint64 selected,
                                  const QMap<int, qint64>& provinceQuotas)
{
    QJsonObject quotas;
    for (auto it = provinceQuotas.cbegin(); it != provinceQuotas.cend(); ++it)
        quotas.insert(QString::number(it.key()), it.value());
    auto q = m_db.exec(QStringLiteral("UPDATE waves SET status = ?, seed = ?, drawn_at = ?, pool_size = ?,"
                                      " selected_count = ?, province_quotas = ? WHERE number = ?"),
                       {static_cast<int>(WaveStatus::Drawn), seed, at, poolSize, selected,
                        provinceQuotas.isEmpty()
                            ? QVariant()
                            : QVariant(QString::fromUtf8(QJsonDocument(quotas).toJson(QJsonDocument::Compact))),
                        number});
    if (!q)
        return q.error();
    return Status::success();
}

Status WaveRepository::recordAnnouncement(int number, qint64 at, qint64 selected)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE waves SET status = ?, announced_at = ?, selected_count = ? WHERE number = ?"),
        {static_cast<int>(WaveStatus::Announced), at, selected, number});
    if (!q)
        return q.error();
    return Status::success();
}

Status WaveRepository::setEntitlements(int number, const Budget& budget)
{
    auto q
        = m_db.exec(QStringLiteral("UPDATE waves SET training_credit = ?, monthly_incentive = ?, survey_incentive = ?"
                                   " WHERE number = ?"),
                    {budget.trainingCredit, budget.monthlyIncentive, budget.surveyIncentive, number});
    if (!q)
        return q.error();
    return Status::success();
}

qint64 WaveRepository::committedPerParticipant(int number, qint64 fallback)
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT SUM(amount) / SUM(participants) FROM budget_ledger"
                                                  " WHERE wave = ? AND kind = 'announce' AND participants > 0"),
                                   {number});
    return v.isNull() ? fallback : v.toLongLong();
}

QMap<int, qint64> WaveRepository::provinceQuotas(int number)
{
    QMap<int, qint64> quotas;
    const QJsonObject o
        = QJsonDocument::fromJson(
              m_db.scalar(QStringLiteral("SELECT province_quotas FROM waves WHERE number = ?"), {number}).toByteArray())
              .object();
    for (auto it = o.begin(); it != o.end(); ++it)
        quotas.insert(it.key().toInt(), static_cast<qint64>(it.value().toDouble()));
    return quotas;
}

Status WaveRepository::resealSeeds(int keyId)
{
    auto q = m_db.exec(QStringLiteral("SELECT number, seed_sealed, seed_key_id FROM waves WHERE seed_key_id <> ?"),
                       {keyId});
    if (!q)
        return q.error();
    struct Sealed
    {
        int number;
        QByteArray sealed;
        int keyId;
    };
    QList<Sealed> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toInt(), q.value().value(1).toByteArray(), q.value().value(2).toInt()});
    q.value().finish();
    for (Sealed& r : rows) {
        if (!m_db.keys().has(r.keyId))
            return makeError(
                QStringLiteral("wave_seed_key_missing"),
                Error::tr("Kunci generasi %1 untuk benih gelombang %2 tidak ada").arg(r.keyId).arg(r.number));
        const QByteArray from = sealMask(r.number, r.keyId);
        const QByteArray to = sealMask(r.number, keyId);
        for (int k = 0; k < r.sealed.size(); ++k)
            r.sealed[k] = static_cast<char>(r.sealed[k] ^ from[k % from.size()] ^ to[k % to.size()]);
        auto u = m_db.exec(QStringLiteral("UPDATE waves SET seed_sealed = ?, seed_key_id = ? WHERE number = ?"),
                           {r.sealed, keyId, r.number});
        if (!u)
            return u.error();
    }
    return Status::success();
}

Result<QByteArray> WaveRepository::unsealSeed(int number)
{
    auto q = m_db.exec(QStringLiteral("SELECT seed_sealed, seed_key_id, seed_commitment FROM waves WHERE number = ?"),
                       {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(number);
    QByteArray seed = q->value(0).toByteArray();
    const int keyId = q->value(1).toInt();
    if (!m_db.keys().has(keyId))
        return makeError(QStringLiteral("seed_key_missing"),
                         Error::tr("Kunci untuk benih undian tidak ada di berkas kunci"));
    const QByteArray mask = sealMask(number, keyId);
    for (int k = 0; k < seed.size(); ++k)
        seed[k] = static_cast<char>(seed[k] ^ mask[k % mask.size()]);
    if (Crypto::sha256(seed) != q->value(2).toByteArray())
        return makeError(QStringLiteral("seed_mismatch"), Error::tr("Benih undian tidak cocok dengan komitmennya"));
    return seed;
}

Status WaveRepository::addLedger(const LedgerEntry& e)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO budget_ledger (wave, at, kind, participants, amount) VALUES (?, ?, ?, ?, ?)"),
        {e.wave, e.at, e.kind, e.participants, e.amount});
    if (!q)
        return q.error();
    return Status::success();
}

QList<LedgerEntry> WaveRepository::ledger()
{
    QList<LedgerEntry> entries;
    auto q
        = m_db.exec(QStringLiteral("SELECT id, wave, at, kind, participants, amount FROM budget_ledger ORDER BY id"));
    if (!q)
        return entries;
    while (q.value().next())
        entries.append({q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toLongLong(), q->value(3).toString(),
                        q->value(4).toLongLong(), q->value(5).toLongLong()});
    return entries;
}

qint64 WaveRepository::committed()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM budget_ledger")).toLongLong();
}

bool WaveRepository::exists(int number)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM waves WHERE number = ?"), {number}).toInt() > 0;
}

bool WaveRepository::earlierWaveDrawn(int number)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM waves WHERE number < ? AND status = ?"),
                       {number, static_cast<int>(WaveStatus::Drawn)})
               .toInt()
        > 0;
}

} // namespace prakerja
