#pragma once
// Call notes (tickets) on an applicant: an agent opens one with a category and free text and
// resolves it; "my open tickets" and the team queue by category and age with counts. Adding
// and resolving need AddApplicantNote, reading SearchApplicants; every change is audited.

#include "domain/Session.h"
#include "store/TicketStore.h"

namespace prakerja {

class TicketService
{
public:
    static constexpr int kMaxText = 2000;

    TicketService(Database& db, const Session& session) : m_db(db), m_session(session) { }

    Result<qint64> add(qint64 applicantId, TicketCategory category, const QString& text);
    Status resolve(qint64 ticketId);
    Result<QList<Ticket>> forApplicant(qint64 applicantId);
    Result<QList<Ticket>> myOpen();
    // Open tickets of everyone (mine: of this agent only), optionally of one category and
    // older than `minAgeMs`, oldest first.
    Result<QList<Ticket>> queue(std::optional<TicketCategory> category, qint64 minAgeMs, qint64 now, bool mine = false);
    Result<QMap<TicketCategory, qint64>> queueCounts(qint64 minAgeMs, qint64 now, bool mine = false);

private:
    Database& m_db;
    Session m_session;
};

} // namespace prakerja
