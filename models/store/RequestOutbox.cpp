#include "RequestOutbox.h"

#include "Database.h"
#include "security/Crypto.h"
#include "security/PiiCipher.h"

#include <QSqlQuery>

namespace prakerja {

namespace {
OutboxRow readRow(const QSqlQuery& q)
{
    OutboxRow r;
    r.id = q.value(0).toLongLong();
    r.applicantId = q.value(1).toLongLong();
    r.kind = static_cast<RequestKind>(q.value(2).toInt());
    r.detailCt = q.value(3).toByteArray();
    r.note = q.value(4).toString();
    r.operatorId = q.value(5).toLongLong();
    r.operatorName = q.value(6).toString();
    r.createdAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        r.exportedAt = q.value(8).toLongLong();
    return r;
}

constexpr const char* kColumns = "o.id, o.applicant_id, o.kind, o.detail_ct, o.note, o.operator_id, o.operator_name,"
                                 " o.created_at, o.exported_at";
} // namespace

QByteArray RequestOutbox::detailBinding(qint64 applicantId)
{
    return QByteArrayLiteral("request_outbox:") + QByteArray::number(applicantId);
}

Result<qint64> RequestOutbox::add(qint64 applicantId, RequestKind kind, const QByteArray& detailCt, const QString& note,
                                  qint64 operatorId, const QString& operatorName, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO request_outbox (applicant_id, kind, detail_ct, note, operator_id,"
                                      " operator_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {applicantId, static_cast<int>(kind),
                        detailCt.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(detailCt),
                        note.isNull() ? QStringLiteral("") : note, // a null QString binds as NULL
                        operatorId, operatorName, at});
    if (!q)
        return q.error();
    return m_db.insertedId(q.value());
}

Result<QList<OutboxRow>> RequestOutbox::forApplicant(qint64 applicantId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM request_outbox o WHERE o.applicant_id = ? ORDER BY o.id")
                           .arg(QLatin1StringView(kColumns)),
                       {applicantId});
    if (!q)
        return q.error();
    QList<OutboxRow> out;
    while (q.value().next())
        out << readRow(q.value());
    return out;
}

Result<QList<OutboxRow>> RequestOutbox::since(qint64 afterId, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1, a.nik_bi, a.nik_ct FROM request_outbox o"
                                      " JOIN applicants a ON a.id = o.applicant_id"
                                      " WHERE o.id > ? ORDER BY o.id LIMIT ?")
                           .arg(QLatin1StringView(kColumns)),
                       {afterId, limit});
    if (!q)
        return q.error();
    QList<OutboxRow> out;
    while (q.value().next()) {
        OutboxRow r = readRow(q.value());
        r.nikBi = q.value().value(9).toByteArray();
        r.nikCt = q.value().value(10).toByteArray();
        out << r;
    }
    return out;
}

Status RequestOutbox::markExported(qint64 afterId, qint64 lastId, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE request_outbox SET exported_at = ?"
                                      " WHERE id > ? AND id <= ? AND exported_at IS NULL"),
                       {at, afterId, lastId});
    return q ? Status::success() : Status(q.error());
}

qint64 RequestOutbox::lastId()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM request_outbox")).toLongLong();
}

Result<qint64> RequestOutbox::rekeyBatch(PiiCipher& cipher, int targetKeyId, int limit)
{
    // The key id is the ciphertext's first byte (PiiCipher's layout).
    // The first byte as two hex digits: SQLite's hex(), PostgreSQL's encode(…, 'hex').
    auto rows = m_db.exec(m_db.isPostgres()
                              ? QStringLiteral("SELECT id, applicant_id, detail_ct FROM request_outbox WHERE detail_ct"
                                               " IS NOT NULL AND upper(encode(substr(detail_ct, 1, 1), 'hex')) <> ?"
                                               " LIMIT ?")
                              : QStringLiteral("SELECT id, applicant_id, detail_ct FROM request_outbox"
                                               " WHERE detail_ct IS NOT NULL AND hex(substr(detail_ct, 1, 1)) <> ?"
                                               " LIMIT ?"),
                          {QStringLiteral("%1").arg(targetKeyId, 2, 16, QLatin1Char('0')).toUpper(), limit});
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, QByteArray>> changed;
    while (rows.value().next()) {
        const qint64 id = rows.value().value(0).toLongLong();
        const QByteArray binding = detailBinding(rows.value().value(1).toLongLong());
        const QByteArray ct = rows.value().value(2).toByteArray();
        if (PiiCipher::keyIdOf(ct) == targetKeyId)
            continue;
        Result<QByteArray> name = cipher.decrypt(PiiField::Name, ct, binding);
        if (!name)
            return makeError(QStringLiteral("rotation_decrypt"),
                             Error::tr("Permintaan %1 tidak dapat didekripsi saat rotasi kunci").arg(id));
        changed.append({id, cipher.encrypt(PiiField::Name, name.value(), binding)});
        Crypto::wipe(name.value());
    }
    rows.value().finish();
    for (const auto& [id, ct] : changed) {
        auto u = m_db.exec(QStringLiteral("UPDATE request_outbox SET detail_ct = ? WHERE id = ?"), {ct, id});
        if (!u)
            return u.error();
    }
    return qint64(changed.size());
}

} // namespace prakerja
