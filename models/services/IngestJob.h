#pragma once
// Runs a FeedService use case (a feed file, a reference list, the simulator) in the background
// on its own thread and database connection, reporting progress and rejects by signal. Cancel
// stops after the current batch: committed batches stay, and a rerun skips them as duplicates.

#include "FeedService.h"
#include "services/JobRunner.h"

#include <QObject>
#include <atomic>

namespace prakerja {

class IngestJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(IngestJob)
public:
    // The work, given a service bound to the job's own connection and the job's sinks.
    using Work = std::function<Result<IngestSummary>(FeedService& feed, const FeedService::Sinks& sinks)>;

    IngestJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent = nullptr);
    ~IngestJob() override;

    void start(Work work);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_host.busy(); }
    // Bytes of input consumed so far (file imports), readable from any thread.
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void progress(const prakerja::IngestSummary& soFar);
    void rejected(qint64 line, const QString& code, const QString& message);
    void finished(bool ok, const prakerja::IngestSummary& summary, const QString& message);

private:
    Session m_session;
    std::atomic<qint64> m_bytesRead{0};
    JobHandle m_job;
    JobHost m_host;
};

} // namespace prakerja

Q_DECLARE_METATYPE(prakerja::IngestSummary)
