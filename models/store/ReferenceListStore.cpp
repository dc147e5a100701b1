#include "ReferenceListStore.h"

#include "ApplicantStore.h"
#include "Database.h"
#include "security/Crypto.h"
#include "security/PiiCipher.h"

#include <QSqlQuery>

namespace prakerja {

qint64 ReferenceListStore::count()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toLongLong();
}

Result<qint64> ReferenceListStore::rekeyBatch(PiiCipher& cipher, int target, int limit)
{
    auto rows = m_db.exec(QStringLiteral("SELECT list, nik_bi, nik_ct FROM reference_lists WHERE key_id <> ? LIMIT ?"),
                          {target, limit});
    if (!rows)
        return rows.error();
    QSqlQuery update(m_db.sql());
    update.prepare(
        QStringLiteral("UPDATE reference_lists SET nik_bi = ?, nik_ct = ?, key_id = ? WHERE list = ? AND nik_bi = ?"));
    qint64 count = 0;
    while (rows.value().next()) {
        const QSqlQuery& r = rows.value();
        const QByteArray oldBi = r.value(1).toByteArray();
        Result<QByteArray> nik = cipher.decrypt(PiiField::Nik, r.value(2).toByteArray(), oldBi);
        if (!nik)
            return rotationDecryptError(QStringLiteral("reference list %1").arg(r.value(0).toInt()));
        const QByteArray bi = cipher.blindIndex(PiiField::Nik, nik.value(), target);
        const QByteArray ct = cipher.encrypt(PiiField::Nik, nik.value(), bi);
        Crypto::wipe(nik.value());
        for (const QVariant& v : {QVariant(bi), QVariant(ct), QVariant(target), r.value(0), QVariant(oldBi)})
            update.addBindValue(v);
        if (!update.exec())
            return sqlError(update);
        ++count;
    }
    return count;
}

} // namespace prakerja
