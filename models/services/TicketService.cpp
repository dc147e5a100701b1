#include "TicketService.h"

#include "domain/Timestamp.h"
#include "store/ApplicantDirectory.h"
#include "store/AuditLog.h"
#include "store/Database.h"

namespace prakerja {

Result<qint64> TicketService::add(qint64 applicantId, TicketCategory category, const QString& text)
{
    if (const Status s = m_session.require(Permission::AddApplicantNote); !s)
        return s.error();
    const QString body = text.trimmed();
    if (body.isEmpty() || body.size() > kMaxText)
        return makeError(QStringLiteral("ticket_text"),
                         Error::tr("Tulis catatan panggilan (1 sampai %1 karakter)").arg(kMaxText));
    auto exists = ApplicantDirectory(m_db).record(applicantId);
    if (!exists)
        return exists.error();
    if (!exists->has_value())
        return makeError(QStringLiteral("applicant_not_found"),
                         Error::tr("Pendaftar %1 tidak ditemukan").arg(applicantId));
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    auto id = TicketStore(m_db).add(applicantId, category, body, m_session.operatorId(), m_session.operatorName(),
                                    Timestamp::nowMs());
    Status s = id ? Status::success() : Status(id.error());
    if (s)
        s = AuditLog(m_db).append(
            m_session, QStringLiteral("ticket.add"), QStringLiteral("applicant:%1").arg(applicantId),
            QStringLiteral("ticket=%1 category=%2").arg(id.value()).arg(ticketCategoryName(category)));
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    if (const Status c = m_db.commit(); !c)
        return c.error();
    return id;
}

Status TicketService::resolve(qint64 ticketId)
{
    if (const Status s = m_session.require(Permission::AddApplicantNote); !s)
        return s;
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    TicketStore store(m_db);
    auto ticket = store.get(ticketId);
    Status s = ticket ? Status::success() : Status(ticket.error());
    if (s && !ticket->has_value())
        s = makeError(QStringLiteral("ticket_not_found"), Error::tr("Tiket %1 tidak ditemukan").arg(ticketId));
    if (s) {
        auto done = store.resolve(ticketId, m_session.operatorName(), Timestamp::nowMs());
        if (!done)
            s = done.error();
        else if (!done.value())
            s = makeError(QStringLiteral("ticket_resolved"), Error::tr("Tiket %1 sudah selesai").arg(ticketId));
    }
    if (s)
        s = AuditLog(m_db).append(m_session, QStringLiteral("ticket.resolve"),
                                  QStringLiteral("applicant:%1").arg((*ticket)->applicantId),
                                  QStringLiteral("ticket=%1").arg(ticketId));
    if (!s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Result<QList<Ticket>> TicketService::forApplicant(qint64 applicantId)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    return TicketStore(m_db).forApplicant(applicantId);
}

Result<QList<Ticket>> TicketService::myOpen()
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    TicketFilter f;
    f.operatorId = m_session.operatorId();
    return TicketStore(m_db).list(f);
}

Result<QList<Ticket>> TicketService::queue(std::optional<TicketCategory> category, qint64 minAgeMs, qint64 now,
                                           bool mine)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    TicketFilter f;
    if (mine)
        f.operatorId = m_session.operatorId();
    f.category = category;
    f.createdBefore = minAgeMs > 0 ? now - minAgeMs : 0;
    return TicketStore(m_db).list(f);
}

Result<QMap<TicketCategory, qint64>> TicketService::queueCounts(qint64 minAgeMs, qint64 now, bool mine)
{
    if (const Status s = m_session.require(Permission::SearchApplicants); !s)
        return s.error();
    TicketFilter f;
    if (mine)
        f.operatorId = m_session.operatorId();
    f.createdBefore = minAgeMs > 0 ? now - minAgeMs : 0;
    return TicketStore(m_db).openCounts(f);
}

} // namespace prakerja
