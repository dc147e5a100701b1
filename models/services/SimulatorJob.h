#pragma once
// Runs the launch-day simulator in the background (its own thread and connection) through the
// real ingest path, for the console's demo on first start. Cancel stops after the current batch.

#include "FeedService.h"
#include "services/Workspace.h"

#include <QFuture>
#include <QObject>
#include <atomic>

namespace prakerja {

class SimulatorJob : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(SimulatorJob)
public:
    SimulatorJob(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent = nullptr);
    ~SimulatorJob() override;

    void start(const SimulatorOptions& options);
    void cancel();
    bool isRunning() const { return m_future.isRunning(); }

Q_SIGNALS:
    void progress(qint64 accepted, qint64 rejected);
    void finished(bool ok, const QString& message);

private:
    WorkspacePaths m_paths;
    KeyFile m_keys;
    Session m_session;
    std::atomic<bool> m_cancel{false};
    QFuture<void> m_future;
};

} // namespace prakerja
