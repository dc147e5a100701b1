#include "LookupJob.h"

#include "RequestService.h"
#include "TicketService.h"
#include "domain/Timestamp.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

LookupJob::LookupJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_paths(paths), m_keys(keys), m_session(session)
{
    qRegisterMetaType<SearchPage>();
    qRegisterMetaType<ApplicantCard>();
    qRegisterMetaType<Ticket>();
    qRegisterMetaType<QList<Ticket>>();
    qRegisterMetaType<RevealField>();
    qRegisterMetaType<QMap<int, qint64>>();
}

LookupJob::~LookupJob()
{
    m_stopping.store(true);
    for (QFuture<void>& f : m_pending)
        f.waitForFinished();
}

template <typename F> void LookupJob::run(F&& work)
{
    m_pending.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_pending << QtConcurrent::run([this, work = std::forward<F>(work)] {
        auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
        if (!db) {
            work(nullptr, db.error());
            return;
        }
        work(db.value().get(), Error{});
    });
}

void LookupJob::search(const LookupQuery& query, qint64 afterId, int limit, quint64 token)
{
    run([this, query, afterId, limit, token](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT searched(token, {}, openError.message());
            return;
        }
        const auto page = LookupService(*db, m_session).search(query, afterId, limit);
        Q_EMIT searched(token, page ? page.value() : SearchPage{}, page ? QString() : page.error().message());
    });
}

void LookupJob::openCard(qint64 applicantId, quint64 token)
{
    run([this, applicantId, token](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT cardReady(token, {}, {}, openError.message());
            return;
        }
        const auto card = LookupService(*db, m_session).card(applicantId);
        if (!card) {
            Q_EMIT cardReady(token, {}, {}, card.error().message());
            return;
        }
        const auto tickets = TicketService(*db, m_session).forApplicant(applicantId);
        Q_EMIT cardReady(token, card.value(), tickets ? tickets.value() : QList<Ticket>(),
                         tickets ? QString() : tickets.error().message());
    });
}

void LookupJob::reveal(qint64 applicantId, RevealField field, const QString& reason)
{
    run([this, applicantId, field, reason](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT revealed(applicantId, field, {}, openError.message());
            return;
        }
        const auto value = LookupService(*db, m_session).reveal(applicantId, field, reason);
        Q_EMIT revealed(applicantId, field, value ? value.value() : QString(),
                        value ? QString() : value.error().message());
    });
}

void LookupJob::addNote(qint64 applicantId, TicketCategory category, const QString& text)
{
    run([this, applicantId, category, text](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT noteSaved(applicantId, openError.message());
            return;
        }
        const auto id = TicketService(*db, m_session).add(applicantId, category, text);
        Q_EMIT noteSaved(applicantId, id ? QString() : id.error().message());
    });
}

void LookupJob::resolveTicket(qint64 applicantId, qint64 ticketId)
{
    run([this, applicantId, ticketId](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT noteSaved(applicantId, openError.message());
            return;
        }
        const Status s = TicketService(*db, m_session).resolve(ticketId);
        Q_EMIT noteSaved(applicantId, s ? QString() : s.error().message());
    });
}

void LookupJob::raiseRequest(qint64 applicantId, RequestKind kind, const QString& note, const QString& newName)
{
    run([this, applicantId, kind, note, newName](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT requestRaised(applicantId, 0, openError.message());
            return;
        }
        const auto id = RequestService(*db, m_session).raise(applicantId, kind, note, newName);
        Q_EMIT requestRaised(applicantId, id ? id.value() : 0, id ? QString() : id.error().message());
    });
}

void LookupJob::loadTickets(bool mine, std::optional<TicketCategory> category, qint64 minAgeMs, quint64 token)
{
    run([this, mine, category, minAgeMs, token](Database* db, const Error& openError) {
        if (!db) {
            Q_EMIT ticketsReady(token, {}, {}, openError.message());
            return;
        }
        TicketService service(*db, m_session);
        const qint64 now = Timestamp::nowMs();
        const auto tickets = service.queue(category, minAgeMs, now, mine);
        const auto counts = service.queueCounts(minAgeMs, now, mine);
        QMap<int, qint64> byCategory;
        if (counts)
            for (auto it = counts->cbegin(); it != counts->cend(); ++it)
                byCategory.insert(static_cast<int>(it.key()), it.value());
        const QString error = !tickets ? tickets.error().message() : !counts ? counts.error().message() : QString();
        Q_EMIT ticketsReady(token, tickets ? tickets.value() : QList<Ticket>(), byCategory, error);
    });
}

void LookupJob::catchUpNameIndex()
{
    if (m_indexing.exchange(true))
        return;
    run([this](Database* db, const Error& openError) {
        if (!db) {
            m_indexing.store(false);
            Q_EMIT indexCaughtUp(0, openError.message());
            return;
        }
        const auto done
            = LookupService(*db, m_session).catchUpNameIndex([this](qint64, qint64) { return !m_stopping.load(); });
        m_indexing.store(false);
        Q_EMIT indexCaughtUp(done ? done.value() : 0, done ? QString() : done.error().message());
    });
}

} // namespace prakerja
