#include "KeyRotationJob.h"

namespace prakerja {

namespace {
// The key file on disk, not the copy in memory: a rotation may have added a generation.
ConnectionOpener openWithKeysOnDisk(const WorkspacePaths& paths)
{
    return [paths]() -> Result<std::unique_ptr<Database>> {
        auto keys = KeyFile::load(paths.keyFile);
        if (!keys)
            return keys.error();
        return Database::open(paths.database, keys.value(), Database::OpenMode::MustExist);
    };
}
} // namespace

KeyRotationJob::KeyRotationJob(const WorkspacePaths& paths, const Session& session, QObject* parent)
    : QObject(parent), m_paths(paths), m_session(session), m_host(openWithKeysOnDisk(paths))
{ }

KeyRotationJob::~KeyRotationJob() = default;

void KeyRotationJob::start(int batchSize)
{
    if (isRunning())
        return;
    m_job = m_host.start<RotationResult>(
        this,
        [this, batchSize, session = m_session, keyFile = m_paths.keyFile](Database& db, JobProgress& job) {
            KeyRotationService::Options options;
            options.batchSize = batchSize;
            options.cancel = job.stopFlag();
            // Emitted on the worker, delivered queued: `this` outlives the work (m_host waits for it).
            options.progress = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
            return KeyRotationService(db, session).rotate(keyFile, options);
        },
        [this](const Result<RotationResult>& r) {
            if (!r)
                Q_EMIT finished(false, false, r.error().message());
            else
                Q_EMIT finished(true, r->completed,
                                QStringLiteral("%1 / %2 / %3").arg(r->applicants).arg(r->references).arg(r->auditRows));
        });
}

} // namespace prakerja
