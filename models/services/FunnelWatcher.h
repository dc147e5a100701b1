#pragma once
// Runs the FunnelTracker on its own thread and connection for the GUI: polls for commits by
// other processes every 250 ms (CommitDetector), folds in the new events, and hands immutable
// FunnelSnapshots to the GUI thread by signal. Reconnects by itself when the database goes
// away and says so. Saves the tracker's checkpoint every few seconds and when it stops. The
// GUI thread never waits on it.

#include "Workspace.h"
#include "domain/FunnelSnapshot.h"
#include "domain/Session.h"

#include <QObject>
#include <QThread>

namespace prakerja {

class FunnelWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(FunnelWatcher)
public:
    // Snapshots need Permission::ViewDashboard; the registration count (status bar) does not.
    FunnelWatcher(const WorkspacePaths& paths, const KeyFile& keys, const Session& session, QObject* parent = nullptr);
    ~FunnelWatcher() override;

    // Asks for a poll now (e.g. after the GUI's own write, which data_version does not report).
    void refresh();
    static constexpr int kPollMs = 250;

Q_SIGNALS:
    void snapshotReady(const prakerja::FunnelSnapshot& snapshot);
    void registrationsChanged(qint64 registered);
    // reachable = false: the message says why; the watcher keeps trying every second.
    void reachableChanged(bool reachable, const QString& message);
    void denied(const QString& message);

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace prakerja
