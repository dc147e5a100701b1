#include "FunnelWatcher.h"

#include "domain/Timestamp.h"
#include "engine/FunnelTracker.h"
#include "store/CommitDetector.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QTimer>

namespace prakerja {

namespace {
// Events folded per step: a cold catch-up over millions of events streams snapshots and
// stays responsive to stop requests.
constexpr qint64 kStepEvents = 200'000;
constexpr qint64 kCheckpointEveryMs = 5'000;
constexpr int kReconnectEveryMs = 1'000;
} // namespace

class FunnelWatcher::Worker : public QObject
{
    Q_OBJECT
public:
    Worker(const WorkspacePaths& paths, const KeyFile& keys, bool mayView)
        : m_paths(paths), m_keys(keys), m_mayView(mayView)
    { }

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(kPollMs);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(false); });
        m_timer->start();
        m_sinceCheckpoint.start();
        poll(true);
    }

    void stop()
    {
        if (m_timer)
            m_timer->stop();
        if (m_tracker)
            m_tracker->checkpoint(); // best effort: a failed save only costs a longer catch-up
        m_tracker.reset();
        m_detector.reset();
        m_db.reset();
    }

    void poll(bool force)
    {
        if (!m_db && !connectDatabase())
            return;
        // A file that was moved or deleted still answers through the open handle: check it.
        if (!QFileInfo::exists(m_paths.database)) {
            dropConnection(QObject::tr("berkas %1 tidak ada").arg(m_paths.database));
            return;
        }
        const Result<bool> changed = m_detector->poll();
        if (!changed) {
            dropConnection(changed.error().message());
            return;
        }
        if (!changed.value() && !force && !m_catchingUp)
            return maybeCheckpoint();
        const Result<qint64> read = m_tracker->refresh(kStepEvents);
        if (!read) {
            dropConnection(read.error().message());
            return;
        }
        m_catchingUp = read.value() == kStepEvents;
        if (read.value() > 0 || force)
            publish();
        if (m_catchingUp)
            QTimer::singleShot(0, this, [this] { poll(false); });
        maybeCheckpoint();
    }

Q_SIGNALS:
    void snapshotReady(const prakerja::FunnelSnapshot& snapshot);
    void registrationsChanged(qint64 registered);
    void reachableChanged(bool reachable, const QString& message);

private:
    bool connectDatabase()
    {
        if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < kReconnectEveryMs)
            return false;
        m_lastAttempt.start();
        auto db = QFileInfo::exists(m_paths.database)
            ? Database::open(m_paths.database, m_keys, Database::OpenMode::MustExist)
            : Result<std::unique_ptr<Database>>(makeError(QStringLiteral("db_missing"),
                                                          QObject::tr("berkas %1 tidak ada").arg(m_paths.database),
                                                          QStringLiteral("%1 does not exist").arg(m_paths.database)));
        if (!db) {
            setReachable(false, db.error().message());
            return false;
        }
        m_db = std::move(db).value();
        m_detector = CommitDetector::forDatabase(*m_db);
        m_tracker = std::make_unique<FunnelTracker>(*m_db);
        // Cold open from the persisted aggregates; a new connection may be a different file.
        if (const Status s = m_tracker->load(); !s) {
            dropConnection(s.error().message());
            return false;
        }
        setReachable(true, {});
        publish();
        return true;
    }

    void dropConnection(const QString& message)
    {
        m_tracker.reset();
        m_detector.reset();
        m_db.reset();
        m_catchingUp = false;
        m_lastAttempt.start();
        setReachable(false, message);
    }

    void setReachable(bool reachable, const QString& message)
    {
        if (reachable == m_reachable && reachable)
            return;
        if (reachable != m_reachable || message != m_lastMessage)
            Q_EMIT reachableChanged(reachable, message);
        m_reachable = reachable;
        m_lastMessage = message;
    }

    void publish()
    {
        const FunnelSnapshot snapshot = m_tracker->snapshot();
        if (m_mayView)
            Q_EMIT snapshotReady(snapshot);
        Q_EMIT registrationsChanged(snapshot.total(EventType::Registered));
    }

    void maybeCheckpoint()
    {
        if (!m_tracker || !m_tracker->hasUnsavedChanges() || m_sinceCheckpoint.elapsed() < kCheckpointEveryMs)
            return;
        m_sinceCheckpoint.start();
        m_tracker->checkpoint(); // a busy database only delays the save to the next round
    }

    WorkspacePaths m_paths;
    KeyFile m_keys;
    bool m_mayView;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CommitDetector> m_detector;
    std::unique_ptr<FunnelTracker> m_tracker;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_sinceCheckpoint;
    QElapsedTimer m_lastAttempt;
    bool m_reachable = true;
    bool m_catchingUp = false;
    QString m_lastMessage;
};

FunnelWatcher::FunnelWatcher(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<FunnelSnapshot>();
    const Status allowed = session.require(Permission::ViewDashboard);
    m_worker = new Worker(paths, keys, allowed.ok());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &Worker::start);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::snapshotReady, this, &FunnelWatcher::snapshotReady);
    connect(m_worker, &Worker::registrationsChanged, this, &FunnelWatcher::registrationsChanged);
    connect(m_worker, &Worker::reachableChanged, this, &FunnelWatcher::reachableChanged);
    m_thread.setObjectName(QStringLiteral("FunnelWatcher"));
    m_thread.start();
    if (!allowed.ok()) {
        const QString message = allowed.error().message();
        QTimer::singleShot(0, this, [this, message] { Q_EMIT denied(message); });
    }
}

FunnelWatcher::~FunnelWatcher()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FunnelWatcher::refresh()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->poll(true); });
}

} // namespace prakerja

#include "FunnelWatcher.moc"
