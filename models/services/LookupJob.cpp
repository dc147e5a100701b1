#include "LookupJob.h"

#include "RequestService.h"
#include "TicketService.h"
#include "domain/Timestamp.h"

namespace prakerja {

LookupJob::LookupJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_host(paths, keys)
{
    qRegisterMetaType<SearchPage>();
    qRegisterMetaType<ApplicantCard>();
    qRegisterMetaType<Ticket>();
    qRegisterMetaType<QList<Ticket>>();
    qRegisterMetaType<RevealField>();
    qRegisterMetaType<QMap<int, qint64>>();
}

LookupJob::~LookupJob() = default;

void LookupJob::search(const LookupQuery& query, qint64 afterId, int limit, quint64 token)
{
    m_host.start<SearchPage>(
        this,
        [session = m_session, query, afterId, limit](Database& db, JobProgress&) {
            return LookupService(db, session).search(query, afterId, limit);
        },
        [this, token](const Result<SearchPage>& page) {
            Q_EMIT searched(token, page ? page.value() : SearchPage{}, page ? QString() : page.error().message());
        });
}

namespace {
struct CardWithTickets
{
    ApplicantCard card;
    Result<QList<Ticket>> tickets = QList<Ticket>();
};
} // namespace

void LookupJob::openCard(qint64 applicantId, quint64 token)
{
    m_host.start<CardWithTickets>(
        this,
        [session = m_session, applicantId](Database& db, JobProgress&) -> Result<CardWithTickets> {
            auto card = LookupService(db, session).card(applicantId);
            if (!card)
                return card.error();
            return CardWithTickets{std::move(card).value(), TicketService(db, session).forApplicant(applicantId)};
        },
        [this, token](const Result<CardWithTickets>& r) {
            if (!r) {
                Q_EMIT cardReady(token, {}, {}, r.error().message());
                return;
            }
            // A card whose tickets could not be read is still shown, with the reason.
            Q_EMIT cardReady(token, r->card, r->tickets ? r->tickets.value() : QList<Ticket>(),
                             r->tickets ? QString() : r->tickets.error().message());
        });
}

void LookupJob::reveal(qint64 applicantId, RevealField field, const QString& reason)
{
    m_host.start<QString>(
        this,
        [session = m_session, applicantId, field, reason](Database& db, JobProgress&) {
            return LookupService(db, session).reveal(applicantId, field, reason);
        },
        [this, applicantId, field](const Result<QString>& value) {
            Q_EMIT revealed(applicantId, field, value ? value.value() : QString(),
                            value ? QString() : value.error().message());
        });
}

void LookupJob::addNote(qint64 applicantId, TicketCategory category, const QString& text)
{
    m_host.start<qint64>(
        this,
        [session = m_session, applicantId, category, text](Database& db, JobProgress&) {
            return TicketService(db, session).add(applicantId, category, text);
        },
        [this, applicantId](const Result<qint64>& id) {
            Q_EMIT noteSaved(applicantId, id ? QString() : id.error().message());
        });
}

void LookupJob::resolveTicket(qint64 applicantId, qint64 ticketId)
{
    m_host.start<bool>(
        this,
        [session = m_session, ticketId](Database& db, JobProgress&) {
            return statusResult(TicketService(db, session).resolve(ticketId));
        },
        [this, applicantId](const Result<bool>& done) {
            Q_EMIT noteSaved(applicantId, done ? QString() : done.error().message());
        });
}

void LookupJob::raiseRequest(qint64 applicantId, RequestKind kind, const QString& note, const QString& newName)
{
    m_host.start<qint64>(
        this,
        [session = m_session, applicantId, kind, note, newName](Database& db, JobProgress&) {
            return RequestService(db, session).raise(applicantId, kind, note, newName);
        },
        [this, applicantId](const Result<qint64>& id) {
            Q_EMIT requestRaised(applicantId, id ? id.value() : 0, id ? QString() : id.error().message());
        });
}

namespace {
struct TicketQueue
{
    Result<QList<Ticket>> tickets = QList<Ticket>();
    QMap<int, qint64> byCategory;
    QString countsError;
};
} // namespace

void LookupJob::loadTickets(bool mine, std::optional<TicketCategory> category, qint64 minAgeMs, quint64 token)
{
    m_host.start<TicketQueue>(
        this,
        [session = m_session, mine, category, minAgeMs](Database& db, JobProgress&) -> Result<TicketQueue> {
            TicketService service(db, session);
            const qint64 now = Timestamp::nowMs();
            TicketQueue queue{service.queue(category, minAgeMs, now, mine), {}, {}};
            const auto counts = service.queueCounts(minAgeMs, now, mine);
            if (counts)
                for (auto it = counts->cbegin(); it != counts->cend(); ++it)
                    queue.byCategory.insert(static_cast<int>(it.key()), it.value());
            else
                queue.countsError = counts.error().message();
            return queue;
        },
        [this, token](const Result<TicketQueue>& r) {
            if (!r) {
                Q_EMIT ticketsReady(token, {}, {}, r.error().message());
                return;
            }
            const QString error = !r->tickets ? r->tickets.error().message() : r->countsError;
            Q_EMIT ticketsReady(token, r->tickets ? r->tickets.value() : QList<Ticket>(), r->byCategory, error);
        });
}

void LookupJob::catchUpNameIndex()
{
    if (m_indexing)
        return;
    m_indexing = true;
    m_host.start<qint64>(
        this,
        [session = m_session](Database& db, JobProgress& job) {
            return LookupService(db, session).catchUpNameIndex([&job](qint64, qint64) { return !job.cancelled(); });
        },
        [this](const Result<qint64>& done) {
            m_indexing = false;
            Q_EMIT indexCaughtUp(done ? done.value() : 0, done ? QString() : done.error().message());
        });
}

} // namespace prakerja
