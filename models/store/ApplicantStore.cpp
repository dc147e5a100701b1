#include "ApplicantStore.h"

#include "Database.h"
#include "security/Crypto.h"
#include "security/PiiCipher.h"

#include <QSqlQuery>
#include <QtEndian>

namespace prakerja {

Error rotationDecryptError(const QString& what)
{
    return makeError(
        QStringLiteral("rotation_decrypt"),
        Error::tr("Nilai tidak dapat didekripsi saat rotasi kunci: %1; tidak ada yang diubah pada batch ini")
            .arg(what));
}

namespace {

// One optional field of an applicant re-encrypted: decrypted with the old row binding, indexed
// and encrypted under the target generation with the new binding.
struct Field
{
    QVariant bi, ct;
};

Result<Field> rekey(PiiCipher& cipher, PiiField field, const QVariant& ct, const QByteArray& oldBinding,
                    const QByteArray& newBinding, int target)
{
    if (ct.isNull() || ct.toByteArray().isEmpty())
        return Field{QVariant(QMetaType(QMetaType::QByteArray)), QVariant(QMetaType(QMetaType::QByteArray))};
    Result<QByteArray> plain = cipher.decrypt(field, ct.toByteArray(), oldBinding);
    if (!plain)
        return plain.error();
    QByteArray normalised;
    switch (field) {
    case PiiField::Email:
        normalised = PiiCipher::normaliseEmail(QString::fromUtf8(plain.value()));
        break;
    case PiiField::Phone:
        normalised = PiiCipher::normalisePhone(QString::fromUtf8(plain.value()));
        break;
    case PiiField::Nik:
    case PiiField::Kk:
        normalised = PiiCipher::normaliseDigits(QString::fromUtf8(plain.value()));
        break;
    case PiiField::Name:
        normalised = plain.value(); // no blind index: names are found by tokens (store/NameIndex)
        break;
    }
    Field f{cipher.blindIndex(field, normalised, target), cipher.encrypt(field, plain.value(), newBinding)};
    Crypto::wipe(plain.value());
    Crypto::wipe(normalised);
    return f;
}

} // namespace

qint64 ApplicantStore::newestId()
{
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applicants")).toLongLong();
}

Result<RekeyedApplicants> ApplicantStore::rekeyBatch(PiiCipher& cipher, int target, qint64 afterId, int limit)
{
    auto rows = m_db.exec(
        QStringLiteral("SELECT id, nik_bi, nik_ct, kk_ct, email_ct, phone_ct, key_id, name_ct FROM applicants"
                       " WHERE id > ? ORDER BY id LIMIT ?"),
        {afterId, limit});
    if (!rows)
        return rows.error();
    QSqlQuery update(m_db.sql());
    update.prepare(QStringLiteral("UPDATE applicants SET nik_bi = ?, nik_ct = ?, kk_bi = ?, kk_ct = ?, email_bi = ?,"
                                  " email_ct = ?, phone_bi = ?, phone_ct = ?, name_ct = ?, key_id = ? WHERE id = ?"));
    // The selection's copies of the blind indexes (store/DrawInputs.h).
    QSqlQuery draw(m_db.sql());
    draw.prepare(QStringLiteral("UPDATE applicant_draw SET nik_bi = ?, kk = ? WHERE applicant_id = ?"));
    RekeyedApplicants out;
    out.cursor = afterId;
    while (rows.value().next()) {
        const QSqlQuery& r = rows.value();
        const qint64 id = r.value(0).toLongLong();
        out.cursor = id;
        ++out.scanned;
        if (r.value(6).toInt() == target)
            continue; // written under the new key already (ingested during the rotation)
        const QByteArray oldBinding = r.value(1).toByteArray();
        Result<QByteArray> nik = cipher.decrypt(PiiField::Nik, r.value(2).toByteArray(), oldBinding);
        if (!nik)
            return rotationDecryptError(QStringLiteral("applicant %1 nik").arg(id));
        const QByteArray newBinding = cipher.blindIndex(PiiField::Nik, nik.value(), target);
        const QByteArray nikCt = cipher.encrypt(PiiField::Nik, nik.value(), newBinding);
        Crypto::wipe(nik.value());
        const auto kk = rekey(cipher, PiiField::Kk, r.value(3), oldBinding, newBinding, target);
        const auto email = rekey(cipher, PiiField::Email, r.value(4), oldBinding, newBinding, target);
        const auto phone = rekey(cipher, PiiField::Phone, r.value(5), oldBinding, newBinding, target);
        const auto name = rekey(cipher, PiiField::Name, r.value(7), oldBinding, newBinding, target);
        if (!kk || !email || !phone || !name)
            return rotationDecryptError(QStringLiteral("applicant %1").arg(id));
        for (const QVariant& v : {QVariant(newBinding), QVariant(nikCt), kk->bi, kk->ct, email->bi, email->ct,
                                  phone->bi, phone->ct, name->ct, QVariant(target), QVariant(id)})
            update.addBindValue(v);
        if (!update.exec())
            return sqlError(update);
        // Participants keep their family card as the first 8 bytes of kk_bi (PoolLoader), so
        // the cap keeps counting them under the new index.
        const QByteArray kkBi = kk->bi.toByteArray();
        out.familyKeys.append(
            {id, kkBi.size() >= 8 ? static_cast<qint64>(qFromBigEndian<quint64>(kkBi.constData())) : 0});
        draw.addBindValue(newBinding);
        draw.addBindValue(kkBi.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(kkBi.left(8)));
        draw.addBindValue(id);
        if (!draw.exec())
            return sqlError(draw);
        ++out.moved;
    }
    return out;
}

} // namespace prakerja
