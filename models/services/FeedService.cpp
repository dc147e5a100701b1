#include "FeedService.h"

#include "KeyRotationService.h"
#include "io/ReferenceImporter.h"
#include "store/AuditLog.h"

namespace prakerja {

namespace {
// One summary row per run, written right after the last batch's commit (rows are audited as a
// run, not one by one: a launch day is millions of lines).
Result<IngestSummary> audited(Database& db, const Session& session, const QString& action, const QString& target,
                              Result<IngestSummary> result)
{
    if (!result)
        return result;
    const IngestSummary& s = result.value();
    const Status logged = AuditLog(db).append(session, action, target,
                                              QStringLiteral("accepted=%1 duplicates=%2 rejected=%3%4")
                                                  .arg(s.accepted)
                                                  .arg(s.duplicates)
                                                  .arg(s.rejected)
                                                  .arg(s.cancelled ? QStringLiteral(" cancelled") : QString()));
    if (!logged)
        return logged.error();
    return result;
}
} // namespace

Result<IngestSummary> FeedService::run(const FeedIngestor::LineSource& source, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::IngestFeed); !s)
        return s.error();
    if (const Status s = KeyRotationService::refuseDuringRotation(m_db); !s)
        return s.error();
    FeedIngestor ingestor(m_db);
    ingestor.setRejectSink(sinks.rejects);
    ingestor.setProgressSink(sinks.progress);
    ingestor.setCancelFlag(sinks.cancel);
    return ingestor.ingest(source);
}

Result<IngestSummary> FeedService::ingest(QIODevice& feed, const Sinks& sinks)
{
    FeedIngestor::LineSource lines = FeedIngestor::linesOf(feed);
    if (sinks.bytesRead)
        lines = [lines, counter = sinks.bytesRead](QByteArray& line) {
            const FeedIngestor::Next next = lines(line);
            counter->fetch_add(line.size() + 1, std::memory_order_relaxed);
            return next;
        };
    return audited(m_db, m_session, QStringLiteral("feed.ingest"), QStringLiteral("feed"), run(lines, sinks));
}

Result<IngestSummary> FeedService::importReference(ReferenceList list, QIODevice& file, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s.error();
    if (const Status s = KeyRotationService::refuseDuringRotation(m_db); !s)
        return s.error();
    ReferenceImporter importer(m_db, list);
    importer.setRejectSink(sinks.rejects);
    return audited(m_db, m_session, QStringLiteral("reference.import"),
                   QStringLiteral("reference:%1").arg(referenceListName(list)), importer.import(file));
}

Result<IngestSummary> FeedService::simulate(const SimulatorOptions& options, const Sinks& sinks)
{
    RegistrationSimulator simulator(options);
    return audited(m_db, m_session, QStringLiteral("feed.simulate"), QStringLiteral("feed"),
                   run([&simulator](QByteArray& line) { return simulator.next(line); }, sinks));
}

} // namespace prakerja
