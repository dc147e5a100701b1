#pragma once
// The one way to run work off the GUI thread. A job is a function of (Database&, JobProgress&)
// returning Result<T>; runJob() runs it on Qt's thread pool with a connection of its own to the
// workspace's database (opened and closed on that thread) and returns a QFuture that carries
// progress (0–100), can be cancelled, and ends with exactly one Result<T>. The GUI continues it
// with QFuture::then(context, …) or a QFutureWatcher; the services inside stay synchronous.

#include "domain/Error.h"
#include "security/KeyFile.h"
#include "services/Workspace.h"
#include "store/Database.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace prakerja {

// What a running job sees of its future: report progress, ask whether it was cancelled.
class JobProgress
{
public:
    virtual ~JobProgress() = default;
    // Reports `percent` (0–100); false once the job was cancelled (the work should stop).
    virtual bool report(int percent) = 0;
    virtual bool cancelled() const = 0;
    // The same as a plain callback, for services that take std::function<bool(int)>.
    std::function<bool(int)> callback()
    {
        return [this](int percent) { return report(percent); };
    }
};

namespace detail {
template <typename T> class PromiseProgress final : public JobProgress
{
public:
    explicit PromiseProgress(QPromise<Result<T>>& promise) : m_promise(promise) { m_promise.setProgressRange(0, 100); }
    bool report(int percent) override
    {
        m_promise.setProgressValue(percent);
        return !m_promise.isCanceled();
    }
    bool cancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<Result<T>>& m_promise;
};
} // namespace detail

// `work` captures values, not references to GUI-thread objects; a cancelled job returns
// cancelledError() (domain/Error.h) and writes nothing.
template <typename T, typename Work>
QFuture<Result<T>> runJob(const WorkspacePaths& paths, const KeyFile& keys, Work work)
{
    return QtConcurrent::run([paths, keys, work = std::move(work)](QPromise<Result<T>>& promise) {
        detail::PromiseProgress<T> progress(promise);
        auto db = Database::open(paths.database, keys, Database::OpenMode::MustExist);
        if (!db) {
            promise.addResult(Result<T>(db.error()));
            return;
        }
        promise.addResult(work(*db.value(), static_cast<JobProgress&>(progress)));
    });
}

template <typename T, typename Work> QFuture<Result<T>> runJob(const Workspace& workspace, Work work)
{
    return runJob<T>(workspace.paths(), workspace.keys(), std::move(work));
}

} // namespace prakerja
