#include "CatalogueReferenceStore.h"

#include "Database.h"

namespace prakerja {

namespace {
// Text columns are NOT NULL: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

Result<QList<TrainingCategory>> CatalogueReferenceStore::categories()
{
    auto q = m_db.exec(QStringLiteral("SELECT code, name_id, name_en FROM training_categories ORDER BY position"));
    if (!q)
        return q.error();
    QList<TrainingCategory> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()});
    return rows;
}

QString CatalogueReferenceStore::dismissalKey(qint64 trainingId, CurationCheck check)
{
    return QStringLiteral("%1:%2").arg(trainingId).arg(curationCheckName(check));
}

Result<QHash<QString, CurationDismissal>> CatalogueReferenceStore::dismissals()
{
    auto q = m_db.exec(QStringLiteral("SELECT training_id, check_name, reason, operator, at FROM curation_dismissals"));
    if (!q)
        return q.error();
    QHash<QString, CurationDismissal> rows;
    while (q.value().next())
        rows.insert(QStringLiteral("%1:%2").arg(q.value().value(0).toLongLong()).arg(q.value().value(1).toString()),
                    {q.value().value(2).toString(), q.value().value(3).toString(), q.value().value(4).toLongLong()});
    return rows;
}

Status CatalogueReferenceStore::dismiss(qint64 trainingId, CurationCheck check, const CurationDismissal& d)
{
    auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO curation_dismissals (training_id, check_name, reason,"
                                      " operator, at) VALUES (?, ?, ?, ?, ?)"),
                       {trainingId, curationCheckName(check), text(d.reason), text(d.operatorName), d.at});
    return q ? Status::success() : Status(q.error());
}

} // namespace prakerja
