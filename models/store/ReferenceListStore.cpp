#include "ReferenceListStore.h"

#include "ApplicantStore.h"
#include "Database.h"
#include "DrawInputs.h"
#include "SqlDialect.h"
#include "security/Crypto.h"
#include "security/PiiCipher.h"

#include <QSqlQuery>

namespace prakerja {

struct ReferenceListStore::Adder::Statements
{
    explicit Statements(Database& db) : insert(db.sql()), mark(db.sql()) { }
    QSqlQuery insert;
    QSqlQuery mark;
};

ReferenceListStore::Adder::Adder(Database& db, int list, qint64 importId)
    : m_statements(std::make_unique<Statements>(db)), m_list(list), m_importId(importId)
{
    m_statements->insert.prepare(
        SqlDialect::dml(db.target().backend(),
                        QStringLiteral("INSERT OR IGNORE INTO reference_lists (list, nik_bi, nik_ct, key_id,"
                                       " added_at, import_id) VALUES (?, ?, ?, ?, ?, ?)")));
    // The applicant's selection inputs carry its lists (store/DrawInputs.h).
    m_statements->mark.prepare(QStringLiteral("UPDATE applicant_draw SET inputs = inputs | ?"
                                              " WHERE applicant_id = (SELECT id FROM applicants WHERE nik_bi = ?)"));
}

ReferenceListStore::Adder::~Adder() = default;

Result<bool> ReferenceListStore::Adder::add(const QByteArray& nikBi, const QByteArray& nikCt, int keyId, qint64 at)
{
    QSqlQuery& insert = m_statements->insert;
    insert.addBindValue(m_list);
    insert.addBindValue(nikBi);
    insert.addBindValue(nikCt);
    insert.addBindValue(keyId);
    insert.addBindValue(at);
    insert.addBindValue(m_importId > 0 ? QVariant(m_importId) : QVariant());
    if (!insert.exec())
        return sqlError(insert);
    if (insert.numRowsAffected() != 1)
        return false;
    QSqlQuery& mark = m_statements->mark;
    mark.addBindValue(DrawInputs::listBit(m_list));
    mark.addBindValue(nikBi);
    if (!mark.exec())
        return sqlError(mark);
    return true;
}

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
