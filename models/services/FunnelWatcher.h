#pragma once
// Runs the FunnelTracker off the GUI thread for the GUI, as one long job of the job runner with
// its own connection: polls for commits by other processes every 250 ms (CommitDetector), folds
// in the new events, and hands immutable FunnelSnapshots to the GUI thread by signal. When the
// database goes away the job ends with the reason, which is shown, and a new job tries again
// every second. Saves the tracker's checkpoint every few seconds and when it stops. The GUI
// thread never waits on it.

#include "domain/FunnelSnapshot.h"
#include "domain/Session.h"
#include "services/JobRunner.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>

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
    static constexpr int kReconnectEveryMs = 1'000;

Q_SIGNALS:
    void snapshotReady(const prakerja::FunnelSnapshot& snapshot);
    void registrationsChanged(qint64 registered);
    // reachable = false: the message says why; the watcher keeps trying every second.
    void reachableChanged(bool reachable, const QString& message);
    void denied(const QString& message);

private:
    void startPolling();
    Result<bool> poll(Database& db, JobProgress& job); // the job: runs until stopped or failed
    void publish(const FunnelSnapshot& snapshot);
    void setReachable(bool reachable, const QString& message);
    void wake();

    QString m_databasePath;
    bool m_mayView = false;
    bool m_reachable = true;
    bool m_stopping = false;
    QString m_lastMessage;
    // The poller sleeps on this between polls; refresh() and the destructor wake it.
    QMutex m_mutex;
    QWaitCondition m_wakeUp;
    bool m_pollNow = false; // guarded by m_mutex
    JobHost m_host;
};

} // namespace prakerja
