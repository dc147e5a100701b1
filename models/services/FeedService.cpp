#include "FeedService.h"

#include "io/ReferenceImporter.h"

namespace prakerja {

Result<IngestSummary> FeedService::run(const FeedIngestor::LineSource& source, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::IngestFeed); !s)
        return s.error();
    FeedIngestor ingestor(m_db);
    ingestor.setRejectSink(sinks.rejects);
    ingestor.setProgressSink(sinks.progress);
    ingestor.setCancelFlag(sinks.cancel);
    return ingestor.ingest(source);
}

Result<IngestSummary> FeedService::ingest(QIODevice& feed, const Sinks& sinks)
{
    return run(FeedIngestor::linesOf(feed), sinks);
}

Result<IngestSummary> FeedService::importReference(ReferenceList list, QIODevice& file, const Sinks& sinks)
{
    if (const Status s = m_session.require(Permission::ImportReference); !s)
        return s.error();
    ReferenceImporter importer(m_db, list);
    importer.setRejectSink(sinks.rejects);
    return importer.import(file);
}

Result<IngestSummary> FeedService::simulate(const SimulatorOptions& options, const Sinks& sinks)
{
    RegistrationSimulator simulator(options);
    return run([&simulator](QByteArray& line) { return simulator.next(line); }, sinks);
}

} // namespace prakerja
