#include "IngestJob.h"

namespace prakerja {

IngestJob::IngestJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_session(session), m_host(paths, keys)
{
    qRegisterMetaType<IngestSummary>();
}

IngestJob::~IngestJob() = default;

void IngestJob::start(Work work)
{
    if (isRunning())
        return;
    m_bytesRead.store(0);
    m_job = m_host.start<IngestSummary>(
        this,
        [this, session = m_session, work = std::move(work)](Database& db, JobProgress& job) {
            // Progress and rejects are emitted on the worker and delivered queued: `this`
            // outlives the work (m_host waits for it).
            FeedService feed(db, session);
            FeedService::Sinks sinks;
            sinks.cancel = job.stopFlag();
            sinks.bytesRead = &m_bytesRead;
            sinks.progress = [this](const IngestSummary& s) { Q_EMIT progress(s); };
            sinks.rejects = [this](qint64 line, const Error& e) { Q_EMIT rejected(line, e.code, e.message()); };
            return work(feed, sinks);
        },
        [this](const Result<IngestSummary>& result) {
            Q_EMIT finished(result.ok(), result ? result.value() : IngestSummary{},
                            result ? QString() : result.error().message());
        });
}

} // namespace prakerja
