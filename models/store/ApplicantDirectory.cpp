#include "ApplicantDirectory.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace prakerja {

namespace {
std::optional<qint64> optionalMs(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

constexpr const char* kSummaryColumns
    = "a.id, a.nik_bi, a.nik_ct, a.name_ct, a.district, a.registered_at, a.email_verified_at, a.nik_verified_at,"
      " a.nik_rejected_at, a.phone_verified_at, a.test_completed_at, a.joined_batch_at, a.training_bought_at";

void readSummary(const QSqlQuery& q, ApplicantRecord& r)
{
    r.id = q.value(0).toLongLong();
    r.nikBi = q.value(1).toByteArray();
    r.nikCt = q.value(2).toByteArray();
    r.nameCt = q.value(3).toByteArray();
    r.district = q.value(4).toInt();
    r.province = r.district / 10000;
    r.regency = r.district / 100;
    r.registeredAt = q.value(5).toLongLong();
    r.emailVerifiedAt = optionalMs(q.value(6));
    r.nikVerifiedAt = optionalMs(q.value(7));
    r.nikRejectedAt = optionalMs(q.value(8));
    r.phoneVerifiedAt = optionalMs(q.value(9));
    r.testCompletedAt = optionalMs(q.value(10));
    r.joinedBatchAt = optionalMs(q.value(11));
    r.trainingBoughtAt = optionalMs(q.value(12));
}
} // namespace

Result<QList<qint64>> ApplicantDirectory::find(Key key, const QByteArray& blindIndex, int limit)
{
    const QString column = key == Key::Nik ? QStringLiteral("nik_bi")
        : key == Key::Email                ? QStringLiteral("email_bi")
                                           : QStringLiteral("phone_bi");
    auto q = m_db.exec(QStringLiteral("SELECT id FROM applicants WHERE %1 = ? ORDER BY id LIMIT ?").arg(column),
                       {blindIndex, limit});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

Result<std::optional<ApplicantRecord>> ApplicantDirectory::record(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1, a.kk_ct, a.email_ct, a.phone_ct, a.sex, a.birth_date, a.segment,"
                                      " a.nik_reject_reason, a.test_score, d.inputs, p.wave, p.status, p.announced_at,"
                                      " p.revoked_at FROM applicants a"
                                      " LEFT JOIN applicant_draw d ON d.applicant_id = a.id"
                                      " LEFT JOIN participants p ON p.applicant_id = a.id WHERE a.id = ?")
                           .arg(QLatin1StringView(kSummaryColumns)),
                       {id});
    if (!q)
        return q.error();
    QSqlQuery& r = q.value();
    if (!r.next())
        return std::optional<ApplicantRecord>();
    ApplicantRecord a;
    readSummary(r, a);
    a.kkCt = r.value(13).toByteArray();
    a.emailCt = r.value(14).toByteArray();
    a.phoneCt = r.value(15).toByteArray();
    a.sex = r.value(16).toInt();
    a.birthYmd = r.value(17).toInt();
    a.segment = r.value(18).toInt();
    a.nikRejectReason = r.value(19).toString();
    a.testScore = r.value(20).isNull() ? -1 : r.value(20).toInt();
    a.drawInputs = r.value(21).toLongLong();
    a.participantWave = r.value(22).toInt();
    a.participantStatus = r.value(23).toInt();
    a.announcedAt = r.value(24).toLongLong();
    a.revokedAt = optionalMs(r.value(25));
    return std::optional<ApplicantRecord>(a);
}

Result<QList<ApplicantRecord>> ApplicantDirectory::summaries(const QList<qint64>& ids)
{
    QList<ApplicantRecord> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM applicants a WHERE a.id = ?").arg(QLatin1StringView(kSummaryColumns))))
        return sqlError(q);
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        if (q.next()) {
            ApplicantRecord r;
            readSummary(q, r);
            out << r;
        }
        q.finish();
    }
    return out;
}

Result<QList<WaveJoin>> ApplicantDirectory::joins(qint64 id)
{
    // events_joined_batch (migration 5) is a partial index on exactly these rows.
    auto q = m_db.exec(QStringLiteral("SELECT wave, MIN(at) FROM events WHERE applicant_id = ? AND type = 7"
                                      " GROUP BY wave ORDER BY wave"),
                       {id});
    if (!q)
        return q.error();
    QList<WaveJoin> out;
    while (q.value().next())
        out << WaveJoin{q.value().value(0).toInt(), q.value().value(1).toLongLong()};
    return out;
}

Result<QList<int>> ApplicantDirectory::referenceLists(const QByteArray& nikBi)
{
    auto q = m_db.exec(QStringLiteral("SELECT list FROM reference_lists WHERE nik_bi = ? ORDER BY list"), {nikBi});
    if (!q)
        return q.error();
    QList<int> out;
    while (q.value().next())
        out << q.value().value(0).toInt();
    return out;
}

qint64 ApplicantDirectory::newestId()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applicants")).toLongLong();
}

} // namespace prakerja
