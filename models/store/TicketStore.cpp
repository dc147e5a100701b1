#include "TicketStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace prakerja {

namespace {
constexpr const char* kColumns = "id, applicant_id, category, text, status, operator_id, operator_name, created_at,"
                                 " resolved_at, resolved_by";

Ticket readTicket(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.applicantId = q.value(1).toLongLong();
    t.category = static_cast<TicketCategory>(q.value(2).toInt());
    t.text = q.value(3).toString();
    t.resolved = q.value(4).toInt() == 1;
    t.operatorId = q.value(5).toLongLong();
    t.operatorName = q.value(6).toString();
    t.createdAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        t.resolvedAt = q.value(8).toLongLong();
    t.resolvedBy = q.value(9).toString();
    return t;
}

Result<QList<Ticket>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Ticket> out;
    while (q.value().next())
        out << readTicket(q.value());
    return out;
}

// WHERE clause and values of a filter; `withCategory` false leaves the category out.
QString where(const TicketFilter& f, bool withCategory, QVariantList& values)
{
    QStringList terms;
    if (f.openOnly)
        terms << QStringLiteral("status = 0");
    if (withCategory && f.category) {
        terms << QStringLiteral("category = ?");
        values << static_cast<int>(*f.category);
    }
    if (f.operatorId > 0) {
        terms << QStringLiteral("operator_id = ?");
        values << f.operatorId;
    }
    if (f.createdBefore > 0) {
        terms << QStringLiteral("created_at < ?");
        values << f.createdBefore;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}
} // namespace

Result<qint64> TicketStore::add(qint64 applicantId, TicketCategory category, const QString& text, qint64 operatorId,
                                const QString& operatorName, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO tickets (applicant_id, category, text, status, operator_id,"
                                      " operator_name, created_at) VALUES (?, ?, ?, 0, ?, ?, ?)"),
                       {applicantId, static_cast<int>(category), text, operatorId, operatorName, at});
    if (!q)
        return q.error();
    return m_db.insertedId(q.value());
}

Result<bool> TicketStore::resolve(qint64 id, const QString& by, qint64 at)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE tickets SET status = 1, resolved_at = ?, resolved_by = ? WHERE id = ? AND status = 0"),
        {at, by, id});
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<std::optional<Ticket>> TicketStore::get(qint64 id)
{
    auto all = readAll(
        m_db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(QLatin1StringView(kColumns)), {id}));
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<Ticket>() : std::optional<Ticket>(all->first());
}

Result<QList<Ticket>> TicketStore::forApplicant(qint64 applicantId)
{
    return readAll(m_db.exec(
        QStringLiteral("SELECT %1 FROM tickets WHERE applicant_id = ? ORDER BY id").arg(QLatin1StringView(kColumns)),
        {applicantId}));
}

Result<QList<Ticket>> TicketStore::list(const TicketFilter& filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM tickets").arg(QLatin1StringView(kColumns))
        + where(filter, true, values) + QStringLiteral(" ORDER BY created_at, id LIMIT ?");
    values << filter.limit;
    return readAll(m_db.exec(sql, values));
}

Result<QMap<TicketCategory, qint64>> TicketStore::openCounts(const TicketFilter& filter)
{
    QVariantList values;
    TicketFilter f = filter;
    f.openOnly = true;
    auto q = m_db.exec(QStringLiteral("SELECT category, COUNT(*) FROM tickets") + where(f, false, values)
                           + QStringLiteral(" GROUP BY category"),
                       values);
    if (!q)
        return q.error();
    QMap<TicketCategory, qint64> out;
    while (q.value().next())
        out.insert(static_cast<TicketCategory>(q.value().value(0).toInt()), q.value().value(1).toLongLong());
    return out;
}

} // namespace prakerja
