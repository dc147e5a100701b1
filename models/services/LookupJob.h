#pragma once
// Runs LookupService and TicketService use cases off the GUI thread, each on its own database
// connection: a page of search results, the card (with its tickets), a reveal, a note, and
// the name index's catch-up. Results come back by signal; searches and cards carry a token
// so that a stale answer (the agent typed again) is recognised and dropped.

#include "LookupService.h"
#include "domain/RequestKind.h"
#include "services/JobRunner.h"
#include "store/TicketStore.h"

#include <QMap>
#include <QObject>

namespace prakerja {

class LookupJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(LookupJob)
public:
    LookupJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent = nullptr);
    ~LookupJob() override;

    void search(const LookupQuery& query, qint64 afterId, int limit, quint64 token);
    void openCard(qint64 applicantId, quint64 token);
    void reveal(qint64 applicantId, RevealField field, const QString& reason);
    void addNote(qint64 applicantId, TicketCategory category, const QString& text);
    void resolveTicket(qint64 applicantId, qint64 ticketId);
    // A request for the registration system (RequestService); answered by requestRaised.
    void raiseRequest(qint64 applicantId, RequestKind kind, const QString& note, const QString& newName);
    // "My open tickets" (mine) or the team queue, of one category (nullopt: all) and older than
    // minAgeMs, with the open counts per category under the same filter (without the category).
    void loadTickets(bool mine, std::optional<TicketCategory> category, qint64 minAgeMs, quint64 token);
    // Brings the name index up to date unless a catch-up is running already.
    void catchUpNameIndex();
    bool isIndexing() const { return m_indexing; }

Q_SIGNALS:
    void searched(quint64 token, const prakerja::SearchPage& page, const QString& error);
    void cardReady(quint64 token, const prakerja::ApplicantCard& card, const QList<prakerja::Ticket>& tickets,
                   const QString& error);
    void revealed(qint64 applicantId, prakerja::RevealField field, const QString& value, const QString& error);
    void noteSaved(qint64 applicantId, const QString& error);
    void requestRaised(qint64 applicantId, qint64 requestId, const QString& error);
    // counts: open tickets per TicketCategory (as int).
    void ticketsReady(quint64 token, const QList<prakerja::Ticket>& tickets, const QMap<int, qint64>& counts,
                      const QString& error);
    void indexCaughtUp(qint64 indexed, const QString& error);

private:
    Session m_session;
    bool m_indexing = false;
    JobHost m_host;
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::SearchPage)
Q_DECLARE_METATYPE(prakerja::ApplicantCard)
Q_DECLARE_METATYPE(prakerja::Ticket)
Q_DECLARE_METATYPE(prakerja::RevealField)
