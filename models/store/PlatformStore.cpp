#include "PlatformStore.h"

#include "Database.h"

namespace prakerja {

namespace {

// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char* kSelect = "SELECT id, code, name, website, contact_name, contact_email, status, agreement_start,"
                      " agreement_end, commission_bp, notes, suspend_reason, version FROM platforms";

Platform fromQuery(const QSqlQuery& q)
{
    Platform p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.website = q.value(3).toString();
    p.contactName = q.value(4).toString();
    p.contactEmail = q.value(5).toString();
    p.status = static_cast<PlatformStatus>(q.value(6).toInt());
    p.agreementStart = q.value(7).toString();
    p.agreementEnd = q.value(8).toString();
    p.commissionBasisPoints = q.value(9).toInt();
    p.notes = q.value(10).toString();
    p.suspendReason = q.value(11).toString();
    p.version = q.value(12).toLongLong();
    return p;
}
} // namespace

Result<QList<Platform>> PlatformStore::list()
{
    auto q = m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.error();
    QList<Platform> rows;
    while (q.value().next())
        rows.append(fromQuery(q.value()));
    return rows;
}

Result<Platform> PlatformStore::byCode(const QString& code)
{
    auto q = m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE code = ?"), {code});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(QStringLiteral("unknown_platform"), Error::tr("Platform tidak dikenal: %1").arg(code));
    return fromQuery(q.value());
}

Result<qint64> PlatformStore::insert(const Platform& p, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO platforms (code, name, website, contact_name, contact_email, status,"
                                      " agreement_start, agreement_end, commission_bp, notes, suspend_reason, version,"
                                      " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                       {text(p.code), text(p.name), text(p.website), text(p.contactName), text(p.contactEmail),
                        static_cast<int>(p.status), text(p.agreementStart), text(p.agreementEnd),
                        p.commissionBasisPoints, text(p.notes), text(p.suspendReason), at});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Status PlatformStore::update(const Platform& p, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("UPDATE platforms SET name = ?, website = ?, contact_name = ?, contact_email = ?,"
                                      " status = ?, agreement_start = ?, agreement_end = ?, commission_bp = ?,"
                                      " notes = ?, suspend_reason = ?, version = version + 1, updated_at = ?"
                                      " WHERE id = ? AND version = ?"),
                       {text(p.name), text(p.website), text(p.contactName), text(p.contactEmail),
                        static_cast<int>(p.status), text(p.agreementStart), text(p.agreementEnd),
                        p.commissionBasisPoints, text(p.notes), text(p.suspendReason), at, p.id, p.version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 1)
        return Status::success();
    const QVariant stored = m_db.scalar(QStringLiteral("SELECT version FROM platforms WHERE id = ?"), {p.id});
    return makeError(QStringLiteral("version_conflict"),
                     Error::tr("Platform %1 sudah diubah orang lain (versi Anda %2, tersimpan %3)")
                         .arg(p.code)
                         .arg(p.version)
                         .arg(stored.toLongLong()));
}

} // namespace prakerja
