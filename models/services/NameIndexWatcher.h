#pragma once
// Keeps the name-token index caught up for as long as the console runs, whichever page is
// shown and whichever role is signed in: every few seconds (and at once when asked) it runs
// NameIndex::catchUp off the GUI thread with a connection of its own (services/JobRunner.h),
// one run at a time. A run stops between batches when the watcher is destroyed (what was
// committed stays; the next run goes on from the cursor). This is system upkeep: it needs no
// permission and shows no personal data.

#include "Workspace.h"
#include "domain/Error.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace prakerja {

class NameIndexWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(NameIndexWatcher)
public:
    static constexpr int kIntervalMs = 5000;

    NameIndexWatcher(const WorkspacePaths& paths, const KeyFile& keys, QObject* parent = nullptr,
                     int intervalMs = kIntervalMs);
    ~NameIndexWatcher() override;

    // Starts a run now unless one is running.
    void poke();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After each run: applicants indexed by it, and the error if it failed.
    void caughtUp(qint64 indexed, const QString& error);

private:
    WorkspacePaths m_paths;
    KeyFile m_keys;
    QTimer* m_timer = nullptr;
    QFuture<Result<qint64>> m_run;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};

} // namespace prakerja
