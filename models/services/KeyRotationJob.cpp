#include "KeyRotationJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

KeyRotationJob::KeyRotationJob(const WorkspacePaths& paths, const Session& session, QObject* parent)
    : QObject(parent), m_paths(paths), m_session(session)
{ }

KeyRotationJob::~KeyRotationJob()
{
    cancel();
    m_future.waitForFinished();
}

void KeyRotationJob::start(int batchSize)
{
    if (isRunning())
        return;
    m_cancel.store(false);
    m_future = QtConcurrent::run([this, batchSize] {
        // The key file on disk, not the copy in memory: a rotation may have added a generation.
        auto keys = KeyFile::load(m_paths.keyFile);
        auto db = keys ? Database::open(m_paths.database, keys.value(), Database::OpenMode::MustExist)
                       : Result<std::unique_ptr<Database>>(keys.error());
        if (!db) {
            Q_EMIT finished(false, false, db.error().message());
            return;
        }
        KeyRotationService::Options options;
        options.batchSize = batchSize;
        options.cancel = &m_cancel;
        options.progress = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
        const auto r = KeyRotationService(*db.value(), m_session).rotate(m_paths.keyFile, options);
        if (!r)
            Q_EMIT finished(false, false, r.error().message());
        else
            Q_EMIT finished(true, r->completed,
                            QStringLiteral("%1 / %2 / %3").arg(r->applicants).arg(r->references).arg(r->auditRows));
    });
}

} // namespace prakerja
