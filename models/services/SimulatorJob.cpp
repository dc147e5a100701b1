#include "SimulatorJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

SimulatorJob::SimulatorJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent)
    , m_paths(paths)
    , m_keys(keys)
    , m_session(session)
{
}

SimulatorJob::~SimulatorJob()
{
    cancel();
    m_future.waitForFinished();
}

void SimulatorJob::start(const SimulatorOptions& options)
{
    if (isRunning())
        return;
    m_cancel.store(false);
    m_future = QtConcurrent::run([this, options] {
        auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
        if (!db) {
            Q_EMIT finished(false, db.error().message());
            return;
        }
        FeedService feed(*db.value(), m_session);
        FeedService::Sinks sinks;
        sinks.cancel = &m_cancel;
        sinks.progress = [this](const IngestSummary& s) { Q_EMIT progress(s.accepted, s.rejected); };
        const Result<IngestSummary> result = feed.simulate(options, sinks);
        if (!result)
            Q_EMIT finished(false, result.error().message());
        else
            Q_EMIT finished(true, {});
    });
}

void SimulatorJob::cancel()
{
    m_cancel.store(true);
}

} // namespace prakerja
