#include "LookupJob.h"

#include "TicketService.h"

namespace prakerja {

LookupJob::LookupJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_host(paths, keys)
{
    qRegisterMetaType<SearchPage>();
    qRegisterMetaType<ApplicantCard>();
    qRegisterMetaType<Ticket>();
    qRegisterMetaType<QList<Ticket>>();
    qRegisterMetaType<RevealField>();
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
