#include "ParticipantStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace prakerja {

Status ParticipantStore::addAnnounced(int wave, const std::vector<quint32>& applicants,
                                      const std::vector<quint64>& familyKeys, qint64 at)
{
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO participants (applicant_id, wave, kk, announced_at, status) VALUES (?, ?, ?, ?, 1)")))
        return sqlError(q);
    for (size_t i = 0; i < applicants.size(); ++i) {
        q.addBindValue(static_cast<qint64>(applicants[i]));
        q.addBindValue(wave);
        q.addBindValue(static_cast<qint64>(familyKeys[i]));
        q.addBindValue(at);
        if (!q.exec())
            return sqlError(q);
    }
    return Status::success();
}

Result<QList<ParticipantRef>> ParticipantStore::expiredWithoutPurchase(qint64 now, qint64 window)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT p.applicant_id, p.wave FROM participants p JOIN applicants a ON a.id = p.applicant_id"
                       " WHERE p.status = 1 AND p.announced_at + ? <= ?"
                       " AND (a.training_bought_at IS NULL OR a.training_bought_at > p.announced_at + ?)"),
        {window, now, window});
    if (!q)
        return q.error();
    QList<ParticipantRef> expired;
    while (q.value().next())
        expired.append({q->value(0).toLongLong(), q->value(1).toInt()});
    return expired;
}

Result<QMap<int, qint64>> ParticipantStore::revoke(const QList<ParticipantRef>& participants, qint64 at,
                                                   const QMap<int, qint64>& costPerWave)
{
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QStringLiteral(
            "UPDATE participants SET status = 2, revoked_at = ?,"
            " returned = CASE WHEN ? > spent + incentives + surveys THEN ? - spent - incentives - surveys ELSE 0 END"
            " WHERE applicant_id = ? AND status = 1 RETURNING returned")))
        return sqlError(q);
    QMap<int, qint64> returned;
    for (const ParticipantRef& p : participants) {
        const qint64 cost = costPerWave.value(p.wave);
        q.addBindValue(at);
        q.addBindValue(cost);
        q.addBindValue(cost);
        q.addBindValue(p.applicantId);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            returned[p.wave] += q.value(0).toLongLong();
        q.finish();
    }
    return returned;
}

Result<QList<ParticipantSeed>> ParticipantStore::activeForSimulation(int wave)
{
    auto q = m_db.exec(QStringLiteral("SELECT a.nik_bi, a.nik_ct, p.announced_at, COALESCE(w.training_credit, 0),"
                                      " COALESCE(w.monthly_incentive, 0) FROM participants p"
                                      " JOIN applicants a ON a.id = p.applicant_id"
                                      " LEFT JOIN waves w ON w.number = p.wave"
                                      " WHERE p.status = 1 AND (? = 0 OR p.wave = ?) ORDER BY p.applicant_id"),
                       {wave, wave});
    if (!q)
        return q.error();
    QList<ParticipantSeed> rows;
    while (q.value().next())
        rows.append({q->value(0).toByteArray(), q->value(1).toByteArray(), q->value(2).toLongLong(),
                     q->value(3).toLongLong(), q->value(4).toLongLong()});
    return rows;
}

qint64 ParticipantStore::activeCount()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM participants WHERE status = 1")).toLongLong();
}

Status ParticipantStore::setFamilyKeys(const QList<QPair<qint64, qint64>>& keys)
{
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QStringLiteral("UPDATE participants SET kk = ? WHERE applicant_id = ?")))
        return sqlError(q);
    for (const auto& [applicant, kk] : keys) {
        q.addBindValue(kk);
        q.addBindValue(applicant);
        if (!q.exec())
            return sqlError(q);
    }
    return Status::success();
}

} // namespace prakerja
