#include "IngestJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

IngestJob::IngestJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_paths(paths), m_keys(keys), m_session(session)
{
    qRegisterMetaType<IngestSummary>();
}

IngestJob::~IngestJob()
{
    cancel();
    m_future.waitForFinished();
}

void IngestJob::start(Work work)
{
    if (isRunning())
        return;
    m_cancel.store(false);
    m_bytesRead.store(0);
    m_future = QtConcurrent::run([this, work = std::move(work)] {
        auto db = Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist);
        if (!db) {
            Q_EMIT finished(false, {}, db.error().message());
            return;
        }
        FeedService feed(*db.value(), m_session);
        FeedService::Sinks sinks;
        sinks.cancel = &m_cancel;
        sinks.bytesRead = &m_bytesRead;
        sinks.progress = [this](const IngestSummary& s) { Q_EMIT progress(s); };
        sinks.rejects = [this](qint64 line, const Error& e) { Q_EMIT rejected(line, e.code, e.message()); };
        const Result<IngestSummary> result = work(feed, sinks);
        if (!result)
            Q_EMIT finished(false, {}, result.error().message());
        else
            Q_EMIT finished(true, result.value(), {});
    });
}

void IngestJob::cancel()
{
    m_cancel.store(true);
}

} // namespace prakerja
