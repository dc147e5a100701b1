#include "ReferenceService.h"

#include "store/AuditLog.h"
#include "store/Database.h"

namespace prakerja {

QString ReferenceService::listLabel(ReferenceList list, bool english)
{
    switch (list) {
    case ReferenceList::Dapodik:
        return english ? QStringLiteral("Dapodik (students)") : QStringLiteral("Dapodik (data pelajar)");
    case ReferenceList::Dtks:
        return english ? QStringLiteral("DTKS (social-aid recipients)") : QStringLiteral("DTKS (penerima bansos)");
    case ReferenceList::Kemnaker:
        return english ? QStringLiteral("Affected-workers list (Kemnaker)")
                       : QStringLiteral("Daftar pekerja terdampak (Kemnaker)");
    case ReferenceList::Exclusion:
        return english ? QStringLiteral("Exclusion list") : QStringLiteral("Daftar pengecualian");
    }
    return {};
}

Status ReferenceService::validSource(const QString& source)
{
    const QString s = source.simplified();
    if (s.isEmpty() || s.size() > kMaxSource)
        return makeError(QStringLiteral("reference_source"),
                         Error::tr("Sumber daftar harus diisi (1 sampai %1 karakter), misalnya"
                                   " \"Disnaker Kota Bandung\"")
                             .arg(kMaxSource));
    return Status::success();
}

Status ReferenceService::recordSource(qint64 importId, const QString& source)
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s;
    if (const Status s = validSource(source); !s)
        return s;
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    const auto import = ReferenceImportStore(m_db).get(importId);
    Status s = import ? Status::success() : Status(import.error());
    if (s)
        s = ReferenceSources(m_db).set(importId, source.simplified());
    if (s)
        s = AuditLog(m_db).append(m_session, QStringLiteral("reference.source"),
                                  QStringLiteral("import:%1").arg(importId),
                                  QStringLiteral("source=%1").arg(source.simplified()));
    if (!s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Result<QList<ImportHistoryRow>> ReferenceService::history(int limit)
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s.error();
    auto imports = ReferenceImportStore(m_db).list(limit);
    if (!imports)
        return imports.error();
    auto sources = ReferenceSources(m_db).all();
    if (!sources)
        return sources.error();
    QList<ImportHistoryRow> out;
    for (const ReferenceImport& i : imports.value())
        out << ImportHistoryRow{i, sources->value(i.id)};
    return out;
}

Result<QList<CoverageRow>> ReferenceService::coverage()
{
    if (const Status s = m_session.require(Permission::ViewWaves); !s)
        return s.error();
    return ReferenceSources(m_db).coverage();
}

} // namespace prakerja
