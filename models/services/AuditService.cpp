#include "AuditService.h"

#include "domain/Timestamp.h"
#include "io/CsvWriter.h"
#include "store/AuditLog.h"
#include "store/Database.h"

namespace prakerja {

Result<QList<AuditEntry>> AuditService::list(const AuditFilter& filter)
{
    if (const Status s = m_session.require(Permission::ViewAudit); !s)
        return s.error();
    return AuditRepository(m_db).list(filter);
}

Result<qint64> AuditService::exportCsv(const AuditFilter& filter, QIODevice& out)
{
    if (const Status s = m_session.require(Permission::ViewAudit); !s)
        return s.error();
    CsvWriter csv(out);
    csv.writeRow({QStringLiteral("id"), QStringLiteral("time_wib"), QStringLiteral("operator_id"),
                  QStringLiteral("operator"), QStringLiteral("action"), QStringLiteral("target"),
                  QStringLiteral("details")});
    const auto count = AuditRepository(m_db).forEach(filter, [&csv](const AuditEntry& e) {
        csv.writeRow({QString::number(e.id), Timestamp::toIsoWib(e.at), QString::number(e.operatorId), e.operatorName,
                      e.action, e.target, e.details});
    });
    if (!count)
        return count;
    AuditLog(m_db).append(m_session, QStringLiteral("audit.export"), QStringLiteral("audit_log"),
                          QStringLiteral("%1 rows").arg(count.value()));
    return count;
}

Result<AuditVerification> AuditService::verify(const Progress& progress, const std::atomic<bool>* cancel)
{
    if (const Status s = m_session.require(Permission::VerifyAudit); !s)
        return s.error();
    auto v = AuditRepository(m_db).verifyChain(progress, cancel);
    if (v && !v->cancelled)
        AuditLog(m_db).append(m_session, QStringLiteral("audit.verify"), QStringLiteral("audit_log"),
                              v->intact ? QStringLiteral("intact, %1 rows").arg(v->rowsChecked)
                                        : QStringLiteral("broken at %1: %2").arg(v->firstBrokenId).arg(v->problem));
    return v;
}

Status AuditService::recordRefusal(const QString& command, const Error& refusal)
{
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    Status s = AuditLog(m_db).append(m_session, QStringLiteral("permission.denied"), command,
                                     refusal.code + u": " + refusal.message());
    if (s)
        s = m_db.commit();
    if (!s)
        m_db.rollback();
    return s;
}

} // namespace prakerja
