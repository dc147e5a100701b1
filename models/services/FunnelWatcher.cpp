#include "FunnelWatcher.h"

#include "engine/FunnelTracker.h"
#include "store/CommitDetector.h"
#include "store/DatabaseTarget.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

namespace prakerja {

namespace {
// Events folded per step: a cold catch-up over millions of events streams snapshots and
// stays responsive to stop requests.
constexpr qint64 kStepEvents = 200'000;
constexpr qint64 kCheckpointEveryMs = 5'000;

Error databaseMissing(const QString& path)
{
    return makeError(QStringLiteral("db_missing"), Error::tr("berkas %1 tidak ada").arg(path));
}

ConnectionOpener openIfPresent(const WorkspacePaths& paths, const KeyFile& keys)
{
    return [paths, keys]() -> Result<std::unique_ptr<Database>> {
        if (!DatabaseTarget::looksLikePostgres(paths.database) && !QFileInfo::exists(paths.database))
            return databaseMissing(paths.database);
        return Database::open(paths.database, keys, Database::OpenMode::MustExist);
    };
}
} // namespace

FunnelWatcher::FunnelWatcher(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent), m_databasePath(paths.database), m_host(openIfPresent(paths, keys))
{
    qRegisterMetaType<FunnelSnapshot>();
    const Status allowed = session.require(Permission::ViewDashboard);
    m_mayView = allowed.ok();
    startPolling();
    if (!allowed.ok()) {
        const QString message = allowed.error().message();
        QTimer::singleShot(0, this, [this, message] { Q_EMIT denied(message); });
    }
}

FunnelWatcher::~FunnelWatcher()
{
    m_stopping = true;
    m_host.stopAll();
    wake(); // the poller saves its checkpoint and ends; m_host waits for it
}

void FunnelWatcher::refresh()
{
    QMutexLocker lock(&m_mutex);
    m_pollNow = true;
    m_wakeUp.wakeAll();
}

void FunnelWatcher::wake()
{
    QMutexLocker lock(&m_mutex);
    m_wakeUp.wakeAll();
}

void FunnelWatcher::startPolling()
{
    m_host.start<bool>(
        this, [this](Database& db, JobProgress& job) { return poll(db, job); },
        [this](const Result<bool>& ended) {
            if (ended || m_stopping)
                return;
            // Unreachable (moved, deleted, locked, wrong key): say why and try again in a second.
            setReachable(false, ended.error().message());
            QTimer::singleShot(kReconnectEveryMs, this, [this] { startPolling(); });
        });
}

// Runs on the worker. It touches only its own connection and the mutex-guarded flag, and posts
// its results to the GUI thread: `this` outlives it, since m_host waits for it.
Result<bool> FunnelWatcher::poll(Database& db, JobProgress& job)
{
    auto detector = CommitDetector::forDatabase(db);
    FunnelTracker tracker(db);
    // Cold open from the persisted aggregates; a new connection may be a different file.
    if (const Status s = tracker.load(); !s)
        return s.error();
    QMetaObject::invokeMethod(this, [this] { setReachable(true, {}); });
    publish(tracker.snapshot());

    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    bool catchingUp = true; // the first round reads at once, without waiting for a poll
    while (!job.cancelled()) {
        bool force = false;
        {
            QMutexLocker lock(&m_mutex);
            if (!catchingUp && !m_pollNow && !job.cancelled())
                m_wakeUp.wait(&m_mutex, kPollMs);
            force = std::exchange(m_pollNow, false);
        }
        if (job.cancelled())
            break;
        // A file that was moved or deleted still answers through the open handle: check it.
        if (!db.isPostgres() && !QFileInfo::exists(m_databasePath))
            return databaseMissing(m_databasePath);
        const Result<bool> changed = detector->poll();
        if (!changed)
            return changed.error();
        if (changed.value() || force || catchingUp) {
            const Result<qint64> read = tracker.refresh(kStepEvents);
            if (!read)
                return read.error();
            catchingUp = read.value() == kStepEvents;
            if (read.value() > 0 || force)
                publish(tracker.snapshot());
        }
        if (tracker.hasUnsavedChanges() && sinceCheckpoint.elapsed() >= kCheckpointEveryMs) {
            sinceCheckpoint.start();
            tracker.checkpoint(); // a busy database only delays the save to the next round
        }
    }
    if (tracker.hasUnsavedChanges())
        tracker.checkpoint(); // best effort: a failed save only costs a longer catch-up
    return true;
}

void FunnelWatcher::publish(const FunnelSnapshot& snapshot)
{
    // Emitted on the GUI thread when the event is handled, so that a view connected after the
    // watcher was made (the dashboard) still gets the first snapshot.
    QMetaObject::invokeMethod(this, [this, snapshot] {
        if (m_mayView)
            Q_EMIT snapshotReady(snapshot);
        Q_EMIT registrationsChanged(snapshot.total(EventType::Registered));
    });
}

void FunnelWatcher::setReachable(bool reachable, const QString& message)
{
    if (reachable == m_reachable && reachable)
        return;
    if (reachable != m_reachable || message != m_lastMessage)
        Q_EMIT reachableChanged(reachable, message);
    m_reachable = reachable;
    m_lastMessage = message;
}

} // namespace prakerja
