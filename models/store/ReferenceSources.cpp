#include "ReferenceSources.h"

#include "Database.h"

#include <QSqlQuery>

namespace prakerja {

Status ReferenceSources::set(qint64 importId, const QString& source)
{
    auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO reference_sources (import_id, source) VALUES (?, ?)"),
                       {importId, source});
    return q ? Status::success() : Status(q.error());
}

Result<QMap<qint64, QString>> ReferenceSources::all()
{
    auto q = m_db.exec(QStringLiteral("SELECT import_id, source FROM reference_sources"));
    if (!q)
        return q.error();
    QMap<qint64, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return out;
}

Result<QMap<int, QString>> ReferenceSources::ofNik(const QByteArray& nikBi)
{
    auto q = m_db.exec(QStringLiteral("SELECT r.list, COALESCE(s.source, '') FROM reference_lists r"
                                      " LEFT JOIN reference_sources s ON s.import_id = r.import_id"
                                      " WHERE r.nik_bi = ? ORDER BY r.list"),
                       {nikBi});
    if (!q)
        return q.error();
    QMap<int, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toInt(), q.value().value(1).toString());
    return out;
}

Result<QList<CoverageRow>> ReferenceSources::coverage()
{
    // applicants.nik_bi is UNIQUE (an index lookup per listed NIK); participants by applicant id.
    auto q = m_db.exec(
        QStringLiteral("SELECT r.list, COALESCE(s.source, '') AS src, COUNT(*), COUNT(a.id), COUNT(a.nik_verified_at),"
                       " COUNT(a.joined_batch_at), COUNT(p.applicant_id)"
                       " FROM reference_lists r"
                       " LEFT JOIN reference_sources s ON s.import_id = r.import_id"
                       " LEFT JOIN applicants a ON a.nik_bi = r.nik_bi"
                       " LEFT JOIN participants p ON p.applicant_id = a.id"
                       " GROUP BY r.list, src ORDER BY r.list, src"));
    if (!q)
        return q.error();
    QList<CoverageRow> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << CoverageRow{r.value(0).toInt(),      r.value(1).toString(),   r.value(2).toLongLong(),
                           r.value(3).toLongLong(), r.value(4).toLongLong(), r.value(5).toLongLong(),
                           r.value(6).toLongLong()};
    }
    return out;
}

} // namespace prakerja
