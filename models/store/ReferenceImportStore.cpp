#include "ReferenceImportStore.h"

#include "Database.h"
#include "DrawInputs.h"

#include <QSqlQuery>

namespace prakerja {

namespace {
ReferenceImport importFrom(const QSqlQuery& q)
{
    ReferenceImport r;
    r.id = q.value(0).toLongLong();
    r.list = static_cast<ReferenceList>(q.value(1).toInt());
    r.at = q.value(2).toLongLong();
    r.operatorName = q.value(3).toString();
    r.file = q.value(4).toString();
    r.added = q.value(5).toLongLong();
    r.removedAt = q.value(6).toLongLong();
    r.mergedInto = q.value(7).toLongLong();
    r.interrupted = q.value(8).toBool();
    return r;
}
// An import never finished holds NIKs but counts none added: finish() records the count.
const QString kInterrupted
    = QStringLiteral("(removed_at IS NULL AND merged_into IS NULL AND added = 0"
                     " AND EXISTS (SELECT 1 FROM reference_lists r WHERE r.import_id = reference_imports.id))");
const QString kColumns
    = QStringLiteral("id, list, at, operator, file, added, COALESCE(removed_at, 0), COALESCE(merged_into, 0), ")
    + kInterrupted;
} // namespace

Result<qint64> ReferenceImportStore::begin(ReferenceList list, qint64 at, const QString& operatorName,
                                           const QString& file)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO reference_imports (list, at, operator, file) VALUES (?, ?, ?, ?)"),
                       {static_cast<int>(list), at, operatorName, file});
    if (!q)
        return q.error();
    return m_db.insertedId(q.value());
}

Status ReferenceImportStore::finish(qint64 id, qint64 added)
{
    auto q = m_db.exec(QStringLiteral("UPDATE reference_imports SET added = ? WHERE id = ?"), {added, id});
    if (!q)
        return q.error();
    return Status::success();
}

Result<ReferenceImport> ReferenceImportStore::get(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM reference_imports WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(QStringLiteral("not_found"), Error::tr("Impor %1 tidak ada").arg(id));
    return importFrom(q.value());
}

Result<QList<ReferenceImport>> ReferenceImportStore::list(int limit)
{
    auto q
        = m_db.exec(QStringLiteral("SELECT %1 FROM reference_imports ORDER BY id DESC LIMIT ?").arg(kColumns), {limit});
    if (!q)
        return q.error();
    QList<ReferenceImport> out;
    while (q.value().next())
        out << importFrom(q.value());
    return out;
}

Result<qint64> ReferenceImportStore::remove(qint64 id, qint64 at)
{
    auto import = get(id);
    if (!import)
        return import.error();
    if (import->removedAt != 0)
        return makeError(QStringLiteral("already_removed"), Error::tr("Impor %1 sudah dihapus").arg(id));
    if (import->mergedInto != 0)
        return makeError(QStringLiteral("merged"),
                         Error::tr("Impor %1 terputus dan NIK-nya diambil alih oleh impor %2: hapus impor %2")
                             .arg(id)
                             .arg(import->mergedInto));
    // The list's bit leaves the draw inputs of the applicants whose NIK this import added (a NIK
    // is on a list once, so no other row of the list keeps the bit).
    auto unmark = m_db.exec(
        QStringLiteral("UPDATE applicant_draw SET inputs = inputs & ~CAST(? AS BIGINT) WHERE applicant_id IN"
                       " (SELECT a.id FROM reference_lists r JOIN applicants a"
                       " ON a.nik_bi = r.nik_bi WHERE r.import_id = ?)"),
        {DrawInputs::listBit(static_cast<int>(import->list)), id});
    if (!unmark)
        return unmark.error();
    auto removed = m_db.exec(QStringLiteral("DELETE FROM reference_lists WHERE import_id = ?"), {id});
    if (!removed)
        return removed.error();
    const qint64 count = removed.value().numRowsAffected();
    auto mark = m_db.exec(QStringLiteral("UPDATE reference_imports SET removed_at = ? WHERE id = ?"), {at, id});
    if (!mark)
        return mark.error();
    return count;
}

Result<QList<qint64>> ReferenceImportStore::interrupted(ReferenceList list, const QString& file, qint64 except)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM reference_imports WHERE list = ? AND file = ? AND id <> ? AND ")
                           + kInterrupted + QStringLiteral(" ORDER BY id"),
                       {static_cast<int>(list), file, except});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

Result<qint64> ReferenceImportStore::mergeInto(qint64 id, qint64 into)
{
    auto moved = m_db.exec(QStringLiteral("UPDATE reference_lists SET import_id = ? WHERE import_id = ?"), {into, id});
    if (!moved)
        return moved.error();
    const qint64 count = moved.value().numRowsAffected();
    auto mark = m_db.exec(QStringLiteral("UPDATE reference_imports SET merged_into = ? WHERE id = ?"), {into, id});
    if (!mark)
        return mark.error();
    return count;
}

} // namespace prakerja
