#pragma once
// Owner of the tickets table: call notes on an applicant with a category, open -> resolved.

#include "domain/Error.h"
#include "domain/TicketCategory.h"

#include <QList>
#include <QMap>
#include <optional>

namespace prakerja {

class Database;

struct Ticket
{
    qint64 id = 0;
    qint64 applicantId = 0;
    TicketCategory category = TicketCategory::Other;
    QString text;
    bool resolved = false;
    qint64 operatorId = 0;
    QString operatorName;
    qint64 createdAt = 0;
    std::optional<qint64> resolvedAt;
    QString resolvedBy;
};

struct TicketFilter
{
    std::optional<TicketCategory> category;
    qint64 operatorId = 0; // 0: every agent
    bool openOnly = true;
    qint64 createdBefore = 0; // 0: any age; else only tickets created before (older than) this
    int limit = 500;
};

class TicketStore
{
public:
    explicit TicketStore(Database& db) : m_db(db) { }

    Result<qint64> add(qint64 applicantId, TicketCategory category, const QString& text, qint64 operatorId,
                       const QString& operatorName, qint64 at);
    // False when the ticket does not exist or was resolved already.
    Result<bool> resolve(qint64 id, const QString& by, qint64 at);
    Result<std::optional<Ticket>> get(qint64 id);
    Result<QList<Ticket>> forApplicant(qint64 applicantId);
    Result<QList<Ticket>> list(const TicketFilter& filter);
    // Open tickets per category (same filter, without the category), for the queue's counts.
    Result<QMap<TicketCategory, qint64>> openCounts(const TicketFilter& filter);

private:
    Database& m_db;
};

} // namespace prakerja
