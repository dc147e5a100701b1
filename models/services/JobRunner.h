#pragma once
// The one way to run work off the GUI thread. A job is a function of (Database&, JobProgress&)
// returning Result<T>; it runs on a worker with a connection of its own to the workspace's
// database (opened and closed on that thread) and ends with exactly one Result<T>, which comes
// back on the GUI thread with its error code intact. The services inside stay synchronous.
//
// - runJob() returns a QFuture for one-off calls (the GUI continues it with a QFutureWatcher).
// - JobHost is what a *Job class or a page holds: its own small thread pool, so a long job (the
//   funnel's poller, a draw) never starves another of the global pool's two threads; a stop flag
//   per job; and on destruction it stops every job and waits for it, so no work outlives its
//   owner and no continuation reaches a destroyed object.

#include "domain/Error.h"
#include "security/KeyFile.h"
#include "services/Workspace.h"
#include "store/Database.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

namespace prakerja {

// What a running job sees of its owner: report progress, ask whether it should stop.
class JobProgress
{
public:
    virtual ~JobProgress() = default;
    // Reports `percent` (0–100); false once the job was asked to stop (the work should end).
    virtual bool report(int percent) = 0;
    virtual bool cancelled() const = 0;
    // The stop flag itself, for services that poll a std::atomic<bool>* (ingest, rotation, audit).
    virtual const std::atomic<bool>* stopFlag() const = 0;
    // The same as a plain callback, for services that take std::function<bool(int)>.
    std::function<bool(int)> callback()
    {
        return [this](int percent) { return report(percent); };
    }
};

// A Status as a job's result (a job ends with one Result<T>).
inline Result<bool> statusResult(const Status& status)
{
    return status ? Result<bool>(true) : Result<bool>(status.error());
}

// Opens the job's own connection on the worker thread.
using ConnectionOpener = std::function<Result<std::unique_ptr<Database>>()>;

inline ConnectionOpener openerFor(const WorkspacePaths& paths, const KeyFile& keys)
{
    return [database = paths.database, keys] { return Database::open(database, keys, Database::OpenMode::MustExist); };
}

namespace detail {
template <typename T> class PromiseProgress final : public JobProgress
{
public:
    PromiseProgress(QPromise<Result<T>>& promise, std::shared_ptr<std::atomic<bool>> stop)
        : m_promise(promise), m_stop(std::move(stop))
    {
        m_promise.setProgressRange(0, 100);
    }
    bool report(int percent) override
    {
        m_promise.setProgressValue(percent);
        return !cancelled();
    }
    bool cancelled() const override { return m_stop->load() || m_promise.isCanceled(); }
    const std::atomic<bool>* stopFlag() const override { return m_stop.get(); }

private:
    QPromise<Result<T>>& m_promise;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

// Lowers the calling worker thread's scheduling priority (nice 10, once per thread): on a
// two-core desktop the GUI thread then wins the CPU over the console's own jobs, whose work can
// wait a few milliseconds where a frame cannot (docs/benchmarks.md, GUI stalls).
void yieldToInterface();

template <typename T, typename Work>
QFuture<Result<T>> launch(QThreadPool* pool, ConnectionOpener open, std::shared_ptr<std::atomic<bool>> stop, Work work)
{
    return QtConcurrent::run(
        pool, [open = std::move(open), stop = std::move(stop), work = std::move(work)](QPromise<Result<T>>& promise) {
            yieldToInterface();
            PromiseProgress<T> progress(promise, stop);
            auto db = open();
            if (!db) {
                promise.addResult(Result<T>(db.error()));
                return;
            }
            promise.addResult(work(*db.value(), static_cast<JobProgress&>(progress)));
        });
}
} // namespace detail

// `work` captures values, not references to GUI-thread objects; a job that was stopped returns
// cancelledError() (domain/Error.h) and writes nothing.
template <typename T, typename Work>
QFuture<Result<T>> runJob(const WorkspacePaths& paths, const KeyFile& keys, Work work)
{
    return detail::launch<T>(QThreadPool::globalInstance(), openerFor(paths, keys),
                             std::make_shared<std::atomic<bool>>(false), std::move(work));
}

template <typename T, typename Work> QFuture<Result<T>> runJob(const Workspace& workspace, Work work)
{
    return runJob<T>(workspace.paths(), workspace.keys(), std::move(work));
}

// A started job: ask it to stop (it ends at its next check and still reports its Result).
class JobHandle
{
public:
    JobHandle() = default;
    explicit JobHandle(std::shared_ptr<std::atomic<bool>> stop) : m_stop(std::move(stop)) { }
    void cancel() const
    {
        if (m_stop)
            m_stop->store(true);
    }

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
};

class JobHost
{
    Q_DISABLE_COPY(JobHost)
public:
    JobHost(const WorkspacePaths& paths, const KeyFile& keys) : JobHost(openerFor(paths, keys)) { }
    explicit JobHost(ConnectionOpener open) : m_open(std::move(open)) { m_pool.setMaxThreadCount(4); }
    ~JobHost()
    {
        stopAll();
        m_pool.waitForDone();
        // Finished jobs whose answer is still queued: their continuations must not run now.
        qDeleteAll(m_watchers);
    }

    // Runs work(Database&, JobProgress&) → Result<T> on a worker. `done(const Result<T>&)` and
    // `progress(int)` run on `context`'s thread (the GUI's), and not at all once `context` or
    // this host is gone. Call it on the GUI thread.
    template <typename T, typename Work, typename Done>
    JobHandle start(QObject* context, Work work, Done done, std::function<void(int)> progress = {})
    {
        auto stop = std::make_shared<std::atomic<bool>>(false);
        m_stops.removeIf([](const std::weak_ptr<std::atomic<bool>>& s) { return s.expired(); });
        m_stops << stop;
        m_watchers.removeAll(nullptr);
        auto* watcher = new QFutureWatcher<Result<T>>(context);
        m_watchers << watcher;
        ++m_running;
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [this, watcher, done = std::move(done)] {
            --m_running;
            watcher->deleteLater();
            done(watcher->result());
        });
        if (progress)
            QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, context, std::move(progress));
        watcher->setFuture(detail::launch<T>(&m_pool, m_open, stop, std::move(work)));
        return JobHandle(stop);
    }

    // True from start() until its `done` ran.
    bool busy() const { return m_running > 0; }
    // Asks every running job to stop.
    void stopAll()
    {
        for (const auto& weak : m_stops)
            if (const auto stop = weak.lock())
                stop->store(true);
    }

private:
    ConnectionOpener m_open;
    QThreadPool m_pool;
    QList<std::weak_ptr<std::atomic<bool>>> m_stops;
    QList<QPointer<QObject>> m_watchers;
    int m_running = 0; // GUI thread only
};

} // namespace prakerja
